import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { LegInspectieAdviesVastInput, OpenSchoolErkenningsvraagInput, StelSchoolErkenningVastInput, VoegLeerlingToeInput } from './dto/school-erkenning.input';
import { SchoolErkenningsvraagModel } from './models/school-erkenning.model';
import { SchoolErkenningService } from './school-erkenning.service';

/** "Is this a school?" (000 art 13; 003 art 12). The administration records; the conclusion is the officer's. */
@Resolver(() => SchoolErkenningsvraagModel)
export class SchoolErkenningResolver {
  constructor(private readonly service: SchoolErkenningService) {}

  @Query(() => [SchoolErkenningsvraagModel], { description: 'De schoolerkenningsvragen van een gemeente, nieuwste eerst.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('school-erkenning-behandelen')
  schoolErkenningsvragen(
    @Args('gemeente') gemeente: string,
    @Args('peildatum', { nullable: true, type: () => String }) peildatum: string | null | undefined,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<SchoolErkenningsvraagModel[]> {
    return this.service.lijst(gemeente, peildatum, principal, request);
  }

  @Query(() => SchoolErkenningsvraagModel)
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('school-erkenning-behandelen')
  schoolErkenningsvraag(
    @Args('id', { type: () => ID }) id: string,
    @Args('peildatum', { nullable: true, type: () => String }) peildatum: string | null | undefined,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<SchoolErkenningsvraagModel> {
    return this.service.vraag(id, peildatum, principal, request);
  }

  @Mutation(() => SchoolErkenningsvraagModel, { description: 'Ouders beroepen zich op een niet erkende voorziening: de Inspectie wordt om onderzoek en advies gevraagd (000 art 13 lid 1; 003 art 12 lid 1).' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('school-erkenning-behandelen')
  openSchoolErkenningsvraag(@Args('input') input: OpenSchoolErkenningsvraagInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<SchoolErkenningsvraagModel> {
    return this.service.open(input, principal, request);
  }

  @Mutation(() => SchoolErkenningsvraagModel)
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('school-erkenning-behandelen')
  voegLeerlingToeAanSchoolErkenningsvraag(@Args('input') input: VoegLeerlingToeInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<SchoolErkenningsvraagModel> {
    return this.service.voegLeerlingToe(input, principal, request);
  }

  @Mutation(() => SchoolErkenningsvraagModel, { description: 'Het advies van de Inspectie van het Onderwijs.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('school-erkenning-behandelen')
  legInspectieAdviesVast(@Args('input') input: LegInspectieAdviesVastInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<SchoolErkenningsvraagModel> {
    return this.service.legAdviesVast(input, principal, request);
  }

  @Mutation(() => SchoolErkenningsvraagModel, { description: 'De conclusie van de leerplichtambtenaar, gelijk aan het advies; geen school: een brief aan de ouders van elke leerling.' })
  @Roles('leerplichtambtenaar')
  @Purpose('school-erkenning-behandelen')
  stelSchoolErkenningVast(@Args('input') input: StelSchoolErkenningVastInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<SchoolErkenningsvraagModel> {
    return this.service.stelVast(input, principal, request);
  }
}
