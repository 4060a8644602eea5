import type { BriefEntity } from './brief.entity';
import type { BriefModel } from './models/absoluut-verzuim.model';

/** A stored letter as the API shows it: addressees by name only. */
export function naarBriefModel(brief: BriefEntity): BriefModel {
  return {
    id: brief.id,
    soort: brief.soort,
    kenmerk: brief.kenmerk,
    aan: brief.geadresseerden.map((g) => g.naam),
    verzondenOp: brief.verzondenOp,
    reactieUiterlijk: brief.reactieUiterlijk,
    tekst: brief.tekst,
  };
}
