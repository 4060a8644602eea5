import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisDatum } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister, type GemeenteInstructie } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender } from '@leerrecht/shared/util-kalender';
import { BesluitEntity } from '../besluit/besluit.entity';
import { DossierstukkenService } from '../besluit/dossierstukken.service';
import { BriefService } from '../brief/brief.service';
import { vereisUuid } from '../kern/actor';
import { KLOK, datumVan, type Klok } from '../kern/kern.module';
import type { VervangendeLeerplichtModel } from './models/vervangende-leerplicht.model';
import { naarVervangendeLeerplicht, type VervangendeLeerplichtDossier } from './vervangende-leerplicht.mapper';
import { VervangendeLeerplichtEntity, type VervangendeLeerplichtStatus } from './vervangende-leerplicht.entity';

/** Statuses in which the request is still being prepared or awaits the decision. */
export const LOPEND: readonly VervangendeLeerplichtStatus[] = ['gesprekken', 'afspraken-vastgelegd', 'verzoek-ingediend'];

/**
 * Loading, locking and showing a vervangende-leerplicht case, shared by the steps and the decision.
 * Every change runs in one tenant transaction with its audit line; a failure leaves nothing behind.
 */
@Injectable()
export class VervangendeLeerplichtDossiers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly instructies: InstructieRegister,
    private readonly kalender: NederlandseKalender,
    private readonly brieven: BriefService,
    private readonly dossierstukken: DossierstukkenService,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  vandaag(): string {
    return datumVan(this.klok());
  }

  peildatum(datum: string | null | undefined): string {
    if (datum === undefined || datum === null) return this.vandaag();
    vereisDatum(datum, 'peildatum');
    return datum;
  }

  instructie(gemeente: string): GemeenteInstructie {
    return this.instructies.voorGemeente(gemeente);
  }

  pseudoniem(bsn: string): string {
    return this.verwerkingslog.pseudoniem(bsn);
  }

  /** Another gemeente's case and a case that does not exist look the same (row-level security). */
  async laad(manager: EntityManager, zaakId: string, opties: { vergrendel: boolean }): Promise<VervangendeLeerplichtEntity> {
    vereisUuid(zaakId, 'zaakId');
    const zaak = await manager.findOne(VervangendeLeerplichtEntity, { where: { id: zaakId }, ...(opties.vergrendel ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (zaak === null) throw new DomainError('NIET_GEVONDEN', 'Geen verzoek om vervangende leerplicht met dit id in uw gemeenten.', 'zaakId');
    return zaak;
  }

  async dossier(manager: EntityManager, zaak: VervangendeLeerplichtEntity, peildatum: string): Promise<VervangendeLeerplichtModel> {
    const besluit = zaak.besluitId === null ? null : await manager.findOne(BesluitEntity, { where: { id: zaak.besluitId } });
    const brieven = await this.brieven.voorZaak(manager, zaak.id);
    const verklaringen = await this.dossierstukken.verklaringen(manager, zaak.id);
    const dossier: VervangendeLeerplichtDossier = { zaak, besluit, brieven, verklaringen, peildatum };
    return naarVervangendeLeerplicht(dossier, this.instructie(zaak.gemeente), this.kalender);
  }

  /**
   * One step on an existing case: lock the row, let the step change it (and write letters,
   * decisions, events in the same transaction), store it, write the audit line, and return the
   * case as it now stands.
   */
  async wijzig(
    zaakId: string,
    principal: Principal,
    request: RequestContext,
    stap: (manager: EntityManager, zaak: VervangendeLeerplichtEntity, vandaag: string) => Promise<void>,
  ): Promise<VervangendeLeerplichtModel> {
    const vandaag = this.vandaag();
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const zaak = await this.laad(manager, zaakId, { vergrendel: true });
      await stap(manager, zaak, vandaag);
      await manager.save(zaak);
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: zaak.persoonSleutel, gemeente: zaak.gemeente });
      return this.dossier(manager, zaak, vandaag);
    });
  }
}

/** Refuses a step on a case that is already decided or ended. */
export function vereisLopend(zaak: VervangendeLeerplichtEntity): void {
  if (!LOPEND.includes(zaak.status)) {
    throw new DomainError('AL_BESLOTEN', 'Op dit verzoek is al besloten; deze stap kan niet meer.', 'zaakId');
  }
}

/** A date in the file records what happened: not after today, not before the case began. */
export function vereisVerleden(datum: string, veld: string, vandaag: string, vroegst?: { datum: string; wat: string }): void {
  vereisDatum(datum, veld);
  if (datum > vandaag) throw new DomainError('DATUM_IN_TOEKOMST', 'De datum ligt na vandaag.', veld);
  if (vroegst && datum < vroegst.datum) throw new DomainError('ONGELDIGE_DATUM', `De datum ligt vóór ${vroegst.wat}.`, veld);
}
