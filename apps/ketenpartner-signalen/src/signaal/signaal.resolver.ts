import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { SignaalModel } from './models/signaal.model';
import { SignaalService } from './signaal.service';

@Resolver(() => SignaalModel)
export class SignaalResolver {
  constructor(private readonly signaalService: SignaalService) {}

  @Query(() => [SignaalModel], {
    description: 'Signalen van ketenpartners over een jongere in uw gemeente(n), nieuwste eerst. Een partner ziet alleen de eigen signalen.',
  })
  @Roles('leerplichtambtenaar', 'doorstroomcoach', 'partner-wijkteam', 'partner-school')
  @Purpose('zaken-overzicht')
  signalen(
    @Args('bsn') bsn: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<SignaalModel[]> {
    return this.signaalService.voorPersoon(bsn, principal, request);
  }
}
