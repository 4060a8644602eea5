import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { InschrijvingsberichtInput } from './dto/inschrijvingsbericht.input';
import { InschrijvingService } from './inschrijving.service';
import { InschrijvingModel } from './models/inschrijving.model';

@Resolver(() => InschrijvingModel)
export class InschrijvingResolver {
  constructor(private readonly inschrijvingen: InschrijvingService) {}

  @Mutation(() => InschrijvingModel, { description: 'Een school meldt een inschrijving (Lpw art 18).' })
  @Roles('partner-school', 'administratief-medewerker')
  @Purpose('inschrijving-registreren')
  meldInschrijving(
    @Args('input') input: InschrijvingsberichtInput,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<InschrijvingModel> {
    return this.inschrijvingen.verwerk('inschrijving', input, principal, request);
  }

  @Mutation(() => InschrijvingModel, { description: 'Een school meldt een uitschrijving (Lpw art 18).' })
  @Roles('partner-school', 'administratief-medewerker')
  @Purpose('inschrijving-registreren')
  meldUitschrijving(
    @Args('input') input: InschrijvingsberichtInput,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<InschrijvingModel> {
    return this.inschrijvingen.verwerk('uitschrijving', input, principal, request);
  }
}
