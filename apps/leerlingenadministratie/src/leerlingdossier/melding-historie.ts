import type { EntityManager } from 'typeorm';
import { DossierMeldingEntity } from './dossier-melding.entity';
import { DossierMeldingHistorieEntity } from './dossier-melding-historie.entity';

/** A history row to record; written once per source event (insert-if-absent on bron_event_id). */
export type HistorieRij = Pick<DossierMeldingHistorieEntity, 'gemeente' | 'meldingId' | 'status' | 'afsluitreden' | 'toelichting' | 'op' | 'classificatie' | 'bronEventId'>;

export async function legHistorieVast(manager: EntityManager, rij: HistorieRij): Promise<void> {
  await manager.createQueryBuilder().insert().into(DossierMeldingHistorieEntity).values(rij).orIgnore().execute();
}

/**
 * Sets the dossier's melding to its latest recorded status, whichever event arrived first. The
 * latest is the last change by its own time; 'geregistreerd' is the start state, so any recorded
 * change outranks it even when the two services' clocks disagree. No dossier_melding yet: nothing
 * to update, the verzuimmelding-ontvangen handler calls this again when it inserts it.
 */
export async function werkMeldingStatusBij(manager: EntityManager, meldingId: string): Promise<void> {
  const laatste = await manager
    .createQueryBuilder(DossierMeldingHistorieEntity, 'h')
    .where('h.melding_id = :meldingId', { meldingId })
    .orderBy(`(h.status = 'geregistreerd')`, 'ASC')
    .addOrderBy('h.op', 'DESC')
    .addOrderBy('h.created_at', 'DESC')
    .limit(1)
    .getOne();
  if (laatste === null) return;
  await manager.update(DossierMeldingEntity, { meldingId }, { status: laatste.status });
}
