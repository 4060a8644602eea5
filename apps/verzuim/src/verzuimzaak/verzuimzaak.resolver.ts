import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, CurrentRequest, Purpose, Roles, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { AfsluitingService } from '../afsluiting/afsluiting.service';
import { TerugkoppelingModel } from '../verzuimmelding/models/verzuimmelding-ontvangst.model';
import { TerugkoppelingService } from '../terugkoppeling/terugkoppeling.service';
import { TriageService } from '../triage/triage.service';
import {
  BeoordeelMeldingInput,
  KiesRouteInput,
  KoppelTerugInput,
  LegToestemmingVastInput,
  MeldingentellingInput,
  RegistreerGesprekInput,
  RegistreerZaakstapInput,
  SluitVerzuimzaakInput,
  TrekToestemmingInInput,
  VerzuimtakenInput,
  VoegZaaktaakToeInput,
  VraagMaatregelAanInput,
  WijsZaakToeInput,
  WijzigFaseInput,
  ZaakdatumInput,
} from './dto/verzuimzaak.input';
import {
  AfsluitingModel,
  MaatregelverzoekModel,
  MeldingentellingModel,
  TakenlijstModel,
  ToestemmingModel,
  TriageModel,
  VerzuimzaakModel,
  WerkvoorraadModel,
  ZaakstandModel,
  ZaaktaakModel,
  ZaaktoewijzingModel,
  ZatBesprekingModel,
} from './models/verzuimzaak.model';
import { WerkvoorraadService } from './werkvoorraad.service';
import { alsBericht, alsMaatregelverzoek, alsTaakregel, alsVerzuimzaak, alsZaakmelding, alsZaakstand, alsZaaktaak } from './zaak.mapper';
import { ZaakstappenService } from './zaakstappen.service';

/**
 * The leerplichtambtenaar's case work, the administration's screening and feedback, the
 * coördinator's counts and assignment. Every resolver names its roles and its purpose; the
 * gemeente dimension is enforced by row-level security and by vereisGemeente; Wpg by the case.
 */
@Resolver(() => VerzuimzaakModel)
export class VerzuimzaakResolver {
  constructor(
    private readonly werkvoorraad: WerkvoorraadService,
    private readonly stappen: ZaakstappenService,
    private readonly afsluiting: AfsluitingService,
    private readonly terugkoppeling: TerugkoppelingService,
    private readonly triage: TriageService,
  ) {}

