import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AUDIT_SCHEMA, inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { Verwerkingslog, vereisGeldigBsn } from '@leerrecht/shared/feature-subgraph';
import type { VerwerkingModel } from './models/verwerking.model';

interface VerwerkingRow {
  id: string;
  tijdstip: Date;
  trace_id: string;
  service: string;
  operatie: string;
  verwerkingsactiviteit: string;
  grondslag: string;
  gemeente: string | null;
  actor_type: string;
  actor_id: string | null;
  actor_rollen: string[];
  status: string;
  reden: string | null;
}

/**
 * The privacy auditor's view of the Logboek Dataverwerkingen: every processing about one person,
 * in every service, within the auditor's gemeenten (row-level security on the log). The
 * auditor's own look is logged too.
 */
@Injectable()
export class LogboekService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
  ) {}

  async verwerkingenOver(bsn: string, principal: Principal, request: RequestContext): Promise<VerwerkingModel[]> {
    vereisGeldigBsn(bsn);
    const betrokkene = this.verwerkingslog.pseudoniem(bsn);
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const rows: VerwerkingRow[] = await manager.query(
        `SELECT id, tijdstip, trace_id, service, operatie, verwerkingsactiviteit, grondslag, gemeente, actor_type, actor_id, actor_rollen, status, reden
           FROM ${AUDIT_SCHEMA}.verwerking WHERE betrokkene = $1 ORDER BY tijdstip, id LIMIT 1000`,
        [betrokkene],
      );
      // The auditor's own look is a processing too; it has no single gemeente.
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene, gemeente: null });
      return rows.map((row) => ({
        id: row.id,
        tijdstip: row.tijdstip,
        traceId: row.trace_id,
        service: row.service,
        operatie: row.operatie,
        verwerkingsactiviteit: row.verwerkingsactiviteit,
        grondslag: row.grondslag,
        gemeente: row.gemeente,
        actorType: row.actor_type,
        actorId: row.actor_id,
        actorRollen: row.actor_rollen,
        status: row.status,
        reden: row.reden,
      }));
    });
  }
}
