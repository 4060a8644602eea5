import { dagenInMaand, maakDatum, ontleed, schooljaarVan, termijnEinde, verjaardag, type Datum, type Kalender, type Schooljaar, type Termijnduur } from '@leerrecht/shared/util-kalender';

/*
 * The rules of a kennisgeving (Lpw art 5, 5a, 6–9) and of an art 15 exemption that need no
 * database, as pure functions (domain verlof-vrijstelling.md §4–§5). Each cites its source; the
 * numbers come from the gemeente's instructie (`regels.vrijstelling`), passed in by the caller.
 */

/** The grounds of a kennisgeving art 6, written as util-leerplicht and the events write them. */
export const ART5_GRONDEN = ['5 onder a', '5 onder b', '5 onder c', '5a'] as const;
export type Art5Grond = (typeof ART5_GRONDEN)[number];
export type VrijstellingArtikel = Art5Grond | '15';

/** A term the instructie may leave open (null: the source sets no term). */
export interface OptioneleTermijn {
  readonly waarde: Termijnduur | null;
  readonly bron: string;
}

/**
 * When neither the law nor the instructie gives a term, the parents hear within the Awb's
 * reasonable term, at most 8 weeks (Awb art 4:13 lid 2, applied by analogy: a kennisgeving is no
 * application, but the parents are owed an answer; inferred).
 */
export const AWB_REDELIJKE_TERMIJN: { readonly waarde: Termijnduur; readonly bron: string } = {
  waarde: { aantal: 8, eenheid: 'weken' },
  bron: 'Awb art 4:13 lid 2',
};

/** 000 art 12 lid 3, art 14; 003 art 11 lid 2 b, art 13 lid 2: from 16 the youth consents too. */
export const TOESTEMMING_JONGERE_VANAF_LEEFTIJD = 16;

/** The legal ground a decision names (Awb art 3:46), per ground. */
export const GRONDSLAG: Readonly<Record<VrijstellingArtikel, string>> = {
  '5 onder a': 'Lpw art 5 onder a, art 6 en 7',
  '5 onder b': 'Lpw art 5 onder b, art 6 en 8',
  '5 onder c': 'Lpw art 5 onder c, art 6 en 9',
  '5a': 'Lpw art 5a en art 6',
  '15': 'Lpw art 15',
};

/** The legal ground as a letter states it. */
export const GRONDSLAG_IN_WOORDEN: Readonly<Record<VrijstellingArtikel, string>> = {
  '5 onder a': 'artikel 5, onder a, en de artikelen 6 en 7 van de Leerplichtwet 1969',
  '5 onder b': 'artikel 5, onder b, en de artikelen 6 en 8 van de Leerplichtwet 1969',
  '5 onder c': 'artikel 5, onder c, en de artikelen 6 en 9 van de Leerplichtwet 1969',
  '5a': 'de artikelen 5a en 6 van de Leerplichtwet 1969',
  '15': 'artikel 15 van de Leerplichtwet 1969',
};

/** The ground in words, as the letters state it (the article is in `grondslag` beside it). */
export const GROND_IN_WOORDEN: Readonly<Record<VrijstellingArtikel, string>> = {
  '5 onder a': 'lichamelijke of psychische ongeschiktheid om tot een school te worden toegelaten',
  '5 onder b': 'bedenkingen tegen de richting van het onderwijs op alle scholen binnen redelijke afstand van de woning',
  '5 onder c': 'inschrijving op een school buiten Nederland',
  '5a': 'een trekkend bestaan',
  '15': 'het op andere wijze voldoende onderwijs krijgen',
};

/** The article alone, for a letter that names the ground with its article (the Arbeidsinspectie). */
export const ARTIKEL_IN_WOORDEN: Readonly<Record<VrijstellingArtikel, string>> = {
  '5 onder a': 'artikel 5, onder a, van de Leerplichtwet 1969',
  '5 onder b': 'artikel 5, onder b, van de Leerplichtwet 1969',
  '5 onder c': 'artikel 5, onder c, van de Leerplichtwet 1969',
  '5a': 'artikel 5a van de Leerplichtwet 1969',
  '15': 'artikel 15 van de Leerplichtwet 1969',
};