  @Query(() => VerzuimzaakModel, { description: 'Eén verzuimzaak in zijn geheel: meldingen, taken, tijdlijn, toestemming, maatregelen.' })
  @Roles('leerplichtambtenaar')
  @Purpose('verzuimzaak-inzien')
  async verzuimzaak(@Args('id', { type: () => ID }) id: string, @Args('peildatum', { nullable: true, type: () => String }) peildatum: string | undefined, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<VerzuimzaakModel> {
    return alsVerzuimzaak(await this.werkvoorraad.zaak(id, peildatum, principal, request));
  }

  @Query(() => WerkvoorraadModel, { description: 'Mijn open zaken, de meest urgente eerst (meeste verlopen termijnen, dan de eerstvolgende termijn).' })
  @Roles('leerplichtambtenaar')
  @Purpose('verzuimzaak-inzien')
  async mijnVerzuimzaken(@Args('peildatum', { nullable: true, type: () => String }) peildatum: string | undefined, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<WerkvoorraadModel> {
    return this.werkvoorraad.mijnZaken(peildatum, principal, request);
  }

  @Query(() => WerkvoorraadModel, { description: 'De open zaken van een gemeente, op urgentie.' })
  @Roles('leerplichtambtenaar')
  @Purpose('verzuimzaak-inzien')
  async verzuimzakenVanGemeente(@Args('gemeente') gemeente: string, @Args('peildatum', { nullable: true, type: () => String }) peildatum: string | undefined, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<WerkvoorraadModel> {
    return this.werkvoorraad.zakenVanGemeente(gemeente, peildatum, principal, request);
  }

  @Query(() => TakenlijstModel, { description: 'Open taken van een gemeente; met alleenTeLaat de verlopen termijnen, met soort terugkoppeling-melder de terugkoppeling die binnen een week moet.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker')
  @Purpose('verzuimzaak-inzien')
  async verzuimtaken(@Args('input') input: VerzuimtakenInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<TakenlijstModel> {
    const lijst = await this.werkvoorraad.taken(input, principal, request);
    return { taken: lijst.taken.map(alsTaakregel), verborgenWpg: lijst.verborgenWpg };
  }

  @Query(() => MeldingentellingModel, { description: 'Meldingen per school, per verzuimsoort, per kanaal en per status in een periode.' })
  @Roles('leerplichtambtenaar', 'administratief-medewerker', 'coordinator')
  @Purpose('verzuim-overzicht')
  async verzuimmeldingentelling(@Args('input') input: MeldingentellingInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<MeldingentellingModel> {
    return this.werkvoorraad.tellingen(input, principal, request);
  }

  @Query(() => [TriageModel], { description: 'Nieuwe meldingen die de administratie beoordeelt (000 art 3 lid 9); alleen intakevelden.' })
  @Roles('administratief-medewerker')
  @Purpose('verzuimmelding-beoordelen')
  async verzuimtriage(@Args('gemeente') gemeente: string, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<TriageModel[]> {
    const lijst = await this.triage.lijst(gemeente, principal, request);
    return lijst.map(({ zaak, meldingen }) => ({
      zaakId: zaak.id,
      gemeente: zaak.gemeente,
      bsn: zaak.bsn,
      classificatie: zaak.classificatie,
      soort: zaak.soort,
      geopendOp: zaak.geopendOp,
      meldingen: meldingen.map((m) => alsZaakmelding(m)),
    }));
  }

  @Mutation(() => ZaakstandModel, { description: 'Zelf afhandelen (ter kennisgeving aangenomen) of doorzetten naar een leerplichtambtenaar.' })
  @Roles('administratief-medewerker')
  @Purpose('verzuimmelding-beoordelen')
  async beoordeelVerzuimmelding(@Args('input') input: BeoordeelMeldingInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<ZaakstandModel> {
    return alsZaakstand(await this.triage.beoordeel(input, principal, request));
  }

  @Mutation(() => ZaaktoewijzingModel, { description: 'Een open zaak (opnieuw) toewijzen aan een leerplichtambtenaar; geeft geen zaakinhoud terug.' })
  @Roles('coordinator', 'administratief-medewerker')
  @Purpose('verzuim-werkverdeling')
  async wijsVerzuimzaakToe(@Args('input') input: WijsZaakToeInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<ZaaktoewijzingModel> {
    const zaak = await this.triage.wijsToe(input, principal, request);
    return { zaakId: zaak.id, behandelaar: zaak.behandelaar, triage: zaak.triage };
  }

  @Mutation(() => TerugkoppelingModel, { description: 'Terugkoppeling aan DUO of de school welke acties worden ondernomen (Lpw art 21a lid 6).' })
  @Roles('administratief-medewerker', 'leerplichtambtenaar')
  @Purpose('verzuim-terugkoppelen')
  async koppelVerzuimmeldingTerug(@Args('input') input: KoppelTerugInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<TerugkoppelingModel> {
    const t = await this.terugkoppeling.koppelTerug(input, principal, request);
    return { status: t.status, acties: t.acties, afsluitreden: t.afsluitreden, toelichting: t.toelichting, vastgelegdOp: t.vastgelegdOp };
  }

  @Mutation(() => ZaaktaakModel, { description: 'Een voorgeschreven stap uitvoeren, of overslaan/anders uitvoeren met uitleg (pas toe of leg uit).' })
  @Roles('leerplichtambtenaar')
  @Purpose('verzuimzaak-behandelen')
  async registreerZaakstap(@Args('input') input: RegistreerZaakstapInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<ZaaktaakModel> {
    const taak = await this.stappen.registreerStap(input, principal, request);
    return alsZaaktaak(taak, taak.afgerondOp ?? '');
  }

  @Mutation(() => ZaaktaakModel, { description: 'Zelf een stap plannen, bijvoorbeeld een huisbezoek (000 art 6 lid 6).' })
  @Roles('leerplichtambtenaar')
  @Purpose('verzuimzaak-behandelen')
  async voegZaaktaakToe(@Args('input') input: VoegZaaktaakToeInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<ZaaktaakModel> {
    const taak = await this.stappen.voegTaakToe(input, principal, request);
    return alsZaaktaak(taak, this.werkvoorraad.peildatum(null));
  }

  @Mutation(() => ZaakstandModel)
  @Roles('leerplichtambtenaar')
  @Purpose('verzuimzaak-behandelen')
  async registreerVerzuimgesprek(@Args('input') input: RegistreerGesprekInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<ZaakstandModel> {
    return alsZaakstand(await this.stappen.registreerGesprek(input, principal, request));
  }

  @Mutation(() => ZaakstandModel)
  @Roles('leerplichtambtenaar')
  @Purpose('verzuimzaak-behandelen')
  async wijzigVerzuimfase(@Args('input') input: WijzigFaseInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<ZaakstandModel> {
    return alsZaakstand(await this.stappen.wijzigFase(input, principal, request));
  }

  @Mutation(() => ZaakstandModel)
  @Roles('leerplichtambtenaar')
  @Purpose('verzuimzaak-behandelen')
  async kiesMasRoute(@Args('input') input: KiesRouteInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<ZaakstandModel> {
    return alsZaakstand(await this.stappen.kiesRoute(input, principal, request));
  }

  @Mutation(() => ZatBesprekingModel, { description: 'De jongere is besproken in ZAT/OT/MDO; terugkoppeling volgens de instructie.' })
  @Roles('leerplichtambtenaar')
  @Purpose('verzuimzaak-behandelen')
  async registreerZatBespreking(@Args('input') input: ZaakdatumInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<ZatBesprekingModel> {
    const uitkomst = await this.stappen.registreerZatBespreking(input, principal, request);
    return { zaak: alsZaakstand(uitkomst.zaak), terugkoppelingGepland: uitkomst.terugkoppelingGepland, reden: uitkomst.reden };
  }

  @Mutation(() => ToestemmingModel)
  @Roles('leerplichtambtenaar')
  @Purpose('verzuimzaak-behandelen')
  async legToestemmingVast(@Args('input') input: LegToestemmingVastInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<ToestemmingModel> {
    const t = await this.stappen.legToestemmingVast(input, principal, request);
    return { id: t.id, gever: t.gever, reikwijdte: t.reikwijdte, gegevenOp: t.gegevenOp, ingetrokkenOp: t.ingetrokkenOp };
  }

  @Mutation(() => ToestemmingModel)
  @Roles('leerplichtambtenaar')
  @Purpose('verzuimzaak-behandelen')
  async trekToestemmingIn(@Args('input') input: TrekToestemmingInInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<ToestemmingModel> {
    const t = await this.stappen.trekToestemmingIn(input, principal, request);
    return { id: t.id, gever: t.gever, reikwijdte: t.reikwijdte, gegevenOp: t.gegevenOp, ingetrokkenOp: t.ingetrokkenOp };
  }

  @Mutation(() => MaatregelverzoekModel, { description: 'Handhaving vragen (waarschuwing, Halt, proces-verbaal, SVB); niet voor 18+.' })
  @Roles('leerplichtambtenaar')
  @Purpose('handhaving-aanvragen')
  async vraagMaatregelAan(@Args('input') input: VraagMaatregelAanInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<MaatregelverzoekModel> {
    return alsMaatregelverzoek(await this.stappen.vraagMaatregelAan(input, principal, request));
  }

  @Mutation(() => AfsluitingModel, { description: 'De zaak en haar meldingen afsluiten: DUO/school, brieven aan ouders en jongere, berichten aan betrokkenen.' })
  @Roles('leerplichtambtenaar')
  @Purpose('verzuim-afsluiten')
  async sluitVerzuimzaak(@Args('input') input: SluitVerzuimzaakInput, @CurrentPrincipal() principal: Principal, @CurrentRequest() request: RequestContext): Promise<AfsluitingModel> {
    const uitkomst = await this.afsluiting.sluit(input, principal, request);
    return { zaak: alsZaakstand(uitkomst.zaak), berichten: uitkomst.berichten.map(alsBericht), brieven: uitkomst.brieven };
  }
}
