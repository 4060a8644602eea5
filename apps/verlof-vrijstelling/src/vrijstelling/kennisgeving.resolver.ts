import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import {
  BeoordeelKennisgevingInput,
  KennisgevingDatumInput,
  KennisgevingIdInput,
  LegDeskundigeverklaringVastInput,
  LegKennisgevingToestemmingVastInput,
  LegToelichtingKennisgevingVastInput,
  LegUitgebreidOnderzoekVastInput,
  LegVerklaringSchoolleiderBuitenlandVastInput,
  NodigUitVoorToelichtingInput,
  RegistreerKennisgevingVrijstellingInput,
  VerlengKennisgevingtermijnInput,
  VraagBewijsOnderwijsBuitenlandInput,
  VraagDeskundigenonderzoekAanInput,
} from './dto/kennisgeving.input';
import { KennisgevingProcedureService } from './kennisgeving-procedure.service';
import { KennisgevingService } from './kennisgeving.service';
import { KennisgevingModel, KennisgevingWerkregelModel } from './models/vrijstelling.model';

/**
 * Kennisgevingen art 6 (Lpw art 5, 5a). The administration registers them and sends the
 * acknowledgement; the officer takes the steps per ground and assesses. The gemeente dimension is
 * enforced by row-level security and vereisGemeente.
 */
@Resolver(() => KennisgevingModel)
export class KennisgevingResolver {
  constructor(
    private readonly kennisgevingen: KennisgevingService,
    private readonly procedure: KennisgevingProcedureService,
  ) {}

