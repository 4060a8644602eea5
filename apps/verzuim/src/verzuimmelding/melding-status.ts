import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { verzuimmeldingStatusGewijzigdV1, type EventActor } from '@leerrecht/shared/contracts-events';
import { OutboxWriter } from '@leerrecht/shared/data-access-bus';
import { DomainError } from '@leerrecht/shared/feature-subgraph';
import { VerzuimmeldingEntity, type MeldingStatus } from './verzuimmelding.entity';

type NieuweStatus = Exclude<MeldingStatus, 'geregistreerd'>;

/**
 * DUO's status transitions of a melding (koppelingen §1.4): geregistreerd → in-behandeling |
 * afgesloten | ter-kennisgeving-aangenomen | ingetrokken; in-behandeling → in-behandeling |
 * afgesloten | ingetrokken; the end states stay. 'Overgedragen aan derden' does not exist here: a
 * handover may be recorded in the case, never sent as a status (DUO, since 2020).
 */
const OVERGANGEN: Record<MeldingStatus, readonly NieuweStatus[]> = {
  geregistreerd: ['in-behandeling', 'afgesloten', 'ter-kennisgeving-aangenomen', 'ingetrokken'],
  'in-behandeling': ['in-behandeling', 'afgesloten', 'ingetrokken'],
  afgesloten: [],
  'ter-kennisgeving-aangenomen': [],
  ingetrokken: [],
};

export function isEindstatus(status: MeldingStatus): boolean {
  return OVERGANGEN[status].length === 0;
}

/** Changes a melding's status and tells the dossier (verzuimmelding-status-gewijzigd), in the caller's transaction. */
@Injectable()
export class MeldingStatusService {
  constructor(private readonly outbox: OutboxWriter) {}

  vereisOvergang(melding: VerzuimmeldingEntity, nieuw: NieuweStatus): void {
    if (!OVERGANGEN[melding.status].includes(nieuw)) {
      throw new DomainError('ONGELDIGE_STATUSOVERGANG', `Een melding met status ${melding.status} kan niet naar ${nieuw}.`, 'status');
    }
  }

  async wijzig(
    manager: EntityManager,
    melding: VerzuimmeldingEntity,
    nieuw: NieuweStatus,
    opties: { afsluitreden?: string | null; toelichting?: string | null; op: Date; actor: EventActor; correlationId: string },
  ): Promise<void> {
    this.vereisOvergang(melding, nieuw);
    const afsluitreden = opties.afsluitreden ?? null;
    const toelichting = opties.toelichting ?? null;
    await manager.update(VerzuimmeldingEntity, { id: melding.id }, { status: nieuw, afsluitreden, afsluittoelichting: toelichting, statusGewijzigdOp: opties.op });
    if (melding.status === nieuw) return; // a second 'in behandeling' with new actions: no new status
    melding.status = nieuw;
    await this.outbox.add(manager, verzuimmeldingStatusGewijzigdV1, {
      gemeente: melding.gemeente,
      subjectKey: melding.persoonSleutel,
      classification: melding.classificatie,
      correlationId: opties.correlationId,
      actor: opties.actor,
      payload: { meldingId: melding.id, status: nieuw, afsluitreden, toelichting, gewijzigdOp: opties.op.toISOString() },
    });
  }
}
