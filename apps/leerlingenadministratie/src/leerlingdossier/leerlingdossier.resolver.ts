import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { DossierGrond } from '@leerrecht/shared/util-instructie';
import { OpenLeerlingdossierInput } from './dto/open-leerlingdossier.input';
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

  @Mutation(() => LeerlingdossierModel, { description: 'Opent het leerlingdossier van een jongere op een grond uit de instructie van de gemeente.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('leerlingdossier-bijwerken')
  openLeerlingdossier(
    @Args('input') input: OpenLeerlingdossierInput,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<LeerlingdossierModel> {
    return this.dossiers.open(input.bsn, input.gemeente, input.reden as DossierGrond, principal, request);
  }
}
