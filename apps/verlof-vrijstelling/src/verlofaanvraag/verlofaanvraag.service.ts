import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditWriter } from '@leerrecht/shared/data-access-audit';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, SUBGRAPH_CONFIG, type SubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { isGeldigBsn, pseudonimiseerBsn } from '@leerrecht/shared/util-bsn';
import { VERLOF_VRIJSTELLING_SERVICE } from '../verlof-vrijstelling.database';
import type { VerlofaanvraagModel } from './models/verlofaanvraag.model';
import { VerlofaanvraagEntity } from './verlofaanvraag.entity';

@Injectable()
export class VerlofaanvraagService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    @Inject(SUBGRAPH_CONFIG) private readonly config: SubgraphConfig,
  ) {}

  /**
   * The verlofaanvragen of a youth in the caller's gemeenten (row-level security), newest first.
   * The audit record is written in the same transaction; if it cannot be stored, the read fails.
   */
  async voorPersoon(bsn: string, principal: Principal, request: RequestContext): Promise<VerlofaanvraagModel[]> {
    if (!isGeldigBsn(bsn)) {
      throw new DomainError('ONGELDIG_BSN', 'Het BSN is ongeldig: het moet uit 9 cijfers bestaan en voldoen aan de elfproef.', 'bsn');
    }
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const aanvragen = await manager.find(VerlofaanvraagEntity, { where: { bsn }, order: { ontvangenOp: 'DESC', id: 'ASC' } });
      const gemeenten = [...new Set(aanvragen.map((aanvraag) => aanvraag.gemeente))];
      await this.audit.record(manager, {
        traceId: request.trace.traceId,
        spanId: request.trace.spanId,
        service: VERLOF_VRIJSTELLING_SERVICE,
        operatie: request.operatie,
        verwerkingsactiviteit: 'zaken-overzicht',
        betrokkene: pseudonimiseerBsn(bsn, this.config.PSEUDONYM_KEY),
        gemeente: gemeenten.length === 1 ? gemeenten[0] : null,
        actor: { type: principal.type, id: principal.id, rollen: principal.rollen, gemeenten: principal.gemeenten },
        status: 'toegestaan',
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
