import type { GemeenteInstructie } from '@leerrecht/shared/util-instructie';
import { termijnEinde, type Datum, type Kalender } from '@leerrecht/shared/util-kalender';
import type { SchoolOordeel } from './school-erkenningsvraag.entity';

export type SchoolErkenningRegels = GemeenteInstructie['regels']['schoolErkenning'];

/** 000 art 13 lid 1: the Inspectie advises within the term stated in the request. */
export function adviesUiterlijk(verzochtOp: Datum, regels: SchoolErkenningRegels, kalender: Kalender): Datum {
  return termijnEinde(verzochtOp, regels.inspectieAdviestermijn, kalender);
}

/**
 * 000 art 13 lid 3; 003 art 12 lid 4: when the provision is not (no longer) a school, the parents
 * of its pupils are informed in writing within 7 days (calendar days, inferred) of the advice.
 */
export function oudersInformerenUiterlijk(adviesDatum: Datum, regels: SchoolErkenningRegels, kalender: Kalender): Datum {
  return termijnEinde(adviesDatum, regels.oudersInformerenTermijn, kalender);
}

/** 000 art 13 lid 2; 003 art 12 lid 3: the officer follows the Inspectie's advice, so no other conclusion can be recorded. */
export function conclusieVolgtAdvies(advies: SchoolOordeel | null, conclusie: SchoolOordeel): boolean {
  return advies !== null && advies === conclusie;
}

/** 003 art 12 lid 2: an existing enrolment is ended only after the provision is recognised as a school. */
export function uitschrijvingToegestaan(conclusie: SchoolOordeel | null): boolean {
  return conclusie === 'school';
}

/** Done late, or not done and the term has passed; no term (yet) is never late. */
export function termijnTeLaat(uiterlijk: Datum | null, geinformeerdOp: Datum | null, peildatum: Datum): boolean {
  if (uiterlijk === null) return false;
  return geinformeerdOp === null ? peildatum > uiterlijk : geinformeerdOp > uiterlijk;
}
