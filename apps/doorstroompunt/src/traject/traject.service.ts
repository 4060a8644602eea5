import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditWriter } from '@leerrecht/shared/data-access-audit';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, SUBGRAPH_CONFIG, type SubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { isGeldigBsn, pseudonimiseerBsn } from '@leerrecht/shared/util-bsn';
import { DOORSTROOMPUNT_SERVICE } from '../doorstroompunt.database';
import type { TrajectModel } from './models/traject.model';
import { TrajectEntity } from './traject.entity';

@Injectable()
export class TrajectService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    @Inject(SUBGRAPH_CONFIG) private readonly config: SubgraphConfig,
  ) {}

  /**
   * The Doorstroompunt trajecten of a youth in the caller's gemeenten (row-level security), newest
   * first. The audit record is written in the same transaction; if it cannot be stored, the read fails.
   */
  async voorPersoon(bsn: string, principal: Principal, request: RequestContext): Promise<TrajectModel[]> {
    if (!isGeldigBsn(bsn)) {
      throw new DomainError('ONGELDIG_BSN', 'Het BSN is ongeldig: het moet uit 9 cijfers bestaan en voldoen aan de elfproef.', 'bsn');
    }
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const trajecten = await manager.find(TrajectEntity, { where: { bsn }, order: { startDatum: 'DESC', id: 'ASC' } });
      const gemeenten = [...new Set(trajecten.map((traject) => traject.gemeente))];
      await this.audit.record(manager, {
        traceId: request.trace.traceId,
        spanId: request.trace.spanId,
        service: DOORSTROOMPUNT_SERVICE,
        operatie: request.operatie,
        verwerkingsactiviteit: 'zaken-overzicht',
        betrokkene: pseudonimiseerBsn(bsn, this.config.PSEUDONYM_KEY),
        gemeente: gemeenten.length === 1 ? gemeenten[0] : null,
        actor: { type: principal.type, id: principal.id, rollen: principal.rollen, gemeenten: principal.gemeenten },
        status: 'toegestaan',
        reden: trajecten.length > 0 ? null : 'geen-zaken-in-eigen-gemeenten',
      });
      return trajecten.map((traject) => ({
        id: traject.id,
        gemeente: traject.gemeente,
        soort: traject.soort,
        startDatum: traject.startDatum,
        eindDatum: traject.eindDatum,
        status: traject.status,
        classificatie: traject.classificatie,
        instructieVersie: traject.instructieVersie,
      }));
    });
  }
}
