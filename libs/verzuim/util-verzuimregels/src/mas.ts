import { VerzuimregelFout } from './verzuimregels.types';

/**
 * The four MAS routes in order (002 §4): 1 (light) preceding support / (voluntary) youth care —
 * always first when there are underlying problems; 2 Halt; 3 compulsion in a civil-law setting
 * (RvdK); 4 compulsion in a criminal-law setting (PV / OM). The order is the MAS's own, not
 * per-gemeente configuration.
 */
export const MAS_ROUTES = ['jeugdhulp', 'halt', 'civiel', 'strafrechtelijk'] as const;
export type MasRoute = (typeof MAS_ROUTES)[number];

export interface UitlegOordeel {
  uitlegVereist: boolean;
  /** Dutch: why (no) explanation is needed. */
  reden: string;
}

const PAS_TOE_OF_LEG_UIT = '000 art 2 lid 6; 002 §7; 003 art 2 lid 7';

/** Shortest explanation accepted for a deviation: a few words, not a placeholder like "zie dossier". */
export const MINIMALE_UITLEG_TEKENS = 10;

/**
 * "Pas toe of leg uit" for the phases of methodisch handelen (`regels.verzuim.fasen`, in order;
 * 000 art 2 lid 6; 003 art 2 lid 7): the next phase, or the first phase when none is recorded,
 * needs no explanation; staying, going back or skipping a phase does (verzuim.md §4 rule 1,
 * inferred). A phase not in the list is refused ('ONBEKENDE_FASE').
 */
export function beoordeelFaseovergang(invoer: { huidige: string | null; nieuwe: string; fasen: readonly string[] }): UitlegOordeel {
  const { huidige, nieuwe, fasen } = invoer;
  const nieuw = fasen.indexOf(nieuwe);
  if (nieuw < 0) {
    throw new VerzuimregelFout('ONBEKENDE_FASE', 'nieuwe', 'Het veld nieuwe bevat een fase die niet in de fasen van deze gemeente staat.');
  }
  const oud = huidige === null ? -1 : fasen.indexOf(huidige);
  if (huidige !== null && oud < 0) {
    throw new VerzuimregelFout('ONBEKENDE_FASE', 'huidige', 'Het veld huidige bevat een fase die niet in de fasen van deze gemeente staat.');
  }
  if (nieuw === oud + 1) {
    return { uitlegVereist: false, reden: huidige === null ? 'De eerste fase van de MAS.' : 'De volgende fase van de MAS.' };
  }
  const wat = nieuw === oud ? 'De zaak blijft in dezelfde fase' : nieuw < oud ? 'De zaak gaat terug naar een eerdere fase' : 'Er wordt een fase overgeslagen';
  return { uitlegVereist: true, reden: `${wat}: leg de afwijking van de MAS uit in het dossier (${PAS_TOE_OF_LEG_UIT}).` };
}

function positie(route: string, veld: string): number {
  const index = (MAS_ROUTES as readonly string[]).indexOf(route);
  if (index < 0) {
    throw new VerzuimregelFout('ONBEKENDE_ROUTE', veld, `Het veld ${veld} bevat een route die de MAS niet kent.`);
  }
  return index;
}

/**
 * "Pas toe of leg uit" for the MAS routes (002 §4, §7): a route may follow the highest route taken
 * so far, or repeat or step back to an earlier one, without explanation. A route beyond that
 * (a route skipped — e.g. starting with Halt or later without youth care first) needs an
 * explanation: direct escalation is allowed when the problems require it, but explained (002 §7;
 * 000 art 2 lid 6; 003 art 2 lid 7).
 */
export function beoordeelRoutekeuze(invoer: { eerdereRoutes: readonly MasRoute[]; nieuwe: MasRoute }): UitlegOordeel {
  const nieuw = positie(invoer.nieuwe, 'nieuwe');
  const hoogste = invoer.eerdereRoutes.reduce((max, route) => Math.max(max, positie(route, 'eerdereRoutes')), -1);
  if (nieuw <= hoogste + 1) {
    return { uitlegVereist: false, reden: 'De route volgt de volgorde van de MAS (002 §4).' };
  }
  const overgeslagen = MAS_ROUTES.slice(hoogste + 1, nieuw).join(', ');
  return {
    uitlegVereist: true,
    reden: `Directe escalatie: de route(s) ${overgeslagen} worden overgeslagen. Dat mag als de problematiek erom vraagt, maar de reden staat in het dossier (002 §7; ${PAS_TOE_OF_LEG_UIT}).`,
  };
}

/**
 * Refuses a deviation without a written explanation ('REDEN_VEREIST'): when `uitlegVereist`, the
 * explanation must have at least {@link MINIMALE_UITLEG_TEKENS} characters that are not white space.
 */
export function vereisUitleg(uitlegVereist: boolean, uitleg: string | null | undefined, veld: string): void {
  if (!uitlegVereist) return;
  const tekens = (uitleg ?? '').replace(/\s/g, '').length;
  if (tekens < MINIMALE_UITLEG_TEKENS) {
    throw new VerzuimregelFout(
      'REDEN_VEREIST',
      veld,
      `Het veld ${veld} is verplicht: een afwijking van de MAS wordt in het dossier uitgelegd, in ten minste ${MINIMALE_UITLEG_TEKENS} tekens (pas toe of leg uit, ${PAS_TOE_OF_LEG_UIT}).`,
    );
  }
}
