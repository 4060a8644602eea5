import { KalenderError, dagnummer, isDatum, plusDagen, type Datum, type Kalender, type Vakantieregio } from '@leerrecht/shared/util-kalender';
import { vereisDatum } from './invoer';
import { VerzuimregelFout } from './verzuimregels.types';

/** Hours of unauthorised absence on one date, from the school's attendance overview. */
export interface Verzuimregistratie {
  datum: string;
  uren: number;
}

export type WettelijkVerzuimUitkomst = 'bereikt' | 'niet-bereikt' | 'onbepaald';

export interface WettelijkVerzuimInvoer {
  /** Per-day hours from the school's attendance overview, when sent. An empty list counts as none sent. */
  registratie?: readonly Verzuimregistratie[];
  /** The melding's total hours, used when no per-day registration was sent; null = not stated. */
  totaalUren?: number | null;
  beginDatum: string;
  /** Last day of the reported absence; null or absent = still running / not stated. */
  eindDatum?: string | null;
  /** `regels.verzuim.wettelijkVerzuimDrempel.waarde`. */
  drempel: { uren: number; lesweken: number };
  kalender: Kalender;
  regio: Vakantieregio;
}

export interface WettelijkVerzuimBeoordeling {
  uitkomst: WettelijkVerzuimUitkomst;
  /** 'bereikt' only: Monday of the window's first lesweek up to and including Sunday of its last. */
  venster: { van: string; totEnMet: string } | null;
  /**
   * The most hours found in `lesweken` consecutive lesweken (with a registration: the highest over
   * all windows, which may exceed the hours of the first window reported as `venster`); without a
   * registration the melding's total when its period fits in `lesweken` lesweken, else null.
   */
  hoogsteUrenInVenster: number | null;
  bron: string;
}

const BRON = 'Lpw art 21a';

/** A day cannot hold more hours of lesson time than it has. */
const MAX_UREN_PER_DAG = 24;

/** Hours come as decimals (a 45- or 50-minute lesson); sums are compared after rounding away float noise. */
function rond(uren: number): number {
  return Math.round(uren * 1e6) / 1e6;
}

/** Monday of the ISO week (Monday–Sunday) containing `datum`. */
function maandagVan(datum: Datum): Datum {
  // dagnummer 0 = Thursday 1 January 1970; (dagnummer + 3) mod 7 = days since Monday.
  const sindsMaandag = (((dagnummer(datum) + 3) % 7) + 7) % 7;
  return plusDagen(datum, -sindsMaandag);
}

function zondagVan(maandag: Datum): Datum {
  return plusDagen(maandag, 6);
}

/** A week with at least one schooldag of the region (Monday–Friday; a Saturday or Sunday is never a werkdag). */
function heeftSchooldag(maandag: Datum, kalender: Kalender, regio: Vakantieregio, van?: Datum, totEnMet?: Datum): boolean {
  for (let i = 0; i < 5; i++) {
    const dag = plusDagen(maandag, i);
    if (van !== undefined && dag < van) continue;
    if (totEnMet !== undefined && dag > totEnMet) continue;
    if (kalender.isSchooldag(dag, regio)) return true;
  }
  return false;
}

/** Validated hours per date, entries on the same date summed first. */
function urenPerDatum(registratie: readonly Verzuimregistratie[]): Map<Datum, number> {
  const perDatum = new Map<Datum, number>();
  for (const regel of registratie) {
    if (!isDatum(regel.datum)) {
      throw new VerzuimregelFout('ONGELDIGE_REGISTRATIE', 'registratie.datum', 'Het veld registratie.datum bevat een datum die niet bestaat (verwacht JJJJ-MM-DD).');
    }
    if (typeof regel.uren !== 'number' || !Number.isFinite(regel.uren) || regel.uren < 0) {
      throw new VerzuimregelFout('ONGELDIGE_REGISTRATIE', 'registratie.uren', 'Het veld registratie.uren moet een getal van 0 of meer zijn.');
    }
    perDatum.set(regel.datum, rond((perDatum.get(regel.datum) ?? 0) + regel.uren));
  }
  for (const uren of perDatum.values()) {
    if (uren > MAX_UREN_PER_DAG) {
      throw new VerzuimregelFout('ONGELDIGE_REGISTRATIE', 'registratie.uren', `Het veld registratie.uren telt op één datum op tot meer dan ${MAX_UREN_PER_DAG} uur.`);
    }
  }
  return perDatum;
}