/** A Dutch postcode as DUO's register takes it, '1234AB'; null when it is none ('1234 ab' is accepted). */
export function leesPostcode(waarde: string): string | null {
  const postcode = waarde.replace(/\s+/g, '').toUpperCase();
  return /^[1-9][0-9]{3}[A-Z]{2}$/.test(postcode) ? postcode : null;
}

const SCHOOLJAARNAAM = /^(\d{4})-(\d{4})$/;

/** '2027-2028' → 1 August 2027 up to and including 31 July 2028 (Lpw art 1); null when it is no schooljaar. */
export function leesSchooljaar(naam: string): Schooljaar | null {
  const delen = SCHOOLJAARNAAM.exec(naam);
  if (delen === null) return null;
  const begin = Number(delen[1]);
  if (Number(delen[2]) !== begin + 1 || begin < 1900) return null;
  return schooljaarVan(maakDatum(begin, 8, 1));
}

/**
 * A kennisgeving is filed for the schooljaar that is running or for the next one (Lpw art 6:
 * "jaarlijks vóór 1 juli" for the coming schooljaar; a late one for the running year is still
 * handled). Anything else is a mistake in the date or the year.
 */
export function schooljaarPastBijOntvangst(schooljaar: Schooljaar, ontvangenOp: Datum): boolean {
  const lopend = schooljaarVan(ontvangenOp);
  const volgend = schooljaarVan(maakDatum(Number(lopend.naam.slice(0, 4)) + 1, 8, 1));
  return schooljaar.naam === lopend.naam || schooljaar.naam === volgend.naam;
}

function eenMaandEerder(datum: Datum): Datum {
  const { jaar, maand, dag } = ontleed(datum);
  const doelJaar = maand === 1 ? jaar - 1 : jaar;
  const doelMaand = maand === 1 ? 12 : maand - 1;
  return maakDatum(doelJaar, doelMaand, Math.min(dag, dagenInMaand(doelJaar, doelMaand)));
}

/**
 * Lpw art 3 lid 1: leerplicht starts on the first school day of the month after the 5th birthday.
 * Where the school calendar of that month is not known yet, the first of the month stands in: for
 * the filing term a few days' difference at most (inferred).
 */
export function leerplichtVanafBijBenadering(geboortedatum: Datum): Datum {
  const { jaar, maand } = ontleed(verjaardag(geboortedatum, 5));
  return maand === 12 ? maakDatum(jaar + 1, 1, 1) : maakDatum(jaar, maand + 1, 1);
}

export interface Indientermijn {
  /** Last day the kennisgeving is in time. */
  uiterlijk: Datum;
  bron: string;
}

/**
 * Lpw art 6 lid 1: the kennisgeving is filed at least one month before the youth becomes
 * leerplichtig, and after that yearly before 1 July for the next schooljaar. A youth whose
 * leerplicht starts during the schooljaar files by the month before; anyone else by 30 June
 * before the schooljaar.
 */
export function indientermijn(schooljaar: Schooljaar, leerplichtVanaf: Datum): Indientermijn {
  if (leerplichtVanaf > schooljaar.start) {
    return { uiterlijk: eenMaandEerder(leerplichtVanaf), bron: 'Lpw art 6 lid 1: ten minste een maand voordat de jongere leerplichtig wordt' };
  }
  return { uiterlijk: `${schooljaar.start.slice(0, 4)}-06-30`, bron: 'Lpw art 6 lid 1: jaarlijks vóór 1 juli' };
}

/** Late kennisgevingen are still handled; the flag shows the officer and the figures (Lpw art 6). */
export function isTeLaat(ontvangenOp: Datum, termijn: Indientermijn): boolean {
  return ontvangenOp > termijn.uiterlijk;
}

