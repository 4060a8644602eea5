import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { absoluutVerzuimVermoedV1, type AbsoluutVerzuimVermoedV1, type EventEnvelope } from '@leerrecht/shared/contracts-events';
import { EventConsumer } from '@leerrecht/shared/data-access-bus';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender, leeftijdOp } from '@leerrecht/shared/util-kalender';
import { takenBijOpening } from '@leerrecht/verzuim/util-verzuimregels';
import { datumVan } from '../kern/kern.module';
import { Systeemverwerking } from '../kern/systeemverwerking';
import { behandelaarVoor } from '../toewijzing/toewijzing.repository';
import { legVast, voegTakenToe } from '../verzuimzaak/tijdlijn';
import { openNieuweZaak } from '../verzuimzaak/zaak-opening';

/**
 * The administration's enrolment check found a youth without enrolment and the letters did not
 * resolve it (administratie.md §5.2 step 7): verzuim opens the absolute-verzuim investigation (000
 * art 8; 001 §3.2; 003 art 7), with its tasks: the start term (003 art 7 lid 1: 5 werkdagen), the
 * former school's view, the parents and the youth from 12. One case per procedure, whatever the
 * redeliveries. No feedback task: there is no reporter.
 */
@Injectable()
export class AbsoluutVerzuimVermoedHandler implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly instructies: InstructieRegister,
    private readonly systeem: Systeemverwerking,
    @Inject(NederlandseKalender) private readonly kalender: NederlandseKalender,
  ) {}

  onModuleInit(): void {
    this.consumer.on(absoluutVerzuimVermoedV1, (event, manager) => this.handle(event, manager));
  }

  async handle(event: EventEnvelope<AbsoluutVerzuimVermoedV1>, manager: EntityManager): Promise<void> {
    const { payload } = event;
    const instructie = this.instructies.voorGemeente(event.gemeente);
    const geopendOp = new Date(event.occurredAt);
    const ontvangstdatum = datumVan(geopendOp);
    const geboortedatum = payload.geboortedatum ?? null;
    const zaak = await openNieuweZaak(manager, instructie, {
      gemeente: event.gemeente,
      bsn: payload.bsn,
      persoonSleutel: event.subjectKey,
      geboortedatum,
      soort: 'absoluut',
      triage: 'niet-van-toepassing',
      behandelaar: await behandelaarVoor(manager, event.gemeente, payload.laatsteSchoolBrin ?? null),
      geopendOp,
      absoluutProcedureId: payload.procedureId,
    });
    if (zaak === null) return; // this procedure, or an open absolute-verzuim case of the youth, exists already
    const taken = takenBijOpening({
      soort: 'absoluut',
      leeftijd: geboortedatum === null ? 0 : leeftijdOp(geboortedatum, ontvangstdatum),
      ontvangstdatum,
      verzuimBeginDatum: payload.vastgesteldOp,
      melderIsDirecteur: null,
      metMelder: false,
      absoluut: { uiterlijk: payload.uiterlijk ?? null, vorigeSchoolBekend: payload.laatsteSchoolBrin !== undefined },
      regels: instructie.regels,
      kalender: this.kalender,
      regio: instructie.vakantieregio,
    });
    await voegTakenToe(manager, zaak, taken, null);
    await legVast(manager, zaak, {
      soort: 'zaak-geopend',
      omschrijving: `Onderzoek absoluut verzuim geopend na de inschrijvingscontrole (${payload.vervolg})`,
      datum: ontvangstdatum,
      actor: 'leerlingenadministratie',
    });
    await this.systeem.leg(manager, { activiteit: 'verzuimzaak-behandelen', operatie: `event ${absoluutVerzuimVermoedV1.type}`, traceId: event.correlationId, betrokkene: event.subjectKey, gemeente: event.gemeente });
  }
}
