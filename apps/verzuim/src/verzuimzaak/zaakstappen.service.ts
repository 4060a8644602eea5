import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { handhavingGevraagdV1 } from '@leerrecht/shared/contracts-events';
import { OutboxWriter } from '@leerrecht/shared/data-access-bus';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import { heeftRol, type Principal, type RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog } from '@leerrecht/shared/feature-subgraph';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { NederlandseKalender, leeftijdOp } from '@leerrecht/shared/util-kalender';
import {
  MAS_ROUTES,
  TAAK_OMSCHRIJVING,
  beoordeelFaseovergang,
  beoordeelRoutekeuze,
  heeftToestemming,
  isEersteOvertreding,
  takenNaGesprek,
  vereisMaatregelMogelijk,
  vereisUitleg,
  zatTerugkoppelingToegestaan,
  type Maatregel,
  type MasRoute,
  type TaakSoort,
} from '@leerrecht/verzuim/util-verzuimregels';
import { KLOK, type Klok } from '../kern/kern.module';
import { vertaalRegelfout } from '../kern/regelfout';
import { actorNaam, actorVan, vereisUuid } from '../kern/actor';
import { VerzuimmeldingEntity } from '../verzuimmelding/verzuimmelding.entity';
import { MaatregelverzoekEntity, type Tegen } from './maatregelverzoek.entity';
import { stapdatum } from './stapdatum';
import { legVast, voegTakenToe } from './tijdlijn';
import { VerzuimzaakEntity } from './verzuimzaak.entity';
import { ZaakTaakEntity } from './zaak-taak.entity';
import { ZaakToestemmingEntity } from './zaak-toestemming.entity';
import { laadZaak } from './zaaktoegang';

export type Zaakstapactie = 'UITGEVOERD' | 'OVERGESLAGEN' | 'ANDERS_UITGEVOERD';

/** Tasks an officer may add when the situation asks for it (000 art 6 lid 6: "wanneer hij dat nodig acht"). */
export const EIGEN_TAKEN: readonly TaakSoort[] = ['huisbezoek', 'contact-school', 'uitnodiging-jongere', 'contact-ouders', 'contact-jongere'];

/**
 * The officer's work on a case along the MAS: doing, skipping or changing a prescribed step (pas toe
 * of leg uit), conversations, phases, routes, ZAT feedback, consent, and the request of an
 * enforcement measure. Every change writes the timeline and the audit line in one transaction.
 */
