import { KalenderError, isDatum, isSchrikkeljaar, maakDatum, type Datumdelen } from './datum';
import type { Datum } from './kalender.types';

/**
 * Ages, anniversaries and dates in words. Shared so every service counts an age the same way
 * (leerplicht from 5, Halt from 12, kwalificatieplicht until 18, Doorstroompunt until 23) and
 * writes a date the same way in a letter. Integers only: no `Date`, no time zone, no clock.
 */

/** What a 29 February birthday becomes in a year without that day. */
export type Schrikkeldagregel = '1-maart' | '28-februari';

/** Dutch month names, lower case as in running text ("1 oktober 2025"). */
export const MAANDNAMEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** Parses a date; the error names the field, never the value (it may be a birth date). */
function lees(waarde: Datum, veld: string): Datumdelen {
  if (!isDatum(waarde)) {
    throw new KalenderError('ONGELDIGE_DATUM', `Het veld ${veld} is geen geldige datum (JJJJ-MM-DD).`);
  }
  return { jaar: Number(waarde.slice(0, 4)), maand: Number(waarde.slice(5, 7)), dag: Number(waarde.slice(8, 10)) };
}

/**
 * The day on which someone born on `geboortedatum` reaches the age `leeftijd` (also: the same
 * calendar day `leeftijd` years after any date). The Lpw has no rule for a 29 February birthday
 * in a year without that day; default '1-maart': the anniversary has not come until 28 February
 * is over (inferred; a gemeente may configure '28-februari').
 */
export function verjaardag(geboortedatum: Datum, leeftijd: number, regel: Schrikkeldagregel = '1-maart'): Datum {
  const g = lees(geboortedatum, 'geboortedatum');
  const jaar = g.jaar + leeftijd;
  if (g.maand === 2 && g.dag === 29 && !isSchrikkeljaar(jaar)) {
    return regel === '1-maart' ? maakDatum(jaar, 3, 1) : maakDatum(jaar, 2, 28);
  }
  return maakDatum(jaar, g.maand, g.dag);
}

/**
 * Age in whole years on `peildatum`; the age is reached on the birthday itself ("vanaf 12 jaar"
 * = from the 12th birthday, domain README §2 "Age wording").
 */
export function leeftijdOp(geboortedatum: Datum, peildatum: Datum, regel: Schrikkeldagregel = '1-maart'): number {
  const g = lees(geboortedatum, 'geboortedatum');
  const p = lees(peildatum, 'peildatum');
  const jaren = p.jaar - g.jaar;
  return peildatum >= verjaardag(geboortedatum, jaren, regel) ? jaren : jaren - 1;
}

/** '2025-10-01' → '1 oktober 2025', for letters and texts in the dossier. */
export function datumInWoorden(datum: Datum): string {
  const { jaar, maand, dag } = lees(datum, 'datum');
  return `${dag} ${MAANDNAMEN[maand - 1]} ${jaar}`;
}
