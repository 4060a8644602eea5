import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { verlofBeslotenV1, type EventEnvelope, type VerlofBeslotenV1 } from '@leerrecht/shared/contracts-events';
import { EventConsumer } from '@leerrecht/shared/data-access-bus';
import { Systeemverwerking } from '../kern/systeemverwerking';
import { VerleendVerlofEntity } from './verleend-verlof.entity';

/**
 * verlof-vrijstelling decided on leave of more than 10 schooldagen (Lpw art 14 lid 3): verzuim keeps
 * the decision so that the intake subtracts granted leave before it judges luxe verzuim (Lpw art 11
 * onder g; verzuim.md §7 rule 5). One row per request: a redelivery, or the same decision under a
 * new event id, inserts nothing and writes no audit line. A decision that contradicts itself
 * (granted without a period, a period outside the request, refused with a period) is refused, so
 * it ends in the dead-letter topic for a person to look at instead of silently counting wrong.
 */
@Injectable()
export class VerlofBeslotenHandler implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly systeem: Systeemverwerking,
  ) {}

  onModuleInit(): void {
    this.consumer.on(verlofBeslotenV1, (event, manager) => this.handle(event, manager));
  }

  async handle(event: EventEnvelope<VerlofBeslotenV1>, manager: EntityManager): Promise<void> {
    const { payload } = event;
    const verleend = verleendePeriode(payload);
    const ingevoegd = await manager
      .createQueryBuilder()
      .insert()
      .into(VerleendVerlofEntity)
      .values({
        aanvraagId: payload.aanvraagId,
        besluitId: payload.besluitId,
        gemeente: event.gemeente,
        persoonSleutel: event.subjectKey,
        schoolBrin: payload.schoolBrin,
        uitkomst: payload.uitkomst,
        gevraagdVan: payload.gevraagdVan,
        gevraagdTotEnMet: payload.gevraagdTotEnMet,
        verleendVan: verleend?.van ?? null,
        verleendTotEnMet: verleend?.totEnMet ?? null,
      })
      .orIgnore()
      .returning('aanvraag_id')
      .execute();
    if ((ingevoegd.raw as unknown[]).length === 0) return; // this request's decision is here already
    await this.systeem.leg(manager, { activiteit: 'verzuimzaak-behandelen', operatie: `event ${verlofBeslotenV1.type}`, traceId: event.correlationId, betrokkene: event.subjectKey, gemeente: event.gemeente });
  }
}

/**
 * The granted period, or null when nothing was granted. `toegewezen` without its own period grants
 * what was asked; `gedeeltelijk-toegewezen` must say which part. Errors name fields, never values.
 */
export function verleendePeriode(payload: VerlofBeslotenV1): { van: string; totEnMet: string } | null {
  const { uitkomst, gevraagdVan, gevraagdTotEnMet, verleendVan, verleendTotEnMet } = payload;
  if (gevraagdTotEnMet < gevraagdVan) throw new Error('verlof-besloten: gevraagdTotEnMet ligt voor gevraagdVan');
  if ((verleendVan === undefined) !== (verleendTotEnMet === undefined)) throw new Error('verlof-besloten: verleendVan en verleendTotEnMet horen samen');
  if (uitkomst === 'afgewezen' || uitkomst === 'buiten-behandeling') {
    if (verleendVan !== undefined) throw new Error(`verlof-besloten: een verleende periode bij uitkomst ${uitkomst}`);
    return null;
  }
  if (verleendVan === undefined || verleendTotEnMet === undefined) {
    if (uitkomst === 'gedeeltelijk-toegewezen') throw new Error('verlof-besloten: gedeeltelijk-toegewezen zonder verleende periode');
    return { van: gevraagdVan, totEnMet: gevraagdTotEnMet };
  }
  if (verleendTotEnMet < verleendVan) throw new Error('verlof-besloten: verleendTotEnMet ligt voor verleendVan');
  // Leave is granted on a request: never more than was asked (Lpw art 14 lid 3).
  if (verleendVan < gevraagdVan || verleendTotEnMet > gevraagdTotEnMet) throw new Error('verlof-besloten: de verleende periode ligt buiten de gevraagde');
  return { van: verleendVan, totEnMet: verleendTotEnMet };
}
