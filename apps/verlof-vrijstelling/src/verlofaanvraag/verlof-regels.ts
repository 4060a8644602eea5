import { termijnEinde, type Datum, type Kalender, type Termijnduur, type Vakantieregio } from '@leerrecht/shared/util-kalender';
import type { Verlofroute, Verlofsoort } from './verlofaanvraag.entity';

/*
 * The rules of a leave request that need no database, as pure functions (domain
 * verlof-vrijstelling.md §1–§2). Each cites its source; the numbers come from the instructie.
 */

/**
 * Who decides (Lpw art 13a, 14; §1 rule 1–2): vakantieverlof is always the head's; gewichtige
 * omstandigheden up to and including `grens` schooldagen in the schooljaar — this request plus the
 * others of the same schooljaar (003 toelichting art 5) — the head's, above it the officer's.
 */
export function verlofroute(soort: Verlofsoort, schooljaarSchooldagen: number, grens: number): Verlofroute {
  if (soort === 'vakantieverlof') return 'schoolleider';
  return schooljaarSchooldagen <= grens ? 'schoolleider' : 'leerplichtambtenaar';
}

/**
 * 000 art 5 lid 1; 003 art 5 lid 1: the acknowledgement warns when the leave starts before the
 * decision can reasonably be made — read as: on or before the last day of the decision term.
 */
export function korteTermijn(eersteVerlofdag: Datum, beslisUiterlijk: Datum): boolean {
  return eersteVerlofdag <= beslisUiterlijk;
}

/**
 * Awb art 4:5 with 000 art 5 lid 2 / 003 art 5 lid 2: the term to complete a request lies between
 * the configured minimum and maximum (1–3 weeks). Compared by end date, so "10 werkdagen" is
 * judged by when it ends.
 */
export function hersteltermijnBinnenGrenzen(
  vandaag: Datum,
  termijn: Termijnduur,
  grenzen: { min: Termijnduur; max: Termijnduur },
  kalender: Kalender,
): { binnen: boolean; einde: Datum; vroegst: Datum; laatst: Datum } {
  const einde = termijnEinde(vandaag, termijn, kalender);
  const vroegst = termijnEinde(vandaag, grenzen.min, kalender);
  const laatst = termijnEinde(vandaag, grenzen.max, kalender);
  return { binnen: einde >= vroegst && einde <= laatst, einde, vroegst, laatst };
}

export type Verlofuitkomst = 'toegewezen' | 'gedeeltelijk-toegewezen' | 'afgewezen';

/** A decision that does not grant the whole request departs from it (Awb art 4:7): the parents' view first. */
export function wijktAf(uitkomst: Verlofuitkomst): boolean {
  return uitkomst !== 'toegewezen';
}

/** Reads the period granted: the whole request, a part inside it, or nothing. Returns an error text when the part is wrong. */
export function verleendePeriode(
  uitkomst: Verlofuitkomst,
  gevraagd: { van: Datum; totEnMet: Datum },
  deel: { van?: Datum | null; totEnMet?: Datum | null },
): { van: Datum; totEnMet: Datum } | null | string {
  if (uitkomst === 'afgewezen') return null;
  if (uitkomst === 'toegewezen') return gevraagd;
  const van = deel.van ?? null;
  const totEnMet = deel.totEnMet ?? null;
  if (van === null || totEnMet === null) return 'Bij gedeeltelijke toewijzing zijn de eerste en laatste verleende dag verplicht.';
  if (totEnMet < van) return 'De laatste verleende dag ligt vóór de eerste.';
  if (van < gevraagd.van || totEnMet > gevraagd.totEnMet) return 'De verleende periode valt buiten de gevraagde periode.';
  if (van === gevraagd.van && totEnMet === gevraagd.totEnMet) return 'De verleende periode is de hele gevraagde periode: kies toegewezen.';
  return { van, totEnMet };
}

/**
 * What a forwarded request still counts towards the 10 schooldagen of the schooljaar once the head
 * decided (003 toelichting art 5 counts granted and requested days): the schooldagen of the period
 * he granted in the youth's region, none when he refused.
 */
export function verleendeSchooldagen(verleend: { van: Datum; totEnMet: Datum } | null, regio: Vakantieregio, kalender: { aantalSchooldagen(van: Datum, totEnMet: Datum, regio: Vakantieregio): number }): number {
  return verleend === null ? 0 : kalender.aantalSchooldagen(verleend.van, verleend.totEnMet, regio);
}
