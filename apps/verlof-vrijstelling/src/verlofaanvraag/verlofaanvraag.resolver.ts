import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { VerlofaanvraagModel } from './models/verlofaanvraag.model';
import { VerlofaanvraagService } from './verlofaanvraag.service';

@Resolver(() => VerlofaanvraagModel)
export class VerlofaanvraagResolver {
  constructor(private readonly aanvragen: VerlofaanvraagService) {}

  @Query(() => [VerlofaanvraagModel], { description: 'De verlofaanvragen van een jongere in uw gemeente(n), nieuwste eerst.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('zaken-overzicht')
  verlofaanvragen(
    @Args('bsn') bsn: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<VerlofaanvraagModel[]> {
    return this.aanvragen.voorPersoon(bsn, principal, request);
  }
}
