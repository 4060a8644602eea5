import type { GemeenteInstructie } from '@leerrecht/shared/util-instructie';

/** A gemeente's instructie rules, as `InstructieRegister.laad().voorGemeente(code).regels` gives them. */
export type Regels = GemeenteInstructie['regels'];

/**
 * The kind of case (verzuim.md §1, §13): the four kinds a school reports in DUO, the 18+ regime
 * (000 art 7; WVO art 28a / WEB art 8.1.8a) and absolute verzuim, which the administration hands
 * over (Lpw art 19; verzuim.md §10).
 */
export type Zaaksoort = 'wettelijk' | 'overig' | 'luxe' | 'langdurig-relatief' | 'achttien-plus' | 'absoluut';

export type VerzuimregelFoutCode =
  /** A per-day registration or a total of hours that cannot be right (negative, NaN, > 24 on a day). */
  | 'ONGELDIGE_REGISTRATIE'
  | 'ONGELDIGE_DATUM'
  /** Another value that cannot be right: an age, a count, a missing part of the input. */
  | 'ONGELDIGE_INVOER'
  | 'MAATREGEL_NIET_MOGELIJK'
  /** "Pas toe of leg uit": a deviation from the MAS without a written explanation. */
  | 'REDEN_VEREIST'
  | 'ONBEKENDE_FASE'
  | 'ONBEKENDE_ROUTE';

/**
 * A refused rule application. The message is Dutch, names the field and never repeats the value
 * (it may be a birth date or a youth's hours; style guide "never leak personal data").
 */
export class VerzuimregelFout extends Error {
  constructor(
    readonly code: VerzuimregelFoutCode,
    readonly veld: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'VerzuimregelFout';
  }
}
