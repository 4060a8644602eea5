import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { verzuimmeldingOntvangenV1, type EventEnvelope } from '@leerrecht/shared/contracts-events';
import { EventConsumer } from '@leerrecht/shared/data-access-bus';
import { DossierMeldingEntity } from './dossier-melding.entity';
import { zorgVoorDossier, zorgVoorLeerling } from './leerling.repository';
import { legHistorieVast, werkMeldingStatusBij } from './melding-historie';

type VerzuimmeldingOntvangen = EventEnvelope<ReturnType<typeof verzuimmeldingOntvangenV1.payload.parse>>;

/**
 * Links a received verzuimmelding into the youth's leerlingdossier, opening the dossier on that
 * ground when there is none yet (000 art 4 lid 1; 003 art 4 lid 1). Its registration is the first
 * row of the melding's history (verzuim.md §5); a status change consumed earlier (another topic)
 * is already there, and the melding takes the latest status. Runs inside the consumer's
 * transaction, with the inbox row and with row-level security set to the event's gemeente.
 */
@Injectable()
export class VerzuimmeldingOntvangenHandler implements OnModuleInit {
  constructor(private readonly consumer: EventConsumer) {}

  onModuleInit(): void {
    this.consumer.on(verzuimmeldingOntvangenV1, (event, manager) => this.handle(event, manager));
  }

  async handle(event: VerzuimmeldingOntvangen, manager: EntityManager): Promise<void> {
    const { payload } = event;
    const leerling = await zorgVoorLeerling(manager, { gemeente: event.gemeente, bsn: payload.bsn, persoonSleutel: event.subjectKey, geboortedatum: payload.geboortedatum });
    const dossier = await zorgVoorDossier(manager, {
      gemeente: event.gemeente,
      leerlingId: leerling.id,
      reden: 'verzuimmelding',
      instructieVersie: payload.instructieVersie,
      geopendOp: new Date(event.occurredAt),
    });

    await manager
      .createQueryBuilder()
      .insert()
      .into(DossierMeldingEntity)
      .values({
        gemeente: event.gemeente,
        dossierId: dossier.id,
        meldingId: payload.meldingId,
        schoolBrin: payload.schoolBrin,
        verzuimsoort: payload.verzuimsoort,
        beginDatum: payload.beginDatum,
        status: payload.status,
        classificatie: event.classification,
        bronService: 'verzuim',
        bronEventId: event.eventId,
        gemeldOp: new Date(event.occurredAt),
      })
      .orIgnore()
      .execute();
    await legHistorieVast(manager, {
      gemeente: event.gemeente,
      meldingId: payload.meldingId,
      status: payload.status,
      afsluitreden: null,
      toelichting: null,
      op: new Date(event.occurredAt),
      classificatie: event.classification,
      bronEventId: event.eventId,
    });
    await werkMeldingStatusBij(manager, payload.meldingId);
  }
}
