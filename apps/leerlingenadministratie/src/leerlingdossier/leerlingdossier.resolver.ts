import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { DossierGrond, DossierVeld } from '@leerrecht/shared/util-instructie';
import type { AantekeningBron } from './dossier-velden';
import { LegDossierAantekeningVastInput, StelOngeoorloofdVerzuimVastInput } from './dto/dossier-aantekening.input';
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

  @Mutation(() => LeerlingdossierModel, { description: 'Legt een gegeven vast in het leerlingdossier, met herkomst; bewaakte velden pas na vastgesteld ongeoorloofd verzuim.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('leerlingdossier-bijwerken')
  async legDossierAantekeningVast(
    @Args('input') input: LegDossierAantekeningVastInput,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<LeerlingdossierModel> {
    await this.dossiers.legAantekeningVast(
      { bsn: input.bsn, gemeente: input.gemeente, veld: input.veld as DossierVeld, inhoud: input.inhoud, bron: input.bron as AantekeningBron, bronOrganisatie: input.bronOrganisatie ?? null },
      principal,
      request,
    );
    return this.herlees(input.bsn, principal, request);
  }

  @Mutation(() => LeerlingdossierModel, { description: 'De leerplichtambtenaar stelt ongeoorloofd schoolverzuim vast (000 art 4 lid 2; 003 art 4 lid 2).' })
  @Roles('leerplichtambtenaar')
  @Purpose('leerlingdossier-bijwerken')
  async stelOngeoorloofdVerzuimVast(
    @Args('input') input: StelOngeoorloofdVerzuimVastInput,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<LeerlingdossierModel> {
    await this.dossiers.stelOngeoorloofdVerzuimVast(input.bsn, input.gemeente, input.datum, principal, request);
    return this.herlees(input.bsn, principal, request);
  }

  private async herlees(bsn: string, principal: Principal, request: RequestContext): Promise<LeerlingdossierModel> {
    const dossier = await this.dossiers.vind(bsn, principal, { ...request, activiteit: 'leerlingdossier-inzien' });
    if (dossier === null) throw new Error('dossier verdween na bijwerken');
    return dossier;
  }
}