export interface Periode {
  van: Datum;
  /** Inclusive; null = open-ended. */
  totEnMet: Datum | null;
}

/**
 * The period of an art 5 exemption (000 art 12 lid 5; 003 art 11 lid 5 a): the schooljaar the
 * kennisgeving is for (1 August–31 July, Lpw art 1), from its receipt when that lies inside the
 * schooljaar (the exemption cannot precede the kennisgeving, Lpw art 6: inferred). Ground a with a
 * statement that the youth will never be fit is open-ended: no yearly renewal (Lpw art 6 lid 2).
 */
export function vrijstellingsperiode(invoer: { grond: Art5Grond; schooljaar: Schooljaar; ontvangenOp: Datum; nooitGeschikt: boolean }): Periode {
  const van = invoer.ontvangenOp > invoer.schooljaar.start ? invoer.ontvangenOp : invoer.schooljaar.start;
  if (invoer.grond === '5 onder a' && invoer.nooitGeschikt) return { van, totEnMet: null };
  return { van, totEnMet: invoer.schooljaar.eind };
}

/**
 * The date before which a new kennisgeving must be filed to claim the exemption again (000 art 12
 * lid 5; 003 art 11 lid 5 b): 1 July before the next schooljaar (Lpw art 6 lid 1). Null for an
 * open-ended exemption (Lpw art 6 lid 2).
 */
export function volgendeKennisgevingVoor(periode: Periode): Datum | null {
  if (periode.totEnMet === null) return null;
  return `${schooljaarVan(periode.totEnMet).eind.slice(0, 4)}-07-01`;
}

export interface Berichttermijn {
  /** Last day of the message to the parents on whether the kennisgeving meets the requirements. */
  uiterlijk: Datum;
  bron: string;
  /** The day the term counts from. */
  vanaf: Datum;
}

export interface BerichttermijnInvoer {
  grond: Art5Grond;
  ontvangenOp: Datum;
  termijnen: { art5aOnderzoek: OptioneleTermijn; art5aBericht: OptioneleTermijn; art5b: OptioneleTermijn; art5c: OptioneleTermijn };
  /** Ground a: the day the expert's statement came in. */
  verklaringOntvangenOp?: Datum | null;
  /** Ground b: the longer term announced to the parents (000 art 12 lid 6). */
  verlengdTot?: Datum | null;
}

function awbTermijn(ontvangenOp: Datum, kalender: Kalender): Berichttermijn {
  return { uiterlijk: termijnEinde(ontvangenOp, AWB_REDELIJKE_TERMIJN.waarde, kalender), bron: AWB_REDELIJKE_TERMIJN.bron, vanaf: ontvangenOp };
}

/**
 * When the parents hear whether the kennisgeving meets the requirements (000 art 12 lid 1, 4, 6;
 * 003 art 11 lid 1, 2 c, 3 d, 4 b), per ground and profile:
 * - a: within `art5aBericht` after the expert's statement came in; before it is in, the date the
 *   parents can expect when the expert keeps to `art5aOnderzoek` (the acknowledgement states it);
 * - b: within `art5b` after receipt, or the longer term announced in time (000 art 12 lid 6);
 * - c: within `art5c` after receipt;
 * - 5a, and any ground whose term the instructie leaves open: the Awb's 8 weeks after receipt.
 */
