/**
 * What went wrong talking to DUO's register, as a code the verzuim service can act on:
 * - DUO_NIET_BESCHIKBAAR: network error, timeout, 408/429/5xx (a storing) — retry later.
 * - DUO_GEWEIGERD: DUO refused the request (4xx); `redenCode` is DUO's reason, e.g.
 *   ONGELDIGE_OVERGANG, MELDING_ONBEKEND, AFSLUITREDEN_ONTBREEKT, STATUS_NIET_TOEGESTAAN,
 *   NIET_GEAUTHENTICEERD. Retrying the same request will not help.
 * - DUO_ONGELDIG_ANTWOORD: the answer itself is not the documented shape (one unreadable
 *   melding is not this: it is delivered as a levering of soort 'onleesbaar').
 */
export type DuoFoutCode = 'DUO_NIET_BESCHIKBAAR' | 'DUO_ONGELDIG_ANTWOORD' | 'DUO_GEWEIGERD';

/**
 * Domain error of the DUO koppeling. The message names the field, the HTTP status and DUO's
 * reason code, never a value: a BSN, name or free text from a melding must not end up in a log
 * line or an error report.
 */
export class DuoFout extends Error {
  constructor(
    readonly code: DuoFoutCode,
    message: string,
    readonly redenCode?: string,
  ) {
    super(message);
    this.name = 'DuoFout';
  }
}
