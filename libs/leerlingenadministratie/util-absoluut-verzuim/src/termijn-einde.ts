import type { TermijnWaarde } from '@leerrecht/shared/util-instructie';
import type { Datum, Kalender, Vakantieregio } from '@leerrecht/shared/util-kalender';
import { AbsoluutVerzuimFout } from './absoluut-verzuim.types';

function alsUtc(datum: Datum): Date {
  return new Date(`${datum}T00:00:00Z`);
}

function alsDatum(moment: Date): Datum {
  return moment.toISOString().slice(0, 10);
}

function plusKalenderdagen(datum: Datum, dagen: number): Datum {
  const moment = alsUtc(datum);
  moment.setUTCDate(moment.getUTCDate() + dagen);
  return alsDatum(moment);
}

/** Same day `maanden` months later; a day that month lacks becomes its last day (31 jan + 1 maand = 28/29 feb). */
function plusMaanden(datum: Datum, maanden: number): Datum {
  const start = alsUtc(datum);
  const doel = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + maanden, 1));
  const laatsteDag = new Date(Date.UTC(doel.getUTCFullYear(), doel.getUTCMonth() + 1, 0)).getUTCDate();
  doel.setUTCDate(Math.min(start.getUTCDate(), laatsteDag));
  return alsDatum(doel);
}

/**
 * Last day of a term that starts the day after `start` (the start day is not counted). Werkdagen
 * and schooldagen come from the kalender; a term in kalenderdagen, weken, maanden or jaren that
 * ends on a Saturday, Sunday or algemeen erkende feestdag runs on to the next werkdag
 * (Atw art 1 lid 1, applied to these termijnen van orde by analogy: inferred).
 */
export function termijnEinde(start: Datum, termijn: TermijnWaarde, kalender: Kalender, regio?: Vakantieregio): Datum {
  switch (termijn.eenheid) {
    case 'werkdagen':
      return kalender.plusWerkdagen(start, termijn.aantal);
    case 'schooldagen':
      if (regio === undefined) {
        throw new AbsoluutVerzuimFout('REGIO_ONTBREEKT', 'een termijn in schooldagen vraagt de vakantieregio van de procedure');
      }
      return kalender.plusSchooldagen(start, termijn.aantal, regio);
    case 'kalenderdagen':
      return kalender.plusWerkdagen(plusKalenderdagen(start, termijn.aantal), 0);
    case 'weken':
      return kalender.plusWerkdagen(plusKalenderdagen(start, termijn.aantal * 7), 0);
    case 'maanden':
      return kalender.plusWerkdagen(plusMaanden(start, termijn.aantal), 0);
    case 'jaren':
      return kalender.plusWerkdagen(plusMaanden(start, termijn.aantal * 12), 0);
  }
}
