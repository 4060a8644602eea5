import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { leerplichtStatus } from '@leerrecht/shared/util-leerplicht';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { KalenderError, NederlandseKalender, datumInWoorden } from '@leerrecht/shared/util-kalender';
import { plichtgegevensVan } from '../vrijstelling/vrijstelling.repository';
import type { LeerlingEntity } from './leerling.entity';
import type { PlichtstatusModel } from './models/plichtstatus.model';

/**
 * The plicht status of a known youth (administratie.md §3), for the dossier and the Jongere
 * entity, with the overlays verlof-vrijstelling decided: vrijgesteld (Lpw art 5, 5a, 15) and
 * vervangende leerplicht (art 3a/3b) for their period. Reads in the caller's transaction.
 */
@Injectable()
export class PlichtstatusService {
  constructor(
    private readonly instructies: InstructieRegister,
    private readonly kalender: NederlandseKalender,
  ) {}

  async voor(manager: EntityManager, leerling: LeerlingEntity, nu: Date): Promise<PlichtstatusModel | null> {
    if (leerling.geboortedatum === null) return null;
    const peildatum = nu.toISOString().slice(0, 10);
    if (peildatum < leerling.geboortedatum) return null;
    const { vrijstellingen, vervangendeLeerplicht } = await plichtgegevensVan(manager, leerling.id);
    try {
      const status = leerplichtStatus(
        {
          geboortedatum: leerling.geboortedatum,
          vakantieregio: this.instructies.voorGemeente(leerling.gemeente).vakantieregio,
          ...(leerling.startkwalificatieOp === null ? {} : { startkwalificatieBehaaldOp: leerling.startkwalificatieOp }),
          vrijstellingen,
        },
        peildatum,
        this.kalender,
      );
      const plichtig = status.soort === 'leerplichtig' || status.soort === 'kwalificatieplichtig';
      // Like an exemption, vervangende leerplicht only means something while a plicht applies (inferred).
      const vervangend = plichtig ? vervangendeLeerplicht.find((p) => p.van <= peildatum && (p.totEnMet === undefined || peildatum <= p.totEnMet)) : undefined;
      return {
        peildatum,
        soort: status.soort,
        leeftijd: status.leeftijd,
        vrijgesteld: status.vrijgesteld,
        vrijstellingen: status.vrijstellingen.map((v) => ({ artikel: v.artikel, van: v.van, totEnMet: v.totEnMet ?? null })),
        vervangendeLeerplicht: vervangend === undefined ? null : { artikel: vervangend.artikel, van: vervangend.van, totEnMet: vervangend.totEnMet ?? null },
        leerplichtVanaf: status.leerplichtVanaf,
        volledigeLeerplichtTotEnMet: status.volledigeLeerplichtTotEnMet,
        kwalificatieplichtTotEnMet: status.kwalificatieplichtTotEnMet,
        reden:
          vervangend === undefined
            ? status.reden
            : `${status.reden} Vervangende leerplicht op grond van Lpw art ${vervangend.artikel} van ${datumInWoorden(vervangend.van)}${vervangend.totEnMet === undefined ? '' : ` tot en met ${datumInWoorden(vervangend.totEnMet)}`}.`,
        bron: vervangend === undefined ? status.bron : [...status.bron, `Lpw art ${vervangend.artikel}`],
        aandachtspunten: status.aandachtspunten,
      };
    } catch (fout) {
      // A calendar gap that decides the answer: no status rather than a guess.
      if (fout instanceof KalenderError) return null;
      throw fout;
    }
  }
}
