import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { Verwerkingslog, vereisGeldigBsn } from '@leerrecht/shared/feature-subgraph';
import type { TrajectModel } from './models/traject.model';
import { TrajectEntity } from './traject.entity';

@Injectable()
export class TrajectService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
  ) {}

  /**
   * The Doorstroompunt trajecten of a youth in the caller's gemeenten (row-level security), newest
   * first. The audit record is written in the same transaction; if it cannot be stored, the read fails.
   */
  async voorPersoon(bsn: string, principal: Principal, request: RequestContext): Promise<TrajectModel[]> {
    vereisGeldigBsn(bsn);
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const trajecten = await manager.find(TrajectEntity, { where: { bsn }, order: { startDatum: 'DESC', id: 'ASC' } });
      const gemeenten = [...new Set(trajecten.map((traject) => traject.gemeente))];
      await this.verwerkingslog.leg(manager, request, principal, {
        bsn,
        gemeente: gemeenten.length === 1 ? gemeenten[0] : null,
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
