import type { Datum, Schrikkeldagregel, Vakantieregio } from '@leerrecht/shared/util-kalender';

/** A school year written as '2030-2031' (1 August 2030 t/m 31 July 2031; Lpw art 1; 002 Bijlage 1). */
export type SchooljaarAanduiding = string;

/** What a 29 February birthday becomes in a year without that day (see `LeerplichtOpties`); defined in util-kalender. */
export type { Schrikkeldagregel };

/**
 * Ways a youth leaves the kwalificatieplicht without a startkwalificatie: a getuigschrift or
 * diploma of the praktijkonderwijs, or having followed the VSO uitstroomprofiel *dagbesteding*
 * or *arbeidsmarktgericht* (Lpw art 4a lid 2 as cited by 002 Bijlage 1; administratie.md §3).
 */
export type UitzonderingKwalificatieplicht =
  | 'praktijkonderwijs-getuigschrift'
  | 'praktijkonderwijs-diploma'
  | 'vso-dagbesteding'
  | 'vso-arbeidsmarktgericht';

export interface Uitzondering {
  soort: UitzonderingKwalificatieplicht;
  /**
   * The day the getuigschrift/diploma was obtained or the VSO profile was completed (leaving
   * date). From this day on no kwalificatieplicht applies (inferred, same as for a SQ).
   */
  datum: Datum;
}

/**
 * Exemption grounds that free a youth from the duty to be enrolled / attend:
 * Lpw art 5 onder a (physically or mentally unfit), onder b (objection to the *richting*),
 * onder c (enrolled at a school abroad), art 5a (itinerant life), art 15 (other education).
 * Written out because "5a" alone would be ambiguous between art 5 onder a and art 5a.
 * Leave under art 11 (verlof) is not a status-level exemption and is not listed here.
 */
export type VrijstellingArtikel = '5 onder a' | '5 onder b' | '5 onder c' | '5a' | '15';

export interface Vrijstelling {
  artikel: VrijstellingArtikel;
  /** First day of the exemption. */
  van: Datum;
  /** Last day of the exemption (inclusive); absent = open-ended (e.g. until it lapses). */
  totEnMet?: Datum;
}

/** What the status rules need to know about one youth. */
export interface JongereGegevens {
  geboortedatum: Datum;
  /** Region of the school calendar that applies to the youth (first school day of the month). */
  vakantieregio: Vakantieregio;
  /**
   * The school year in which the youth completed the 12th full school year (Lpw art 4 lid 1),
   * as counted from the enrolment history — where the primary school counts as 8 years even if
   * done faster (002 Bijlage 1). Counting is done where the history lives; this function only
   * needs the outcome. Absent = not reached (or not known, see `schoolhistorieVolledig`).
   */
  twaalfdeVolledigeSchooljaar?: SchooljaarAanduiding;
  /**
   * True when the enrolment history is complete, so that an absent `twaalfdeVolledigeSchooljaar`
   * really means "not reached". When not true, the age-16 rule is used and, in the last two school
   * years of leerplicht, the result asks for a manual check (administratie.md §3 note 3, inferred).
   */
  schoolhistorieVolledig?: boolean;
  /** Date of the havo, vwo or mbo-2/3/4 diploma (startkwalificatie; 002 Bijlage 1). */
  startkwalificatieBehaaldOp?: Datum;
  uitzonderingen?: readonly Uitzondering[];
  vrijstellingen?: readonly Vrijstelling[];
}

export type PlichtSoort =
  /** Before leerplicht starts (administratie.md §3 `voor-leerplicht`; also before the 4th birthday). */
  | 'niet-leerplichtig-jonger'
  | 'leerplichtig'
  | 'kwalificatieplichtig'
  /** After the plicht ended: 18th birthday, SQ, or a PrO/VSO exception (see `eindeKwalificatieplichtGrond`). */
  | 'niet-meer-plichtig';

/** Why the full leerplicht ends (Lpw art 4 lid 1): the school year of the 16th birthday, or 12 full school years. */
export type EindeLeerplichtGrond = 'leeftijd-16' | 'twaalf-schooljaren';

/**
 * Why the kwalificatieplicht ends or ended, or why it never began (when the SQ or the exception
 * came before the end of the full leerplicht).
 */
export type EindeKwalificatieplichtGrond = 'leeftijd-18' | 'startkwalificatie' | UitzonderingKwalificatieplicht;

export interface PlichtStatus {
  soort: PlichtSoort;
  /** Age in whole years on the peildatum. */
  leeftijd: number;
  /** An exemption applies on the peildatum; it does not change `soort`. Only while a plicht applies. */
  vrijgesteld: boolean;
  /** The exemptions in force on the peildatum (empty when not vrijgesteld). */
  vrijstellingen: Vrijstelling[];
  /** First day of leerplicht (Lpw art 3 lid 1). */
  leerplichtVanaf: Datum;
  /** Last day of full leerplicht: 31 July (Lpw art 4 lid 1, art 1). */
  volledigeLeerplichtTotEnMet: Datum;
  eindeLeerplichtGrond: EindeLeerplichtGrond;
  /** Last day of kwalificatieplicht; null when it never applies (SQ or exception before the end of leerplicht). */
  kwalificatieplichtTotEnMet: Datum | null;
  eindeKwalificatieplichtGrond: EindeKwalificatieplichtGrond;
  /** Dutch explanation for the dossier. */
  reden: string;
  /** Citations for every part of the decision, in the form of the domain spec (README §2). */
  bron: string[];
  /** Points the officer must check by hand (Dutch); empty when none. */
  aandachtspunten: string[];
}

export interface LeerplichtOpties {
  /**
   * The day someone born on 29 February reaches an age in a year without 29 February. The Lpw
   * has no rule for it; default '1-maart': the anniversary has not come until 28 February is
   * over (inferred; a gemeente may configure '28-februari').
   */
  verjaardagOp29Februari?: Schrikkeldagregel;
}

/** Bad input; the message names the field, never its value (it may be personal data). */
export class LeerplichtInvoerFout extends Error {
  constructor(
    readonly code: 'ONGELDIGE_DATUM' | 'ONGELDIG_SCHOOLJAAR' | 'ONGELDIGE_PERIODE' | 'PEILDATUM_VOOR_GEBOORTE' | 'ONMOGELIJKE_SCHOOLHISTORIE',
    readonly veld: string,
    message: string,
  ) {
    super(message);
    this.name = 'LeerplichtInvoerFout';
  }
}
