import { vereisLeeftijd } from './invoer';
import type { Zaaksoort } from './verzuimregels.types';
import { EINDE_KWALIFICATIEPLICHT_LEEFTIJD } from './wet';
import type { WettelijkVerzuimUitkomst } from './wettelijk-verzuim';

/**
 * The kind of case a melding opens (verzuim.md §1, §13):
 * - 18 or older → `achttien-plus` whatever the school reported: the kwalificatieplicht has ended
 *   (Lpw art 4a) and the 18+ regime applies (000 art 7; WVO art 28a / WEB art 8.1.8a);
 * - reported as `overig` while the 16-hour rule is `bereikt` → `wettelijk` (Lpw art 21a);
 * - otherwise as reported.
 * The toelichting says why the kind differs from the report; null when it does not.
 */
export function zaaksoortVoor(invoer: { gemeld: Exclude<Zaaksoort, 'absoluut'>; leeftijd: number; wettelijk: WettelijkVerzuimUitkomst }): {
  soort: Zaaksoort;
  toelichting: string | null;
} {
  vereisLeeftijd(invoer.leeftijd);
  const { gemeld, leeftijd, wettelijk } = invoer;
  if (leeftijd >= EINDE_KWALIFICATIEPLICHT_LEEFTIJD) {
    return {
      soort: 'achttien-plus',
      toelichting:
        gemeld === 'achttien-plus'
          ? null
          : `De jongere is ${EINDE_KWALIFICATIEPLICHT_LEEFTIJD} jaar of ouder: de kwalificatieplicht is voorbij (Lpw art 4a) en de melding wordt behandeld als verzuim 18+ (000 art 7; WVO art 28a / WEB art 8.1.8a).`,
    };
  }
  if (gemeld === 'overig' && wettelijk === 'bereikt') {
    return {
      soort: 'wettelijk',
      toelichting: 'De school meldde overig verzuim, maar het verzuim bereikt de wettelijke grens van uren in opeenvolgende lesweken (Lpw art 21a): behandeld als wettelijk verzuim.',
    };
  }
  return { soort: gemeld, toelichting: null };
}
