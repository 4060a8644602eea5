import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { duoMeldingOpgehaaldV1, type DuoMeldingOpgehaaldV1, type EventEnvelope } from '@leerrecht/shared/contracts-events';
import { EventConsumer } from '@leerrecht/shared/data-access-bus';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { valideerVerzuimmelding } from '@leerrecht/verzuim/util-verzuimmelding';
import { Systeemverwerking } from '../kern/systeemverwerking';
import { MeldingIntake } from '../verzuimmelding/melding-intake.service';
import { isEindstatus } from '../verzuimmelding/melding-status';
import { VerzuimmeldingEntity } from '../verzuimmelding/verzuimmelding.entity';
import { VerzuimmeldingService } from '../verzuimmelding/verzuimmelding.service';
import { DuoOnverwerkbaarEntity } from './duo-onverwerkbaar.entity';

type Opgehaald = EventEnvelope<DuoMeldingOpgehaaldV1>;

/**
 * The intake of DUO meldingen, from the bus: each runs in the consumer's transaction with the inbox
 * row (a redelivery changes nothing) and row-level security on the event's gemeente. A melding our
 * own checks refuse is kept out with its field names on the beheer list, so it is not lost and not
 * retried forever; anything else that fails is retried and, in the end, dead-lettered.
 */
@Injectable()
export class DuoIntakeHandler implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly intake: MeldingIntake,
    private readonly meldingen: VerzuimmeldingService,
    private readonly systeem: Systeemverwerking,
    @Inject(InstructieRegister) private readonly instructies: InstructieRegister,
  ) {}

  onModuleInit(): void {
    this.consumer.on(duoMeldingOpgehaaldV1, (event, manager) => this.handle(event, manager));
  }

  async handle(event: Opgehaald, manager: EntityManager): Promise<void> {
    const { payload } = event;
    if (payload.soort === 'ingetrokken') {
      await this.trekIn(event, payload, manager);
      return;
    }
    const m = payload.melding;
    const [bezwaar] = valideerVerzuimmelding(
      {
        bsn: m.leerling.bsn,
        gemeente: event.gemeente,
        schoolBrin: m.school.brin,
        beginDatum: m.beginDatum,
        eindDatum: m.eindDatum,
        verzuimUren: m.verzuimuren,
        geboortedatum: m.leerling.geboortedatum,
        verzuimdagen: m.verzuimdagen,
      },
      // DUO routed it to this gemeente by BSN (koppelingen §1.1): the gemeente is DUO's to choose.
      { gemeenten: [event.gemeente], eigenBrin: null },
      { gemeentenVanRegio: this.instructies.gemeenten() },
    );
    if (bezwaar) {
      await manager.insert(DuoOnverwerkbaarEntity, {
        gemeente: event.gemeente,
        volgnummer: String(payload.volgnummer),
        meldingsnummer: m.meldingsnummer,
        reden: bezwaar.code.toLowerCase(),
        velden: [bezwaar.veld],
        ontvangenOp: new Date(),
      });
      return;
    }
    const { melding, duplicaat } = await this.intake.neemOp(
      manager,
      {
        kanaal: 'duo',
        externId: m.meldingsnummer,
        melderClientId: 'duo',
        gemeente: event.gemeente,
        bsn: m.leerling.bsn,
        persoonSleutel: event.subjectKey,
        geboortedatum: m.leerling.geboortedatum,
        leerlingNaam: m.leerling.naam,
        schoolBrin: m.school.brin,
        onderwijssoort: m.school.onderwijssoort,
        leslocatie: m.school.leslocatie,
        verzuimsoort: m.verzuimsoort,
        duoCategorie: m.duoCategorie,
        beginDatum: m.beginDatum,
        eindDatum: m.eindDatum,
        verzuimUren: m.verzuimuren,
        verzuimdagen: m.verzuimdagen,
        verzuimregistratie: null,
        keerTeLaat: null,
        vermoedelijkeReden: m.vermoedelijkeReden,
        alleLessenGemist: m.alleLessenGemist,
        actieDoorSchool: m.actieDoorSchool,
        actieGemeenteGewenst: m.actieGemeenteGewenst?.gewenst ?? null,
        actieGemeenteToelichting: m.actieGemeenteGewenst?.toelichting ?? null,
        melder: m.melder,
        telefoonOuderOfLeerling: m.telefoonOuderOfLeerling,
        afwijkendAdres: m.afwijkendAdres,
        toelichtingSchool: m.toelichtingSchool,
        // koppelingen §1.6 rule 2: the 7-day feedback clock starts at DUO's registration.
        ontvangenOp: new Date(m.registratietijdstip),
      },
      { type: 'systeem', id: 'duo-ophaling' },
      event.correlationId,
    );
    if (!duplicaat) {
      await this.systeem.leg(manager, {
        activiteit: 'verzuimmelding-ophalen',
        operatie: `event ${duoMeldingOpgehaaldV1.type}`,
        traceId: event.correlationId,
        betrokkene: melding.persoonSleutel,
        gemeente: melding.gemeente,
      });
    }
  }

  private async trekIn(event: Opgehaald, payload: Extract<DuoMeldingOpgehaaldV1, { soort: 'ingetrokken' }>, manager: EntityManager): Promise<void> {
    const melding = await manager.findOne(VerzuimmeldingEntity, { where: { kanaal: 'duo', externId: payload.meldingsnummer } });
    if (melding === null || isEindstatus(melding.status)) {
      return; // never taken in (refused above) or already ended: nothing to withdraw
    }
    await this.meldingen.trekMeldingIn(manager, melding, new Date(payload.tijdstip), { type: 'systeem', id: 'duo-ophaling' }, 'duo', event.correlationId);
    await this.systeem.leg(manager, {
      activiteit: 'verzuimmelding-ophalen',
      operatie: `event ${duoMeldingOpgehaaldV1.type} (ingetrokken)`,
      traceId: event.correlationId,
      betrokkene: melding.persoonSleutel,
      gemeente: melding.gemeente,
    });
  }
}