@Injectable()
export class ZaakstappenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly instructies: InstructieRegister,
    @Inject(NederlandseKalender) private readonly kalender: NederlandseKalender,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  /** 000 art 2 lid 6; 003 art 2 lid 7: a prescribed step is done, or skipped/changed with a written reason in the dossier. */
  async registreerStap(invoer: { taakId: string; actie: Zaakstapactie; datum?: string | null; uitleg?: string | null }, principal: Principal, request: RequestContext): Promise<ZaakTaakEntity> {
    vereisUuid(invoer.taakId, 'taakId');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const taak = await manager.findOne(ZaakTaakEntity, { where: { id: invoer.taakId } });
      if (taak === null) throw new DomainError('NIET_GEVONDEN', 'Geen taak met dit id in uw gemeenten.', 'taakId');
      const zaak = await this.openZaak(manager, taak.zaakId, principal);
      if (taak.status !== 'open') throw new DomainError('TAAK_AFGEROND', 'Deze taak is al afgerond.', 'taakId');
      const datum = stapdatum(invoer.datum, zaak, this.klok());
      const afwijking = invoer.actie !== 'UITGEVOERD';
      // The reason is required for every deviation, and stored in the case timeline.
      vertaalRegelfout(() => vereisUitleg(afwijking, invoer.uitleg, 'uitleg'));
      const status = invoer.actie === 'UITGEVOERD' ? 'uitgevoerd' : invoer.actie === 'OVERGESLAGEN' ? 'overgeslagen' : 'anders-uitgevoerd';
      const uitleg = afwijking ? (invoer.uitleg ?? '').trim() : null;
      await manager.update(ZaakTaakEntity, { id: taak.id }, { status, afgerondOp: datum, afgerondDoor: actorNaam(principal), uitleg });
      const omschrijving = TAAK_OMSCHRIJVING[taak.soort];
      const teLaat = taak.uiterlijk !== null && datum > taak.uiterlijk ? ` (na de termijn van ${taak.uiterlijk})` : '';
      await legVast(manager, zaak, {
        soort: afwijking ? 'afwijking-mas' : 'taak-uitgevoerd',
        omschrijving: afwijking ? `${omschrijving}: ${status === 'overgeslagen' ? 'overgeslagen' : 'anders uitgevoerd'} (${taak.bron})` : `${omschrijving} uitgevoerd${teLaat}`,
        uitleg,
        afwijkingMas: afwijking,
        datum,
        actor: actorNaam(principal),
        meldingId: taak.meldingId,
      });
      await this.log(manager, request, principal, zaak);
      return manager.findOneOrFail(ZaakTaakEntity, { where: { id: taak.id } });
    });
  }

  async voegTaakToe(invoer: { zaakId: string; soort: TaakSoort; uiterlijk?: string | null }, principal: Principal, request: RequestContext): Promise<ZaakTaakEntity> {
    vereisUuid(invoer.zaakId, 'zaakId');
    if (!EIGEN_TAKEN.includes(invoer.soort)) {
      throw new DomainError('TAAK_NIET_TOEGESTAAN', 'Deze taak volgt uit de instructie en wordt niet met de hand toegevoegd.', 'soort');
    }
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const zaak = await this.openZaak(manager, invoer.zaakId, principal);
      const datum = stapdatum(null, zaak, this.klok());
      if (invoer.uiterlijk !== undefined && invoer.uiterlijk !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(invoer.uiterlijk) || invoer.uiterlijk < datum)) {
        throw new DomainError('ONGELDIGE_DATUM', 'De termijn is geen datum vanaf vandaag (JJJJ-MM-DD).', 'uiterlijk');
      }
      const bron = invoer.soort === 'huisbezoek' ? '000 art 6 lid 6; 001 §3.1; 003 art 6 lid 2 h' : 'Lpw art 22 lid 1';
      await voegTakenToe(manager, zaak, [{ soort: invoer.soort, uiterlijk: invoer.uiterlijk ?? null, bron }], null);
      await legVast(manager, zaak, { soort: 'taak-toegevoegd', omschrijving: `${TAAK_OMSCHRIJVING[invoer.soort]} gepland`, datum, actor: actorNaam(principal) });
      await this.log(manager, request, principal, zaak);
      return manager.findOneOrFail(ZaakTaakEntity, { where: { zaakId: zaak.id, soort: invoer.soort, status: 'open' }, order: { createdAt: 'DESC' } });
    });
  }

  /**
   * A conversation with parents and/or youth (000 art 6 lid 3; 001 §3.2; 003 art 6 lid 2 d–f): when
   * it establishes ongeoorloofd verzuim, the report (and a copy, on request or always per profile)
   * become tasks, and the guarded dossier fields may be filled from then on (000 art 4 lid 2 m–o).
   */
  async registreerGesprek(invoer: { zaakId: string; datum?: string | null; ongeoorloofdVastgesteld: boolean; afschriftGevraagd: boolean }, principal: Principal, request: RequestContext): Promise<VerzuimzaakEntity> {
    vereisUuid(invoer.zaakId, 'zaakId');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const zaak = await this.openZaak(manager, invoer.zaakId, principal);
      const datum = stapdatum(invoer.datum, zaak, this.klok());
      const regels = this.instructies.voorGemeente(zaak.gemeente).regels;
      if (invoer.ongeoorloofdVastgesteld) {
        await manager.update(VerzuimzaakEntity, { id: zaak.id }, { ongeoorloofdVastgesteld: true });
        await voegTakenToe(manager, zaak, takenNaGesprek({ afschriftGevraagd: invoer.afschriftGevraagd, regels }), null);
      }
      await legVast(manager, zaak, {
        soort: 'gesprek',
        omschrijving: invoer.ongeoorloofdVastgesteld ? 'Gesprek gevoerd; ongeoorloofd verzuim vastgesteld' : 'Gesprek gevoerd; geen ongeoorloofd verzuim vastgesteld',
        datum,
        actor: actorNaam(principal),
      });
      await this.log(manager, request, principal, zaak);
      return manager.findOneOrFail(VerzuimzaakEntity, { where: { id: zaak.id } });
    });
  }

  /** The phase of methodisch handelen; skipping one or going back needs an explanation (000 art 2 lid 6). */
  async wijzigFase(invoer: { zaakId: string; fase: string; datum?: string | null; uitleg?: string | null }, principal: Principal, request: RequestContext): Promise<VerzuimzaakEntity> {
    vereisUuid(invoer.zaakId, 'zaakId');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const zaak = await this.openZaak(manager, invoer.zaakId, principal);
      const datum = stapdatum(invoer.datum, zaak, this.klok());
      const fasen = this.instructies.voorGemeente(zaak.gemeente).regels.verzuim.fasen.waarde;
      const overgang = vertaalRegelfout(() => beoordeelFaseovergang({ huidige: zaak.fase, nieuwe: invoer.fase, fasen }));
      vertaalRegelfout(() => vereisUitleg(overgang.uitlegVereist, invoer.uitleg, 'uitleg'));
      await manager.update(VerzuimzaakEntity, { id: zaak.id }, { fase: invoer.fase });
      await legVast(manager, zaak, {
        soort: overgang.uitlegVereist ? 'afwijking-mas' : 'fase',
        omschrijving: `Fase ${zaak.fase ?? '(geen)'} → ${invoer.fase}${overgang.uitlegVereist ? ` (${overgang.reden})` : ''}`,
        uitleg: overgang.uitlegVereist ? (invoer.uitleg ?? '').trim() : null,
        afwijkingMas: overgang.uitlegVereist,
        datum,
        actor: actorNaam(principal),
      });
      await this.log(manager, request, principal, zaak);
      return manager.findOneOrFail(VerzuimzaakEntity, { where: { id: zaak.id } });
    });
  }

  /** A MAS route (002 §4); a route out of order needs an explanation; 18+ has only the support route (000 art 7). */
  async kiesRoute(invoer: { zaakId: string; route: MasRoute; datum?: string | null; uitleg?: string | null }, principal: Principal, request: RequestContext): Promise<VerzuimzaakEntity> {
    vereisUuid(invoer.zaakId, 'zaakId');
    if (!MAS_ROUTES.includes(invoer.route)) throw new DomainError('ONBEKENDE_ROUTE', 'Onbekende MAS-route.', 'route');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const zaak = await this.openZaak(manager, invoer.zaakId, principal);
      const datum = stapdatum(invoer.datum, zaak, this.klok());
      if (invoer.route !== 'jeugdhulp' && this.isAchttienPlus(zaak, datum)) {
        throw new DomainError('ROUTE_NIET_MOGELIJK', 'Voor een jongere van 18 jaar of ouder is alleen de route van ondersteuning en hulp mogelijk; Halt, civiele en strafrechtelijke routes vallen weg (000 art 7).', 'route');
      }
      const keuze = beoordeelRoutekeuze({ eerdereRoutes: zaak.routes, nieuwe: invoer.route });
      vertaalRegelfout(() => vereisUitleg(keuze.uitlegVereist, invoer.uitleg, 'uitleg'));
      await manager.update(VerzuimzaakEntity, { id: zaak.id }, { routes: [...zaak.routes.filter((r) => r !== invoer.route), invoer.route] });
      await legVast(manager, zaak, {
        soort: keuze.uitlegVereist ? 'afwijking-mas' : 'route',
        omschrijving: `MAS-route ${invoer.route} gekozen${keuze.uitlegVereist ? ` (${keuze.reden})` : ''}`,
        uitleg: keuze.uitlegVereist ? (invoer.uitleg ?? '').trim() : null,
        afwijkingMas: keuze.uitlegVereist,
        datum,
        actor: actorNaam(principal),
      });
      await this.log(manager, request, principal, zaak);
      return manager.findOneOrFail(VerzuimzaakEntity, { where: { id: zaak.id } });
    });
  }

  /**
   * The youth was discussed in the school's ZAT/OT/MDO. Feedback there follows the instructie:
   * only when already discussed (000 art 6 lid 5), or with consent of parents or youth 16+ (003 art 2
   * lid 5). Returns whether a feedback task was planned, and why (not).
   */
  async registreerZatBespreking(invoer: { zaakId: string; datum?: string | null }, principal: Principal, request: RequestContext): Promise<{ zaak: VerzuimzaakEntity; terugkoppelingGepland: boolean; reden: string }> {
    vereisUuid(invoer.zaakId, 'zaakId');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const zaak = await this.openZaak(manager, invoer.zaakId, principal);
      const datum = stapdatum(invoer.datum, zaak, this.klok());
      const regels = this.instructies.voorGemeente(zaak.gemeente).regels;
      const toestemmingen = await manager.find(ZaakToestemmingEntity, { where: { zaakId: zaak.id, reikwijdte: 'multidisciplinair-overleg' } });
      const toestemming = heeftToestemming({ toestemmingen, peildatum: datum, vanafLeeftijd: regels.verzuim.toestemmingJongereVanafLeeftijd.waarde });
      const oordeel = zatTerugkoppelingToegestaan({ besprokenInZat: true, toestemming, regels });
      await manager.update(VerzuimzaakEntity, { id: zaak.id }, { besprokenInZat: true });
      if (oordeel.toegestaan) {
        await voegTakenToe(manager, zaak, [{ soort: 'terugkoppeling-zat', uiterlijk: null, bron: oordeel.bron }], null);
      }
      await legVast(manager, zaak, { soort: 'zat', omschrijving: `Jongere besproken in ZAT/OT/MDO; terugkoppeling ${oordeel.toegestaan ? 'gepland' : 'niet toegestaan'}: ${oordeel.reden}`, datum, actor: actorNaam(principal) });
      await this.log(manager, request, principal, zaak);
      return { zaak: await manager.findOneOrFail(VerzuimzaakEntity, { where: { id: zaak.id } }), terugkoppelingGepland: oordeel.toegestaan, reden: oordeel.reden };
    });
  }

  /**
   * Consent with scope, giver and date (privacy-retentie.md §7). The youth gives it himself only from
   * the instructie's age (000 art 6 lid 8; 003 art 2 lid 5: 16); below it, the parents do.
   */
  async legToestemmingVast(
    invoer: { zaakId: string; gever: 'ouders' | 'jongere'; reikwijdte: 'inhoudelijke-terugkoppeling' | 'multidisciplinair-overleg'; gegevenOp: string },
    principal: Principal,
    request: RequestContext,
  ): Promise<ZaakToestemmingEntity> {
    vereisUuid(invoer.zaakId, 'zaakId');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const zaak = await this.openZaak(manager, invoer.zaakId, principal);
      const datum = stapdatum(invoer.gegevenOp, zaak, this.klok(), 'gegevenOp');
      const vanaf = this.instructies.voorGemeente(zaak.gemeente).regels.verzuim.toestemmingJongereVanafLeeftijd;
      const leeftijd = zaak.geboortedatum === null ? null : leeftijdOp(zaak.geboortedatum, datum);
      if (invoer.gever === 'jongere' && (leeftijd === null || leeftijd < vanaf.waarde)) {
        throw new DomainError('JONGERE_TE_JONG', `Een jongere onder de ${vanaf.waarde} geeft deze toestemming niet zelf; dat doen de ouders (${vanaf.bron}).`, 'gever');
      }
      const toestemming = await manager.save(
        manager.create(ZaakToestemmingEntity, {
          gemeente: zaak.gemeente,
          zaakId: zaak.id,
          gever: invoer.gever,
          reikwijdte: invoer.reikwijdte,
          gegevenOp: datum,
          ingetrokkenOp: null,
          leeftijdJongereBijGeven: leeftijd ?? 0,
          vastgelegdDoor: actorNaam(principal),
        }),
      );
      await legVast(manager, zaak, { soort: 'toestemming', omschrijving: `Toestemming (${invoer.reikwijdte}) gegeven door ${invoer.gever}`, datum, actor: actorNaam(principal) });
      await this.log(manager, request, principal, zaak);
      return toestemming;
    });
  }

  /** Withdrawal stops future sharing, not what was lawfully shared (privacy-retentie.md §7). */
  async trekToestemmingIn(invoer: { toestemmingId: string; ingetrokkenOp: string }, principal: Principal, request: RequestContext): Promise<ZaakToestemmingEntity> {
    vereisUuid(invoer.toestemmingId, 'toestemmingId');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const toestemming = await manager.findOne(ZaakToestemmingEntity, { where: { id: invoer.toestemmingId } });
      if (toestemming === null) throw new DomainError('NIET_GEVONDEN', 'Geen toestemming met dit id in uw gemeenten.', 'toestemmingId');
      const zaak = await laadZaak(manager, toestemming.zaakId, principal);
      const datum = stapdatum(invoer.ingetrokkenOp, zaak, this.klok(), 'ingetrokkenOp');
      if (toestemming.ingetrokkenOp !== null) throw new DomainError('AL_INGETROKKEN', 'Deze toestemming is al ingetrokken.', 'toestemmingId');
      if (datum < toestemming.gegevenOp) throw new DomainError('ONGELDIGE_DATUM', 'Intrekken kan niet voor het geven.', 'ingetrokkenOp');
      await manager.update(ZaakToestemmingEntity, { id: toestemming.id }, { ingetrokkenOp: datum });
      await legVast(manager, zaak, { soort: 'toestemming', omschrijving: `Toestemming (${toestemming.reikwijdte}) ingetrokken`, datum, actor: actorNaam(principal) });
      await this.log(manager, request, principal, zaak);
      return manager.findOneOrFail(ZaakToestemmingEntity, { where: { id: toestemming.id } });
    });
  }

  /**
   * The request of an enforcement measure from handhaving (verzuim.md §15), with the facts it rests
   * on. None for 18+ (000 art 7); Halt 12–18, SVB 16–17 (handhaving.md §2). Requires the finding that
   * no exemption applies (000 art 6 lid 10–13; 003 art 6 lid 6–8). Always Wpg.
   */
  async vraagMaatregelAan(
    invoer: { zaakId: string; maatregel: Maatregel; tegen: Tegen; verwijtbaar: Tegen; zorg: boolean; geenVrijstelling: boolean; datum?: string | null },
    principal: Principal,
    request: RequestContext,
  ): Promise<MaatregelverzoekEntity> {
    vereisUuid(invoer.zaakId, 'zaakId');
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      const zaak = await this.openZaak(manager, invoer.zaakId, principal);
      // The request and its facts are Wpg data (privacy-retentie.md §2.2 rule 3): only staff
      // authorised for Wpg processing make it; an officer without it asks a colleague who is
      // (003 toelichting algemeen: the LPA without BOA powers works with a BOA-LPA).
      if (!heeftRol(principal, 'wpg-verwerking')) {
        throw new DomainError('WPG_AUTORISATIE_VEREIST', 'Een handhavingsverzoek is een Wpg-verwerking; daarvoor is een Wpg-autorisatie nodig.', 'maatregel', {
          reden: 'geen-wpg-autorisatie',
          betrokkene: zaak.persoonSleutel,
          gemeente: zaak.gemeente,
        });
      }
      const datum = stapdatum(invoer.datum, zaak, this.klok());
      const leeftijd = zaak.geboortedatum === null ? null : leeftijdOp(zaak.geboortedatum, datum);
      if (leeftijd === null) throw new DomainError('GEBOORTEDATUM_ONBEKEND', 'Zonder geboortedatum is niet te bepalen welke maatregel mogelijk is.', 'zaakId');
      vertaalRegelfout(() => vereisMaatregelMogelijk({ leeftijd, soort: zaak.soort, maatregel: invoer.maatregel }));
      if (!invoer.geenVrijstelling) {
        throw new DomainError('VRIJSTELLING_NIET_UITGESLOTEN', 'Een maatregel vraagt de vaststelling dat geen vrijstelling van toepassing is (000 art 6 lid 10–13; 003 art 6 lid 6–8).', 'geenVrijstelling');
      }
      const regels = this.instructies.voorGemeente(zaak.gemeente).regels;
      const meldingen = await manager.find(VerzuimmeldingEntity, { where: { zaakId: zaak.id }, order: { ontvangenOp: 'DESC' } });
      const beoordeling = meldingen.find((m) => m.beoordeling !== null)?.beoordeling ?? null;
      const eerdere = await manager.find(MaatregelverzoekEntity, { where: { gemeente: zaak.gemeente, persoonSleutel: zaak.persoonSleutel } });
      const eersteOvertreding = isEersteOvertreding({
        eerdere: eerdere.map((m) => ({ soort: m.maatregel, datum: m.datum })),
        peildatum: datum,
        terugkijktermijn: regels.verzuim.eersteOvertredingTerugkijktermijn.waarde,
        kalender: this.kalender,
      });
      const feiten = {
        geenVrijstelling: true as const,
        verwijtbaar: invoer.verwijtbaar,
        wettelijkVerzuim: beoordeling?.wettelijkVerzuim ?? ('onbepaald' as const),
        urenInVenster: beoordeling?.urenInVenster ?? null,
        eersteOvertreding,
        zorg: invoer.zorg,
        luxeVerzuimSchooldagen: beoordeling?.luxeVerzuim?.schooldagen ?? null,
      };
      // `geen-verzuim` (all days inside granted leave, Lpw art 11 onder g) proposes no measure, and
      // handhaving-gevraagd v1 only knows measures: the request goes without a proposal.
      const luxeVoorstel = beoordeling?.luxeVerzuim?.voorstel ?? null;
      const voorstel = luxeVoorstel === 'geen-verzuim' ? null : luxeVoorstel;
      const verzoek = await manager.save(
        manager.create(MaatregelverzoekEntity, {
          gemeente: zaak.gemeente,
          zaakId: zaak.id,
          persoonSleutel: zaak.persoonSleutel,
          maatregel: invoer.maatregel,
          tegen: invoer.tegen,
          feiten,
          voorstel,
          datum,
          aangevraagdDoor: actorNaam(principal),
          instructieVersie: this.instructies.voorGemeente(zaak.gemeente).versieSleutel,
        }),
      );
      await this.outbox.add(manager, handhavingGevraagdV1, {
        gemeente: zaak.gemeente,
        subjectKey: zaak.persoonSleutel,
        classification: 'Wpg',
        correlationId: request.trace.traceId,
        actor: actorVan(principal),
        payload: {
          verzoekId: verzoek.id,
          zaakId: zaak.id,
          bsn: zaak.bsn,
          leeftijd,
          maatregel: invoer.maatregel,
          tegen: invoer.tegen,
          zaaksoort: zaak.soort,
          feiten,
          masRoute: zaak.routes.at(-1) ?? null,
          fase: zaak.fase,
          voorstel,
          instructieVersie: verzoek.instructieVersie,
          gevraagdOp: datum,
        },
      });
      await legVast(manager, zaak, { soort: 'maatregel-aangevraagd', omschrijving: `Handhaving gevraagd: ${invoer.maatregel} (tegen ${invoer.tegen})`, datum, actor: actorNaam(principal) });
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: zaak.persoonSleutel, gemeente: zaak.gemeente });
      return verzoek;
    });
  }

  private isAchttienPlus(zaak: VerzuimzaakEntity, datum: string): boolean {
    return zaak.soort === 'achttien-plus' || (zaak.geboortedatum !== null && leeftijdOp(zaak.geboortedatum, datum) >= 18);
  }

  private async openZaak(manager: EntityManager, zaakId: string, principal: Principal): Promise<VerzuimzaakEntity> {
    const zaak = await laadZaak(manager, zaakId, principal);
    if (zaak.status !== 'open') throw new DomainError('ZAAK_GESLOTEN', 'Deze zaak is gesloten.', 'zaakId');
    return zaak;
  }

  private async log(manager: EntityManager, request: RequestContext, principal: Principal, zaak: VerzuimzaakEntity): Promise<void> {
    await this.verwerkingslog.leg(manager, request, principal, { betrokkene: zaak.persoonSleutel, gemeente: zaak.gemeente });
  }
}
