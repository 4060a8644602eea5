import { isGeldigBsn } from '@leerrecht/shared/util-bsn';
import { isDatum } from '@leerrecht/shared/util-kalender';

export interface InschrijvingsberichtInvoer {
  berichtId: string;
  bsn: string;
  gemeente: string;
  brin: string;
  datum: string;
  geboortedatum?: string | null;
}

export interface Bezwaar {
  code: string;
  veld: string;
  melding: string;
}

/**
 * Checks an in- or uitschrijvingsbericht before anything is stored (Lpw art 18). `eigenBrin` is the
 * school system's own BRIN (token claim) or null for staff. Messages name the field, never the value.
 */
export function valideerInschrijvingsbericht(
  invoer: InschrijvingsberichtInvoer,
  melder: { gemeenten: readonly string[]; eigenBrin: string | null },
  gemeentenVanRegio: readonly string[],
): Bezwaar[] {
  const bezwaren: Bezwaar[] = [];
  if (!/^[A-Za-z0-9._:-]{1,100}$/.test(invoer.berichtId)) {
    bezwaren.push({ code: 'ONGELDIGE_INVOER', veld: 'berichtId', melding: 'Het bericht-id moet 1 tot 100 letters, cijfers of . _ : - bevatten.' });
  }
  if (!isGeldigBsn(invoer.bsn)) {
    bezwaren.push({ code: 'ONGELDIG_BSN', veld: 'bsn', melding: 'Het BSN is ongeldig: het moet uit 9 cijfers bestaan en voldoen aan de elfproef.' });
  }
  if (!gemeentenVanRegio.includes(invoer.gemeente)) {
    bezwaren.push({ code: 'ONBEKENDE_GEMEENTE', veld: 'gemeente', melding: 'De gemeente is geen gemeente van dit samenwerkingsverband.' });
  } else if (!melder.gemeenten.includes(invoer.gemeente)) {
    bezwaren.push({ code: 'GEMEENTE_NIET_TOEGESTAAN', veld: 'gemeente', melding: 'U mag niet melden voor deze gemeente.' });
  }
  if (!/^[0-9]{2}[A-Z0-9]{2}$/.test(invoer.brin)) {
    bezwaren.push({ code: 'ONGELDIG_BRIN', veld: 'brin', melding: 'De BRIN-code moet uit 2 cijfers en 2 letters of cijfers bestaan.' });
  } else if (melder.eigenBrin !== null && melder.eigenBrin !== invoer.brin) {
    bezwaren.push({ code: 'BRIN_NIET_TOEGESTAAN', veld: 'brin', melding: 'U mag alleen in- en uitschrijvingen van uw eigen school melden.' });
  }
  if (!isDatum(invoer.datum)) {
    bezwaren.push({ code: 'ONGELDIGE_DATUM', veld: 'datum', melding: 'De datum is geen geldige datum (JJJJ-MM-DD).' });
  }
  if (invoer.geboortedatum !== undefined && invoer.geboortedatum !== null && (!isDatum(invoer.geboortedatum) || (isDatum(invoer.datum) && invoer.geboortedatum > invoer.datum))) {
    bezwaren.push({ code: 'ONGELDIGE_DATUM', veld: 'geboortedatum', melding: 'De geboortedatum is geen geldige datum (JJJJ-MM-DD) of ligt na de in- of uitschrijfdatum.' });
  }
  return bezwaren;
}
