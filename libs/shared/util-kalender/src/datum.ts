import type { Datum } from './kalender.types';

/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings through day numbers (days since 1970-01-01 in the
 * proleptic Gregorian calendar). Pure integer arithmetic, no `Date`: the host's time zone, DST
 * and `Date.UTC`'s two-digit-year quirk cannot shift a day. Algorithms: H. Hinnant,
 * "chrono-Compatible Low-Level Date Algorithms" (days_from_civil / civil_from_days).
 */

export type KalenderErrorCode =
  | 'ONGELDIGE_DATUM'
  | 'ONGELDIGE_INVOER'
  | 'ONGELDIG_ROOSTER'
  | 'ROOSTER_ONTBREEKT'
  | 'ROOSTER_NIET_VASTGESTELD'
  | 'GELIJKSTELLING_ONBEKEND';

/** A calendar question that cannot be answered reliably; never answered with a guess. */
export class KalenderError extends Error {
  constructor(
    readonly code: KalenderErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'KalenderError';
  }
}

const DATUM_PATROON = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Datumdelen {
  readonly jaar: number;
  readonly maand: number;
  readonly dag: number;
}

export function isSchrikkeljaar(jaar: number): boolean {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
}

export function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return isSchrikkeljaar(jaar) ? 29 : 28;
  return [4, 6, 9, 11].includes(maand) ? 30 : 31;
}

/** True for an existing calendar date written 'YYYY-MM-DD' (years 1000–9999). */
export function isDatum(waarde: unknown): waarde is Datum {
  if (typeof waarde !== 'string') return false;
  const delen = DATUM_PATROON.exec(waarde);
  if (delen === null) return false;
  const jaar = Number(delen[1]);
  const maand = Number(delen[2]);
  const dag = Number(delen[3]);
  return jaar >= 1000 && maand >= 1 && maand <= 12 && dag >= 1 && dag <= dagenInMaand(jaar, maand);
}

export function ontleed(datum: Datum): Datumdelen {
  if (!isDatum(datum)) {
    throw new KalenderError('ONGELDIGE_DATUM', `geen bestaande kalenderdatum JJJJ-MM-DD: '${String(datum)}'`);
  }
  return { jaar: Number(datum.slice(0, 4)), maand: Number(datum.slice(5, 7)), dag: Number(datum.slice(8, 10)) };
}

export function maakDatum(jaar: number, maand: number, dag: number): Datum {
  const datum = `${String(jaar).padStart(4, '0')}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
  if (!isDatum(datum)) {
    throw new KalenderError('ONGELDIGE_DATUM', `geen bestaande kalenderdatum: ${jaar}-${maand}-${dag}`);
  }
  return datum;
}

/** Days since 1970-01-01 (days_from_civil). */
export function dagnummer(datum: Datum): number {
  const { jaar, maand, dag } = ontleed(datum);
  const j = maand <= 2 ? jaar - 1 : jaar;
  const era = Math.floor(j / 400);
  const jaarInEra = j - era * 400;
  const dagInJaar = Math.floor((153 * (maand + (maand > 2 ? -3 : 9)) + 2) / 5) + dag - 1;
  const dagInEra = jaarInEra * 365 + Math.floor(jaarInEra / 4) - Math.floor(jaarInEra / 100) + dagInJaar;
  return era * 146097 + dagInEra - 719468;
}

/** Inverse of {@link dagnummer} (civil_from_days). */
export function uitDagnummer(nummer: number): Datum {
  const z = nummer + 719468;
  const era = Math.floor(z / 146097);
  const dagInEra = z - era * 146097;
  const jaarInEra = Math.floor(
    (dagInEra - Math.floor(dagInEra / 1460) + Math.floor(dagInEra / 36524) - Math.floor(dagInEra / 146096)) / 365,
  );
  const dagInJaar = dagInEra - (365 * jaarInEra + Math.floor(jaarInEra / 4) - Math.floor(jaarInEra / 100));
  const mp = Math.floor((5 * dagInJaar + 2) / 153);
  const dag = dagInJaar - Math.floor((153 * mp + 2) / 5) + 1;
  const maand = mp < 10 ? mp + 3 : mp - 9;
  const jaar = jaarInEra + era * 400 + (maand <= 2 ? 1 : 0);
  return maakDatum(jaar, maand, dag);
}

export function plusDagen(datum: Datum, dagen: number): Datum {
  return uitDagnummer(dagnummer(datum) + dagen);
}

/** 0 = zondag … 6 = zaterdag (1970-01-01 was a Thursday). */
export function weekdag(datum: Datum): number {
  return (((dagnummer(datum) + 4) % 7) + 7) % 7;
}

export function isWeekend(datum: Datum): boolean {
  const dag = weekdag(datum);
  return dag === 0 || dag === 6;
}
