import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { LogboekService } from './logboek.service';
import { VerwerkingModel } from './models/verwerking.model';

@Resolver(() => VerwerkingModel)
export class LogboekResolver {
  constructor(private readonly logboek: LogboekService) {}

  @Query(() => [VerwerkingModel], { description: 'Alle verwerkingen over één persoon (Logboek Dataverwerkingen), voor de privacy-auditor.' })
  @Roles('privacy-auditor')
  @Purpose('logboek-inzien')
  verwerkingen(
    @Args('bsn') bsn: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<VerwerkingModel[]> {
    return this.logboek.verwerkingenOver(bsn, principal, request);
  }
}
