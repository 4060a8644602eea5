import { plusDagen, termijnEinde, type Datum, type Kalender, type Termijnduur } from '@leerrecht/shared/util-kalender';

/*
 * The terms of the Algemene wet bestuursrecht that every decision of this service runs on, as pure
 * functions: the decision term with its suspension (Awb art 4:13, 4:15), the penalty for a late
 * decision (art 4:17), the objection term (art 6:7–6:9, 6:11) and the decision term on objection
 * (art 7:10). A term starts the day after its starting day and a term that ends on a weekend or
 * holiday runs on to the next werkdag (Awb art 6:8; Algemene termijnenwet art 1), which is what
 * util-kalender's termijnEinde does.
 */

export interface Periode {
  van: Datum;
  /** Inclusive; absent = still running on the peildatum. */
  totEnMet?: Datum | null;
}

export type BeslistermijnStatus = 'loopt' | 'bijna-verstreken' | 'verstreken' | 'opgeschort' | 'tijdig-besloten' | 'te-laat-besloten';

export interface BeslistermijnInvoer {
  /** Receipt of the application: the term starts the day after (Awb art 4:13 lid 1, Atw). */
  ontvangenOp: Datum;
  termijn: Termijnduur;
  /**
   * Suspensions under Awb art 4:15 lid 1 onder a: from the day after the request to complete the
   * application up to and including the day it was completed or the hersteltermijn ran out.
   */
  opschortingen: readonly Periode[];
  /** Day the decision was made known (bekendgemaakt), if any. */
  besluitOp?: Datum | null;
  peildatum: Datum;
  /** Flag this long before the last day (inferred: "warns before it expires"). */
  waarschuwing: Termijnduur;
}

export interface BeslistermijnStand {
  /** Last day a timely decision can be made, after suspensions. */
  uiterlijk: Datum;
  /** From this day the term is flagged as nearly lapsed. */
  waarschuwenVanaf: Datum;
  status: BeslistermijnStatus;
  /** Calendar days of suspension counted so far. */
  opgeschorteDagen: number;
}

