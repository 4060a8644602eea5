import { vereisDatum } from './invoer';
import { VerzuimregelFout } from './verzuimregels.types';

/** A recorded consent for substantive feedback to others involved (privacy-retentie.md §7). */
export interface Toestemming {
  gever: 'ouders' | 'jongere';
  gegevenOp: string;
  ingetrokkenOp: string | null;
  /** The youth's age on `gegevenOp`. */
  leeftijdJongereBijGeven: number;
}

/**
 * Substantive feedback to others involved needs the consent of the parents, or of the youth from
 * `vanafLeeftijd` (`regels.verzuim.toestemmingJongereVanafLeeftijd`; 000 art 6 lid 8: "de
 * leerling vanaf 16 jaar"; 003 art 2 lid 5; privacy-retentie.md §7). True when some consent was
 * given on or before the peildatum, was not withdrawn on or before it, and was given by the
 * parents or by the youth who had reached `vanafLeeftijd` when giving it. A withdrawal stops
 * future sharing, not what was lawfully shared before (privacy-retentie.md §7, inferred).
 */
export function heeftToestemming(invoer: { toestemmingen: readonly Toestemming[]; peildatum: string; vanafLeeftijd: number }): boolean {
  const peildatum = vereisDatum(invoer.peildatum, 'peildatum');
  const geldig = invoer.toestemmingen.map((toestemming) => {
    const gegevenOp = vereisDatum(toestemming.gegevenOp, 'toestemmingen.gegevenOp');
    const ingetrokkenOp = toestemming.ingetrokkenOp === null ? null : vereisDatum(toestemming.ingetrokkenOp, 'toestemmingen.ingetrokkenOp');
    if (ingetrokkenOp !== null && ingetrokkenOp < gegevenOp) {
      throw new VerzuimregelFout('ONGELDIGE_DATUM', 'toestemmingen.ingetrokkenOp', 'Het veld toestemmingen.ingetrokkenOp ligt vóór de datum waarop de toestemming is gegeven.');
    }
    const bevoegd = toestemming.gever === 'ouders' || (toestemming.gever === 'jongere' && toestemming.leeftijdJongereBijGeven >= invoer.vanafLeeftijd);
    return bevoegd && gegevenOp <= peildatum && (ingetrokkenOp === null || ingetrokkenOp > peildatum);
  });
  return geldig.includes(true);
}
