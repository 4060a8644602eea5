import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { VerzuimmeldingInput } from './dto/verzuimmelding.input';
import { VerzuimmeldingOntvangstModel } from './models/verzuimmelding-ontvangst.model';
import { VerzuimmeldingService } from './verzuimmelding.service';

@Resolver(() => VerzuimmeldingOntvangstModel)
export class VerzuimmeldingResolver {
  constructor(private readonly meldingen: VerzuimmeldingService) {}

  @Mutation(() => VerzuimmeldingOntvangstModel, { description: 'Een school (of de administratie) dient een verzuimmelding in.' })
  @Roles('partner-school', 'administratief-medewerker', 'leerplichtambtenaar')
  @Purpose('verzuimmelding-ontvangen')
  async dienVerzuimmeldingIn(
    @Args('input') input: VerzuimmeldingInput,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<VerzuimmeldingOntvangstModel> {
    const melding = await this.meldingen.dienIn(input, principal, request);
    return { id: melding.id, status: melding.status, ontvangenOp: melding.ontvangenOp };
  }

  @Query(() => VerzuimmeldingOntvangstModel, { nullable: true, description: 'Status van een eigen melding (de melder ziet geen dossierinhoud).' })
  @Roles('partner-school', 'administratief-medewerker', 'leerplichtambtenaar')
  @Purpose('verzuimmelding-status')
  async verzuimmeldingStatus(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<VerzuimmeldingOntvangstModel | null> {
    const melding = await this.meldingen.status(id, principal, request);
    return melding ? { id: melding.id, status: melding.status, ontvangenOp: melding.ontvangenOp } : null;
  }
}