function dagenTussen(van: Datum, totEnMet: Datum): number {
  const ms = Date.parse(`${totEnMet}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}

/** `aantal` werkdagen before `datum` (the day itself not counted). */
export function werkdagenVoor(datum: Datum, aantal: number, kalender: Kalender): Datum {
  let dag = datum;
  let over = aantal;
  while (over > 0) {
    dag = plusDagen(dag, -1);
    if (kalender.isWerkdag(dag)) over--;
  }
  return dag;
}

function waarschuwingsdag(uiterlijk: Datum, waarschuwing: Termijnduur, kalender: Kalender): Datum {
  switch (waarschuwing.eenheid) {
    case 'werkdagen':
    case 'schooldagen':
      return werkdagenVoor(uiterlijk, waarschuwing.aantal, kalender);
    case 'kalenderdagen':
      return plusDagen(uiterlijk, -waarschuwing.aantal);
    case 'weken':
      return plusDagen(uiterlijk, -7 * waarschuwing.aantal);
    case 'maanden':
    case 'jaren':
      throw new Error('een waarschuwing in maanden of jaren is niet zinvol voor een beslistermijn');
  }
}

/**
 * Where the decision term of an application stands on the peildatum. A running suspension counts
 * up to the peildatum, so the last day moves on while the applicant has not completed the request.
 */
export function beslistermijnStand(invoer: BeslistermijnInvoer, kalender: Kalender): BeslistermijnStand {
  const basis = termijnEinde(invoer.ontvangenOp, invoer.termijn, kalender);
  let opgeschort = 0;
  let loptOpschorting = false;
  for (const periode of invoer.opschortingen) {
    const eind = periode.totEnMet ?? invoer.peildatum;
    // A suspension without an end runs from the request on: the applicant holds the pen, even on the day itself.
    if (periode.totEnMet === undefined || periode.totEnMet === null) loptOpschorting = true;
    if (eind >= periode.van) opgeschort += dagenTussen(periode.van, eind);
  }
  // Atw: a last day on a weekend or feestdag moves to the next werkdag, after the suspension too.
  const uiterlijk = opgeschort === 0 ? basis : kalender.plusWerkdagen(plusDagen(basis, opgeschort), 0);
  const waarschuwenVanaf = waarschuwingsdag(uiterlijk, invoer.waarschuwing, kalender);
  let status: BeslistermijnStatus;
  if (invoer.besluitOp) {
    status = invoer.besluitOp <= uiterlijk ? 'tijdig-besloten' : 'te-laat-besloten';
  } else if (loptOpschorting) {
    status = 'opgeschort';
  } else if (invoer.peildatum > uiterlijk) {
    status = 'verstreken';
  } else if (invoer.peildatum >= waarschuwenVanaf) {
    status = 'bijna-verstreken';
  } else {
    status = 'loopt';
  }
  return { uiterlijk, waarschuwenVanaf, status, opgeschorteDagen: opgeschort };
}

/** Awb art 4:17 lid 2: € 23 a day for the first 14 days, € 35 for the next 14, € 45 for the rest; lid 1: at most 42 days. */
export const DWANGSOM_BRON = 'Awb art 4:17';
const DWANGSOM_TREDEN = [
  { dagen: 14, bedrag: 23 },
  { dagen: 14, bedrag: 35 },
  { dagen: 14, bedrag: 45 },
] as const;
export const DWANGSOM_MAXIMUM_DAGEN = 42;

export interface DwangsomStand {
  /** First day the penalty accrues: two weeks after the notice of default was received (art 4:17 lid 3). */
  loopVanaf: Datum;
  dagen: number;
  /** In whole euros. */
  bedrag: number;
}

/**
 * The penalty for not deciding in time. It accrues from the day after two weeks have passed since
 * the ingebrekestelling was received (it can only be served after the term lapsed, art 4:17 lid 3),
 * up to the day before the decision is made known or the peildatum, at most 42 days.
 */
export function dwangsom(ingebrekestellingOntvangenOp: Datum, eindeOp: Datum): DwangsomStand {
  const loopVanaf = plusDagen(ingebrekestellingOntvangenOp, 15);
  const dagen = eindeOp < loopVanaf ? 0 : Math.min(DWANGSOM_MAXIMUM_DAGEN, dagenTussen(loopVanaf, eindeOp));
  let over = dagen;
  let bedrag = 0;
  for (const trede of DWANGSOM_TREDEN) {
    const hier = Math.min(over, trede.dagen);
    bedrag += hier * trede.bedrag;
    over -= hier;
  }
  return { loopVanaf, dagen, bedrag };
}

/** Last day to object: the term starts the day after the decision was made known (Awb art 6:7, 6:8 lid 1). */
export function bezwaarUiterlijk(bekendgemaaktOp: Datum, termijn: Termijnduur, kalender: Kalender): Datum {
  return termijnEinde(bekendgemaaktOp, termijn, kalender);
}

export type BezwaarTijdigheid = 'tijdig' | 'tijdig-per-post' | 'te-laat' | 'te-laat-verschoonbaar';

/**
 * Awb art 6:9: in time when received before the term ends, or, by post, sent before the end and
 * received within a week after it. Art 6:11: a late objection is still admissible when the lateness
 * is excusable (verschoonbaar), which the officer must state with a reason.
 */
export function bezwaarTijdigheid(
  invoer: { uiterlijk: Datum; ontvangenOp: Datum; perPostVerzondenOp?: Datum | null; verschoonbaar?: boolean },
): BezwaarTijdigheid {
  if (invoer.ontvangenOp <= invoer.uiterlijk) return 'tijdig';
  if (invoer.perPostVerzondenOp && invoer.perPostVerzondenOp <= invoer.uiterlijk && invoer.ontvangenOp <= plusDagen(invoer.uiterlijk, 7)) {
    return 'tijdig-per-post';
  }
  return invoer.verschoonbaar ? 'te-laat-verschoonbaar' : 'te-laat';
}

/**
 * Awb art 7:10 lid 1: the decision on objection within 6 weeks, or 12 weeks with an advisory
 * committee (art 7:13), counted from the day after the objection term ended.
 */
export function beslistermijnBezwaar(bezwaartermijnEinde: Datum, termijn: Termijnduur, kalender: Kalender): Datum {
  return termijnEinde(bezwaartermijnEinde, termijn, kalender);
}
