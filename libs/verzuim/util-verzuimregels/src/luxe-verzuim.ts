import type { TermijnWaarde } from '@leerrecht/shared/util-instructie';
import { datumInWoorden, termijnEinde, type Kalender } from '@leerrecht/shared/util-kalender';
import { vereisDatum } from './invoer';
import type { VerlofInMelding, Verlofperiode } from './verleend-verlof';
import { VerzuimregelFout, type Regels } from './verzuimregels.types';

/**
 * `geen-verzuim`: every reported schooldag lies inside granted leave (Lpw art 11 onder g), so
 * there is nothing to sanction. Not a measure: it is never sent to handhaving as a proposal.
 */
export type LuxeVerzuimVoorstel = 'waarschuwing' | 'proces-verbaal' | 'onderzoek' | 'geen-verzuim';

export interface LuxeVerzuimAdvies {
  voorstel: LuxeVerzuimVoorstel;
  /** The `bron` of the instructie regel(s) that decided. */
  bron: string;
  /** Dutch explanation for the officer. */
  toelichting: string;
  /** The schooldagen judged: the reported ones minus those inside granted leave (never below 0). */
  schooldagen: number;
}

/** Lpw art 11 onder g with art 14: absence with leave granted is a ground of exemption, not verzuim. */
export const VERLEEND_VERLOF_BRON = 'Lpw art 11 onder g; Lpw art 14';

function dagen(aantal: number): string {
  return aantal === 1 ? '1 schooldag' : `${aantal} schooldagen`;
}

function periodenInWoorden(perioden: readonly Verlofperiode[]): string {
  return perioden.map((p) => (p.van === p.totEnMet ? datumInWoorden(p.van) : `${datumInWoorden(p.van)} tot en met ${datumInWoorden(p.totEnMet)}`)).join('; ');
}

/**
 * What the officer is advised to do about luxe verzuim (verzuim.md §7; handhaving.md §3, §6.3),
 * from `regels.handhaving`. `schooldagen` are school days of absence (inferred, handhaving.md §6.3).
 *
 * 0. Granted leave first (verzuim.md §7 rule 5): the schooldagen of the melding inside leave the
 *    leerplichtambtenaar granted (`verleendVerlof`, from `verlofInMelding`) are not verzuim
 *    (Lpw art 11 onder g) and are subtracted. When none remain → `geen-verzuim`; otherwise the rules
 *    below judge the remaining days, and the toelichting names the periods taken into account.
 * 1. `luxeVerzuimEersteKeerMaxDagenWaarschuwing` set: a first offence of at most that many school
 *    days → `waarschuwing`, no PV (002 §7).
 * 2. `luxeVerzuimPvVerplichtBovenDagen` set: more days than that, or recidive → `proces-verbaal`
 *    (003 art 6 lid 11 a).
 * 3. Otherwise `onderzoek`: after investigation no action, a warning or a PV (002 §7; Lpw art 22).
 *
 * Rule 1 is applied before rule 2 (no profile sets both).
 */
export function stelLuxeVerzuimVoor(invoer: { schooldagen: number; eersteOvertreding: boolean; regels: Regels; verleendVerlof?: VerlofInMelding }): LuxeVerzuimAdvies {
  const { eersteOvertreding, regels } = invoer;
  if (!Number.isFinite(invoer.schooldagen) || invoer.schooldagen < 0) {
    throw new VerzuimregelFout('ONGELDIGE_INVOER', 'schooldagen', 'Het veld schooldagen moet een aantal van 0 of meer zijn.');
  }
  const binnenVerlof = invoer.verleendVerlof?.schooldagen ?? 0;
  if (!Number.isInteger(binnenVerlof) || binnenVerlof < 0) {
    throw new VerzuimregelFout('ONGELDIGE_INVOER', 'verleendVerlof.schooldagen', 'Het veld verleendVerlof.schooldagen moet een heel aantal van 0 of meer zijn.');
  }
  const perioden = invoer.verleendVerlof?.perioden ?? [];
  if (perioden.length === 0) return ladder(invoer.schooldagen, eersteOvertreding, regels);

  const schooldagen = Math.max(0, invoer.schooldagen - binnenVerlof);
  const verlofZin = `Verleend verlof meegenomen: ${periodenInWoorden(perioden)}.`;
  // Lpw art 11 onder g: absence inside granted leave is no verzuim; with no day left there is nothing to sanction.
  if (binnenVerlof > 0 && schooldagen === 0) {
    return {
      voorstel: 'geen-verzuim',
      bron: VERLEEND_VERLOF_BRON,
      toelichting: `${verlofZin} Alle gemelde schooldagen vallen binnen verleend verlof: geen verzuim (Lpw art 11 onder g), dus geen waarschuwing of proces-verbaal.`,
      schooldagen,
    };
  }
  const advies = ladder(schooldagen, eersteOvertreding, regels);
  if (binnenVerlof === 0) return { ...advies, toelichting: `${verlofZin} Geen van de gemelde schooldagen valt binnen dat verlof. ${advies.toelichting}` };
  return {
    ...advies,
    bron: `${advies.bron}; Lpw art 11 onder g`,
    toelichting: `${verlofZin} ${dagen(binnenVerlof)} binnen verleend verlof ${binnenVerlof === 1 ? 'telt' : 'tellen'} niet als verzuim (Lpw art 11 onder g); beoordeeld: ${dagen(schooldagen)}. ${advies.toelichting}`,
  };
}

