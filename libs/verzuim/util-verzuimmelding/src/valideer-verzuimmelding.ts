import { isGeldigBsn } from '@leerrecht/shared/util-bsn';

/** The fields of an incoming verzuimmelding that are checked before anything is stored. */
export interface VerzuimmeldingInvoer {
  bsn: string;
  gemeente: string;
  schoolBrin: string;
  beginDatum: string;
  eindDatum?: string | null;
  verzuimUren?: number | null;
}

/** Who is reporting, as far as the checks need it. */
export interface Melder {
  /** Gemeenten the melder may report for (token claim). */
  gemeenten: readonly string[];
  /** For a school system: its own BRIN (token claim); null for staff. */
  eigenBrin: string | null;
}

/** One refusal: a stable code, the field, and a message that never repeats the value. */
export interface Bezwaar {
  code: string;
  veld: string;
  melding: string;
}

function isKalenderdatum(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Checks a verzuimmelding (Lpw art 21/21a; Besluit verzuimmelding) and returns every problem, in
 * field order; an empty list means it may be stored. Pure: the service turns the first problem
 * into a GraphQL error.
 */
export function valideerVerzuimmelding(invoer: VerzuimmeldingInvoer, melder: Melder, gemeentenVanRegio: readonly string[]): Bezwaar[] {
  const bezwaren: Bezwaar[] = [];
  if (!isGeldigBsn(invoer.bsn)) {
    bezwaren.push({ code: 'ONGELDIG_BSN', veld: 'bsn', melding: 'Het BSN is ongeldig: het moet uit 9 cijfers bestaan en voldoen aan de elfproef.' });
  }
  if (!/^\d{4}$/.test(invoer.gemeente) || !gemeentenVanRegio.includes(invoer.gemeente)) {
    bezwaren.push({ code: 'ONBEKENDE_GEMEENTE', veld: 'gemeente', melding: 'De gemeente is geen gemeente van dit samenwerkingsverband.' });
  } else if (!melder.gemeenten.includes(invoer.gemeente)) {
    bezwaren.push({ code: 'GEMEENTE_NIET_TOEGESTAAN', veld: 'gemeente', melding: 'U mag niet melden voor deze gemeente.' });
  }
  if (!/^[0-9]{2}[A-Z0-9]{2}$/.test(invoer.schoolBrin)) {
    bezwaren.push({ code: 'ONGELDIG_BRIN', veld: 'schoolBrin', melding: 'De BRIN-code moet uit 2 cijfers en 2 letters of cijfers bestaan.' });
  } else if (melder.eigenBrin !== null && melder.eigenBrin !== invoer.schoolBrin) {
    // A school system may only report for its own school.
    bezwaren.push({ code: 'BRIN_NIET_TOEGESTAAN', veld: 'schoolBrin', melding: 'U mag alleen melden voor uw eigen school.' });
  }
  const beginGeldig = isKalenderdatum(invoer.beginDatum);
  if (!beginGeldig) {
    bezwaren.push({ code: 'ONGELDIGE_DATUM', veld: 'beginDatum', melding: 'De begindatum is geen geldige datum (JJJJ-MM-DD).' });
  }
  if (invoer.eindDatum !== undefined && invoer.eindDatum !== null) {
    if (!isKalenderdatum(invoer.eindDatum)) {
      bezwaren.push({ code: 'ONGELDIGE_DATUM', veld: 'eindDatum', melding: 'De einddatum is geen geldige datum (JJJJ-MM-DD).' });
    } else if (beginGeldig && invoer.eindDatum < invoer.beginDatum) {
      bezwaren.push({ code: 'ONGELDIGE_PERIODE', veld: 'eindDatum', melding: 'De einddatum ligt voor de begindatum.' });
    }
  }
  if (invoer.verzuimUren !== undefined && invoer.verzuimUren !== null && !(invoer.verzuimUren >= 0 && invoer.verzuimUren <= 1000)) {
    bezwaren.push({ code: 'ONGELDIGE_UREN', veld: 'verzuimUren', melding: 'Het aantal verzuimde uren moet tussen 0 en 1000 liggen.' });
  }
  return bezwaren;
}
