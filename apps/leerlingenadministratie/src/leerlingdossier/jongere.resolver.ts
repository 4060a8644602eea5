import { Args, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { Verwerkingslog, vereisGeldigBsn } from '@leerrecht/shared/feature-subgraph';
import { LeerlingEntity } from './leerling.entity';
import { JongereModel } from './models/jongere.model';
import { PlichtstatusService } from './plichtstatus.service';

/**
 * The Jongere entity of the supergraph. Reference resolution runs with the caller's gemeenten
 * (row-level security) and is logged like any read; a youth outside them resolves to null.
 */
@Resolver(() => JongereModel)
export class JongereResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly plichtstatus: PlichtstatusService,
  ) {}

  private async laad(where: { bsn: string } | { persoonSleutel: string }, principal: Principal, request: RequestContext): Promise<JongereModel | null> {
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const leerling = await manager.findOne(LeerlingEntity, { where, order: { verhuisdOp: { direction: 'ASC', nulls: 'FIRST' } } });
      await this.verwerkingslog.leg(manager, request, principal, {
        ...('bsn' in where ? { bsn: where.bsn } : { betrokkene: where.persoonSleutel }),
        gemeente: leerling?.gemeente ?? null,
        activiteit: 'leerlingdossier-inzien',
        reden: leerling ? null : 'niet-in-eigen-gemeenten',
      });
      if (leerling === null) return null;
      return { persoonSleutel: leerling.persoonSleutel, gemeente: leerling.gemeente, plichtstatus: await this.plichtstatus.voor(manager, leerling, new Date()) };
    });
  }

  @Query(() => JongereModel, { nullable: true, description: 'Een jongere in uw gemeente(n) met de leerplichtstatus van vandaag.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker', 'doorstroomcoach')
  @Purpose('leerlingdossier-inzien')
  jongere(@Args('bsn') bsn: string, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<JongereModel | null> {
    vereisGeldigBsn(bsn);
    return this.laad({ bsn }, principal, request);
  }

  @ResolveReference()
  @Roles('leerplichtambtenaar', 'administratief-medewerker', 'doorstroomcoach', 'boa', 'coordinator')
  @Purpose('leerlingdossier-inzien')
  resolveReference(reference: { persoonSleutel: string }, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<JongereModel | null> {
    return this.laad({ persoonSleutel: reference.persoonSleutel }, principal, request);
  }
}
