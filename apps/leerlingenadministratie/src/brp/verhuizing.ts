import type { EntityManager } from 'typeorm';

const S = 'leerlingenadministratie';

export interface Verhuizing {
  bsn: string;
  vanGemeente: string;
  naarGemeente: string;
  /** The youth's row in the new gemeente, already written from the BRP. Null when the new gemeente is not served by the centre. */
  naarLeerlingId: string | null;
  verhuisdOp: string;
  mutatieId: string;
}

export interface VerhuizingUitkomst {
  /** The old gemeente knew the youth. */
  bekend: boolean;
  dossierOvergedragen: boolean;
  overdrachtId: string | null;
}

/**
 * A move out of a gemeente of the centre (administratie.md §2.2; Lpr art 3 lid 2; 003 art 3 lid 8),
 * inside a transaction whose tenant context holds both gemeenten.
 *
 * - The old gemeente's row stays for its own records, marked as moved and out of its population.
 * - Between two gemeenten of the centre the leerlingdossier follows the youth: the dossier and
 *   its entries (meldingen with their history, aantekeningen) move to the new gemeente, the school history
 *   (inschrijvingen) is copied there, and the new gemeente gets a handover task. From then on
 *   the old gemeente no longer sees the dossier (row-level security on the new gemeente code).
 * - The old gemeente's own open cases (an absolute-verzuim check, an unmatched uitschrijving)
 *   stay with it: those are its records and it may need them to finish the case.
 * - Moving out of the centre's area: nothing moves (001 §2.1: history only on request, for a
 *   zorgleerling with an active dossier; that transfer is a letter, not a database move).
 */
export async function verwerkVerhuizing(manager: EntityManager, verhuizing: Verhuizing): Promise<VerhuizingUitkomst> {
  const { bsn, vanGemeente, naarGemeente, naarLeerlingId, verhuisdOp, mutatieId } = verhuizing;
  const oud: { id: string }[] = await manager.query(`SELECT id FROM ${S}.leerling WHERE gemeente = $1 AND bsn = $2`, [vanGemeente, bsn]);
  const oudId = oud[0]?.id;
  if (oudId === undefined) return { bekend: false, dossierOvergedragen: false, overdrachtId: null };
  await manager.query(
    `UPDATE ${S}.leerling SET verhuisd_naar = $2, verhuisd_op = $3, ingezetene = false, in_populatie = false, updated_at = now() WHERE id = $1`,
    [oudId, naarGemeente, verhuisdOp],
  );
  if (naarLeerlingId === null) return { bekend: true, dossierOvergedragen: false, overdrachtId: null };

  // School history (Lpr art 3 lid 2): the enrolments go along as a copy; the old gemeente keeps its own.
  await manager.query(
    `INSERT INTO ${S}.inschrijving (gemeente, leerling_id, brin, onderwijssoort, ingeschreven_op, uitgeschreven_op, bron, melder_client_id, instructie_versie)
     SELECT $2, $3, i.brin, i.onderwijssoort, i.ingeschreven_op, i.uitgeschreven_op, i.bron, i.melder_client_id, i.instructie_versie
     FROM ${S}.inschrijving i
     WHERE i.leerling_id = $1
       AND NOT EXISTS (SELECT 1 FROM ${S}.inschrijving n WHERE n.leerling_id = $3 AND n.brin = i.brin AND n.ingeschreven_op = i.ingeschreven_op)`,
    [oudId, naarGemeente, naarLeerlingId],
  );

  const dossiers: { id: string }[] = await manager.query(`SELECT id FROM ${S}.leerlingdossier WHERE leerling_id = $1`, [oudId]);
  const oudDossier = dossiers[0]?.id;
  let dossierId: string | null = null;
  if (oudDossier !== undefined) {
    const bestaand: { id: string }[] = await manager.query(`SELECT id FROM ${S}.leerlingdossier WHERE leerling_id = $1`, [naarLeerlingId]);
    if (bestaand[0] === undefined) {
      await manager.query(`UPDATE ${S}.leerlingdossier SET gemeente = $2, leerling_id = $3, updated_at = now() WHERE id = $1`, [oudDossier, naarGemeente, naarLeerlingId]);
      dossierId = oudDossier;
    } else {
      // The new gemeente already keeps a dossier: the entries join it.
      dossierId = bestaand[0].id;
    }
    await manager.query(`UPDATE ${S}.dossier_melding SET gemeente = $2, dossier_id = $3 WHERE dossier_id = $1`, [oudDossier, naarGemeente, dossierId]);
    // A melding's history goes with the melding, or the new gemeente would see the melding without its course.
    await manager.query(
      `UPDATE ${S}.dossier_melding_historie SET gemeente = $1 WHERE melding_id IN (SELECT melding_id FROM ${S}.dossier_melding WHERE dossier_id = $2)`,
      [naarGemeente, dossierId],
    );
    await manager.query(`UPDATE ${S}.dossier_aantekening SET gemeente = $2, dossier_id = $3 WHERE dossier_id = $1`, [oudDossier, naarGemeente, dossierId]);
  }

  // Both gemeenten's feeds carry the move; the second run finds the task and keeps the dossier the first one moved.
  const overdracht: { id: string; dossier_id: string | null }[] = await manager.query(
    `INSERT INTO ${S}.verhuisoverdracht AS o (gemeente, van_gemeente, leerling_id, dossier_id, verhuisd_op, mutatie_id, status)
     VALUES ($1, $2, $3, $4, $5, $6, 'open')
     ON CONFLICT (gemeente, mutatie_id) DO UPDATE SET dossier_id = coalesce(o.dossier_id, EXCLUDED.dossier_id)
     RETURNING o.id, o.dossier_id`,
    [naarGemeente, vanGemeente, naarLeerlingId, dossierId, verhuisdOp, mutatieId],
  );
  return { bekend: true, dossierOvergedragen: (overdracht[0]?.dossier_id ?? null) !== null, overdrachtId: overdracht[0]?.id ?? null };
}
