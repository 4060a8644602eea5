import { plusDagen, type Kalender, type Vakantieregio } from '@leerrecht/shared/util-kalender';
import { vereisDatum } from './invoer';
import { VerzuimregelFout } from './verzuimregels.types';

/** A period of leave the leerplichtambtenaar granted (Lpw art 14 lid 3), both ends included. */
export interface Verlofperiode {
  van: string;
  totEnMet: string;
}

/** What granted leave covers of a melding's period. */
export interface VerlofInMelding {
  /** Schooldagen of the melding's period inside at least one granted period (each day once). */
  schooldagen: number;
  /** The granted periods that overlap the melding's period, by date, in date order, each once. */
  perioden: Verlofperiode[];
}

/**
 * The schooldagen of a melding's period (`van`..`totEnMet`) that fall inside granted leave: absence
 * with leave granted under Lpw art 14 is not verzuim (Lpw art 11 onder g). Schooldagen of the
 * gemeente's region, as the melding's own days are counted; two granted periods that overlap count
 * a shared day once. A period that overlaps only on a weekend or in a vacation is listed (it was
 * taken into account) with no schooldag. A schooljaar without a loaded rooster is refused by the
 * kalender, as for the melding itself.
 */
export function verlofInMelding(invoer: { van: string; totEnMet: string; verlof: readonly Verlofperiode[]; kalender: Kalender; regio: Vakantieregio }): VerlofInMelding {
  const van = vereisDatum(invoer.van, 'van');
  const totEnMet = vereisDatum(invoer.totEnMet, 'totEnMet');
  if (totEnMet < van) throw new VerzuimregelFout('ONGELDIGE_INVOER', 'totEnMet', 'Het veld totEnMet ligt voor het veld van.');
  const verlof = invoer.verlof.map((periode) => {
    const begin = vereisDatum(periode.van, 'verlof.van');
    const eind = vereisDatum(periode.totEnMet, 'verlof.totEnMet');
    if (eind < begin) throw new VerzuimregelFout('ONGELDIGE_INVOER', 'verlof.totEnMet', 'Het veld verlof.totEnMet ligt voor het veld verlof.van.');
    return { van: begin, totEnMet: eind };
  });

  const overlappend = verlof.filter((periode) => periode.van <= totEnMet && periode.totEnMet >= van);
  const perioden = [...new Map(overlappend.map((p) => [`${p.van}/${p.totEnMet}`, p])).values()].sort((a, b) =>
    a.van === b.van ? a.totEnMet.localeCompare(b.totEnMet) : a.van.localeCompare(b.van),
  );

  let schooldagen = 0;
  for (let dag = van; dag <= totEnMet; dag = plusDagen(dag, 1)) {
    if (perioden.some((p) => p.van <= dag && dag <= p.totEnMet) && invoer.kalender.isSchooldag(dag, invoer.regio)) schooldagen += 1;
  }
  return { schooldagen, perioden };
}
