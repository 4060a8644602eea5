import type { BriefEntity } from '../brief/brief.entity';
import type { BesluitEntity } from './besluit.entity';
import type { BesluitModel, BriefSamenvattingModel, VerklaringModel, ZienswijzeModel } from './models/besluit.model';
import type { VerklaringEntity } from './verklaring.entity';
import type { ZienswijzeEntity } from './zienswijze.entity';

export function naarZienswijze(z: ZienswijzeEntity): ZienswijzeModel {
  return { id: z.id, partij: z.partij, vorm: z.vorm, datum: z.datum, inhoud: z.inhoud, vastgelegdDoor: z.vastgelegdDoor };
}

export function naarVerklaring(v: VerklaringEntity): VerklaringModel {
  return { id: v.id, soort: v.soort, uitgever: v.uitgever, datum: v.datum, strekking: v.strekking };
}

export function naarBesluit(b: BesluitEntity): BesluitModel {
  return {
    id: b.id,
    soort: b.soort,
    uitkomst: b.uitkomst,
    grondslag: b.grondslag,
    motivering: b.motivering,
    namens: b.namens,
    bekendgemaaktOp: b.bekendgemaaktOp,
    genomenDoor: b.genomenDoor,
    bezwaarUiterlijk: b.bezwaarUiterlijk,
  };
}

export function naarBriefSamenvatting(b: BriefEntity): BriefSamenvattingModel {
  return {
    id: b.id,
    sjabloon: b.sjabloon,
    onderwerp: b.onderwerp,
    geadresseerde: b.geadresseerde,
    geadresseerdeRol: b.geadresseerdeRol,
    afschriftAan: b.afschriftAan.map((a) => a.naam),
    datum: b.datum,
  };
}
