import { leeftijdOp } from '@leerrecht/shared/util-leerplicht';
import { plusDagen, type Datum } from '@leerrecht/shared/util-kalender';

export interface Uitschrijving {
  uitgeschrevenOp: Datum;
  onderwijssoort: string;
  /** Null when the administration does not know the birth date yet. */
  geboortedatum: Datum | null;
  /** Another enrolment of the youth that is still open: then the uitschrijving is matched. */
  andereOpenInschrijving: boolean;
}

export interface OpvolgingsBesluit {
  nodig: boolean;
  reden: 'sluitend' | 'achttien-of-ouder' | 'jonger-dan-18' | 'leeftijd-onbekend';
  /** The last day the matching inschrijving may still arrive before the follow-up starts. */
  wachtTotEnMet: Datum | null;
  bron: string[];
}

/**
 * Does an uitschrijving need follow-up? For a youth under 18 without startkwalificatie every
 * uitschrijving must be matched by an inschrijving elsewhere (000 art 3 lid 8; 001 §2.1; 003 art 3
 * lid 7). A new school reports within 7 days (Lpw art 18 lid 1), so the follow-up waits that long;
 * a PO school may align its records within 4 weeks (Besluit bekostiging WPO 2022 art 10;
 * administratie.md §4.1.6 — inferred as the PO window). An unknown birth date is followed up: the
 * administration must find out rather than assume an adult.
 */
export function beoordeelUitschrijving(uitschrijving: Uitschrijving): OpvolgingsBesluit {
  if (uitschrijving.andereOpenInschrijving) {
    return { nodig: false, reden: 'sluitend', wachtTotEnMet: null, bron: ['000 art 3 lid 8'] };
  }
  const wachtdagen = uitschrijving.onderwijssoort === 'PO' ? 28 : 7;
  const wachtTotEnMet = plusDagen(uitschrijving.uitgeschrevenOp, wachtdagen);
  const wachtBron = uitschrijving.onderwijssoort === 'PO' ? 'Besluit bekostiging WPO 2022 art 10 (inferred)' : 'Lpw art 18 lid 1';
  if (uitschrijving.geboortedatum === null) {
    return { nodig: true, reden: 'leeftijd-onbekend', wachtTotEnMet, bron: ['000 art 3 lid 8', wachtBron] };
  }
  if (leeftijdOp(uitschrijving.geboortedatum, uitschrijving.uitgeschrevenOp) >= 18) {
    return { nodig: false, reden: 'achttien-of-ouder', wachtTotEnMet: null, bron: ['Lpw art 4a', '000 art 3 lid 8'] };
  }
  return { nodig: true, reden: 'jonger-dan-18', wachtTotEnMet, bron: ['000 art 3 lid 8', '001 §2.1', wachtBron] };
}

export type OpvolgingStap = 'wachten-op-inschrijving' | 'contact-school' | 'brief-ouders' | 'wachten-op-reactie-ouders';

/**
 * What the administration does next on an open follow-up (000 art 3 lid 8; 001 §2.1): wait for
 * the new school's report, then contact the school that deregistered; when the school cannot
 * clarify, write to the parents; then wait for their reply.
 */
export function volgendeStapOpvolging(
  opvolging: { wachtTotEnMet: Datum; schoolUitkomst?: 'opgehelderd' | 'niet-opgehelderd' | null; oudersAangeschrevenOp?: Datum | null },
  peildatum: Datum,
): OpvolgingStap {
  if (opvolging.oudersAangeschrevenOp) return 'wachten-op-reactie-ouders';
  if (opvolging.schoolUitkomst === 'niet-opgehelderd') return 'brief-ouders';
  return peildatum <= opvolging.wachtTotEnMet ? 'wachten-op-inschrijving' : 'contact-school';
}
