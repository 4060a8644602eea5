import { leeftijdOp } from '@leerrecht/shared/util-leerplicht';
import type { Datum } from '@leerrecht/shared/util-kalender';

/** CBS code the BRP uses for the RNI (niet-ingezetenen). */
export const RNI_GEMEENTE = '1999';

export type PopulatieReden = 'in-populatie' | 'andere-gemeente' | 'rni' | 'overleden' | 'te-jong' | 'te-oud';

export interface PopulatieGegevens {
  geboortedatum: Datum;
  gemeenteVanInschrijving: string;
  overlijdensdatum?: Datum | null;
}

/**
 * Does a person belong to the gemeente's leerplicht population on the peildatum? Residents of the
 * gemeente's BRP (not the RNI, 003 art 3 lid 2 "als ingezetene"), alive, aged `van` through
 * `totEnMet` — from the `van`-th birthday up to the day before the (`totEnMet`+1)-th (000 art 3
 * lid 2: "4 t/m 22"; 003 art 3 lid 2: "5 t/m 17"), the range taken from the instructie.
 */
export function populatieOordeel(persoon: PopulatieGegevens, gemeente: string, leeftijd: { van: number; totEnMet: number }, peildatum: Datum): PopulatieReden {
  if (persoon.gemeenteVanInschrijving === RNI_GEMEENTE) return 'rni';
  if (persoon.gemeenteVanInschrijving !== gemeente) return 'andere-gemeente';
  if (persoon.overlijdensdatum !== undefined && persoon.overlijdensdatum !== null && persoon.overlijdensdatum <= peildatum) return 'overleden';
  if (peildatum < persoon.geboortedatum) return 'te-jong';
  const jaren = leeftijdOp(persoon.geboortedatum, peildatum);
  if (jaren < leeftijd.van) return 'te-jong';
  if (jaren > leeftijd.totEnMet) return 'te-oud';
  return 'in-populatie';
}
