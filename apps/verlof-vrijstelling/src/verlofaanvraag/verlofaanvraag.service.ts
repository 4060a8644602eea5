import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { Verwerkingslog, vereisGeldigBsn } from '@leerrecht/shared/feature-subgraph';
import type { VerlofaanvraagModel } from './models/verlofaanvraag.model';
import { VerlofaanvraagEntity } from './verlofaanvraag.entity';

@Injectable()
export class VerlofaanvraagService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
  ) {}

  /**
   * The verlofaanvragen of a youth in the caller's gemeenten (row-level security), newest first.
   * The audit record is written in the same transaction; if it cannot be stored, the read fails.
   */
  async voorPersoon(bsn: string, principal: Principal, request: RequestContext): Promise<VerlofaanvraagModel[]> {
    vereisGeldigBsn(bsn);
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const aanvragen = await manager.find(VerlofaanvraagEntity, { where: { bsn }, order: { ontvangenOp: 'DESC', id: 'ASC' } });
      const gemeenten = [...new Set(aanvragen.map((aanvraag) => aanvraag.gemeente))];
      await this.verwerkingslog.leg(manager, request, principal, {
        bsn,
        gemeente: gemeenten.length === 1 ? gemeenten[0] : null,
        reden: aanvragen.length > 0 ? null : 'geen-zaken-in-eigen-gemeenten',
      });
      return aanvragen.map((aanvraag) => ({
        id: aanvraag.id,
        gemeente: aanvraag.gemeente,
        soort: aanvraag.soort,
        eersteVerlofdag: aanvraag.eersteVerlofdag,
        laatsteVerlofdag: aanvraag.laatsteVerlofdag,
        ontvangenOp: aanvraag.ontvangenOp,
        status: aanvraag.status,
        classificatie: aanvraag.classificatie,
        instructieVersie: aanvraag.instructieVersie,
      }));
    });
  }
}