/**
 * Wettelijk verzuim (Lpw art 21a): at least `drempel.uren` hours of unauthorised absence of lesson
 * or practical time within `drempel.lesweken` consecutive lesweken.
 *
 * A **lesweek** is an ISO week (Monday–Sunday) with at least one schooldag in the region, or with
 * registered absence on one of its days: then the school evidently had lessons, whatever OCW's
 * advisory vacation dates say (the school's own calendar decides; inferred, domain README §2
 * "lesson weeks"). Weeks without lessons (vacations) neither count nor break the sequence, so 4
 * consecutive lesweken around the herfstvakantie span 5 calendar weeks (verzuim.md §1: "compute
 * over 4 consecutive lesson weeks of the youth's school; the difference matters around holidays").
 *
 * With a per-day registration: `bereikt` when some window of `lesweken` consecutive lesweken holds
 * at least `uren` hours (inclusive: exactly 16 is bereikt, 15.5 is not); the venster is the first
 * such window, scanning windows that start at a lesweek with registered absence (a window that
 * starts at a week without absence never holds more than the one starting at the next week with
 * absence). A window may run past the last registered week; its later lesweken then come from the
 * kalender.
 *
 * Without a registration (the melding's totals only): `niet-bereikt` when `totaalUren` < `uren`;
 * `bereikt` when `totaalUren` ≥ `uren` and the period begin…eind has schooldagen in at most
 * `lesweken` lesweken; `onbepaald` when the hours reach the threshold but the period is longer or
 * has no end date, or no total is given: the hours cannot be placed and the officer needs the
 * school's overview. A period without any OCW schooldag counts its calendar weeks, since the
 * melding itself shows the school had lessons (inferred).
 *
 * Refuses (VerzuimregelFout 'ONGELDIGE_REGISTRATIE') negative or non-finite hours, more than 24
 * hours on one date and dates that do not exist; 'ONGELDIGE_DATUM' for a bad begin or end date.
 * A KalenderError passes through when the kalender cannot tell whether a needed week is a lesweek
 * (no vacation schedule loaded): the answer is never guessed.
 */
export function beoordeelWettelijkVerzuim(invoer: WettelijkVerzuimInvoer): WettelijkVerzuimBeoordeling {
  const { drempel, kalender, regio } = invoer;
  const begin = vereisDatum(invoer.beginDatum, 'beginDatum');
  const eind = invoer.eindDatum === undefined || invoer.eindDatum === null ? null : vereisDatum(invoer.eindDatum, 'eindDatum');
  if (eind !== null && eind < begin) {
    throw new VerzuimregelFout('ONGELDIGE_DATUM', 'eindDatum', 'Het veld eindDatum ligt vóór de begindatum.');
  }
  if (!Number.isInteger(drempel.lesweken) || drempel.lesweken < 1 || !Number.isFinite(drempel.uren) || drempel.uren <= 0) {
    throw new VerzuimregelFout('ONGELDIGE_INVOER', 'drempel', 'Het veld drempel moet een positief aantal uren en een geheel aantal lesweken van ten minste 1 hebben.');
  }
  if (invoer.registratie !== undefined && invoer.registratie.length > 0) {
    return metRegistratie(urenPerDatum(invoer.registratie), drempel, kalender, regio);
  }
  return zonderRegistratie(invoer.totaalUren ?? null, begin, eind, drempel, kalender, regio);
}

