import type { TeLaatActie } from '@leerrecht/shared/util-instructie';
import { VerzuimregelFout, type Regels } from './verzuimregels.types';

export interface TeLaatTrede {
  vanafKeer: number;
  actie: TeLaatActie;
  omschrijving: string;
}

/**
 * The step of the regional te-laat-komen ladder that applies after `keer` occurrences of
 * unauthorised late arrival or an hour's absence (002 §7; `regels.verzuim.teLaatLadder`): the
 * highest step whose `vanafKeer` ≤ `keer`. null when the gemeente has no ladder (null) or `keer`
 * is below the first step. The counting period is not in the sources (002 §7; verzuim.md §6).
 */
export function teLaatTrede(keer: number, ladder: Regels['verzuim']['teLaatLadder']['waarde']): TeLaatTrede | null {
  if (!Number.isInteger(keer) || keer < 0) {
    throw new VerzuimregelFout('ONGELDIGE_INVOER', 'keer', 'Het veld keer moet een geheel aantal van 0 of meer zijn.');
  }
  if (ladder === null) return null;
  let gevonden: TeLaatTrede | null = null;
  for (const trede of ladder) {
    if (trede.vanafKeer <= keer) gevonden = { vanafKeer: trede.vanafKeer, actie: trede.actie, omschrijving: trede.omschrijving };
  }
  return gevonden;
}