  @Query(() => KennisgevingModel, { description: 'Een kennisgeving van vrijstelling met status, termijnen, verklaringen, toelichting, besluit, vrijstelling en brieven.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('vrijstelling-inzien')
  kennisgevingVrijstelling(
    @Args('id', { type: () => ID }) id: string,
    @Args('peildatum', { type: () => String, nullable: true }) peildatum: string | null,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<KennisgevingModel> {
    return this.kennisgevingen.een(id, peildatum ?? null, principal, request);
  }

  @Query(() => [KennisgevingWerkregelModel], { description: 'De kennisgevingen van een gemeente: verlopen termijnen eerst, dan op de dag waarop het bericht aan de ouders uiterlijk moet.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('vrijstelling-inzien')
  kennisgevingenVrijstelling(
    @Args('gemeente') gemeente: string,
    @Args('peildatum', { type: () => String, nullable: true }) peildatum: string | null,
    @Args('alleenOpen', { type: () => Boolean, nullable: true, defaultValue: true }) alleenOpen: boolean,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<KennisgevingWerkregelModel[]> {
    return this.kennisgevingen.vanGemeente(gemeente, peildatum ?? null, alleenOpen, principal, request);
  }

  @Mutation(() => KennisgevingModel, { description: 'Registreert een kennisgeving art 6 en stuurt de ontvangstbevestiging met de termijn voor het bericht over de ontvankelijkheid (000 art 12 lid 1; 003 art 11 lid 1).' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('vrijstelling-behandelen')
  registreerKennisgevingVrijstelling(@Args('input') input: RegistreerKennisgevingVrijstellingInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<KennisgevingModel> {
    return this.procedure.registreer(input, principal, request);
  }

  @Mutation(() => KennisgevingModel, { description: 'Grond a: vraagt de aangewezen deskundige de jongere te onderzoeken (000 art 12 lid 2; 003 art 11 lid 2 a).' })
  @Roles('leerplichtambtenaar')
  @Purpose('vrijstelling-behandelen')
  vraagDeskundigenonderzoekAan(@Args('input') input: VraagDeskundigenonderzoekAanInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<KennisgevingModel> {
    return this.procedure.vraagDeskundigenonderzoekAan(input, principal, request);
  }

  @Mutation(() => KennisgevingModel, { description: 'Grond a: vraagt de ouders (en de jongere vanaf 16) toestemming voor overleg met het samenwerkingsverband (000 art 12 lid 3, art 14).' })
  @Roles('leerplichtambtenaar')
  @Purpose('vrijstelling-behandelen')
  vraagToestemmingSamenwerkingsverbandAan(@Args('input') input: KennisgevingIdInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<KennisgevingModel> {
    return this.procedure.vraagToestemmingAan(input, principal, request);
  }

  @Mutation(() => KennisgevingModel, { description: 'Grond a: legt de schriftelijke toestemming van de ouders of de jongere vast.' })
  @Roles('leerplichtambtenaar')
  @Purpose('vrijstelling-behandelen')
  legKennisgevingToestemmingVast(@Args('input') input: LegKennisgevingToestemmingVastInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<KennisgevingModel> {
    return this.procedure.legToestemmingVast(input, principal, request);
  }

  @Mutation(() => KennisgevingModel, { description: 'Grond a: de deskundige overlegde met het samenwerkingsverband; alleen na toestemming (003 art 13 lid 2).' })
  @Roles('leerplichtambtenaar')
  @Purpose('vrijstelling-behandelen')
  registreerOverlegSamenwerkingsverband(@Args('input') input: KennisgevingDatumInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<KennisgevingModel> {
    return this.procedure.registreerOverlegSamenwerkingsverband(input, principal, request);
  }

  @Mutation(() => KennisgevingModel, { description: 'Grond a: legt de verklaring van de aangewezen deskundige vast (Lpw art 7); het bericht aan de ouders volgt binnen de termijn erna.' })
  @Roles('leerplichtambtenaar')
  @Purpose('vrijstelling-behandelen')
  legDeskundigeverklaringVast(@Args('input') input: LegDeskundigeverklaringVastInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<KennisgevingModel> {
    return this.procedure.legDeskundigeverklaringVast(input, principal, request);
  }

  @Mutation(() => KennisgevingModel, { description: 'Grond b: nodigt de ouders uit voor een mondelinge toelichting (000 art 12 lid 7; 003 art 11 lid 3 a).' })
  @Roles('leerplichtambtenaar')
  @Purpose('vrijstelling-behandelen')
  nodigUitVoorToelichtingKennisgeving(@Args('input') input: NodigUitVoorToelichtingInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<KennisgevingModel> {
    return this.procedure.nodigUitVoorToelichting(input, principal, request);
  }

  @Mutation(() => KennisgevingModel, { description: 'Grond b: legt de mondelinge toelichting vast, met de richting van alle scholen binnen redelijke afstand en de eerdere inschrijving.' })
  @Roles('leerplichtambtenaar')
  @Purpose('vrijstelling-behandelen')
  legToelichtingKennisgevingVast(@Args('input') input: LegToelichtingKennisgevingVastInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<KennisgevingModel> {
    return this.procedure.legToelichtingVast(input, principal, request);
  }

  @Mutation(() => KennisgevingModel, { description: 'Grond b: een langere termijn om gegronde redenen, binnen de lopende termijn meegedeeld (000 art 12 lid 6).' })
  @Roles('leerplichtambtenaar')
  @Purpose('vrijstelling-behandelen')
  verlengKennisgevingtermijn(@Args('input') input: VerlengKennisgevingtermijnInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<KennisgevingModel> {
    return this.procedure.verlengTermijn(input, principal, request);
  }

  @Mutation(() => KennisgevingModel, { description: 'Grond b, profiel 004: legt het uitgebreide onderzoek vast (eerste kennisgeving, of het kind wordt 12).' })
  @Roles('leerplichtambtenaar')
  @Purpose('vrijstelling-behandelen')
  legUitgebreidOnderzoekVast(@Args('input') input: LegUitgebreidOnderzoekVastInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<KennisgevingModel> {
    return this.procedure.legUitgebreidOnderzoekVast(input, principal, request);
  }

  @Mutation(() => KennisgevingModel, { description: 'Grond c: deelt de ouders mee hoe en wanneer zij het onderwijs in het buitenland aantonen (000 art 12 lid 11; 003 art 11 lid 4 a).' })
  @Roles('leerplichtambtenaar')
  @Purpose('vrijstelling-behandelen')
  vraagBewijsOnderwijsBuitenland(@Args('input') input: VraagBewijsOnderwijsBuitenlandInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<KennisgevingModel> {
    return this.procedure.vraagBewijsBuitenland(input, principal, request);
  }

  @Mutation(() => KennisgevingModel, { description: 'Grond c: legt de verklaring van de directeur van de school buiten Nederland vast (Lpw art 9).' })
  @Roles('leerplichtambtenaar')
  @Purpose('vrijstelling-behandelen')
  legVerklaringSchoolleiderBuitenlandVast(@Args('input') input: LegVerklaringSchoolleiderBuitenlandVastInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<KennisgevingModel> {
    return this.procedure.legVerklaringSchoolleiderVast(input, principal, request);
  }

  @Mutation(() => KennisgevingModel, { description: 'Grond c, tweede beroep zonder dagelijks reizen: signaal aan Burgerzaken (003 toelichting art 11).' })
  @Roles('leerplichtambtenaar')
  @Purpose('vrijstelling-behandelen')
  signaleerBurgerzakenKennisgeving(@Args('input') input: KennisgevingIdInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<KennisgevingModel> {
    return this.procedure.signaleerBurgerzaken(input, principal, request);
  }

  @Mutation(() => KennisgevingModel, {
    description: 'Beoordeelt de kennisgeving: voldaan (vrijstelling, bevestiging met periode en datum volgende kennisgeving, DUO) of niet voldaan (opdracht tot inschrijving binnen de termijn).',
  })
  @Roles('leerplichtambtenaar')
  @Purpose('vrijstelling-behandelen')
  beoordeelKennisgeving(@Args('input') input: BeoordeelKennisgevingInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<KennisgevingModel> {
    return this.procedure.beoordeel(input, principal, request);
  }
}
