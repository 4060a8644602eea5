import { isDatum, type Datum } from '@leerrecht/shared/util-kalender';
import { VerzuimregelFout } from './verzuimregels.types';

// Input checks shared by the rules. Every message names the field and never the value.

export function vereisDatum(waarde: unknown, veld: string): Datum {
  if (!isDatum(waarde)) {
    throw new VerzuimregelFout('ONGELDIGE_DATUM', veld, `Het veld ${veld} is geen geldige datum (JJJJ-MM-DD).`);
  }
  return waarde;
}

/** An age in whole years, from 0. */
export function vereisLeeftijd(leeftijd: number, veld = 'leeftijd'): void {
  if (!Number.isInteger(leeftijd) || leeftijd < 0 || leeftijd > 130) {
    throw new VerzuimregelFout('ONGELDIGE_INVOER', veld, `Het veld ${veld} moet een leeftijd in hele jaren zijn (0 of hoger).`);
  }
}