function metRegistratie(
  perDatum: ReadonlyMap<Datum, number>,
  drempel: { uren: number; lesweken: number },
  kalender: Kalender,
  regio: Vakantieregio,
): WettelijkVerzuimBeoordeling {
  const urenPerWeek = new Map<Datum, number>();
  for (const [datum, uren] of perDatum) {
    if (uren > 0) {
      const maandag = maandagVan(datum);
      urenPerWeek.set(maandag, rond((urenPerWeek.get(maandag) ?? 0) + uren));
    }
  }
  if (urenPerWeek.size === 0) {
    return { uitkomst: 'niet-bereikt', venster: null, hoogsteUrenInVenster: 0, bron: BRON };
  }
  const weken = [...urenPerWeek.keys()].sort();
  const eerste = weken[0] as Datum;
  const laatste = weken[weken.length - 1] as Datum;

  // Lesweken from the first to the last week with absence: a week with absence always counts.
  const lesweken: Datum[] = [];
  for (let maandag = eerste; maandag <= laatste; maandag = plusDagen(maandag, 7)) {
    if (urenPerWeek.has(maandag) || heeftSchooldag(maandag, kalender, regio)) lesweken.push(maandag);
  }

  let hoogste = 0;
  let start: number | null = null;
  for (let i = 0; i < lesweken.length; i++) {
    if (!urenPerWeek.has(lesweken[i] as Datum)) continue;
    const som = rond(lesweken.slice(i, i + drempel.lesweken).reduce((totaal, week) => totaal + (urenPerWeek.get(week) ?? 0), 0));
    hoogste = Math.max(hoogste, som);
    // Lpw art 21a: "ten minste" 16 uur, so exactly the threshold is bereikt.
    if (start === null && som >= drempel.uren) start = i;
  }

  if (start === null) {
    return { uitkomst: 'niet-bereikt', venster: null, hoogsteUrenInVenster: hoogste, bron: BRON };
  }
  const van = lesweken[start] as Datum;
  const laatsteLesweek = lesweken[start + drempel.lesweken - 1] ?? volgendeLesweek(laatste, start + drempel.lesweken - lesweken.length, kalender, regio);
  return { uitkomst: 'bereikt', venster: { van, totEnMet: zondagVan(laatsteLesweek) }, hoogsteUrenInVenster: hoogste, bron: BRON };
}

/**
 * The `aantal`-th lesweek after the week starting `maandag`, from the kalender (no absence is
 * registered after the last registered week). Bounded at a year, far beyond any vacation.
 */
function volgendeLesweek(maandag: Datum, aantal: number, kalender: Kalender, regio: Vakantieregio): Datum {
  let gevonden = 0;
  let week = maandag;
  let laatsteLesweek = maandag;
  for (let i = 0; i < 53 && gevonden < aantal; i++) {
    week = plusDagen(week, 7);
    if (heeftSchooldag(week, kalender, regio)) {
      gevonden++;
      laatsteLesweek = week;
    }
  }
  return laatsteLesweek;
}

function zonderRegistratie(
  totaalUren: number | null,
  begin: Datum,
  eind: Datum | null,
  drempel: { uren: number; lesweken: number },
  kalender: Kalender,
  regio: Vakantieregio,
): WettelijkVerzuimBeoordeling {
  if (totaalUren === null) {
    return { uitkomst: 'onbepaald', venster: null, hoogsteUrenInVenster: null, bron: BRON };
  }
  if (!Number.isFinite(totaalUren) || totaalUren < 0) {
    throw new VerzuimregelFout('ONGELDIGE_REGISTRATIE', 'totaalUren', 'Het veld totaalUren moet een getal van 0 of meer zijn.');
  }
  const uren = rond(totaalUren);
  if (uren < drempel.uren) {
    // The outcome is certain whatever the calendar says; the hours are "in one window" only when the
    // period fits, which a missing vacation schedule leaves unknown (null), not guessed.
    let past: boolean | null = eind === null ? false : null;
    if (eind !== null) {
      try {
        past = leswekenVanPeriode(begin, eind, kalender, regio).length <= drempel.lesweken;
      } catch (fout) {
        if (!(fout instanceof KalenderError)) throw fout;
      }
    }
    return { uitkomst: 'niet-bereikt', venster: null, hoogsteUrenInVenster: past === true ? uren : null, bron: BRON };
  }
  const periode = eind === null ? null : leswekenVanPeriode(begin, eind, kalender, regio);
  if (periode === null || periode.length > drempel.lesweken) {
    return { uitkomst: 'onbepaald', venster: null, hoogsteUrenInVenster: null, bron: BRON };
  }
  const van = periode[0] as Datum;
  const laatsteLesweek = periode[periode.length - 1] as Datum;
  return { uitkomst: 'bereikt', venster: { van, totEnMet: zondagVan(laatsteLesweek) }, hoogsteUrenInVenster: uren, bron: BRON };
}

/** Mondays of the weeks in which the period has a schooldag; without any, all its calendar weeks (inferred). */
function leswekenVanPeriode(begin: Datum, eind: Datum, kalender: Kalender, regio: Vakantieregio): Datum[] {
  const alle: Datum[] = [];
  for (let maandag = maandagVan(begin); maandag <= eind; maandag = plusDagen(maandag, 7)) alle.push(maandag);
  const metSchooldag = alle.filter((maandag) => heeftSchooldag(maandag, kalender, regio, begin, eind));
  return metSchooldag.length > 0 ? metSchooldag : alle;
}
