import { KalenderError, plusDagen } from './datum';
import type { Datum, Kalender, Vakantieregio } from './kalender.types';

/** Units of a term exactly as the sources state them (domain README §2, "Time units"). */
export type TermijnEenheid = 'werkdagen' | 'schooldagen' | 'kalenderdagen' | 'weken' | 'maanden' | 'jaren';

/** A term: a number and its unit (structurally the instructie's TermijnWaarde). */
export interface Termijnduur {
  readonly aantal: number;
  readonly eenheid: TermijnEenheid;
}

/** Same day `maanden` months later; a day that month lacks becomes its last day (31 jan + 1 maand = 28/29 feb). */
function plusMaanden(datum: Datum, maanden: number): Datum {
  const start = new Date(`${datum}T00:00:00Z`);
  const doel = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + maanden, 1));
  const laatsteDag = new Date(Date.UTC(doel.getUTCFullYear(), doel.getUTCMonth() + 1, 0)).getUTCDate();
  doel.setUTCDate(Math.min(start.getUTCDate(), laatsteDag));
  return doel.toISOString().slice(0, 10);
}

/**
 * Last day of a term that starts the day after `start` (the start day is not counted). Werkdagen
 * and schooldagen come from the kalender; a term in kalenderdagen, weken, maanden or jaren that
 * ends on a Saturday, Sunday or algemeen erkende feestdag runs on to the next werkdag
 * (Atw art 1 lid 1; for termijnen van orde applied by analogy: inferred).
 */
export function termijnEinde(start: Datum, termijn: Termijnduur, kalender: Kalender, regio?: Vakantieregio, opties: { atw?: boolean } = {}): Datum {
  // A look-back window (e.g. "a first offence within 2 jaren") is plain calendar arithmetic: no
  // deadline ends on it, so the Atw extension does not apply, and it need not know future feestdagen.
  const atw = opties.atw ?? true;
  const verleng = (datum: Datum): Datum => (atw ? kalender.plusWerkdagen(datum, 0) : datum);
  switch (termijn.eenheid) {
    case 'werkdagen':
      return kalender.plusWerkdagen(start, termijn.aantal);
    case 'schooldagen':
      if (regio === undefined) {
        throw new KalenderError('ONGELDIGE_INVOER', 'een termijn in schooldagen vraagt de vakantieregio');
      }
      return kalender.plusSchooldagen(start, termijn.aantal, regio);
    case 'kalenderdagen':
      return verleng(plusDagen(start, termijn.aantal));
    case 'weken':
      return verleng(plusDagen(start, termijn.aantal * 7));
    case 'maanden':
      return verleng(plusMaanden(start, termijn.aantal));
    case 'jaren':
      return verleng(plusMaanden(start, termijn.aantal * 12));
  }
}
