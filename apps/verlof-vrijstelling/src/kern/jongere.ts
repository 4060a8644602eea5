import { leerplichtStatus } from '@leerrecht/shared/util-leerplicht';
import { DomainError, vereisDatum } from '@leerrecht/shared/feature-subgraph';
import { KalenderError, leeftijdOp, type NederlandseKalender, type Vakantieregio } from '@leerrecht/shared/util-kalender';

/**
 * Whether the youth is leerplichtig or kwalificatieplichtig on a day (Lpw art 3, 4a), from the birth
 * date on the request and the gemeente's school calendar: leave and exemptions exist only for a
 * youth with a plicht. Refused with a clear error otherwise; the refusal names no person.
 */
export function vereisPlichtig(geboortedatum: string, peildatum: string, regio: Vakantieregio, kalender: NederlandseKalender, veld = 'geboortedatum'): { soort: string; leeftijd: number } {
  vereisDatum(geboortedatum, veld);
  if (geboortedatum > peildatum) throw new DomainError('ONGELDIGE_DATUM', 'De geboortedatum ligt na de datum waarop het verzoek ingaat.', veld);
  try {
    const status = leerplichtStatus({ geboortedatum, vakantieregio: regio }, peildatum, kalender);
    if (status.soort !== 'leerplichtig' && status.soort !== 'kwalificatieplichtig') {
      throw new DomainError('NIET_LEERPLICHTIG', `De jongere is op ${peildatum} niet leerplichtig of kwalificatieplichtig (Lpw art 3, 4a): ${status.reden}`, veld);
    }
    return { soort: status.soort, leeftijd: status.leeftijd };
  } catch (fout) {
    if (fout instanceof KalenderError) {
      throw new DomainError('KALENDER_ONBEKEND', 'Voor deze datum is het schoolrooster nog niet bekend; de leerplicht kan niet worden vastgesteld.', veld);
    }
    throw fout;
  }
}

export function leeftijdVan(geboortedatum: string, peildatum: string): number {
  return leeftijdOp(geboortedatum, peildatum);
}
