import { Inject, Injectable } from '@nestjs/common';
import { DataSource, Not, type FindOptionsWhere } from 'typeorm';
import { AuditWriter } from '@leerrecht/shared/data-access-audit';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { heeftRol, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, SUBGRAPH_CONFIG, type SubgraphConfig } from '@leerrecht/shared/feature-subgraph';
import { isGeldigBsn, pseudonimiseerBsn } from '@leerrecht/shared/util-bsn';
import { KETENPARTNER_SIGNALEN_SERVICE } from '../ketenpartner-signalen.database';
import type { SignaalModel } from './models/signaal.model';
import { SignaalEntity, type SignaalClassificatie } from './signaal.entity';

@Injectable()
export class SignaalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    @Inject(SUBGRAPH_CONFIG) private readonly config: SubgraphConfig,
  ) {}

  /**
   * The signals about a youth in the caller's gemeenten (row-level security), newest first. A
   * partner system sees only the signals it sent itself (architecture; ketenpartners.md §11.4);
   * Wpg-classified signals are not even read for callers without the Wpg authorisation. The audit
   * record is written in the same transaction; if it cannot be stored, the read fails.
   */
  async voorPersoon(bsn: string, principal: Principal, request: RequestContext): Promise<SignaalModel[]> {
    if (!isGeldigBsn(bsn)) {
      throw new DomainError('ONGELDIG_BSN', 'Het BSN is ongeldig: het moet uit 9 cijfers bestaan en voldoen aan de elfproef.', 'bsn');
    }
    const isPartner = principal.type === 'partner' || heeftRol(principal, 'partner-school', 'partner-wijkteam');
    const where: FindOptionsWhere<SignaalEntity> = {
      bsn,
      ...(isPartner ? { partnerClientId: principal.clientId } : {}),
      ...(heeftRol(principal, 'wpg-verwerking') ? {} : { classificatie: Not<SignaalClassificatie>('Wpg') }),
    };
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const signalen = await manager.find(SignaalEntity, { where, order: { ontvangenOp: 'DESC', id: 'ASC' } });
      const gemeenten = [...new Set(signalen.map((signaal) => signaal.gemeente))];
      await this.audit.record(manager, {
        traceId: request.trace.traceId,
        spanId: request.trace.spanId,
        service: KETENPARTNER_SIGNALEN_SERVICE,
        operatie: request.operatie,
        verwerkingsactiviteit: 'zaken-overzicht',
        betrokkene: pseudonimiseerBsn(bsn, this.config.PSEUDONYM_KEY),
        gemeente: gemeenten.length === 1 ? gemeenten[0] : null,
        actor: { type: principal.type, id: principal.id, rollen: principal.rollen, gemeenten: principal.gemeenten },
        status: 'toegestaan',
        reden: signalen.length > 0 ? null : 'geen-zaken-in-eigen-gemeenten',
      });
      return signalen.map((signaal) => ({
        id: signaal.id,
        gemeente: signaal.gemeente,
        afzender: signaal.partnerClientId,
        doel: signaal.doel,
        grondslag: signaal.grondslag,
        ontvangenOp: signaal.ontvangenOp,
        status: signaal.status,
        classificatie: signaal.classificatie,
        instructieVersie: signaal.instructieVersie,
      }));
    });
  }
}
