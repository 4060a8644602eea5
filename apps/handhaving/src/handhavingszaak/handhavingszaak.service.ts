import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditWriter } from '@leerrecht/shared/data-access-audit';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { heeftRol, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, SUBGRAPH_CONFIG, type SubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { isGeldigBsn, pseudonimiseerBsn } from '@leerrecht/shared/util-bsn';
import { HANDHAVING_SERVICE } from '../handhaving.database';
import { HandhavingszaakEntity } from './handhavingszaak.entity';
import type { HandhavingszaakModel } from './models/handhavingszaak.model';

@Injectable()
export class HandhavingszaakService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    @Inject(SUBGRAPH_CONFIG) private readonly config: SubgraphConfig,
  ) {}

  /**
   * The handhavingszaken of a youth in the caller's gemeenten (row-level security), newest first.
   * They are Wpg data: without the Wpg authorisation the table is not read at all, the caller
   * gets an empty list and the audit log records why. The audit record is written in the same
   * transaction; if it cannot be stored, the read fails.
   */
  async voorPersoon(bsn: string, principal: Principal, request: RequestContext): Promise<HandhavingszaakModel[]> {
    if (!isGeldigBsn(bsn)) {
      throw new DomainError('ONGELDIG_BSN', 'Het BSN is ongeldig: het moet uit 9 cijfers bestaan en voldoen aan de elfproef.', 'bsn');
    }
    const magWpg = heeftRol(principal, 'wpg-verwerking');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const zaken = magWpg ? await manager.find(HandhavingszaakEntity, { where: { bsn }, order: { geopendOp: 'DESC', id: 'ASC' } }) : [];
      const gemeenten = [...new Set(zaken.map((zaak) => zaak.gemeente))];
      await this.audit.record(manager, {
        traceId: request.trace.traceId,
        spanId: request.trace.spanId,
        service: HANDHAVING_SERVICE,
        operatie: request.operatie,
        verwerkingsactiviteit: 'zaken-overzicht',
        betrokkene: pseudonimiseerBsn(bsn, this.config.PSEUDONYM_KEY),
        gemeente: gemeenten.length === 1 ? gemeenten[0] : null,
        actor: { type: principal.type, id: principal.id, rollen: principal.rollen, gemeenten: principal.gemeenten },
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
