import { isGeldigBsn } from '@leerrecht/shared/util-bsn';
import { isDatum, type Datum } from '@leerrecht/shared/util-kalender';
import type { ImportFout, ImportFoutCode } from './import.types';

/**
 * Field readers for one row. Each reads a cell, records a problem in `RijFouten` when the cell is
 * wrong and returns the clean value or undefined. Every message names the column, never the value.
 */

/** The same pattern the app checks a school's own message with (valideer-inschrijvingsbericht.ts). */
export const BRIN_PATROON = /^[0-9]{2}[A-Z0-9]{2}$/;
/** CBS gemeentecode as used in the instructie profiles ('0193'). */
export const GEMEENTECODE_PATROON = /^\d{4}$/;
const ONDERWIJSLOCATIE_PATROON = /^[A-Za-z0-9]{1,12}$/;

export const MAX_LENGTE_NAAM = 200;
export const MAX_LENGTE_KENMERK = 100;

/** The cells of a row by lower-case column name; empty or absent cells are undefined. */
export type Cellen = Readonly<Record<string, string | undefined>>;

export class RijFouten {
  readonly lijst: ImportFout[] = [];

  constructor(readonly regel: number) {}

  voegToe(veld: string | undefined, code: ImportFoutCode, reden: string): void {
    this.lijst.push(veld === undefined ? { regel: this.regel, code, reden } : { regel: this.regel, veld, code, reden });
  }

  get leeg(): boolean {
    return this.lijst.length === 0;
  }
}

/** 'YYYY-MM-DD' or 'DD-MM-YYYY' (also D-M-YYYY, as Dutch spreadsheets write it) to an ISO date. */
export function leesDatumwaarde(waarde: string): Datum | undefined {
  if (isDatum(waarde)) return waarde;
  const nl = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(waarde);
  if (nl === null) return undefined;
  const iso = `${nl[3]}-${nl[2].padStart(2, '0')}-${nl[1].padStart(2, '0')}`;
  return isDatum(iso) ? iso : undefined;
}

