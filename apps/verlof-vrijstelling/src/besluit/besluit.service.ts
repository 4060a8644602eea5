import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@leerrecht/shared/feature-auth';
import { InstructieRegister, beschrijfTermijn } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender, datumInWoorden } from '@leerrecht/shared/util-kalender';
import { bezwaarUiterlijk } from '../awb/awb-termijnen';
import { BriefService } from '../brief/brief.service';
import { actorNaam, vereisTekst } from '../kern/actor';
import { BesluitEntity, type BesluitSoort, type BesluitUitkomst } from './besluit.entity';
import type { ZaakSoort } from './zaak';

export interface BesluitOpdracht {
  gemeente: string;
  persoonSleutel: string | null;
  bsn: string | null;
  zaakSoort: ZaakSoort;
  zaakId: string;
  soort: BesluitSoort;
  uitkomst: BesluitUitkomst;
  /** The legal ground, e.g. "Lpw art 11 onder g en art 14 lid 3". */
  grondslag: string;
  motivering: string;
  /** On behalf of the college (mandate) or as the body the power is attributed to. */
  namens: 'college' | 'leerplichtambtenaar';
  /** The day it is sent (bekendgemaakt, Awb art 3:41). */
  bekendgemaaktOp: string;
  principal: Principal;
}

/**
 * Records decisions the same way for every kind: reasoned (Awb art 3:46), with its legal ground,
 * and with the last day to object (Awb art 6:7–6:8) — except a decision on objection, which is
 * open to appeal at the court, not to a second objection (Awb art 7:1, 8:1).
 */
@Injectable()
export class BesluitService {
  constructor(
    private readonly instructies: InstructieRegister,
    private readonly kalender: NederlandseKalender,
    private readonly brieven: BriefService,
  ) {}

  async neem(manager: EntityManager, opdracht: BesluitOpdracht): Promise<BesluitEntity> {
    const motivering = vereisTekst(opdracht.motivering, 'motivering', 'De motivering van het besluit (Awb art 3:46)');
    const instructie = this.instructies.voorGemeente(opdracht.gemeente);
    const uiterlijk = opdracht.soort === 'besluit-op-bezwaar' ? null : bezwaarUiterlijk(opdracht.bekendgemaaktOp, instructie.regels.verlof.bezwaartermijn, this.kalender);
    return manager.save(
      manager.create(BesluitEntity, {
        gemeente: opdracht.gemeente,
        persoonSleutel: opdracht.persoonSleutel,
        bsn: opdracht.bsn,
        zaakSoort: opdracht.zaakSoort,
        zaakId: opdracht.zaakId,
        soort: opdracht.soort,
        uitkomst: opdracht.uitkomst,
        grondslag: opdracht.grondslag,
        motivering,
        namens: opdracht.namens,
        bekendgemaaktOp: opdracht.bekendgemaaktOp,
        genomenDoor: actorNaam(opdracht.principal),
        bezwaarUiterlijk: uiterlijk,
        briefId: null,
        instructieVersie: instructie.versieSleutel,
      }),
    );
  }

  async koppelBrief(manager: EntityManager, besluit: BesluitEntity, briefId: string): Promise<void> {
    besluit.briefId = briefId;
    await manager.update(BesluitEntity, { id: besluit.id }, { briefId });
  }

  /** The gemeente's bezwaarclausule paragraph for this decision (Awb art 3:45). */
  bezwaarclausule(besluit: BesluitEntity): string {
    if (besluit.bezwaarUiterlijk === null) return '';
    const instructie = this.instructies.voorGemeente(besluit.gemeente);
    return this.brieven.alinea(besluit.gemeente, 'bezwaarclausule', {
      bezwaartermijn: beschrijfTermijn(instructie.regels.verlof.bezwaartermijn),
      bezwaarUiterlijk: datumInWoorden(besluit.bezwaarUiterlijk),
      bezwaarAdres: instructie.briefhoofd.bezwaarAdres,
    });
  }

  vanZaak(manager: EntityManager, zaakId: string): Promise<BesluitEntity[]> {
    return manager.find(BesluitEntity, { where: { zaakId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
