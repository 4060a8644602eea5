import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { BrpBijhoudingService } from './brp-bijhouding.service';
import { BrpSynchronisatieService } from './brp-synchronisatie.service';
import { SynchroniseerBrpInput } from './dto/synchroniseer-brp.input';
import { BrpBijhoudingModel, BrpSynchronisatieModel } from './models/brp.model';

@Resolver()
export class BrpResolver {
  constructor(
    private readonly synchronisatie: BrpSynchronisatieService,
    private readonly bijhouding: BrpBijhoudingService,
  ) {}

  @Mutation(() => [BrpSynchronisatieModel], { description: 'Verwerkt nu de nieuwe BRP-mutaties van de gemeenten (Lpw art 19; 000 art 3 lid 3).' })
  @Roles('administratief-medewerker', 'functioneel-beheerder')
  @Purpose('brp-bijhouden')
  async synchroniseerBrp(
    @Args('input') input: SynchroniseerBrpInput,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<BrpSynchronisatieModel[]> {
    const runs = await this.synchronisatie.synchroniseer(input.gemeenten, principal, request);
    return runs.map((run) => ({
      gemeente: run.gemeente,
      verwerkt: run.mutaties.filter((m) => m.uitkomst === 'verwerkt' || m.uitkomst === 'buiten-populatie').length,
      herhaald: run.mutaties.filter((m) => m.uitkomst === 'herhaald').length,
      geweigerd: run.mutaties.filter((m) => m.uitkomst === 'geweigerd').length,
      mutaties: run.mutaties,
    }));
  }

  @Query(() => BrpBijhoudingModel, { description: 'Stand van de BRP-bijhouding: achterstallig, te laat verwerkte en geweigerde mutaties.' })
  @Roles('administratief-medewerker', 'functioneel-beheerder', 'coordinator')
  @Purpose('brp-bijhouden')
  brpBijhouding(@Args('gemeente') gemeente: string, @CurrentPrincipal() principal: Principal): Promise<BrpBijhoudingModel> {
    return this.bijhouding.stand(gemeente, principal);
  }
}