function heeftStuurteken(waarde: string): boolean {
  for (let i = 0; i < waarde.length; i += 1) {
    const code = waarde.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

export function leesTekst(cellen: Cellen, veld: string, fouten: RijFouten, opties: { verplicht: boolean; maxLengte: number }): string | undefined {
  const waarde = cellen[veld];
  if (waarde === undefined) {
    if (opties.verplicht) fouten.voegToe(veld, 'VERPLICHT_VELD', `Het veld ${veld} is verplicht.`);
    return undefined;
  }
  if (heeftStuurteken(waarde)) {
    // A newline inside a quoted name is a broken export, not a name.
    fouten.voegToe(veld, 'ONGELDIGE_TEKST', `Het veld ${veld} bevat een regeleinde of een ander stuurteken.`);
    return undefined;
  }
  if (waarde.length > opties.maxLengte) {
    fouten.voegToe(veld, 'ONGELDIGE_TEKST', `Het veld ${veld} is langer dan ${opties.maxLengte} tekens.`);
    return undefined;
  }
  return waarde;
}

export function leesBsn(cellen: Cellen, fouten: RijFouten): string | undefined {
  const waarde = cellen['bsn'];
  if (waarde === undefined) {
    fouten.voegToe('bsn', 'VERPLICHT_VELD', 'Het veld bsn is verplicht.');
    return undefined;
  }
  if (!isGeldigBsn(waarde)) {
    fouten.voegToe('bsn', 'ONGELDIG_BSN', 'Het veld bsn is geen geldig BSN: het moet uit 9 cijfers bestaan en voldoen aan de elfproef.');
    return undefined;
  }
  return waarde;
}

export function leesDatum(cellen: Cellen, veld: string, fouten: RijFouten, verplicht: boolean): Datum | undefined {
  const waarde = cellen[veld];
  if (waarde === undefined) {
    if (verplicht) fouten.voegToe(veld, 'VERPLICHT_VELD', `Het veld ${veld} is verplicht.`);
    return undefined;
  }
  const datum = leesDatumwaarde(waarde);
  if (datum === undefined) {
    fouten.voegToe(veld, 'ONGELDIGE_DATUM', `Het veld ${veld} is geen bestaande datum (JJJJ-MM-DD of DD-MM-JJJJ).`);
  }
  return datum;
}

/** The gemeente must be a CBS code the importing user may write for. */
export function leesGemeente(cellen: Cellen, fouten: RijFouten, toegestaan: ReadonlySet<string>): string | undefined {
  const waarde = cellen['gemeente'];
  if (waarde === undefined) {
    fouten.voegToe('gemeente', 'VERPLICHT_VELD', 'Het veld gemeente is verplicht.');
    return undefined;
  }
  if (!GEMEENTECODE_PATROON.test(waarde)) {
    fouten.voegToe('gemeente', 'ONGELDIGE_GEMEENTE', 'Het veld gemeente is geen CBS-gemeentecode (4 cijfers).');
    return undefined;
  }
  if (!toegestaan.has(waarde)) {
    fouten.voegToe('gemeente', 'GEMEENTE_NIET_TOEGESTAAN', 'Het veld gemeente: geen toegang tot gemeente.');
    return undefined;
  }
  return waarde;
}

/** BRIN and optional onderwijslocatie, checked against the scholenregister. */
export function leesSchool(
  cellen: Cellen,
  fouten: RijFouten,
  bestaandeSchool: (brin: string, onderwijslocatie?: string) => boolean,
): { brin: string; onderwijslocatie?: string } | undefined {
  const brin = cellen['brin'];
  const locatie = cellen['onderwijslocatie'];
  let geldig = true;
  if (brin === undefined) {
    fouten.voegToe('brin', 'VERPLICHT_VELD', 'Het veld brin is verplicht.');
    geldig = false;
  } else if (!BRIN_PATROON.test(brin)) {
    fouten.voegToe('brin', 'ONGELDIG_BRIN', 'Het veld brin is geen geldige BRIN-code: 2 cijfers en 2 hoofdletters of cijfers.');
    geldig = false;
  }
  if (locatie !== undefined && !ONDERWIJSLOCATIE_PATROON.test(locatie)) {
    fouten.voegToe('onderwijslocatie', 'ONGELDIGE_WAARDE', 'Het veld onderwijslocatie mag alleen letters en cijfers bevatten (ten hoogste 12).');
    geldig = false;
  }
  if (!geldig || brin === undefined) return undefined;
  if (!bestaandeSchool(brin)) {
    fouten.voegToe('brin', 'ONBEKENDE_SCHOOL', 'Het veld brin: onbekende school (BRIN niet in het scholenregister).');
    return undefined;
  }
  if (locatie === undefined) return { brin };
  if (!bestaandeSchool(brin, locatie)) {
    fouten.voegToe('onderwijslocatie', 'ONBEKENDE_ONDERWIJSLOCATIE', 'Het veld onderwijslocatie: onbekende onderwijslocatie (niet in het scholenregister bij deze BRIN).');
    return undefined;
  }
  return { brin, onderwijslocatie: locatie };
}

/** A value from a fixed list, compared case-insensitively with the list's own spelling. */
export function leesKeuze<T extends string>(
  cellen: Cellen,
  veld: string,
  fouten: RijFouten,
  opties: { keuzes: readonly T[]; verplicht: boolean; code: ImportFoutCode; reden: string },
): T | undefined {
  const waarde = cellen[veld];
  if (waarde === undefined) {
    if (opties.verplicht) fouten.voegToe(veld, 'VERPLICHT_VELD', `Het veld ${veld} is verplicht.`);
    return undefined;
  }
  const gevonden = opties.keuzes.find((k) => k.toLowerCase() === waarde.toLowerCase());
  if (gevonden === undefined) fouten.voegToe(veld, opties.code, opties.reden);
  return gevonden;
}
