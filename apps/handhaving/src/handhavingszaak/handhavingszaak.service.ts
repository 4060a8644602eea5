import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { heeftRol, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { Verwerkingslog, vereisGeldigBsn } from '@leerrecht/shared/feature-subgraph';
import { HandhavingszaakEntity } from './handhavingszaak.entity';
import type { HandhavingszaakModel } from './models/handhavingszaak.model';

@Injectable()
export class HandhavingszaakService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
  ) {}

  /**
   * The handhavingszaken of a youth in the caller's gemeenten (row-level security), newest first.
   * They are Wpg data: without the Wpg authorisation the table is not read at all, the caller
   * gets an empty list and the audit log records why. The audit record is written in the same
   * transaction; if it cannot be stored, the read fails.
   */
  async voorPersoon(bsn: string, principal: Principal, request: RequestContext): Promise<HandhavingszaakModel[]> {
    vereisGeldigBsn(bsn);
    const magWpg = heeftRol(principal, 'wpg-verwerking');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const zaken = magWpg ? await manager.find(HandhavingszaakEntity, { where: { bsn }, order: { geopendOp: 'DESC', id: 'ASC' } }) : [];
      const gemeenten = [...new Set(zaken.map((zaak) => zaak.gemeente))];
      await this.verwerkingslog.leg(manager, request, principal, {
        bsn,
        gemeente: gemeenten.length === 1 ? gemeenten[0] : null,
        status: magWpg ? 'toegestaan' : 'geweigerd',
        reden: !magWpg ? 'geen-wpg-autorisatie' : zaken.length > 0 ? null : 'geen-zaken-in-eigen-gemeenten',
      });
      return zaken.map((zaak) => ({
        id: zaak.id,
        gemeente: zaak.gemeente,
        soort: zaak.soort,
        aanleidingMeldingId: zaak.aanleidingMeldingId,
        geopendOp: zaak.geopendOp,
        status: zaak.status,
        classificatie: zaak.classificatie,
        instructieVersie: zaak.instructieVersie,
      }));
    });
  }
}
