import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { Art15Service } from './art15.service';
import { BeeindigVrijstellingInput, BeslisArt15AanvraagInput, DienArt15AanvraagInInput, VrijstellingenTeVernieuwenInput } from './dto/vrijstelling.input';
import { Art15AanvraagModel, VrijstellingModel, VrijstellingTeVernieuwenModel } from './models/vrijstelling.model';
import { VrijstellingService } from './vrijstelling.service';

/** Exemptions in force (art 5, 5a, 15), their renewal, their end, and applications under art 15. */
@Resolver(() => VrijstellingModel)
export class VrijstellingResolver {
  constructor(
    private readonly vrijstellingen: VrijstellingService,
    private readonly art15: Art15Service,
  ) {}

  @Query(() => [VrijstellingModel], { description: 'De vrijstellingen van een jongere in uw gemeente(n), nieuwste eerst.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('vrijstelling-inzien')
  vrijstellingenVanJongere(@Args('bsn') bsn: string, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VrijstellingModel[]> {
    return this.vrijstellingen.vanJongere(bsn, principal, request);
  }

  @Query(() => [VrijstellingTeVernieuwenModel], { description: 'Vrijstellingen die met het schooljaar eindigen: vóór 1 juli is een nieuwe kennisgeving nodig (Lpw art 6), met het uitgebreide onderzoek waar de jongere de leeftijd bereikt (004).' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('vrijstelling-inzien')
  vrijstellingenTeVernieuwen(@Args('input') input: VrijstellingenTeVernieuwenInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VrijstellingTeVernieuwenModel[]> {
    return this.vrijstellingen.teVernieuwen(input, principal, request);
  }

  @Mutation(() => VrijstellingModel, { description: 'Beëindigt een vrijstelling vóór de einddatum of trekt haar in; de administratie, verzuim en het register van DUO horen het.' })
  @Roles('leerplichtambtenaar')
  @Purpose('vrijstelling-behandelen')
  beeindigVrijstelling(@Args('input') input: BeeindigVrijstellingInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VrijstellingModel> {
    return this.vrijstellingen.beeindig(input, principal, request);
  }

  @Query(() => Art15AanvraagModel, { description: 'Een aanvraag art 15 met beslistermijn, afweging, besluit, vrijstelling en brieven.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('vrijstelling-inzien')
  art15Aanvraag(
    @Args('id', { type: () => ID }) id: string,
    @Args('peildatum', { type: () => String, nullable: true }) peildatum: string | null,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<Art15AanvraagModel> {
    return this.art15.een(id, peildatum ?? null, principal, request);
  }

  @Query(() => [Art15AanvraagModel], { description: 'Open aanvragen art 15 van een gemeente, verstreken en bijna verstreken beslistermijnen eerst (Awb art 4:13).' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('vrijstelling-inzien')
  art15Aanvragen(
    @Args('gemeente') gemeente: string,
    @Args('peildatum', { type: () => String, nullable: true }) peildatum: string | null,
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() request: RequestContext,
  ): Promise<Art15AanvraagModel[]> {
    return this.art15.vanGemeente(gemeente, peildatum ?? null, principal, request);
  }

  @Mutation(() => Art15AanvraagModel, { description: 'Registreert een aanvraag om vrijstelling wegens ander onderwijs (Lpw art 15); de beslistermijn loopt vanaf de dag na ontvangst.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('vrijstelling-behandelen')
  dienArt15AanvraagIn(@Args('input') input: DienArt15AanvraagInInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<Art15AanvraagModel> {
    return this.art15.dienIn(input, principal, request);
  }

  @Mutation(() => Art15AanvraagModel, { description: 'Beslist namens het college op een aanvraag art 15, na afweging van beide criteria, met voorwaarden (000 art 11; 003 art 10).' })
  @Roles('leerplichtambtenaar')
  @Purpose('vrijstelling-behandelen')
  beslisArt15Aanvraag(@Args('input') input: BeslisArt15AanvraagInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<Art15AanvraagModel> {
    return this.art15.beslis(input, principal, request);
  }
}
