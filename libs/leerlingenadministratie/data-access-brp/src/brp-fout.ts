/**
 * What went wrong talking to the BRP, as a code the service can act on:
 * - BRP_ONBEREIKBAAR: network error, timeout, 404/429/5xx — retry later.
 * - BRP_GEWEIGERD: 401/403 — the API key or the autorisatie is wrong; retrying will not help.
 * - BRP_ONGELDIG_VERZOEK: our request was refused (400) or could not be made (bad BSN input).
 * - BRP_ONGELDIG_ANTWOORD: the answer does not have the Haal Centraal shape we rely on.
 * - BRP_ONVOLLEDIGE_DATUM: a date we need is partly or wholly unknown in the BRP
 *   (JaarDatum, JaarMaandDatum, DatumOnbekend); someone has to look at the person.
 */
export type BrpFoutCode = 'BRP_ONBEREIKBAAR' | 'BRP_GEWEIGERD' | 'BRP_ONGELDIG_VERZOEK' | 'BRP_ONGELDIG_ANTWOORD' | 'BRP_ONVOLLEDIGE_DATUM';

/**
 * Domain error of the BRP koppeling. The message names the field and the problem, never the
 * value: a BSN, name or address must not end up in a log line or an error report.
 */
export class BrpFout extends Error {
  constructor(
    readonly code: BrpFoutCode,
    message: string,
    readonly details: { veld?: string; status?: number } = {},
  ) {
    super(message);
    this.name = 'BrpFout';
  }
}
