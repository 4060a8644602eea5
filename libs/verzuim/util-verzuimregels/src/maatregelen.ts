import { vereisLeeftijd } from './invoer';
import { VerzuimregelFout, type Zaaksoort } from './verzuimregels.types';
import { EINDE_KWALIFICATIEPLICHT_LEEFTIJD, HALT_VANAF_LEEFTIJD, SVB_VANAF_LEEFTIJD } from './wet';

/** The enforcement measures a verzuim case may request from `handhaving` (verzuim.md §15; handhaving.md §2). */
export const MAATREGELEN = ['waarschuwing', 'halt', 'proces-verbaal', 'svb'] as const;
export type Maatregel = (typeof MAATREGELEN)[number];

export interface MogelijkeMaatregel {
  maatregel: Maatregel;
  bron: string;
}

const BRON: Readonly<Record<Maatregel, string>> = {
  // written warning instead of a PV, to the parents and/or the youth
  waarschuwing: '000 art 6 lid 9, 14; 001 §4.3; 003 art 6 lid 5',
  // Halt referral by a BOA, youth from 12 up to 18
  halt: '000 art 6 lid 11; 001 §4.3; 003 art 6 lid 7, toelichting art 6',
  // PV against the parents and/or the youth from 12 (Lpw art 22 lid 1 ff)
  'proces-verbaal': 'Lpw art 22; 000 art 6 lid 12–13; 003 art 6 lid 8',
  // SVB-melding (child benefit) for 16- and 17-year-olds without startkwalificatie
  svb: 'AKW art 7; 000 art 6 lid 10, art 19 lid 1; 003 art 6 lid 6, art 17 lid 1',
};

/**
 * The measures a case may request, given the youth's age and the kind of case (handhaving.md §2;
 * 000 art 6 lid 9–13, art 7, art 19; 003 art 6 lid 5–8, art 17):
 * - 18 or older, or an achttien-plus case: none. 000 art 7 names none for 18+ and the Lpw
 *   obligations end at 18 (Lpw art 4a; verzuim.md §13 rule 4, inferred).
 * - otherwise waarschuwing and proces-verbaal; halt from 12 up to 18; svb from 16 up to 18.
 * Whether a measure fits the facts (culpability, no exemption, first offence) is for the
 * investigation and `handhaving`; this only says what the law leaves possible.
 */
export function mogelijkeMaatregelen(invoer: { leeftijd: number; soort: Zaaksoort }): MogelijkeMaatregel[] {
  vereisLeeftijd(invoer.leeftijd);
  const { leeftijd, soort } = invoer;
  if (leeftijd >= EINDE_KWALIFICATIEPLICHT_LEEFTIJD || soort === 'achttien-plus') return [];
  return MAATREGELEN.filter((maatregel) => {
    if (maatregel === 'halt') return leeftijd >= HALT_VANAF_LEEFTIJD;
    if (maatregel === 'svb') return leeftijd >= SVB_VANAF_LEEFTIJD;
    return true;
  }).map((maatregel) => ({ maatregel, bron: BRON[maatregel] }));
}

/** Refuses a request for a measure the law does not allow here (VerzuimregelFout 'MAATREGEL_NIET_MOGELIJK'). */
export function vereisMaatregelMogelijk(invoer: { leeftijd: number; soort: Zaaksoort; maatregel: Maatregel }): void {
  if (!mogelijkeMaatregelen(invoer).some((mogelijk) => mogelijk.maatregel === invoer.maatregel)) {
    throw new VerzuimregelFout(
      'MAATREGEL_NIET_MOGELIJK',
      'maatregel',
      `Het veld maatregel: deze maatregel is niet mogelijk bij de leeftijd of de soort zaak. Halt kan van ${HALT_VANAF_LEEFTIJD} tot ${EINDE_KWALIFICATIEPLICHT_LEEFTIJD} jaar, ` +
        `een SVB-melding van ${SVB_VANAF_LEEFTIJD} tot ${EINDE_KWALIFICATIEPLICHT_LEEFTIJD} jaar; vanaf ${EINDE_KWALIFICATIEPLICHT_LEEFTIJD} jaar en bij 18+-verzuim is geen maatregel mogelijk (handhaving.md §2; 000 art 7).`,
    );
  }
}
