import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { kennisgevingNietVoldaanV1 } from '@leerrecht/shared/contracts-events';
import { OutboxWriter } from '@leerrecht/shared/data-access-bus';
import { inTenantTransaction } from '@leerrecht/shared/data-access-db';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, Verwerkingslog, vereisDatum, vereisGeldigBsn, vereisGemeente } from '@leerrecht/shared/feature-subgraph';
import { beginLeerplicht } from '@leerrecht/shared/util-leerplicht';
import { InstructieRegister, beschrijfTermijn, type BriefSjabloon, type GemeenteInstructie } from '@leerrecht/shared/util-instructie';
import { KalenderError, NederlandseKalender, datumInWoorden, leeftijdOp, termijnEinde, type Schooljaar } from '@leerrecht/shared/util-kalender';
import { BesluitService } from '../besluit/besluit.service';
import { DossierstukkenService } from '../besluit/dossierstukken.service';
import { BriefService, type Geadresseerde } from '../brief/brief.service';
import { actorNaam, actorVan, vereisTekst, vereisUuid } from '../kern/actor';
import { vereisPlichtig } from '../kern/jongere';
import type {
  BeoordeelKennisgevingInput,
  KennisgevingDatumInput,
  KennisgevingIdInput,
  KennisgevingOuderInput,
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
import { KennisgevingEntity, type DeskundigeBeroep, type Ouder } from './kennisgeving.entity';
import { KennisgevingService } from './kennisgeving.service';
import type { KennisgevingModel } from './models/vrijstelling.model';
import { VrijstellingService, totEnMetInWoorden } from './vrijstelling.service';
import {
  GRONDSLAG,
  GRONDSLAG_IN_WOORDEN,
  GROND_IN_WOORDEN,
  TOESTEMMING_JONGERE_VANAF_LEEFTIJD,
  berichttermijn,
  burgerzakenSignaalMogelijk,
  indientermijn,
  inschrijvenUiterlijk,
  isTeLaat,
  leerplichtVanafBijBenadering,
  leesPostcode,
  leesSchooljaar,
  onderzoekUiterlijk,
  overlegSamenwerkingsverbandToegestaan,
  schooljaarPastBijOntvangst,
  uitgebreidOnderzoekRedenen,
  verklaringTeOud,
  volgendeKennisgevingVoor,
  vrijstellingsperiode,
  type Art5Grond,
} from './vrijstelling-regels';

/** Lpw art 3 lid 1: leerplicht starts after the 5th birthday. */
const LEERPLICHT_VANAF_LEEFTIJD = 5;

const GROND_KORT: Readonly<Record<Art5Grond, string>> = {
  '5 onder a': 'grond a (ongeschiktheid)',
  '5 onder b': 'grond b (richting)',
  '5 onder c': 'grond c (school in het buitenland)',
  '5a': 'art 5a (trekkend bestaan)',
};

interface AangewezenDeskundige {
  id: string;
  naam: string;
  beroep: DeskundigeBeroep;
  organisatie: string | null;
  adres: string | null;
}

function vereisOuders(ouders: readonly KennisgevingOuderInput[], veld: string): Ouder[] {
  if (ouders.length === 0) throw new DomainError('ONGELDIGE_INVOER', 'Ten minste één ouder of verzorger moet de kennisgeving doen (Lpw art 6).', veld);
  return ouders.map((o, i) => ({
    naam: vereisTekst(o.naam, `${veld}.${i}.naam`, 'De naam van de ouder of verzorger'),
    adres: vereisTekst(o.adres, `${veld}.${i}.adres`, 'Het adres van de ouder of verzorger'),
  }));
}

/**
 * The kennisgeving art 6 from receipt to outcome (domain verlof-vrijstelling.md §5; 000 art 12;
 * 003 art 11): registration with the acknowledgement and its term, the steps per ground, and the
 * assessment with its letters, the exemption and the events. Each step is one transaction with its
 * Logboek line; a refused step changes nothing.
 */
@Injectable()
export class KennisgevingProcedureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instructies: InstructieRegister,
    private readonly kalender: NederlandseKalender,
    private readonly verwerkingslog: Verwerkingslog,
    private readonly kennisgevingen: KennisgevingService,
    private readonly vrijstellingen: VrijstellingService,
    private readonly stukken: DossierstukkenService,
    private readonly besluiten: BesluitService,
    private readonly brieven: BriefService,
    private readonly outbox: OutboxWriter,
  ) {}

  // ------------------------------------------------------------------------------------------
  // Receipt (000 art 12 lid 1; 003 art 11 lid 1)

  async registreer(input: RegistreerKennisgevingVrijstellingInput, principal: Principal, request: RequestContext): Promise<KennisgevingModel> {
    vereisGemeente(principal, input.gemeente);
    vereisGeldigBsn(input.bsn);
    vereisDatum(input.geboortedatum, 'geboortedatum');
    vereisDatum(input.ontvangenOp, 'ontvangenOp');
    const vandaag = this.kennisgevingen.vandaag();
    if (input.ontvangenOp > vandaag) throw new DomainError('DATUM_IN_TOEKOMST', 'De ontvangstdatum ligt na vandaag.', 'ontvangenOp');
    if (input.geboortedatum >= input.ontvangenOp) throw new DomainError('ONGELDIGE_DATUM', 'De geboortedatum ligt niet vóór de ontvangstdatum.', 'geboortedatum');
    const schooljaar = leesSchooljaar(input.schooljaar);
    if (schooljaar === null) throw new DomainError('ONGELDIG_SCHOOLJAAR', "Het schooljaar is geen schooljaar als '2027-2028'.", 'schooljaar');
    if (!schooljaarPastBijOntvangst(schooljaar, input.ontvangenOp)) {
      throw new DomainError('ONGELDIG_SCHOOLJAAR', 'Een kennisgeving geldt voor het lopende schooljaar of het schooljaar na de ontvangst (Lpw art 6).', 'schooljaar');
    }
    const jongereNaam = vereisTekst(input.jongereNaam, 'jongereNaam', 'De naam van de jongere');
    const ouders = vereisOuders(input.ouders, 'ouders');
    const postcode = leesPostcode(input.postcode);
    if (postcode === null) throw new DomainError('ONGELDIGE_INVOER', 'De postcode is geen Nederlandse postcode (1234AB).', 'postcode');
    const grond: Art5Grond = input.grond;
    const buitenlandseSchool = grond === '5 onder c' ? vereisTekst(input.buitenlandseSchool, 'buitenlandseSchool', 'De naam van de school buiten Nederland (Lpw art 5 onder c)') : null;
    const buitenlandseSchoolLand = grond === '5 onder c' ? vereisTekst(input.buitenlandseSchoolLand, 'buitenlandseSchoolLand', 'Het land van de school buiten Nederland') : null;
    const instructie = this.instructies.voorGemeente(input.gemeente);
    const leerplichtVanaf = this.vereisPlichtigInSchooljaar(input.geboortedatum, schooljaar, instructie);
    const regels = instructie.regels.vrijstelling;

    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      // Two kennisgevingen of one youth at the same moment must not both pass the checks below.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('kennisgeving:' || $1 || ':' || $2))`, [input.gemeente, input.bsn]);
      const lopend = await this.vrijstellingen.lopende(manager, input.gemeente, input.bsn, grond, { van: schooljaar.start, totEnMet: schooljaar.eind });
      if (lopend !== null) {
        throw new DomainError('VRIJSTELLING_LOOPT', `Voor dit schooljaar loopt al een vrijstelling op ${GROND_KORT[grond]}; een nieuwe kennisgeving is niet nodig.`, 'schooljaar');
      }
      const eerdere: { aantal: number; dit_jaar: number }[] = await manager.query(
        `SELECT count(*)::int AS aantal, count(*) FILTER (WHERE schooljaar = $4 AND status <> 'niet-voldaan')::int AS dit_jaar
           FROM verlof_vrijstelling.kennisgeving WHERE gemeente = $1 AND bsn = $2 AND grond = $3`,
        [input.gemeente, input.bsn, grond, schooljaar.naam],
      );
      if ((eerdere[0]?.dit_jaar ?? 0) > 0) {
        throw new DomainError('KENNISGEVING_BESTAAT', `Voor dit schooljaar is al een kennisgeving op ${GROND_KORT[grond]} in behandeling of voldaan.`, 'schooljaar');
      }
      const eersteKennisgeving = !input.eerderBeroep && (eerdere[0]?.aantal ?? 0) === 0;
      const termijn = indientermijn(schooljaar, leerplichtVanaf);
      const bericht = berichttermijn({ grond, ontvangenOp: input.ontvangenOp, termijnen: regels.termijnen }, this.kalender);
      const k = await manager.save(
        manager.create(KennisgevingEntity, {
          gemeente: input.gemeente,
          bsn: input.bsn,
          persoonSleutel: this.verwerkingslog.pseudoniem(input.bsn),
          jongereNaam,
          geboortedatum: input.geboortedatum,
          ouders,
          postcode,
          grond,
          ontvangenOp: input.ontvangenOp,
          schooljaar: schooljaar.naam,
          eerderIngeschreven: input.eerderIngeschreven,
          eerderBeroep: input.eerderBeroep,
          eersteKennisgeving,
          indienenUiterlijk: termijn.uiterlijk,
          teLaat: isTeLaat(input.ontvangenOp, termijn),
          status: 'in-behandeling',
          berichtUiterlijk: bericht.uiterlijk,
          berichtBron: bericht.bron,
          uitgebreidOnderzoekRedenen: uitgebreidOnderzoekRedenen(regels.art5bUitgebreidOnderzoek.waarde, { grond, eersteKennisgeving, geboortedatum: input.geboortedatum, schooljaar }),
          buitenlandseSchool,
          buitenlandseSchoolLand,
          dagelijksPendelen: grond === '5 onder c' ? (input.dagelijksPendelen ?? null) : null,
          nooitGeschikt: false,
          behandelaar: null,
          // Ground a is about the youth's health (AVG art 9).
          classificatie: grond === '5 onder a' ? 'AVG-bijzonder' : 'AVG',
          instructieVersie: instructie.versieSleutel,
        }),
      );
      // 000 art 12 lid 1; 003 art 11 lid 1: the acknowledgement states when the parents hear whether the claim is admissible.
      await this.stuurBrief(manager, k, vandaag, principal, 'kennisgevingOntvangstbevestiging', this.ouders(k), {
        grond: GROND_IN_WOORDEN[grond],
        ontvangenOp: datumInWoorden(k.ontvangenOp),
        berichtUiterlijk: datumInWoorden(k.berichtUiterlijk),
      });
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: k.persoonSleutel, gemeente: k.gemeente });
      return this.kennisgevingen.model(manager, k, vandaag, principal);
    });
  }

  /**
   * Lpw art 5, 6: an exemption exists only for a youth with a plicht. A kennisgeving may come before
   * leerplicht starts (art 6: at least a month before), so a youth who becomes leerplichtig within
   * the schooljaar is accepted. Returns the first day of leerplicht for the filing term.
   */
  private vereisPlichtigInSchooljaar(geboortedatum: string, schooljaar: Schooljaar, instructie: GemeenteInstructie): string {
    const regio = instructie.vakantieregio;
    const plichtigOp = (peildatum: string): boolean => {
      // Lpw art 3 lid 1: no leerplicht before the 5th birthday, whatever the school calendar says.
      if (geboortedatum >= peildatum || leeftijdOp(geboortedatum, peildatum) < LEERPLICHT_VANAF_LEEFTIJD) return false;
      try {
        vereisPlichtig(geboortedatum, peildatum, regio, this.kalender);
        return true;
      } catch (fout) {
        if (fout instanceof DomainError && fout.code === 'NIET_LEERPLICHTIG') return false;
        // A young child in a schooljaar whose calendar is not loaded yet: leerplichtig from (about) the
        // month after the 5th birthday until well past this day (Lpw art 4 lid 1: until 16).
        if (fout instanceof DomainError && fout.code === 'KALENDER_ONBEKEND' && leeftijdOp(geboortedatum, peildatum) < 12) {
          return peildatum >= leerplichtVanafBijBenadering(geboortedatum);
        }
        throw fout;
      }
    };
    if (!plichtigOp(schooljaar.start) && !plichtigOp(schooljaar.eind)) {
      throw new DomainError(
        'NIET_LEERPLICHTIG',
        `De jongere is in schooljaar ${schooljaar.naam} niet leerplichtig of kwalificatieplichtig (Lpw art 3, 4a); een vrijstelling van de inschrijvingsplicht is dan niet aan de orde.`,
        'geboortedatum',
      );
    }
    try {
      return beginLeerplicht({ geboortedatum, vakantieregio: regio }, this.kalender);
    } catch (fout) {
      if (fout instanceof KalenderError) return leerplichtVanafBijBenadering(geboortedatum);
      throw fout;
    }
  }

  // ------------------------------------------------------------------------------------------
  // Ground a (000 art 12 lid 2–4, art 14; 003 art 11 lid 2, art 13; Lpw art 7)

  /** Asks the designated expert to examine the youth within the term (000 art 12 lid 2; 003 art 11 lid 2 a). */
  vraagDeskundigenonderzoekAan(input: VraagDeskundigenonderzoekAanInput, principal: Principal, request: RequestContext): Promise<KennisgevingModel> {
    return this.stap(input.kennisgevingId, principal, request, async (manager, k, vandaag) => {
      this.vereisGrond(k, '5 onder a');
      this.vereisOpen(k);
      const deskundige = await this.aangewezenDeskundige(manager, input.deskundigeId, vandaag);
      const termijn = this.instructies.voorGemeente(k.gemeente).regels.vrijstelling.termijnen.art5aOnderzoek;
      k.deskundigeId = deskundige.id;
      k.deskundigeNaam = deskundige.naam;
      k.deskundigeBeroep = deskundige.beroep;
      k.onderzoekGevraagdOp = vandaag;
      k.onderzoekUiterlijk = onderzoekUiterlijk(vandaag, termijn, this.kalender);
      await this.stuurBrief(
        manager,
        k,
        vandaag,
        principal,
        'vrijstellingOnderzoeksverzoek',
        { rol: 'deskundige', naam: deskundige.organisatie ? `${deskundige.naam}, ${deskundige.organisatie}` : deskundige.naam, adres: deskundige.adres },
        { deskundigeNaam: deskundige.naam, onderzoekUiterlijk: k.onderzoekUiterlijk === null ? 'een met ons af te spreken datum' : datumInWoorden(k.onderzoekUiterlijk) },
      );
    });
  }

  /**
   * Asks the parents — and the youth from 16 — for consent, so the expert may consult the
   * samenwerkingsverband (000 art 12 lid 3, art 14; 003 art 11 lid 2 b, art 13 lid 2).
   */
  vraagToestemmingAan(input: KennisgevingIdInput, principal: Principal, request: RequestContext): Promise<KennisgevingModel> {
    return this.stap(input.kennisgevingId, principal, request, async (manager, k, vandaag) => {
      this.vereisGrond(k, '5 onder a');
      this.vereisOpen(k);
      if (k.deskundigeNaam === null) {
        throw new DomainError('DESKUNDIGE_ONBEKEND', 'Vraag eerst de aangewezen deskundige om het onderzoek: de toestemming noemt de deskundige.', 'kennisgevingId');
      }
      const waarden = { deskundigeNaam: k.deskundigeNaam };
      await this.stuurBrief(manager, k, vandaag, principal, 'vrijstellingToestemmingsverzoek', this.ouders(k), waarden);
      if (leeftijdOp(k.geboortedatum, vandaag) >= TOESTEMMING_JONGERE_VANAF_LEEFTIJD) {
        await this.stuurBrief(manager, k, vandaag, principal, 'vrijstellingToestemmingsverzoek', { rol: 'jongere', naam: k.jongereNaam, adres: k.ouders[0]?.adres ?? null }, waarden);
      }
      k.toestemmingGevraagdOp = vandaag;
    });
  }

  legToestemmingVast(input: LegKennisgevingToestemmingVastInput, principal: Principal, request: RequestContext): Promise<KennisgevingModel> {
    return this.stap(input.kennisgevingId, principal, request, async (_manager, k, vandaag) => {
      this.vereisGrond(k, '5 onder a');
      this.vereisOpen(k);
      this.vereisDagTussen(input.gegevenOp, k.ontvangenOp, vandaag, 'gegevenOp');
      if (input.gever === 'jongere') {
        if (leeftijdOp(k.geboortedatum, input.gegevenOp) < TOESTEMMING_JONGERE_VANAF_LEEFTIJD) {
          throw new DomainError('TOESTEMMING_NIET_NODIG', 'De jongere was toen jonger dan 16: de toestemming van de ouders is genoeg (000 art 14; 003 art 13 lid 2).', 'gever');
        }
        k.toestemmingJongereOp = input.gegevenOp;
      } else {
        k.toestemmingOudersOp = input.gegevenOp;
      }
    });
  }

  /** The expert consulted the samenwerkingsverband: only after the recorded consents (domain §10 rule 3). */
  registreerOverlegSamenwerkingsverband(input: KennisgevingDatumInput, principal: Principal, request: RequestContext): Promise<KennisgevingModel> {
    return this.stap(input.kennisgevingId, principal, request, async (_manager, k, vandaag) => {
      this.vereisGrond(k, '5 onder a');
      this.vereisOpen(k);
      this.vereisDagTussen(input.datum, k.ontvangenOp, vandaag, 'datum');
      const toegestaan = overlegSamenwerkingsverbandToegestaan({
        toestemmingOuders: k.toestemmingOudersOp !== null && k.toestemmingOudersOp <= input.datum,
        toestemmingJongere: k.toestemmingJongereOp !== null && k.toestemmingJongereOp <= input.datum,
        leeftijd: leeftijdOp(k.geboortedatum, input.datum),
      });
      if (!toegestaan) {
        throw new DomainError(
          'TOESTEMMING_ONTBREEKT',
          'Zonder schriftelijke toestemming van de ouders, en vanaf 16 jaar ook van de jongere, overlegt de deskundige niet met het samenwerkingsverband (000 art 12 lid 3, art 14; 003 art 13 lid 2).',
          'datum',
        );
      }
      k.overlegSamenwerkingsverbandOp = input.datum;
    });
  }

  /**
   * The designated expert's written statement (Lpw art 7): not the treating doctor; its age is
   * checked at the decision (not older than 3 months). The message to the parents is due
   * `art5aBericht` after it came in (000 art 12 lid 4; 003 art 11 lid 2 c).
   */
  legDeskundigeverklaringVast(input: LegDeskundigeverklaringVastInput, principal: Principal, request: RequestContext): Promise<KennisgevingModel> {
    return this.stap(input.kennisgevingId, principal, request, async (manager, k, vandaag) => {
      this.vereisGrond(k, '5 onder a');
      this.vereisOpen(k);
      if (k.deskundigeId === null || k.deskundigeNaam === null) {
        throw new DomainError('DESKUNDIGE_ONBEKEND', 'De verklaring komt van de door het college aangewezen deskundige (Lpw art 7); vraag die eerst om het onderzoek.', 'kennisgevingId');
      }
      vereisDatum(input.datum, 'datum');
      // The designation must have been in force on the day of the statement.
      await this.aangewezenDeskundige(manager, k.deskundigeId, input.datum);
      if (input.behandelendArts) {
        throw new DomainError('BEHANDELEND_ARTS', 'De verklaring mag niet van de behandelend arts van de jongere zijn (Lpw art 7 lid 1); vraag de aangewezen deskundige.', 'behandelendArts');
      }
      this.vereisDagTussen(input.ontvangenOp, input.datum, vandaag, 'ontvangenOp');
      const strekking = vereisTekst(input.strekking, 'strekking', 'De strekking van de verklaring');
      const verklaring = await this.stukken.legVerklaringVast(manager, this.zaak(k), { soort: 'deskundige-art-7', uitgever: k.deskundigeNaam, datum: input.datum, strekking }, vandaag, principal);
      k.verklaringId = verklaring.id;
      k.verklaringDatum = input.datum;
      k.verklaringOntvangenOp = input.ontvangenOp;
      k.nooitGeschikt = input.nooitGeschikt;
      const termijnen = this.instructies.voorGemeente(k.gemeente).regels.vrijstelling.termijnen;
      const bericht = berichttermijn({ grond: k.grond, ontvangenOp: k.ontvangenOp, termijnen, verklaringOntvangenOp: input.ontvangenOp }, this.kalender);
      k.berichtUiterlijk = bericht.uiterlijk;
      k.berichtBron = bericht.bron;
    });
  }

  // ------------------------------------------------------------------------------------------
  // Ground b (000 art 12 lid 6–7; 003 art 11 lid 3; 004 Hfst 2.1)

  nodigUitVoorToelichting(input: NodigUitVoorToelichtingInput, principal: Principal, request: RequestContext): Promise<KennisgevingModel> {
    return this.stap(input.kennisgevingId, principal, request, async (manager, k, vandaag) => {
      this.vereisGrond(k, '5 onder b');
      this.vereisOpen(k);
      vereisDatum(input.gespreksdatum, 'gespreksdatum');
      if (input.gespreksdatum < vandaag) throw new DomainError('ONGELDIGE_DATUM', 'Het gesprek ligt in het verleden; een uitnodiging is voor vandaag of later.', 'gespreksdatum');
      const locatie = vereisTekst(input.gesprekslocatie, 'gesprekslocatie', 'De plaats en tijd van het gesprek');
      k.uitgenodigdOp = vandaag;
      k.gespreksdatum = input.gespreksdatum;
      k.gesprekslocatie = locatie;
      await this.stuurBrief(manager, k, vandaag, principal, 'vrijstellingUitnodigingToelichting', this.ouders(k), { gespreksdatum: datumInWoorden(input.gespreksdatum), gesprekslocatie: locatie });
    });
  }

  /** The oral explanation, recorded in writing, with the two checks of 000 art 12 lid 7 / 003 art 11 lid 3 b–c. */
  legToelichtingVast(input: LegToelichtingKennisgevingVastInput, principal: Principal, request: RequestContext): Promise<KennisgevingModel> {
    return this.stap(input.kennisgevingId, principal, request, async (manager, k, vandaag) => {
      this.vereisGrond(k, '5 onder b');
      this.vereisOpen(k);
      this.vereisDagTussen(input.datum, k.ontvangenOp, vandaag, 'datum');
      await this.stukken.legZienswijzeVast(manager, this.zaak(k), { partij: 'ouder', vorm: 'mondeling', datum: input.datum, plaats: k.gesprekslocatie, inhoud: input.inhoud }, vandaag, principal);
      k.toelichtingOp = input.datum;
      k.bezwaarRichtingAlleScholen = input.bezwaarRichtingAlleScholen;
      k.eerderIngeschreven = input.eerderIngeschreven;
    });
  }

  /**
   * 000 art 12 lid 6: with good reasons a longer term, told to the parents within the 20
   * werkdagen — so only before the current term has passed, and only longer.
   */
  verlengTermijn(input: VerlengKennisgevingtermijnInput, principal: Principal, request: RequestContext): Promise<KennisgevingModel> {
    return this.stap(input.kennisgevingId, principal, request, async (manager, k, vandaag) => {
      this.vereisGrond(k, '5 onder b');
      this.vereisOpen(k);
      if (k.verlengdOp !== null) throw new DomainError('AL_VERLENGD', 'De termijn is al eens verlengd.', 'kennisgevingId');
      if (vandaag > k.berichtUiterlijk) {
        throw new DomainError('TERMIJN_VERSTREKEN', 'De termijn voor het bericht is al voorbij; een langere termijn wordt binnen die termijn meegedeeld (000 art 12 lid 6).', 'kennisgevingId');
      }
      if (!Number.isInteger(input.aantal) || input.aantal < 1 || input.aantal > 52) throw new DomainError('ONGELDIGE_INVOER', 'De termijn is een positief geheel getal (ten hoogste 52).', 'aantal');
      const reden = vereisTekst(input.reden, 'reden', 'De gegronde reden voor de langere termijn (000 art 12 lid 6)');
      const termijn = { aantal: input.aantal, eenheid: input.eenheid };
      const uiterlijk = termijnEinde(k.ontvangenOp, termijn, this.kalender);
      if (uiterlijk <= k.berichtUiterlijk) throw new DomainError('VERLENGING_NIET_LANGER', `De nieuwe termijn eindigt niet na de huidige (${k.berichtUiterlijk}).`, 'aantal');
      const bericht = berichttermijn({ grond: k.grond, ontvangenOp: k.ontvangenOp, termijnen: this.instructies.voorGemeente(k.gemeente).regels.vrijstelling.termijnen, verlengdTot: uiterlijk }, this.kalender);
      k.verlengdOp = vandaag;
      k.verlengingReden = reden;
      k.berichtUiterlijk = bericht.uiterlijk;
      k.berichtBron = bericht.bron;
      await this.stuurBrief(manager, k, vandaag, principal, 'vrijstellingVerlengingsbericht', this.ouders(k), { nieuweTermijn: `${beschrijfTermijn(termijn)} na ontvangst van uw kennisgeving`, berichtUiterlijk: datumInWoorden(uiterlijk), reden });
    });
  }

  /** 004 Hfst 2.1: the extended review under the toetsingskader, recorded before the kennisgeving can be assessed. */
  legUitgebreidOnderzoekVast(input: LegUitgebreidOnderzoekVastInput, principal: Principal, request: RequestContext): Promise<KennisgevingModel> {
    return this.stap(input.kennisgevingId, principal, request, async (_manager, k, vandaag) => {
      this.vereisOpen(k);
      if (k.uitgebreidOnderzoekRedenen.length === 0) {
        throw new DomainError('NIET_VEREIST', 'Voor deze kennisgeving vraagt de instructie geen uitgebreid onderzoek.', 'kennisgevingId');
      }
      this.vereisDagTussen(input.datum, k.ontvangenOp, vandaag, 'datum');
      k.uitgebreidOnderzoekVerslag = vereisTekst(input.verslag, 'verslag', 'De bevindingen van het uitgebreide onderzoek');
      k.uitgebreidOnderzoekOp = input.datum;
    });
  }

  // ------------------------------------------------------------------------------------------
  // Ground c (000 art 12 lid 11; 003 art 11 lid 4, toelichting art 11)

  vraagBewijsBuitenland(input: VraagBewijsOnderwijsBuitenlandInput, principal: Principal, request: RequestContext): Promise<KennisgevingModel> {
    return this.stap(input.kennisgevingId, principal, request, async (manager, k, vandaag) => {
      this.vereisGrond(k, '5 onder c');
      this.vereisOpen(k);
      if (k.verklaringSchoolleiderId !== null) throw new DomainError('VERKLARING_AANWEZIG', 'De verklaring van de directeur van de school buiten Nederland is er al.', 'kennisgevingId');
      vereisDatum(input.bewijsUiterlijk, 'bewijsUiterlijk');
      if (input.bewijsUiterlijk <= vandaag) throw new DomainError('ONGELDIGE_DATUM', 'De dag waarop het bewijs er moet zijn, moet na vandaag liggen.', 'bewijsUiterlijk');
      const wijze = vereisTekst(input.bewijsWijze, 'bewijsWijze', 'Op welke wijze de ouders het onderwijs in het buitenland aantonen');
      k.bewijsGevraagdOp = vandaag;
      k.bewijsUiterlijk = input.bewijsUiterlijk;
      await this.stuurBrief(manager, k, vandaag, principal, 'vrijstellingBewijsBuitenland', this.ouders(k), { bewijsUiterlijk: datumInWoorden(input.bewijsUiterlijk), bewijsWijze: wijze });
    });
  }

  legVerklaringSchoolleiderVast(input: LegVerklaringSchoolleiderBuitenlandVastInput, principal: Principal, request: RequestContext): Promise<KennisgevingModel> {
    return this.stap(input.kennisgevingId, principal, request, async (manager, k, vandaag) => {
      this.vereisGrond(k, '5 onder c');
      this.vereisOpen(k);
      const verklaring = await this.stukken.legVerklaringVast(manager, this.zaak(k), { soort: 'schoolleider-buitenland', uitgever: input.uitgever, datum: input.datum, strekking: input.strekking ?? null }, vandaag, principal);
      k.verklaringSchoolleiderId = verklaring.id;
    });
  }

  /** 003 toelichting art 11: a second claim on ground c without daily commuting may be signalled to Burgerzaken. */
  signaleerBurgerzaken(input: KennisgevingIdInput, principal: Principal, request: RequestContext): Promise<KennisgevingModel> {
    return this.stap(input.kennisgevingId, principal, request, async (manager, k, vandaag) => {
      this.vereisGrond(k, '5 onder c');
      if (!burgerzakenSignaalMogelijk(k)) {
        throw new DomainError('SIGNAAL_NIET_MOGELIJK', 'Een signaal aan Burgerzaken kan pas bij een tweede beroep op grond c, als de jongere niet dagelijks heen en weer reist (003 toelichting art 11).', 'kennisgevingId');
      }
      if (k.burgerzakenGesignaleerdOp !== null) throw new DomainError('AL_GESIGNALEERD', 'Burgerzaken is al gesignaleerd.', 'kennisgevingId');
      const gemeenteNaam = this.instructies.voorGemeente(k.gemeente).gemeenteNaam;
      await this.stuurBrief(manager, k, vandaag, principal, 'vrijstellingBurgerzakenSignaal', { rol: 'burgerzaken', naam: `Team Burgerzaken, gemeente ${gemeenteNaam}` }, {});
      k.burgerzakenGesignaleerdOp = vandaag;
    });
  }

  // ------------------------------------------------------------------------------------------
  // Outcome (000 art 12 lid 5, 8–10, 14; 003 art 11 lid 5)

  beoordeel(input: BeoordeelKennisgevingInput, principal: Principal, request: RequestContext): Promise<KennisgevingModel> {
    return this.stap(input.kennisgevingId, principal, request, async (manager, k, vandaag) => {
      this.vereisOpen(k);
      const motivering = vereisTekst(input.motivering, 'motivering', 'De motivering van de beoordeling (Awb art 3:46)');
      if (k.uitgebreidOnderzoekRedenen.length > 0 && k.uitgebreidOnderzoekOp === null) {
        throw new DomainError(
          'UITGEBREID_ONDERZOEK_ONTBREEKT',
          `Deze kennisgeving vraagt eerst het uitgebreide onderzoek van het toetsingskader (004 Hfst 2.1: ${k.uitgebreidOnderzoekRedenen.join(' en ')}); leg het vast voordat u beoordeelt.`,
          'kennisgevingId',
        );
      }
      const instructie = this.instructies.voorGemeente(k.gemeente);
      if (input.uitkomst === 'voldaan') {
        this.vereisVoorVoldaan(k, vandaag, instructie);
        await this.verleen(manager, k, motivering, vandaag, principal, request);
      } else {
        await this.wijsAf(manager, k, motivering, vandaag, instructie, principal, request);
      }
      k.beoordeeldOp = vandaag;
      k.behandelaar = k.behandelaar ?? actorNaam(principal);
    });
  }

  private vereisVoorVoldaan(k: KennisgevingEntity, vandaag: string, instructie: GemeenteInstructie): void {
    switch (k.grond) {
      case '5 onder a': {
        if (k.verklaringId === null || k.verklaringDatum === null) {
          throw new DomainError('VERKLARING_ONTBREEKT', 'Zonder verklaring van de aangewezen deskundige voldoet een beroep op grond a niet (Lpw art 7).', 'uitkomst');
        }
        const max = instructie.regels.vrijstelling.verklaringMaxOuderdom;
        if (verklaringTeOud(k.verklaringDatum, vandaag, max, this.kalender)) {
          throw new DomainError(
            'VERKLARING_TE_OUD',
            `De verklaring van de deskundige is ouder dan ${beschrijfTermijn(max)} (${max.bron}); vraag een nieuwe verklaring of beoordeel de kennisgeving als niet voldaan.`,
            'uitkomst',
          );
        }
        return;
      }
      case '5 onder b':
        if (k.bezwaarRichtingAlleScholen !== true) {
          throw new DomainError(
            'RICHTING_NIET_VASTGESTELD',
            'Niet vastgesteld dat de bedenkingen de richting van het onderwijs op alle scholen binnen redelijke afstand betreffen (000 art 12 lid 7; 003 art 11 lid 3 b); leg eerst de toelichting vast.',
            'uitkomst',
          );
        }
        return;
      case '5 onder c':
        if (k.verklaringSchoolleiderId === null) {
          throw new DomainError('VERKLARING_ONTBREEKT', 'Zonder verklaring van de directeur van de school buiten Nederland voldoet een beroep op grond c niet (Lpw art 9).', 'uitkomst');
        }
        return;
      case '5a':
        return;
    }
  }

  /** Meets the requirements: the period, the next kennisgeving date, DUO's register, the event (000 art 12 lid 5; 003 art 11 lid 5 a–c). */
  private async verleen(manager: EntityManager, k: KennisgevingEntity, motivering: string, vandaag: string, principal: Principal, request: RequestContext): Promise<void> {
    const schooljaar = leesSchooljaar(k.schooljaar);
    if (schooljaar === null) throw new Error(`kennisgeving ${k.id} met ongeldig schooljaar`);
    const periode = vrijstellingsperiode({ grond: k.grond, schooljaar, ontvangenOp: k.ontvangenOp, nooitGeschikt: k.nooitGeschikt });
    const volgende = volgendeKennisgevingVoor(periode);
    const besluit = await this.besluiten.neem(manager, {
      gemeente: k.gemeente,
      persoonSleutel: k.persoonSleutel,
      bsn: k.bsn,
      zaakSoort: 'kennisgeving',
      zaakId: k.id,
      soort: 'vrijstelling-art5',
      uitkomst: 'voldaan',
      grondslag: GRONDSLAG[k.grond],
      motivering,
      namens: 'college',
      bekendgemaaktOp: vandaag,
      principal,
    });
    const vrijstelling = await this.vrijstellingen.verleen(manager, {
      gemeente: k.gemeente,
      bsn: k.bsn,
      persoonSleutel: k.persoonSleutel,
      jongereNaam: k.jongereNaam,
      geboortedatum: k.geboortedatum,
      artikel: k.grond,
      periode,
      schooljaar: k.schooljaar,
      volgendeKennisgevingVoor: volgende,
      kennisgevingId: k.id,
      art15AanvraagId: null,
      besluit,
      voorwaarden: [],
      postcode: k.postcode,
      eerderBeroep: !k.eersteKennisgeving,
      zaakSoort: 'kennisgeving',
      zaakId: k.id,
      vandaag,
      principal,
      request,
    });
    const brief = await this.stuurBrief(manager, k, vandaag, principal, 'vrijstellingBevestiging', this.ouders(k), {
      grond: GROND_IN_WOORDEN[k.grond],
      grondslag: GRONDSLAG_IN_WOORDEN[k.grond],
      van: datumInWoorden(periode.van),
      totEnMet: totEnMetInWoorden(periode.totEnMet),
      // The template assumes a date; an open-ended exemption needs no new kennisgeving (Lpw art 6 lid 2).
      volgendeKennisgevingVoor:
        volgende === null ? '(niet van toepassing: deze vrijstelling geldt voor onbepaalde tijd en hoeft niet jaarlijks te worden vernieuwd, artikel 6, tweede lid, van de Leerplichtwet 1969)' : datumInWoorden(volgende),
      bezwaarclausule: this.besluiten.bezwaarclausule(besluit),
    });
    await this.besluiten.koppelBrief(manager, besluit, brief.id);
    k.status = 'voldaan';
    k.besluitId = besluit.id;
    k.vrijstellingId = vrijstelling.id;
  }

  /** Does not meet the requirements: enrol within the term (000 art 12 lid 8–9; 003 art 11 lid 5). */
  private async wijsAf(manager: EntityManager, k: KennisgevingEntity, motivering: string, vandaag: string, instructie: GemeenteInstructie, principal: Principal, request: RequestContext): Promise<void> {
    const uiterlijk = inschrijvenUiterlijk(vandaag, instructie.regels.vrijstelling.inschrijftermijn, this.kalender);
    const besluit = await this.besluiten.neem(manager, {
      gemeente: k.gemeente,
      persoonSleutel: k.persoonSleutel,
      bsn: k.bsn,
      zaakSoort: 'kennisgeving',
      zaakId: k.id,
      soort: 'vrijstelling-art5',
      uitkomst: 'niet-voldaan',
      grondslag: GRONDSLAG[k.grond],
      motivering,
      namens: 'college',
      bekendgemaaktOp: vandaag,
      principal,
    });
    const brief = await this.stuurBrief(manager, k, vandaag, principal, 'vrijstellingInschrijvingsopdracht', this.ouders(k), {
      grond: GROND_IN_WOORDEN[k.grond],
      motivering,
      inschrijvenUiterlijk: datumInWoorden(uiterlijk),
      bezwaarclausule: this.besluiten.bezwaarclausule(besluit),
    });
    await this.besluiten.koppelBrief(manager, besluit, brief.id);
    await this.outbox.add(manager, kennisgevingNietVoldaanV1, {
      gemeente: k.gemeente,
      subjectKey: k.persoonSleutel,
      classification: 'AVG',
      correlationId: request.trace.traceId,
      actor: actorVan(principal),
      payload: { kennisgevingId: k.id, bsn: k.bsn, geboortedatum: k.geboortedatum, artikel: k.grond, inschrijvenUiterlijk: uiterlijk, instructieVersie: k.instructieVersie },
    });
    k.status = 'niet-voldaan';
    k.besluitId = besluit.id;
    k.inschrijvenUiterlijk = uiterlijk;
  }

  // ------------------------------------------------------------------------------------------

  private async stap(
    kennisgevingId: string,
    principal: Principal,
    request: RequestContext,
    werk: (manager: EntityManager, k: KennisgevingEntity, vandaag: string) => Promise<void>,
  ): Promise<KennisgevingModel> {
    const vandaag = this.kennisgevingen.vandaag();
    return inTenantTransaction(this.dataSource, principal.gemeenten, async (manager) => {
      vereisUuid(kennisgevingId, 'kennisgevingId');
      // One step at a time per kennisgeving: a second officer's step waits for the first, then sees its result.
      await manager.query('SELECT 1 FROM verlof_vrijstelling.kennisgeving WHERE id = $1 FOR UPDATE', [kennisgevingId]);
      const k = await this.kennisgevingen.laad(manager, kennisgevingId);
      await werk(manager, k, vandaag);
      await manager.save(k);
      await this.verwerkingslog.leg(manager, request, principal, { betrokkene: k.persoonSleutel, gemeente: k.gemeente });
      return this.kennisgevingen.model(manager, k, vandaag, principal);
    });
  }

  private vereisGrond(k: KennisgevingEntity, grond: Art5Grond): void {
    if (k.grond !== grond) throw new DomainError('ANDERE_GROND', `Deze stap hoort bij ${GROND_KORT[grond]}; deze kennisgeving is op ${GROND_KORT[k.grond]}.`, 'kennisgevingId');
  }

  private vereisOpen(k: KennisgevingEntity): void {
    if (k.status !== 'in-behandeling') throw new DomainError('AL_BEOORDEELD', 'Deze kennisgeving is al beoordeeld; een wijziging loopt via bezwaar.', 'kennisgevingId');
  }

  /** A recorded day lies between `vanaf` and today: the file records what happened, not what is planned. */
  private vereisDagTussen(datum: string, vanaf: string, vandaag: string, veld: string): void {
    vereisDatum(datum, veld);
    if (datum > vandaag) throw new DomainError('DATUM_IN_TOEKOMST', 'Die datum ligt na vandaag.', veld);
    if (datum < vanaf) throw new DomainError('ONGELDIGE_DATUM', 'Die datum ligt vóór de datum waarop deze stap kon beginnen.', veld);
  }

  /** A designation in force on the day (Lpw art 7; 000 art 14; 003 art 13 lid 1), of the caller's gemeente (row-level security). */
  private async aangewezenDeskundige(manager: EntityManager, deskundigeId: string, dag: string): Promise<AangewezenDeskundige> {
    vereisUuid(deskundigeId, 'deskundigeId');
    const rijen: AangewezenDeskundige[] = await manager.query(
      `SELECT id, naam, beroep, organisatie, adres FROM verlof_vrijstelling.deskundige
        WHERE id = $1 AND aangewezen_op <= $2::date AND ingetrokken_op IS NULL AND (geldig_tot_en_met IS NULL OR geldig_tot_en_met >= $2::date)`,
      [deskundigeId, dag],
    );
    const deskundige = rijen[0];
    if (deskundige === undefined) {
      throw new DomainError('DESKUNDIGE_NIET_AANGEWEZEN', 'Deze deskundige is (op die dag) niet door het college aangewezen (Lpw art 7; 000 art 14; 003 art 13).', 'deskundigeId');
    }
    return deskundige;
  }

  private zaak(k: KennisgevingEntity): { gemeente: string; zaakSoort: 'kennisgeving'; zaakId: string } {
    return { gemeente: k.gemeente, zaakSoort: 'kennisgeving', zaakId: k.id };
  }

  private ouders(k: KennisgevingEntity): Geadresseerde {
    return { rol: 'ouders', naam: k.ouders.map((o) => o.naam).join(' en '), adres: k.ouders[0]?.adres ?? '' };
  }

  private stuurBrief(
    manager: EntityManager,
    k: KennisgevingEntity,
    vandaag: string,
    principal: Principal,
    sjabloon: BriefSjabloon,
    aan: Geadresseerde,
    waarden: Record<string, string>,
  ): ReturnType<BriefService['stelOp']> {
    return this.brieven.stelOp(manager, {
      gemeente: k.gemeente,
      zaakSoort: 'kennisgeving',
      zaakId: k.id,
      persoonSleutel: k.persoonSleutel,
      sjabloon,
      aan,
      jongere: { naam: k.jongereNaam, geboortedatum: k.geboortedatum },
      waarden,
      datum: vandaag,
      principal,
      classificatie: k.classificatie,
    });
  }
}
