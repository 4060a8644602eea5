import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { TrajectModel } from './models/traject.model';
import { TrajectService } from './traject.service';

@Resolver(() => TrajectModel)
export class TrajectResolver {
  constructor(private readonly trajectService: TrajectService) {}

  @Query(() => [TrajectModel], { description: 'De Doorstroompunt-trajecten van een jongere in uw gemeente(n), nieuwste eerst.' })
  @Roles('doorstroomcoach', 'leerplichtambtenaar')
  @Purpose('zaken-overzicht')
  trajecten(
    @Args('bsn') bsn: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<TrajectModel[]> {
    return this.trajectService.voorPersoon(bsn, principal, request);
  }
}
