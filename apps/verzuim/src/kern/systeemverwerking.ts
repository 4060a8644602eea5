import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditWriter, type Verwerkingsactiviteit } from '@leerrecht/shared/data-access-audit';
import { VERZUIM_SERVICE } from '../verzuim.database';

/**
 * Audit lines for processing that no user asked for in that moment: the DUO fetch and intake, an
 * absolute-verzuim case handed over by the administration, the feedback job. Same log, same
 * transaction as the data, actor `systeem` (the service), trace = the event's correlation id.
 */
@Injectable()
export class Systeemverwerking {
  constructor(private readonly audit: AuditWriter) {}

  async leg(
    manager: EntityManager,
    verwerking: { activiteit: Verwerkingsactiviteit; operatie: string; traceId: string; betrokkene: string | null; gemeente: string },
  ): Promise<void> {
    await this.audit.record(manager, {
      traceId: verwerking.traceId,
      spanId: '0000000000000000',
      service: VERZUIM_SERVICE,
      operatie: verwerking.operatie,
      verwerkingsactiviteit: verwerking.activiteit,
      betrokkene: verwerking.betrokkene,
      gemeente: verwerking.gemeente,
      actor: { type: 'systeem', id: VERZUIM_SERVICE, rollen: [], gemeenten: [verwerking.gemeente] },
      status: 'toegestaan',
      reden: null,
    });
  }
}
