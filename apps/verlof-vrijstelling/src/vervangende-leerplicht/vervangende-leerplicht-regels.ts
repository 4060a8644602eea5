import type { GemeenteInstructie } from '@leerrecht/shared/util-instructie';
import { leeftijdOp, termijnEinde, type Datum, type Kalender, type Termijnduur } from '@leerrecht/shared/util-kalender';
import { beslistermijnStand, type BeslistermijnStand } from '../awb/awb-termijnen';

/*
 * The rules with legal weight of vervangende leerplicht (Lpw art 3a–3c; 000 art 10; 001 §3.3;
 * 003 art 9) as pure functions. Every number comes from the gemeente's instructie
 * (`regels.vervangendeLeerplicht`), never from a literal here.
 */

export type VervangendeLeerplichtRegels = GemeenteInstructie['regels']['vervangendeLeerplicht'];

/** Lpw art 3a: adapted programme with praktijktijd; art 3b: arbeid van lichte aard. */
export type VervangendeLeerplichtArtikel = '3a' | '3b';

/** Who draws up the plan: the school where the youth is enrolled (3a) or the institution where the youth wishes to enrol (3b). */
export type PlanAuteurSoort = 'school' | 'instelling';

/** Where a step with a term stands on the peildatum. */
export type StapStatus = 'geen-termijn' | 'gedaan' | 'loopt' | 'verstreken' | 'tijdig' | 'te-laat';

export interface StapStand {
  /** Last day of the term; null where the profile sets no term. */
  uiterlijk: Datum | null;
  gedaanOp: Datum | null;
  status: StapStatus;
  /** Done after the last day, or not done and the last day has passed. */
  teLaat: boolean;
}

/** 003 art 9 lid 2 a–b; 003 toelichting art 9. */
export function planAuteurSoort(artikel: VervangendeLeerplichtArtikel): PlanAuteurSoort {
  return artikel === '3a' ? 'school' : 'instelling';
}

function optioneelEinde(start: Datum, termijn: Termijnduur | null, kalender: Kalender): Datum | null {
  return termijn === null ? null : termijnEinde(start, termijn, kalender);
}

/**
 * 000 art 10 lid 2 ("indien mogelijk binnen 10 werkdagen"); 003 art 9 lid 3 (firm): the conversations
 * on the programme (3a) or the light work (3b), counted from the day after the officer's finding
 * (inferred). Null where the profile sets no term (001, 004).
 */
export function gesprekkenUiterlijk(bevindingOp: Datum, regels: VervangendeLeerplichtRegels, kalender: Kalender): Datum | null {
  return optioneelEinde(bevindingOp, regels.gesprekkenTermijn.waarde, kalender);
}

/**
 * 000 art 10 lid 3; 003 art 9 lid 4 b: those who design the programme, praktijktijd or light work
 * are informed (003: in writing) within 5 werkdagen, counted from the day after the agreements were
 * recorded (inferred).
 */
export function informerenUiterlijk(afsprakenVastgelegdOp: Datum, regels: VervangendeLeerplichtRegels, kalender: Kalender): Datum | null {
  return optioneelEinde(afsprakenVastgelegdOp, regels.informerenTermijn.waarde, kalender);
}

/** Lpw art 3a–3c: the decision within 4 weeks of the request; a last day on a weekend or feestdag moves on (Atw art 1). */
export function beslistermijnVervangendeLeerplicht(
  invoer: { verzoekOntvangenOp: Datum; besluitOp: Datum | null; peildatum: Datum; waarschuwing: Termijnduur },
  regels: VervangendeLeerplichtRegels,
  kalender: Kalender,
): BeslistermijnStand {
  return beslistermijnStand(
    {
      ontvangenOp: invoer.verzoekOntvangenOp,
      termijn: regels.beslistermijn,
      // No suspension: an unsigned request is not decided at all (ontbrekende handtekening).
      opschortingen: [],
      besluitOp: invoer.besluitOp,
      peildatum: invoer.peildatum,
      waarschuwing: invoer.waarschuwing,
    },
    kalender,
  );
}

/** Lpw art 3a–3c: the copies of the decision within 2 weeks of the decision. */
export function afschriftUiterlijk(besluitOp: Datum, regels: VervangendeLeerplichtRegels, kalender: Kalender): Datum {
  return termijnEinde(besluitOp, regels.afschriftTermijn, kalender);
}

/**
 * Whether the district head of the Arbeidsinspectie hears of this approval: every approval under
 * 000 art 10 lid 4, only art 3b under 001 §3.6 and 003 art 9 lid 6 (Lpw art 3b; Lpr art 5).
 */
export function arbeidsinspectieInformeren(artikel: VervangendeLeerplichtArtikel, regels: VervangendeLeerplichtRegels): boolean {
  switch (regels.arbeidsinspectie.waarde) {
    case 'alle':
      return true;
    case 'alleen-3b':
      return artikel === '3b';
    case 'geen':
      return false;
  }
}

/** Lpw art 3a lid 1; 001 §3.3; 003 toelichting art 9: at least 14 on the first day of the vervangende leerplicht. */
export function minimumLeeftijdBereikt(geboortedatum: Datum, van: Datum, regels: VervangendeLeerplichtRegels): { bereikt: boolean; leeftijd: number; minimum: number } {
  const leeftijd = leeftijdOp(geboortedatum, van);
  const minimum = regels.minimumLeeftijd.waarde;
  return { bereikt: leeftijd >= minimum, leeftijd, minimum };
}

/** Where a step with an (optional) last day stands: done in time, done late, running or lapsed. */
export function stapStand(uiterlijk: Datum | null, gedaanOp: Datum | null, peildatum: Datum): StapStand {
  if (uiterlijk === null) {
    return { uiterlijk, gedaanOp, status: gedaanOp === null ? 'geen-termijn' : 'gedaan', teLaat: false };
  }
  if (gedaanOp !== null) {
    const teLaat = gedaanOp > uiterlijk;
    return { uiterlijk, gedaanOp, status: teLaat ? 'te-laat' : 'tijdig', teLaat };
  }
  const verstreken = peildatum > uiterlijk;
  return { uiterlijk, gedaanOp, status: verstreken ? 'verstreken' : 'loopt', teLaat: verstreken };
}
