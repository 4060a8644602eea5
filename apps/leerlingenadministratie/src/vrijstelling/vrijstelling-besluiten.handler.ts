import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  kennisgevingNietVoldaanV1,
  vervangendeLeerplichtBeeindigdV1,
  vervangendeLeerplichtToegestaanV1,
  vrijstellingBeeindigdV1,
  vrijstellingVerleendV1,
  type EventEnvelope,
  type KennisgevingNietVoldaanV1,
  type VervangendeLeerplichtBeeindigdV1,
  type VervangendeLeerplichtToegestaanV1,
  type VrijstellingBeeindigdV1,
  type VrijstellingVerleendV1,
} from '@leerrecht/shared/contracts-events';
import { EventConsumer } from '@leerrecht/shared/data-access-bus';
import { zorgVoorLeerling } from '../leerlingdossier/leerling.repository';
import { KennisgevingNietVoldaanEntity, LeerlingVrijstellingEntity, type VrijstellingSoort } from './leerling-vrijstelling.entity';

/** A beëindiging the administration cannot apply; thrown so the event is retried and then dead-lettered (replayable). The message names no person. */
export class VrijstellingNietTeVerwerken extends Error {
  constructor(reden: string) {
    super(`vrijstelling niet te verwerken: ${reden}`);
    this.name = 'VrijstellingNietTeVerwerken';
  }
}

/** The calendar date of an instant in the Netherlands: the day the parents were told. */
function datumInNederland(moment: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(moment));
}

function dagErvoor(datum: string): string {
  return new Date(Date.parse(`${datum}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * What verlof-vrijstelling decided about a youth's duty to be enrolled, taken into the
 * administration (verlof-vrijstelling.md §9): exemptions and vervangende leerplicht for the plicht
 * status and the absolute-verzuim check (administratie.md §3, §5.2 step 1), and the term to enrol
 * after a kennisgeving niet voldaan (000 art 12 lid 9; 003 art 11 lid 5). Each runs in the
 * consumer's transaction with the inbox row, row-level security on the event's gemeente; the
 * decision's id makes a redelivery or a republished event a no-op.
 */
@Injectable()
export class VrijstellingBesluitenHandler implements OnModuleInit {
  constructor(private readonly consumer: EventConsumer) {}

  onModuleInit(): void {
    this.consumer
      .on(vrijstellingVerleendV1, (event, manager) => this.verleend(event, manager))
      .on(vrijstellingBeeindigdV1, (event, manager) => this.beeindigd(event, manager, 'vrijstelling', event.payload.vrijstellingId, event.payload.artikel))
      .on(vervangendeLeerplichtToegestaanV1, (event, manager) => this.toegestaan(event, manager))
      .on(vervangendeLeerplichtBeeindigdV1, (event, manager) => this.beeindigd(event, manager, 'vervangende-leerplicht', event.payload.vervangendeLeerplichtId, null))
      .on(kennisgevingNietVoldaanV1, (event, manager) => this.nietVoldaan(event, manager));
  }

  async verleend(event: EventEnvelope<VrijstellingVerleendV1>, manager: EntityManager): Promise<void> {
    const { payload } = event;
    await this.legVast(event, manager, payload.bsn, payload.geboortedatum, {
      id: payload.vrijstellingId,
      soort: 'vrijstelling',
      artikel: payload.artikel,
      van: payload.van,
      totEnMet: payload.totEnMet ?? null,
      besluitId: payload.besluitId,
      instructieVersie: payload.instructieVersie,
    });
  }

  async toegestaan(event: EventEnvelope<VervangendeLeerplichtToegestaanV1>, manager: EntityManager): Promise<void> {
    const { payload } = event;
    await this.legVast(event, manager, payload.bsn, payload.geboortedatum, {
      id: payload.vervangendeLeerplichtId,
      soort: 'vervangende-leerplicht',
      artikel: payload.artikel,
      van: payload.van,
      totEnMet: payload.totEnMet,
      besluitId: payload.besluitId,
      instructieVersie: payload.instructieVersie,
    });
  }

  private async legVast(
    event: EventEnvelope<unknown>,
    manager: EntityManager,
    bsn: string,
    geboortedatum: string,
    besluit: { id: string; soort: VrijstellingSoort; artikel: string; van: string; totEnMet: string | null; besluitId: string; instructieVersie: string },
  ): Promise<void> {
    if (besluit.totEnMet !== null && besluit.totEnMet < besluit.van) throw new VrijstellingNietTeVerwerken('einde ligt vóór het begin');
    // Find or create the youth as the other handlers do: a decision may concern a youth the BRP feed has not brought yet.
    const leerling = await zorgVoorLeerling(manager, { gemeente: event.gemeente, bsn, persoonSleutel: event.subjectKey, geboortedatum, bron: 'besluit' });
    await manager
      .createQueryBuilder()
      .insert()
      .into(LeerlingVrijstellingEntity)
      .values({ ...besluit, gemeente: event.gemeente, leerlingId: leerling.id, classificatie: event.classification, bronEventId: event.eventId })
      .orIgnore()
      .execute();
  }

  /**
   * An exemption or vervangende leerplicht that ended early, or was revoked (last day = the day
   * before it began). Unknown here (another gemeente, or the grant not consumed yet — it travels on
   * another topic): thrown, so it is retried and dead-lettered for a replay, never applied to
   * nothing. Two endings keep the earlier last day: a revocation after an early end wins.
   */
  async beeindigd(
    event: EventEnvelope<VrijstellingBeeindigdV1 | VervangendeLeerplichtBeeindigdV1>,
    manager: EntityManager,
    soort: VrijstellingSoort,
    id: string,
    artikel: string | null,
  ): Promise<void> {
    const { laatsteDag, reden } = event.payload;
    const rij = await manager.findOne(LeerlingVrijstellingEntity, { where: { id, soort } });
    if (rij === null) throw new VrijstellingNietTeVerwerken(`${soort} onbekend in deze gemeente`);
    if (artikel !== null && rij.artikel !== artikel) throw new VrijstellingNietTeVerwerken('artikel wijkt af van de verleende vrijstelling');
    if (laatsteDag < dagErvoor(rij.van)) throw new VrijstellingNietTeVerwerken('laatste dag ligt vóór de dag vóór het begin');
    if (rij.beeindigdOp !== null && rij.beeindigdOp <= laatsteDag) return;
    await manager.update(LeerlingVrijstellingEntity, { id }, { beeindigdOp: laatsteDag, eindeReden: reden });
  }

  async nietVoldaan(event: EventEnvelope<KennisgevingNietVoldaanV1>, manager: EntityManager): Promise<void> {
    const { payload } = event;
    const leerling = await zorgVoorLeerling(manager, { gemeente: event.gemeente, bsn: payload.bsn, persoonSleutel: event.subjectKey, geboortedatum: payload.geboortedatum, bron: 'besluit' });
    const gegeven = datumInNederland(event.occurredAt);
    await manager
      .createQueryBuilder()
      .insert()
      .into(KennisgevingNietVoldaanEntity)
      .values({
        id: payload.kennisgevingId,
        gemeente: event.gemeente,
        leerlingId: leerling.id,
        artikel: payload.artikel,
        // A message that arrives after its own deadline still records the term (which has passed).
        gegevenOp: gegeven <= payload.inschrijvenUiterlijk ? gegeven : payload.inschrijvenUiterlijk,
        inschrijvenUiterlijk: payload.inschrijvenUiterlijk,
        instructieVersie: payload.instructieVersie,
        classificatie: event.classification,
        bronEventId: event.eventId,
      })
      .orIgnore()
      .execute();
  }
}