/** Rules 1–3: the instructie's ladder on the schooldagen that count. */
function ladder(schooldagen: number, eersteOvertreding: boolean, regels: Regels): LuxeVerzuimAdvies {
  const waarschuwing = regels.handhaving.luxeVerzuimEersteKeerMaxDagenWaarschuwing;
  const pv = regels.handhaving.luxeVerzuimPvVerplichtBovenDagen;

  // 002 §7: at most 1 whole school day, the first time: a warning, not a PV.
  if (waarschuwing.waarde !== null && eersteOvertreding && schooldagen <= waarschuwing.waarde) {
    return {
      voorstel: 'waarschuwing',
      bron: waarschuwing.bron,
      toelichting: `Eerste overtreding van ten hoogste ${dagen(waarschuwing.waarde)} luxe verzuim: een schriftelijke waarschuwing, geen proces-verbaal.`,
      schooldagen,
    };
  }
  // 003 art 6 lid 11 a: the BOA draws up a PV when the absence is more than 2 days or on recidive.
  if (pv.waarde !== null && (schooldagen > pv.waarde || !eersteOvertreding)) {
    return {
      voorstel: 'proces-verbaal',
      bron: pv.bron,
      toelichting: eersteOvertreding
        ? `Luxe verzuim van meer dan ${dagen(pv.waarde)}: de boa maakt proces-verbaal op.`
        : 'Luxe verzuim bij recidive: de boa maakt proces-verbaal op.',
      schooldagen,
    };
  }
  return {
    voorstel: 'onderzoek',
    bron: [...new Set([waarschuwing.bron, pv.bron])].join('; '),
    toelichting: 'Na onderzoek beslist de leerplichtambtenaar: geen actie, een schriftelijke waarschuwing of een proces-verbaal.',
    schooldagen,
  };
}

/** An earlier measure for school absence of this person, as `handhaving` reported it. */
export interface EerdereMaatregel {
  soort: 'waarschuwing' | 'halt' | 'proces-verbaal' | 'svb' | string;
  datum: string;
}

/** Only these make a later offence recidive (handhaving.md §3 rule 2). */
const TELT_VOOR_RECIDIVE: ReadonlySet<string> = new Set(['waarschuwing', 'halt', 'proces-verbaal']);

/**
 * A first offence: no earlier written warning, Halt referral or PV for school absence within the
 * look-back term (handhaving.md §3 rule 2, inferred; the term is
 * `regels.verzuim.eersteOvertredingTerugkijktermijn`). An SVB-melding or any other measure does
 * not count. A measure counts while `termijnEinde(datum, terugkijktermijn)` (Atw-extended past a
 * weekend or feestdag) is on or after the peildatum; a measure dated after the peildatum is not
 * earlier and does not count. A term in schooldagen is refused by the kalender (it needs a region).
 */
export function isEersteOvertreding(invoer: {
  eerdere: readonly EerdereMaatregel[];
  peildatum: string;
  terugkijktermijn: TermijnWaarde;
  kalender: Kalender;
}): boolean {
  const peildatum = vereisDatum(invoer.peildatum, 'peildatum');
  const eerdere = invoer.eerdere.map((maatregel) => ({ soort: maatregel.soort, datum: vereisDatum(maatregel.datum, 'eerdere.datum') }));
  return !eerdere.some(
    ({ soort, datum }) => TELT_VOOR_RECIDIVE.has(soort) && datum <= peildatum && termijnEinde(datum, invoer.terugkijktermijn, invoer.kalender, undefined, { atw: false }) >= peildatum,
  );
}