export function berichttermijn(invoer: BerichttermijnInvoer, kalender: Kalender): Berichttermijn {
  const { termijnen } = invoer;
  switch (invoer.grond) {
    case '5 onder a': {
      const bericht = termijnen.art5aBericht.waarde;
      if (bericht === null) return awbTermijn(invoer.ontvangenOp, kalender);
      if (invoer.verklaringOntvangenOp) {
        return { uiterlijk: termijnEinde(invoer.verklaringOntvangenOp, bericht, kalender), bron: termijnen.art5aBericht.bron, vanaf: invoer.verklaringOntvangenOp };
      }
      const onderzoek = termijnen.art5aOnderzoek.waarde;
      if (onderzoek === null) return awbTermijn(invoer.ontvangenOp, kalender);
      const verwachteVerklaring = termijnEinde(invoer.ontvangenOp, onderzoek, kalender);
      return { uiterlijk: termijnEinde(verwachteVerklaring, bericht, kalender), bron: `${termijnen.art5aOnderzoek.bron}; ${termijnen.art5aBericht.bron}`, vanaf: invoer.ontvangenOp };
    }
    case '5 onder b': {
      if (invoer.verlengdTot) return { uiterlijk: invoer.verlengdTot, bron: '000 art 12 lid 6 (langere termijn meegedeeld)', vanaf: invoer.ontvangenOp };
      const termijn = termijnen.art5b.waarde;
      if (termijn === null) return awbTermijn(invoer.ontvangenOp, kalender);
      return { uiterlijk: termijnEinde(invoer.ontvangenOp, termijn, kalender), bron: termijnen.art5b.bron, vanaf: invoer.ontvangenOp };
    }
    case '5 onder c': {
      const termijn = termijnen.art5c.waarde;
      if (termijn === null) return awbTermijn(invoer.ontvangenOp, kalender);
      return { uiterlijk: termijnEinde(invoer.ontvangenOp, termijn, kalender), bron: termijnen.art5c.bron, vanaf: invoer.ontvangenOp };
    }
    case '5a':
      return awbTermijn(invoer.ontvangenOp, kalender);
  }
}

/** 000 art 12 lid 2; 003 art 11 lid 2 a: the expert examines the youth within the term; null = no term. */
export function onderzoekUiterlijk(gevraagdOp: Datum, termijn: OptioneleTermijn, kalender: Kalender): Datum | null {
  return termijn.waarde === null ? null : termijnEinde(gevraagdOp, termijn.waarde, kalender);
}

/** A term is overdue once the peildatum is past its last day and the step is still open. */
export function isVerlopen(uiterlijk: Datum | null, peildatum: Datum, afgerond: boolean): boolean {
  return !afgerond && uiterlijk !== null && peildatum > uiterlijk;
}

/**
 * Lpw art 7 lid 1: the expert's statement is not older than `maxOuderdom` (3 maanden) on the day
 * of the decision. Plain calendar arithmetic: no Atw extension, an age limit is no deadline.
 */
export function verklaringTeOud(verklaringDatum: Datum, besluitDatum: Datum, maxOuderdom: Termijnduur, kalender: Kalender): boolean {
  return termijnEinde(verklaringDatum, maxOuderdom, kalender, undefined, { atw: false }) < besluitDatum;
}

export interface ArbeidsinspectieRegel {
  readonly vanafLeeftijd: number;
  readonly totLeeftijd: number;
  readonly gronden: readonly string[];
}

/**
 * Whether the district head of the Arbeidsinspectie hears of the exemption (000 art 12 lid 14:
 * youths "tussen de 16 en 18", every ground; 001 §3.6: grounds 5 onder a and b; 003, 004: not
 * asked, rule null): the ground is in the profile's list and the youth is of that age on some day
 * of the exemption (an open-ended one: on its first day).
 */
export function arbeidsinspectieMelden(regel: ArbeidsinspectieRegel | null, artikel: VrijstellingArtikel, geboortedatum: Datum, periode: Periode): boolean {
  if (regel === null || !regel.gronden.includes(artikel)) return false;
  const wordtOudGenoeg = verjaardag(geboortedatum, regel.vanafLeeftijd);
  const teOud = verjaardag(geboortedatum, regel.totLeeftijd);
  // An open-ended exemption is judged by the age on its first day: one notice, at the decision (inferred).
  const laatsteDag = periode.totEnMet ?? periode.van;
  return wordtOudGenoeg <= laatsteDag && teOud > periode.van;
}

