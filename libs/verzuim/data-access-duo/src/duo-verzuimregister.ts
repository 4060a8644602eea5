import type { DuoAfsluitreden, DuoToelichting, DuoVerzuimmelding } from './duo-verzuimmelding';

/**
 * One entry of the feed: a new melding, a status change by the school (ingetrokken), or an entry
 * that could not be read. An unreadable entry carries the names of the bad fields, never their
 * values, so it can be logged and looked into without personal data travelling further.
 */
export type DuoLevering =
  | { volgnummer: number; soort: 'melding'; meldingsnummer: string; melding: DuoVerzuimmelding }
  | { volgnummer: number; soort: 'statuswijziging'; meldingsnummer: string; status: 'ingetrokken'; tijdstip: string }
  | { volgnummer: number; soort: 'onleesbaar'; meldingsnummer: string | null; gemeente: string | null; velden: string[] };

export interface DuoLeveringen {
  leveringen: DuoLevering[];
  /** Send this as `vanaf` next time; equal to the `vanaf` sent when nothing new happened. */
  volgendeVanaf: number;
}

/** What the gemeente reports back on a melding (Lpw art 21a lid 6; Besluit verzuimmelding, bijlage). */
export interface DuoTerugkoppeling {
  /** uuid; DUO is idempotent on it (a resend changes nothing). */
  terugkoppelingId: string;
  meldingsnummer: string;
  /** koppelingen §1.4: 'overgedragen-aan-derden' may never be sent (DUO, since 2020). */
  status: 'in-behandeling' | 'afgesloten' | 'ter-kennisgeving-aangenomen';
  /** The actions the gemeente takes (Lpw art 21a lid 6). */
  acties: string[];
  /** Required when status is 'afgesloten'. */
  afsluitreden: DuoAfsluitreden | null;
  /** Required when status is 'afgesloten'. */
  toelichting: DuoToelichting | null;
  /** "Gemeentelijke contactpersoon" (Besluit verzuimmelding, bijlage). */
  contactpersoon: { naam: string; functie: string | null; telefoon: string | null; email: string | null };
}

/**
 * Where the verzuim service gets meldingen from and sends its feedback to. The ROD client
 * implements it; a production M2M client (PKIoverheid, DUO's koppelvlakspecificatie) would
 * implement the same interface.
 */
export interface DuoVerzuimregister {
  /** Entries from volgnummer `vanaf` (inclusive) for meldingen routed to `gemeenten`, at most `max`. */
  haalMeldingenOp(gemeenten: readonly string[], vanaf: number, max?: number): Promise<DuoLeveringen>;
  stuurTerugkoppeling(terugkoppeling: DuoTerugkoppeling): Promise<{ ontvangenOp: string; herhaald: boolean }>;
}
