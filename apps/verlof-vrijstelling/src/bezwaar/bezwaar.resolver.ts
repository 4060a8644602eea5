import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { BezwaarService } from './bezwaar.service';
import { BeslisOpBezwaarInput, DienBezwaarInInput, RegistreerBezwaaradviesInput } from './dto/bezwaar.input';
import { BezwaarModel } from './models/bezwaar.model';

/** Objections against the decisions of this service (Awb ch 6–7). */
@Resolver(() => BezwaarModel)
export class BezwaarResolver {
  constructor(private readonly bezwaren: BezwaarService) {}

  @Mutation(() => BezwaarModel, { description: 'Registreert een ontvangen bezwaarschrift tegen een besluit, beoordeelt de tijdigheid (Awb art 6:7–6:11) en bevestigt de ontvangst (art 6:14).' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('bezwaar-behandelen')
  dienBezwaarIn(@Args('input') input: DienBezwaarInInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<BezwaarModel> {
    return this.bezwaren.dienIn(input, principal, request);
  }

  @Mutation(() => BezwaarModel, { description: 'Legt het advies van de gemeentelijke bezwaarcommissie vast (Awb art 7:13).' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('bezwaar-behandelen')
  registreerBezwaaradvies(@Args('input') input: RegistreerBezwaaradviesInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<BezwaarModel> {
    return this.bezwaren.registreerAdvies(input, principal, request);
  }

  @Mutation(() => BezwaarModel, { description: 'De beslissing op bezwaar (Awb art 7:11–7:12), met motivering; afwijken van het advies vraagt een reden (art 7:13 lid 7).' })
  @Roles('leerplichtambtenaar')
  @Purpose('bezwaar-behandelen')
  beslisOpBezwaar(@Args('input') input: BeslisOpBezwaarInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<BezwaarModel> {
    return this.bezwaren.beslis(input, principal, request);
  }

  @Query(() => BezwaarModel)
  @Roles('leerplichtambtenaar', 'administratief-medewerker', 'coordinator')
  @Purpose('bezwaar-behandelen')
  bezwaar(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<BezwaarModel> {
    return this.bezwaren.een(id, principal, request);
  }

  @Query(() => [BezwaarModel], { description: 'De bezwaren tegen een besluit.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker', 'coordinator')
  @Purpose('bezwaar-behandelen')
  bezwarenTegenBesluit(@Args('besluitId', { type: () => ID }) besluitId: string, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<BezwaarModel[]> {
    return this.bezwaren.tegenBesluit(besluitId, principal, request);
  }
}
