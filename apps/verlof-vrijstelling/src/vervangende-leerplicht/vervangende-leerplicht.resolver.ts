import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import {
  BeeindigInput,
  BeslisInput,
  LegAfsprakenVastInput,
  LegBelastbaarheidsverklaringVastInput,
  LegOndertekeningVastInput,
  LegPlanVastInput,
  OpenVervangendeLeerplichtInput,
  RegistreerAfschriftInput,
  RegistreerGesprekInput,
  RegistreerVerzoekInput,
  ZaakInput,
} from './dto/vervangende-leerplicht.input';
import { VervangendeLeerplichtModel, WerkregelModel } from './models/vervangende-leerplicht.model';
import { VervangendeLeerplichtBesluitService } from './vervangende-leerplicht-besluit.service';
import { VervangendeLeerplichtService } from './vervangende-leerplicht.service';

/**
 * Vervangende leerplicht (Lpw art 3a, 3b). The administration registers and records
 * (000 art 10 lid 3: the file); only the leerplichtambtenaar decides on behalf of the college
 * (000 art 10 lid 1; 003 art 9 lid 1) and ends an approval. The gemeente dimension is row-level
 * security plus vereisGemeente; every call writes its audit line in its own transaction.
 */
@Resolver(() => VervangendeLeerplichtModel)
export class VervangendeLeerplichtResolver {
  constructor(
    private readonly stappen: VervangendeLeerplichtService,
    private readonly besluiten: VervangendeLeerplichtBesluitService,
  ) {}

  @Query(() => VervangendeLeerplichtModel, { description: 'Eén verzoek om vervangende leerplicht met termijnen, status, besluit en brieven.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('vervangende-leerplicht-behandelen')
  vervangendeLeerplicht(
    @Args('id', { type: () => ID }) id: string,
    @Args('peildatum', { nullable: true, type: () => String, description: 'Standaard vandaag.' }) peildatum: string | null | undefined,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<VervangendeLeerplichtModel> {
    return this.stappen.zaak(id, peildatum, principal, request);
  }

  @Query(() => [WerkregelModel], { description: 'De werklijst van een gemeente: wat aan de beurt is, met termijnen; te late stappen eerst.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('vervangende-leerplicht-behandelen')
  vervangendeLeerplichtWerklijst(
    @Args('gemeente') gemeente: string,
    @Args('peildatum', { nullable: true, type: () => String }) peildatum: string | null | undefined,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<WerkregelModel[]> {
    return this.stappen.werklijst(gemeente, peildatum, principal, request);
  }

  @Mutation(() => VervangendeLeerplichtModel, { description: 'De leerplichtambtenaar stelt vast dat de jongere mogelijk in aanmerking komt; de gesprekstermijn gaat lopen.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('vervangende-leerplicht-behandelen')
  openVervangendeLeerplicht(@Args('input') input: OpenVervangendeLeerplichtInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.stappen.open(input, principal, request);
  }

  @Mutation(() => VervangendeLeerplichtModel, { description: 'Een voorbereidend gesprek, of na een positief besluit een evaluatiegesprek (001 §3.3).' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('vervangende-leerplicht-behandelen')
  registreerVervangendeLeerplichtGesprek(@Args('input') input: RegistreerGesprekInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.stappen.registreerGesprek(input, principal, request);
  }

  @Mutation(() => VervangendeLeerplichtModel, { description: 'Het plan van aanpak met begeleidingsprogramma (003 art 9 lid 2).' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('vervangende-leerplicht-behandelen')
  legVervangendeLeerplichtPlanVast(@Args('input') input: LegPlanVastInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.stappen.legPlanVast(input, principal, request);
  }

  @Mutation(() => VervangendeLeerplichtModel, { description: 'De afspraken schriftelijk vastgelegd (000 art 10 lid 3; 003 art 9 lid 4); de informeertermijn gaat lopen.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('vervangende-leerplicht-behandelen')
  legVervangendeLeerplichtAfsprakenVast(@Args('input') input: LegAfsprakenVastInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.stappen.legAfsprakenVast(input, principal, request);
  }

  @Mutation(() => VervangendeLeerplichtModel, { description: 'Een brief aan elke ontwerper met de afspraken (003 art 9 lid 4 b).' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('vervangende-leerplicht-behandelen')
  informeerVervangendeLeerplichtOntwerpers(@Args('input') input: ZaakInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.stappen.informeerOntwerpers(input.zaakId, principal, request);
  }

  @Mutation(() => VervangendeLeerplichtModel, { description: 'De verklaring over de belastbaarheid van de jongere door de aangewezen jeugdarts (001 §3.3).' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('vervangende-leerplicht-behandelen')
  legBelastbaarheidsverklaringVast(@Args('input') input: LegBelastbaarheidsverklaringVastInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.stappen.legBelastbaarheidsverklaringVast(input, principal, request);
  }

  @Mutation(() => VervangendeLeerplichtModel, { description: 'Het verzoek is bij het college ingediend; de beslistermijn van 4 weken gaat lopen.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('vervangende-leerplicht-behandelen')
  registreerVervangendeLeerplichtVerzoek(@Args('input') input: RegistreerVerzoekInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.stappen.registreerVerzoek(input, principal, request);
  }

  @Mutation(() => VervangendeLeerplichtModel, { description: 'De handtekening van de ouders (en de jongere) onder het verzoek.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('vervangende-leerplicht-behandelen')
  legOndertekeningVervangendeLeerplichtVast(@Args('input') input: LegOndertekeningVastInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.stappen.legOndertekeningVast(input, principal, request);
  }

  @Mutation(() => VervangendeLeerplichtModel, { description: 'Besluit namens het college (000 art 10 lid 1; 003 art 9 lid 1); bij toestaan: DUO, Arbeidsinspectie, bericht aan de administratie.' })
  @Roles('leerplichtambtenaar')
  @Purpose('vervangende-leerplicht-behandelen')
  beslisVervangendeLeerplicht(@Args('input') input: BeslisInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.besluiten.beslis(input, principal, request);
  }

  @Mutation(() => VervangendeLeerplichtModel, { description: 'Een afschrift van het besluit is verzonden (binnen 2 weken, Lpw art 3a–3c).' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('vervangende-leerplicht-behandelen')
  registreerVervangendeLeerplichtAfschrift(@Args('input') input: RegistreerAfschriftInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.stappen.registreerAfschrift(input, principal, request);
  }

  @Mutation(() => VervangendeLeerplichtModel, { description: 'Toegestane vervangende leerplicht eindigt vóór de einddatum.' })
  @Roles('leerplichtambtenaar')
  @Purpose('vervangende-leerplicht-behandelen')
  beeindigVervangendeLeerplicht(@Args('input') input: BeeindigInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.besluiten.beeindig(input, principal, request);
  }
}