export type UitgebreidOnderzoekReden = 'eerste-kennisgeving' | 'leeftijd';

export interface UitgebreidOnderzoekRegel {
  readonly eersteKennisgeving: boolean;
  readonly vanafLeeftijd: number | null;
}

/**
 * Profile 004 (Hfst 2.1, toetsingskader): a kennisgeving on ground b gets an extended review at
 * the first claim and in the schooljaar in which the child turns the configured age (12: the
 * move to VO, and the age at which the child can state its own wishes). Other profiles: none.
 */
export function uitgebreidOnderzoekRedenen(
  regel: UitgebreidOnderzoekRegel,
  invoer: { grond: Art5Grond; eersteKennisgeving: boolean; geboortedatum: Datum; schooljaar: Schooljaar },
): UitgebreidOnderzoekReden[] {
  if (invoer.grond !== '5 onder b') return [];
  const redenen: UitgebreidOnderzoekReden[] = [];
  if (regel.eersteKennisgeving && invoer.eersteKennisgeving) redenen.push('eerste-kennisgeving');
  if (regel.vanafLeeftijd !== null) {
    const verjaardagInJaar = verjaardag(invoer.geboortedatum, regel.vanafLeeftijd);
    if (verjaardagInJaar >= invoer.schooljaar.start && verjaardagInJaar <= invoer.schooljaar.eind) redenen.push('leeftijd');
  }
  return redenen;
}

/**
 * 000 art 12 lid 3, art 14; 003 art 11 lid 2 b, art 13 lid 2: the expert consults the
 * samenwerkingsverband only with the parents' consent and, from 16, the youth's.
 */
export function overlegSamenwerkingsverbandToegestaan(invoer: { toestemmingOuders: boolean; toestemmingJongere: boolean; leeftijd: number }): boolean {
  return invoer.toestemmingOuders && (invoer.leeftijd < TOESTEMMING_JONGERE_VANAF_LEEFTIJD || invoer.toestemmingJongere);
}

/**
 * 003 toelichting art 11: at a second (or later) claim on ground c, when the youth does not commute
 * daily between the foreign school and home, the officer may ask Burgerzaken to check whether the
 * youth still lives in the Netherlands enough to stay registered.
 */
export function burgerzakenSignaalMogelijk(invoer: { grond: Art5Grond; eersteKennisgeving: boolean; dagelijksPendelen: boolean | null }): boolean {
  return invoer.grond === '5 onder c' && !invoer.eersteKennisgeving && invoer.dagelijksPendelen === false;
}

/** 000 art 12 lid 9, 12; 003 art 11 lid 5: the term to enrol after a kennisgeving that does not comply. */
export function inschrijvenUiterlijk(besluitDatum: Datum, inschrijftermijn: Termijnduur, kalender: Kalender): Datum {
  return termijnEinde(besluitDatum, inschrijftermijn, kalender);
}

export type Art15Afweging = 'beide' | 'een' | 'geen';

/**
 * 000 art 11 lid 2; 003 art 10 lid 2 (001 §3.3): both criteria are weighed — does the education
 * contribute to a startkwalificatie (003 toelichting: or another suitable exit perspective), and is
 * the time spent in reasonable proportion to its scope. They are weighed, not ticked: a grant with
 * one criterion unmet needs its reason in the motivering; a grant with neither is refused, as no
 * weighing can then conclude the youth receives sufficient education (inferred).
 */
export function art15Afweging(invoer: { draagtBijAanStartkwalificatie: boolean; tijdInRedelijkeVerhouding: boolean }): Art15Afweging {
  const aantal = Number(invoer.draagtBijAanStartkwalificatie) + Number(invoer.tijdInRedelijkeVerhouding);
  return aantal === 2 ? 'beide' : aantal === 1 ? 'een' : 'geen';
}
