import type { EntityManager } from 'typeorm';
import type { Inschrijvingstermijn, Periode } from '@leerrecht/leerlingenadministratie/util-absoluut-verzuim';
import type { Vrijstelling, VrijstellingArtikel } from '@leerrecht/shared/util-leerplicht';
import { KennisgevingNietVoldaanEntity, LeerlingVrijstellingEntity } from './leerling-vrijstelling.entity';

const VRIJSTELLING_ARTIKELEN: readonly string[] = ['5 onder a', '5 onder b', '5 onder c', '5a', '15'];

/** The part of a stored exemption the rules read (also the shape the candidate query returns). */
export interface VrijstellingRij {
  soort: 'vrijstelling' | 'vervangende-leerplicht';
  artikel: string;
  van: string;
  tot_en_met: string | null;
  beeindigd_op: string | null;
}

export interface VervangendeLeerplichtPeriode extends Periode {
  artikel: '3a' | '3b';
}

export interface Plichtgegevens {
  vrijstellingen: Vrijstelling[];
  vervangendeLeerplicht: VervangendeLeerplichtPeriode[];
}

/**
 * The period an exemption or vervangende leerplicht really applied: from `van` to the earlier of
 * the granted end and the last day of an early end; none at all when revoked ab initio (ended the
 * day before it began).
 */
export function geldendePeriode(rij: Pick<VrijstellingRij, 'van' | 'tot_en_met' | 'beeindigd_op'>): Periode | null {
  const einden = [rij.tot_en_met, rij.beeindigd_op].filter((d): d is string => d !== null).sort();
  const totEnMet = einden[0];
  if (totEnMet !== undefined && totEnMet < rij.van) return null;
  return totEnMet === undefined ? { van: rij.van } : { van: rij.van, totEnMet };
}

/** Stored rows → what util-leerplicht (`vrijstellingen`) and util-absoluut-verzuim (`vervangendeLeerplicht`) take. */
export function naarPlichtgegevens(rijen: readonly VrijstellingRij[]): Plichtgegevens {
  const gegevens: Plichtgegevens = { vrijstellingen: [], vervangendeLeerplicht: [] };
  for (const rij of rijen) {
    const periode = geldendePeriode(rij);
    if (periode === null) continue;
    if (rij.soort === 'vrijstelling' && VRIJSTELLING_ARTIKELEN.includes(rij.artikel)) {
      gegevens.vrijstellingen.push({ artikel: rij.artikel as VrijstellingArtikel, ...periode });
    } else if (rij.soort === 'vervangende-leerplicht' && (rij.artikel === '3a' || rij.artikel === '3b')) {
      gegevens.vervangendeLeerplicht.push({ artikel: rij.artikel, ...periode });
    }
  }
  return gegevens;
}

/** All exemptions and vervangende leerplicht of one youth (row), oldest first; the rules pick what runs on a day. */
export async function plichtgegevensVan(manager: EntityManager, leerlingId: string): Promise<Plichtgegevens> {
  const rijen = await manager.find(LeerlingVrijstellingEntity, { where: { leerlingId }, order: { van: 'ASC', id: 'ASC' } });
  return naarPlichtgegevens(rijen.map((r) => ({ soort: r.soort, artikel: r.artikel, van: r.van, tot_en_met: r.totEnMet, beeindigd_op: r.beeindigdOp })));
}

/** The enrolment terms after a kennisgeving niet voldaan of one youth (row). */
export async function inschrijvingstermijnenVan(manager: EntityManager, leerlingId: string): Promise<Inschrijvingstermijn[]> {
  const rijen = await manager.find(KennisgevingNietVoldaanEntity, { where: { leerlingId }, order: { gegevenOp: 'ASC' } });
  return rijen.map((r) => ({ gegevenOp: r.gegevenOp, inschrijvenUiterlijk: r.inschrijvenUiterlijk }));
}
