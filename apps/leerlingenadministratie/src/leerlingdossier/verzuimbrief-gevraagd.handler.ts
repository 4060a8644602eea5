import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { verzuimbriefGevraagdV1, type EventEnvelope, type VerzuimbriefGevraagdV1 } from '@leerrecht/shared/contracts-events';
import { EventConsumer } from '@leerrecht/shared/data-access-bus';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { BriefEntity } from '../absoluut-verzuim/brief.entity';
import { OuderEntity } from '../brp/ouder.entity';
import { SchoolEntity } from '../school/school.entity';
import { LeerlingEntity } from './leerling.entity';
import { VerzuimbriefNietSamenTeStellen, stelVerzuimbriefOp } from './verzuimbrief';

/**
 * Writes the closure letter of a verzuimmelding that `verzuim` asked for (000 art 6 lid 8; 001
 * §3.2; 003 art 6 lid 4 a): the administration holds the names, address and gezag (BRP), so it
 * composes the letter from the gemeente's template and files it with the youth (000 art 4 lid 2 m:
 * copies of correspondence). One letter per briefId, however often the event is delivered or
 * replayed. Runs in the consumer's transaction, with row-level security on the event's gemeente.
 */
@Injectable()
export class VerzuimbriefGevraagdHandler implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly instructies: InstructieRegister,
  ) {}

  onModuleInit(): void {
    this.consumer.on(verzuimbriefGevraagdV1, (event, manager) => this.handle(event, manager));
  }

  async handle(event: EventEnvelope<VerzuimbriefGevraagdV1>, manager: EntityManager): Promise<void> {
    const { payload } = event;
    // The verzuimmelding-ontvangen handler created the youth long before a closure. Not there: throw,
    // so the event is retried and then dead-lettered for a replay; never write to an invented person.
    const leerling = await manager.findOne(LeerlingEntity, { where: { gemeente: event.gemeente, persoonSleutel: event.subjectKey } });
    if (leerling === null) throw new VerzuimbriefNietSamenTeStellen('de jongere is in deze gemeente niet bekend');
    const ouders = await manager.find(OuderEntity, { where: { leerlingId: leerling.id }, order: { volgorde: 'ASC' } });
    // The school as a whole ('' vestiging) sorts before its locaties.
    const school = await manager.findOne(SchoolEntity, { where: { brin: payload.schoolBrin }, order: { onderwijslocatie: 'ASC' } });
    const instructie = this.instructies.voorGemeente(event.gemeente);
    const { aan, tekst } = stelVerzuimbriefOp(payload, leerling, ouders, instructie, school?.naam ?? null);
    await manager
      .createQueryBuilder()
      .insert()
      .into(BriefEntity)
      .values({
        // The briefId is the letter's id: a redelivery or replay conflicts and writes no second letter.
        id: payload.briefId,
        gemeente: event.gemeente,
        leerlingId: leerling.id,
        soort: payload.soort,
        procedureId: null,
        opvolgingId: null,
        meldingId: payload.meldingId,
        zaakId: payload.zaakId,
        kenmerk: payload.kenmerk,
        geadresseerden: aan,
        tekst,
        verzondenOp: payload.datum,
        reactieUiterlijk: null,
        verzondenDoor: 'verzuim',
        // The version whose template wrote this text (the case's own version is in verzuim's zaak).
        instructieVersie: instructie.versieSleutel,
        classificatie: event.classification,
      })
      .orIgnore()
      .execute();
  }
}
