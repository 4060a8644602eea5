import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { DeskundigeService } from './deskundige.service';
import { TrekAanwijzingInInput, WijsDeskundigeAanInput } from './dto/deskundige.input';
import { DeskundigeModel } from './models/deskundige.model';

/** Designated experts (Lpw art 7). Only the leerplichtambtenaar designates, on behalf of the college (003 art 13, mandate). */
@Resolver(() => DeskundigeModel)
export class DeskundigeResolver {
  constructor(private readonly service: DeskundigeService) {}

  @Query(() => [DeskundigeModel], { description: 'De deskundigen die het college van de gemeente heeft aangewezen, met of zij op de peildatum aangewezen zijn.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('deskundige-aanwijzen')
  aangewezenDeskundigen(
    @Args('gemeente') gemeente: string,
    @Args('peildatum', { nullable: true, type: () => String }) peildatum: string | null | undefined,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<DeskundigeModel[]> {
    return this.service.lijst(gemeente, peildatum, principal, request);
  }

  @Mutation(() => DeskundigeModel, { description: 'Een arts, pedagoog of psycholoog aanwijzen, met de afspraak over onderzoek en verklaring; een brief aan de deskundige.' })
  @Roles('leerplichtambtenaar')
  @Purpose('deskundige-aanwijzen')
  wijsDeskundigeAan(@Args('input') input: WijsDeskundigeAanInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<DeskundigeModel> {
    return this.service.wijsAan(input, principal, request);
  }

  @Mutation(() => DeskundigeModel, { description: 'De aanwijzing intrekken met ingang van vandaag.' })
  @Roles('leerplichtambtenaar')
  @Purpose('deskundige-aanwijzen')
  trekAanwijzingDeskundigeIn(@Args('input') input: TrekAanwijzingInInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<DeskundigeModel> {
    return this.service.trekIn(input, principal, request);
  }
}
