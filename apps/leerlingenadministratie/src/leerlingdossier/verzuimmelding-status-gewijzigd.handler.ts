import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { verzuimmeldingStatusGewijzigdV1, type EventEnvelope, type VerzuimmeldingStatusGewijzigdV1 } from '@leerrecht/shared/contracts-events';
import { EventConsumer } from '@leerrecht/shared/data-access-bus';
import { legHistorieVast, werkMeldingStatusBij } from './melding-historie';

/**
 * Records a status change of a verzuimmelding in the melding's history and brings the dossier's
 * melding up to date, so the dossier timeline shows the melding's course (verzuim.md §5). The
 * change may be consumed before the melding itself (another topic): the history row is kept
 * anyway and the melding takes the latest status when it arrives. Runs in the consumer's
 * transaction, with the inbox row and row-level security on the event's gemeente.
 */
@Injectable()
export class VerzuimmeldingStatusGewijzigdHandler implements OnModuleInit {
  constructor(private readonly consumer: EventConsumer) {}

  onModuleInit(): void {
    this.consumer.on(verzuimmeldingStatusGewijzigdV1, (event, manager) => this.handle(event, manager));
  }

  async handle(event: EventEnvelope<VerzuimmeldingStatusGewijzigdV1>, manager: EntityManager): Promise<void> {
    const { payload } = event;
    await legHistorieVast(manager, {
      gemeente: event.gemeente,
      meldingId: payload.meldingId,
      status: payload.status,
      afsluitreden: payload.afsluitreden,
      toelichting: payload.toelichting,
      op: new Date(payload.gewijzigdOp),
      classificatie: event.classification,
      bronEventId: event.eventId,
    });
    await werkMeldingStatusBij(manager, payload.meldingId);
  }
}
