import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { vereisDatum } from '@leerrecht/shared/feature-subgraph';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { naarBriefModel } from '../absoluut-verzuim/brief.mapper';
import { BriefModel } from '../absoluut-verzuim/models/absoluut-verzuim.model';
import { InschrijvingsberichtInput } from './dto/inschrijvingsbericht.input';
import { RegistreerSchoolcontactInput } from './dto/registreer-schoolcontact.input';
import { InschrijvingService } from './inschrijving.service';
import { InschrijvingModel } from './models/inschrijving.model';
import { UitschrijvingOpvolgingModel } from './models/uitschrijving-opvolging.model';

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

  @Query(() => [UitschrijvingOpvolgingModel], { description: 'Uitschrijvingen zonder nieuwe inschrijving in uw gemeente(n), met de volgende stap op de peildatum.' })
  @Roles('administratief-medewerker', 'leerplichtambtenaar')
  @Purpose('inschrijving-controleren')
  openUitschrijvingen(
    @Args('peildatum', { description: 'JJJJ-MM-DD' }) peildatum: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<UitschrijvingOpvolgingModel[]> {
    vereisDatum(peildatum, 'peildatum');
    return this.inschrijvingen.openOpvolgingen(principal, request, peildatum);
  }

  @Mutation(() => Boolean, { description: 'Legt het contact met de school vast die uitschreef; opgehelderd sluit de opvolging (000 art 3 lid 8).' })
  @Roles('administratief-medewerker', 'leerplichtambtenaar')
  @Purpose('inschrijving-controleren')
  async registreerSchoolcontact(
    @Args('input') input: RegistreerSchoolcontactInput,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<boolean> {
    await this.inschrijvingen.registreerSchoolcontact(input.opvolgingId, input.datum, input.opgehelderd, principal, request);
    return true;
  }

  @Mutation(() => BriefModel, { description: 'Schrijft de ouders aan over een uitschrijving zonder nieuwe school, nadat de school het niet kon ophelderen.' })
  @Roles('administratief-medewerker', 'leerplichtambtenaar')
  @Purpose('inschrijving-controleren')
  async schrijfOudersAanOverUitschrijving(
    @Args('opvolgingId') opvolgingId: string,
    @Args('datum') datum: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<BriefModel> {
    return naarBriefModel(await this.inschrijvingen.schrijfOuders(opvolgingId, datum, principal, request));
  }
}
