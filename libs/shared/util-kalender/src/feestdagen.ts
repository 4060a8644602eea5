import { KalenderError, maakDatum, ontleed, plusDagen, weekdag } from './datum';
import type { Datum } from './kalender.types';

/**
 * The days that the Algemene termijnenwet (Atw) treats as algemeen erkende feestdagen:
 * - art 3 lid 1: "de Nieuwjaarsdag, de Christelijke tweede Paas- en Pinksterdag, de beide
 *   Kerstdagen, de Hemelvaartsdag, de dag waarop de verjaardag van de Koning wordt gevierd en de
 *   vijfde mei" — computed for every year;
 * - art 3 lid 2: Goede Vrijdag is "voor de toepassing van deze wet" gelijkgesteld — computed;
 * - art 3 lid 3: further days gelijkgesteld by besluit (usually three years at a time, e.g. the
 *   Friday after Hemelvaartsdag) — DATA below, known only for the years a besluit covers.
 * Note: the first Easter and Whit days are Sundays and are not listed by the Atw at all.
 */

export type FeestdagSoort =
  /** Atw art 3 lid 1. */
  | 'algemeen-erkend'
  /** Atw art 3 lid 2 (Goede Vrijdag) or lid 3 (besluit). */
  | 'gelijkgesteld';

export interface Feestdag {
  readonly datum: Datum;
  readonly naam: string;
  /** Citation in the project's form, e.g. 'Atw art 3 lid 1'. */
  readonly bron: string;
  readonly soort: FeestdagSoort;
}

/** A besluit under Atw art 3 lid 3; it settles all gelijkgestelde dagen of its years. */
export interface Gelijkstellingsbesluit {
  /** Title as published; the title lists every day it gelijkstelt. */
  readonly titel: string;
  readonly vanJaar: number;
  readonly totEnMetJaar: number;
  readonly dagen: readonly { readonly datum: Datum; readonly naam: string }[];
}

/**
 * Gelijkstellingsbesluiten (Atw art 3 lid 3) for 2023–2028, from their published titles. Add the
 * next besluit (2029–2031) here when it is published; until then NederlandseKalender refuses to
 * count werkdagen in those years rather than risk missing a gelijkgestelde dag.
 */
export const GELIJKSTELLINGSBESLUITEN: readonly Gelijkstellingsbesluit[] = [
  {
    titel:
      'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag',
    vanJaar: 2023,
    totEnMetJaar: 2025,
    dagen: [
      { datum: '2023-04-28', naam: 'vrijdag na Koningsdag' },
      { datum: '2023-05-19', naam: 'vrijdag na Hemelvaartsdag' },
      { datum: '2024-05-10', naam: 'vrijdag na Hemelvaartsdag' },
      { datum: '2024-12-27', naam: 'vrijdag na Tweede Kerstdag' },
      { datum: '2025-05-30', naam: 'vrijdag na Hemelvaartsdag' },
    ],
  },
  {
    titel:
      'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag',
    vanJaar: 2026,
    totEnMetJaar: 2028,
    dagen: [
      { datum: '2026-01-02', naam: 'vrijdag na Nieuwjaarsdag' },
      { datum: '2026-05-15', naam: 'vrijdag na Hemelvaartsdag' },
      { datum: '2027-05-07', naam: 'vrijdag na Hemelvaartsdag' },
      { datum: '2028-04-28', naam: 'vrijdag na Koningsdag' },
      { datum: '2028-05-26', naam: 'vrijdag na Hemelvaartsdag' },
    ],
  },
];

/**
 * Koningsdag has been the King's birthday, 27 April, since 2014; earlier years had Koninginnedag
 * on other dates, which this library does not model.
 */
export const EERSTE_ONDERSTEUNDE_JAAR = 2014;

