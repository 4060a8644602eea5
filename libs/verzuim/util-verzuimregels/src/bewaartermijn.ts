import { verjaardag } from '@leerrecht/shared/util-kalender';
import { vereisDatum } from './invoer';
import type { Regels, Zaaksoort } from './verzuimregels.types';
import { EINDE_DOORSTROOMPUNT_LEEFTIJD } from './wet';

export type Classificatie = 'AVG' | 'AVG-bijzonder' | 'Wpg';

export interface Bewaartermijn {
  /** The day the retention term ends (destruction is due from then); null while it cannot be computed or has not started. */
  bewaarTot: string | null;
  /** Dutch: the source and the instructie regel's bron, never personal data. */
  grondslag: string;
}

function jaren(aantal: number): string {
  return aantal === 1 ? '1 jaar' : `${aantal} jaar`;
}

/**
 * Retention of a case record (privacy-retentie.md §9; Selectielijst 2020; Wpg), from
 * `regels.retentie`. Each regime follows its own term (§9 rule 1):
 * - Wpg: kept while the case is open (the processing has not ended), then `wpgJaren` years from
 *   the closing date (start inferred, §9).
 * - AVG / AVG-bijzonder, leerplicht file: `leerplichtJarenNaGeboorte` years after the date of birth
 *   (Selectielijst 2020 cat 12.1.3).
 * - AVG / AVG-bijzonder, achttien-plus case (an RMC/Doorstroompunt file): `kwalificatieplichtJarenNaEinde`
 *   years after the 23rd birthday (Selectielijst 2020 cat 12.1.4, common reading for RMC files, §9;
 *   the earlier end "after the SQ is obtained" is not known here, so the later one is used).
 * Without a date of birth an AVG term cannot be computed: null, and the grondslag says so.
 * A 29 February start becomes 1 March in a year without it (the later day, so never too early).
 * Records of a still-open case are held until closure whatever this date says (§9 rule 4): the
 * destruction job checks that.
 */
export function bewaartermijn(invoer: {
  classificatie: Classificatie;
  geboortedatum: string | null;
  soort: Zaaksoort;
  geslotenOp: string | null;
  regels: Regels;
}): Bewaartermijn {
  const { classificatie, soort, regels } = invoer;
  const geboortedatum = invoer.geboortedatum === null ? null : vereisDatum(invoer.geboortedatum, 'geboortedatum');
  const geslotenOp = invoer.geslotenOp === null ? null : vereisDatum(invoer.geslotenOp, 'geslotenOp');

  if (classificatie === 'Wpg') {
    const regel = regels.retentie.wpgJaren;
    if (geslotenOp === null) {
      return {
        bewaarTot: null,
        grondslag: `Wpg: bewaard zolang de zaak loopt; na afsluiting ${jaren(regel.waarde)} (bron: ${regel.bron}).`,
      };
    }
    return {
      bewaarTot: verjaardag(geslotenOp, regel.waarde),
      grondslag: `Wpg: ${jaren(regel.waarde)} na afsluiting van de zaak (bron: ${regel.bron}).`,
    };
  }

  if (soort === 'achttien-plus') {
    const regel = regels.retentie.kwalificatieplichtJarenNaEinde;
    const omschrijving = `Selectielijst 2020 cat 12.1.4 (RMC/Doorstroompunt): ${jaren(regel.waarde)} na de ${EINDE_DOORSTROOMPUNT_LEEFTIJD}e verjaardag (bron: ${regel.bron}).`;
    if (geboortedatum === null) {
      return { bewaarTot: null, grondslag: `Geen geboortedatum: de bewaartermijn kan niet worden berekend. ${omschrijving}` };
    }
    return { bewaarTot: verjaardag(verjaardag(geboortedatum, EINDE_DOORSTROOMPUNT_LEEFTIJD), regel.waarde), grondslag: omschrijving };
  }

  const regel = regels.retentie.leerplichtJarenNaGeboorte;
  const omschrijving = `Selectielijst 2020 cat 12.1.3 (leerplicht): ${jaren(regel.waarde)} na de geboortedatum (bron: ${regel.bron}).`;
  if (geboortedatum === null) {
    return { bewaarTot: null, grondslag: `Geen geboortedatum: de bewaartermijn kan niet worden berekend. ${omschrijving}` };
  }
  return { bewaarTot: verjaardag(geboortedatum, regel.waarde), grondslag: omschrijving };
}
