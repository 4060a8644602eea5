import { dagenInMaand, isSchrikkeljaar, maakDatum, plusDagen, type Datum } from '@leerrecht/shared/util-kalender';
import { LeerplichtInvoerFout, type SchooljaarAanduiding } from './leerplicht.types';

/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings with integers only: no `Date`, no time zone, no
 * clock. ISO dates compare correctly as strings, which the rules below rely on.
 */

export interface Dmj {
  jaar: number;
  maand: number;
  dag: number;
}

export function isGeldigeDatum(waarde: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(waarde);
  if (m === null) return false;
  const jaar = Number(m[1]);
  const maand = Number(m[2]);
  const dag = Number(m[3]);
  return maand >= 1 && maand <= 12 && dag >= 1 && dag <= dagenInMaand(jaar, maand);
}

/** Parses a date; the error names the field, never the value (it may be a birth date). */
export function leesDatum(waarde: string, veld: string): Dmj {
  if (!isGeldigeDatum(waarde)) {
    throw new LeerplichtInvoerFout('ONGELDIGE_DATUM', veld, `Het veld ${veld} is geen geldige datum (JJJJ-MM-DD).`);
  }
  return { jaar: Number(waarde.slice(0, 4)), maand: Number(waarde.slice(5, 7)), dag: Number(waarde.slice(8, 10)) };
}

// Calendar primitives (leap years, month lengths, day arithmetic) come from util-kalender.
export { dagenInMaand, isSchrikkeljaar, maakDatum };

// Ages, anniversaries and dates in words moved to util-kalender, so other services (verzuim) count
// an age the same way; re-exported here for the existing callers.
export { datumInWoorden, leeftijdOp, verjaardag } from '@leerrecht/shared/util-kalender';

export function vorigeDag(datum: Datum): Datum {
  leesDatum(datum, 'datum');
  return plusDagen(datum, -1);
}

export function volgendeDag(datum: Datum): Datum {
  leesDatum(datum, 'datum');
  return plusDagen(datum, 1);
}

/** The school year a date falls in. */
export function schooljaarVan(datum: Datum): SchooljaarAanduiding {
  const { jaar, maand } = leesDatum(datum, 'datum');
  const beginjaar = maand >= 8 ? jaar : jaar - 1;
  return `${beginjaar}-${beginjaar + 1}`;
}

/** The last day of a school year: 31 July of its second calendar year. */
export function eindeSchooljaar(schooljaar: SchooljaarAanduiding, veld = 'schooljaar'): Datum {
  const m = /^(\d{4})-(\d{4})$/.exec(schooljaar);
  if (m === null || Number(m[2]) !== Number(m[1]) + 1) {
    throw new LeerplichtInvoerFout('ONGELDIG_SCHOOLJAAR', veld, `Het veld ${veld} is geen schooljaar (JJJJ-JJJJ, opeenvolgende jaren).`);
  }
  return maakDatum(Number(m[2]), 7, 31);
}