function controleerJaar(jaar: number): void {
  if (!Number.isInteger(jaar) || jaar < EERSTE_ONDERSTEUNDE_JAAR || jaar > 9999) {
    throw new KalenderError(
      'ONGELDIGE_INVOER',
      `feestdagen zijn alleen te berekenen voor de jaren ${EERSTE_ONDERSTEUNDE_JAAR}–9999, niet voor ${jaar}`,
    );
  }
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function paaszondag(jaar: number): Datum {
  if (!Number.isInteger(jaar) || jaar < 1583 || jaar > 9999) {
    throw new KalenderError('ONGELDIGE_INVOER', `Pasen is alleen te berekenen voor gregoriaanse jaren 1583–9999, niet voor ${jaar}`);
  }
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return maakDatum(jaar, maand, dag);
}

/**
 * The day the King's birthday is celebrated (Atw art 3 lid 1): 27 April, or Saturday 26 April when
 * 27 April is a Sunday (by koninklijk besluit Koningsdag is not celebrated on a Sunday).
 */
export function koningsdag(jaar: number): Datum {
  controleerJaar(jaar);
  const verjaardag = maakDatum(jaar, 4, 27);
  return weekdag(verjaardag) === 0 ? maakDatum(jaar, 4, 26) : verjaardag;
}

const LID_1 = 'Atw art 3 lid 1';

/** True when a besluit in `besluiten` settles the gelijkgestelde dagen (Atw art 3 lid 3) of `jaar`. */
export function gelijkstellingBekend(jaar: number, besluiten: readonly Gelijkstellingsbesluit[] = GELIJKSTELLINGSBESLUITEN): boolean {
  return besluiten.some((besluit) => besluit.vanJaar <= jaar && jaar <= besluit.totEnMetJaar);
}

/**
 * All days of `jaar` the Atw treats as algemeen erkende feestdagen, by date. Lid 1 and lid 2 days
 * are complete for every year from 2014; lid 3 days only where `besluiten` cover the year (see
 * {@link gelijkstellingBekend}). A date can appear twice when two feestdagen coincide (e.g.
 * Hemelvaartsdag on 5 May).
 */
export function feestdagen(jaar: number, besluiten: readonly Gelijkstellingsbesluit[] = GELIJKSTELLINGSBESLUITEN): Feestdag[] {
  controleerJaar(jaar);
  const pasen = paaszondag(jaar);
  const koningsdagBron =
    weekdag(maakDatum(jaar, 4, 27)) === 0
      ? `${LID_1}; 27 april valt op zondag, Koningsdag wordt op zaterdag 26 april gevierd (koninklijk besluit: geen viering op zondag)`
      : LID_1;
  const lijst: Feestdag[] = [
    { datum: maakDatum(jaar, 1, 1), naam: 'Nieuwjaarsdag', bron: LID_1, soort: 'algemeen-erkend' },
    { datum: plusDagen(pasen, -2), naam: 'Goede Vrijdag', bron: 'Atw art 3 lid 2', soort: 'gelijkgesteld' },
    { datum: plusDagen(pasen, 1), naam: 'Tweede Paasdag', bron: LID_1, soort: 'algemeen-erkend' },
    { datum: koningsdag(jaar), naam: 'Koningsdag', bron: koningsdagBron, soort: 'algemeen-erkend' },
    { datum: maakDatum(jaar, 5, 5), naam: 'Bevrijdingsdag (de vijfde mei)', bron: LID_1, soort: 'algemeen-erkend' },
    // Hemelvaartsdag is the 40th day of Easter counting Easter Sunday: Easter + 39 days.
    { datum: plusDagen(pasen, 39), naam: 'Hemelvaartsdag', bron: LID_1, soort: 'algemeen-erkend' },
    // Pinksteren is Easter + 49 days; the Atw names only the second day.
    { datum: plusDagen(pasen, 50), naam: 'Tweede Pinksterdag', bron: LID_1, soort: 'algemeen-erkend' },
    { datum: maakDatum(jaar, 12, 25), naam: 'Eerste Kerstdag', bron: LID_1, soort: 'algemeen-erkend' },
    { datum: maakDatum(jaar, 12, 26), naam: 'Tweede Kerstdag', bron: LID_1, soort: 'algemeen-erkend' },
  ];
  for (const besluit of besluiten) {
    for (const dag of besluit.dagen) {
      if (ontleed(dag.datum).jaar === jaar) {
        lijst.push({ datum: dag.datum, naam: dag.naam, bron: `Atw art 3 lid 3; ${besluit.titel}`, soort: 'gelijkgesteld' });
      }
    }
  }
  return lijst.sort((x, y) => (x.datum < y.datum ? -1 : x.datum > y.datum ? 1 : 0));
}

const standaardCache = new Map<number, ReadonlySet<Datum>>();

/** The feestdag dates of `jaar` as a set; cached for the default besluiten. */
export function feestdagDatums(jaar: number, besluiten: readonly Gelijkstellingsbesluit[] = GELIJKSTELLINGSBESLUITEN): ReadonlySet<Datum> {
  if (besluiten !== GELIJKSTELLINGSBESLUITEN) return new Set(feestdagen(jaar, besluiten).map((f) => f.datum));
  let datums = standaardCache.get(jaar);
  if (datums === undefined) {
    datums = new Set(feestdagen(jaar).map((f) => f.datum));
    standaardCache.set(jaar, datums);
  }
  return datums;
}

/**
 * True when the Atw treats `datum` as an algemeen erkende feestdag: a lid 1 day, Goede Vrijdag
 * (lid 2) or a day gelijkgesteld by a known besluit (lid 3). For a year no besluit covers, a lid 3
 * day cannot be known and yields false; check {@link gelijkstellingBekend} first when that
 * matters (NederlandseKalender does, and refuses such years).
 */
export function isAlgemeneErkendeFeestdag(datum: Datum, besluiten: readonly Gelijkstellingsbesluit[] = GELIJKSTELLINGSBESLUITEN): boolean {
  return feestdagDatums(ontleed(datum).jaar, besluiten).has(datum);
}
