/**
 * What went wrong talking to DUO's register vrijstellingen, as a code the service acts on:
 * - DUO_REGISTER_NIET_BESCHIKBAAR: network error, timeout, 408/429/5xx (a storing) — retry later.
 * - DUO_REGISTER_ONGELDIG_ANTWOORD: DUO answered, but not in the documented shape. Retried too:
 *   DUO is idempotent on the registratieId, so a resend cannot register twice.
 * - DUO_REGISTER_GEWEIGERD: DUO refused the request (4xx); `redenCode` is DUO's reason, e.g.
 *   ONGELDIG_VERZOEK, SOORT_VELDEN, ONGELDIGE_PERIODE, REGISTRATIE_ID_HERGEBRUIKT,
 *   REGISTRATIE_ONBEKEND, AL_BEEINDIGD, NIET_GEAUTHENTICEERD. The same request will not succeed.
 */
export type DuoRegisterFoutCode = 'DUO_REGISTER_NIET_BESCHIKBAAR' | 'DUO_REGISTER_ONGELDIG_ANTWOORD' | 'DUO_REGISTER_GEWEIGERD';

/**
 * Domain error of the register koppeling. The message names the HTTP status and DUO's reason
 * code, never a value: a BSN, name or address must not end up in a log line.
 */
export class DuoRegisterFout extends Error {
  constructor(
    readonly code: DuoRegisterFoutCode,
    message: string,
    readonly redenCode?: string,
  ) {
    super(message);
    this.name = 'DuoRegisterFout';
  }

  /** Whether sending the same request again later may succeed. */
  get herhaalbaar(): boolean {
    return this.code !== 'DUO_REGISTER_GEWEIGERD';
  }
}
