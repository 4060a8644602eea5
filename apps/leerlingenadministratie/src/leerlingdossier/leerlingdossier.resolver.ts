import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { LeerlingdossierModel } from './models/leerlingdossier.model';
import { LeerlingdossierService } from './leerlingdossier.service';

@Resolver(() => LeerlingdossierModel)
export class LeerlingdossierResolver {
  constructor(private readonly dossiers: LeerlingdossierService) {}

  @Query(() => LeerlingdossierModel, { nullable: true, description: 'Het leerlingdossier van een jongere in uw gemeente(n); null als er geen is.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('leerlingdossier-inzien')
  leerlingdossier(
    @Args('bsn') bsn: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<LeerlingdossierModel | null> {
    return this.dossiers.vind(bsn, principal, request);
  }
}
