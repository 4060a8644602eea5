import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { HandhavingszaakModel } from './models/handhavingszaak.model';
import { HandhavingszaakService } from './handhavingszaak.service';

@Resolver(() => HandhavingszaakModel)
export class HandhavingszaakResolver {
  constructor(private readonly zaken: HandhavingszaakService) {}

  @Query(() => [HandhavingszaakModel], {
    description: 'De handhavingszaken van een jongere in uw gemeente(n), nieuwste eerst. Wpg-gegevens: leeg zonder Wpg-autorisatie.',
  })
  @Roles('leerplichtambtenaar', 'boa')
  @Purpose('zaken-overzicht')
  handhavingszaken(
    @Args('bsn') bsn: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<HandhavingszaakModel[]> {
    return this.zaken.voorPersoon(bsn, principal, request);
  }
}
