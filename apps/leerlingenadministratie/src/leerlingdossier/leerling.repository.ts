import type { EntityManager } from 'typeorm';
import type { DossierGrond } from '@leerrecht/shared/util-instructie';
import { LeerlingEntity } from './leerling.entity';
import { LeerlingdossierEntity } from './leerlingdossier.entity';

/**
 * The youth of (gemeente, bsn), created when first seen (a melding, an enrolment, an officer's
 * dossier). Safe under concurrency: insert-if-absent on the unique key, then read. A birth date
 * from the message fills a gap only; a known one (later: from the BRP) is never overwritten.
 */
export async function zorgVoorLeerling(
  manager: EntityManager,
  gegevens: { gemeente: string; bsn: string; persoonSleutel: string; geboortedatum?: string | null; bron?: LeerlingEntity['bron'] },
): Promise<LeerlingEntity> {
  const { gemeente, bsn, persoonSleutel } = gegevens;
  const geboortedatum = gegevens.geboortedatum ?? null;
  const bron = gegevens.bron ?? 'melding';
  await manager.createQueryBuilder().insert().into(LeerlingEntity).values({ gemeente, bsn, persoonSleutel, geboortedatum, bron }).orIgnore().execute();
  const leerling = await manager.findOneOrFail(LeerlingEntity, { where: { gemeente, bsn } });
  if (leerling.geboortedatum === null && geboortedatum !== null) {
    leerling.geboortedatum = geboortedatum;
    await manager.save(leerling);
  }
  return leerling;
}

/**
 * The youth's dossier, opened on `reden` when there is none yet; an existing dossier keeps the
 * ground it was opened on (000 art 4 lid 1; 003 art 4 lid 1).
 */
export async function zorgVoorDossier(
  manager: EntityManager,
  gegevens: { gemeente: string; leerlingId: string; reden: DossierGrond; instructieVersie: string; geopendOp: Date },
): Promise<LeerlingdossierEntity> {
  await manager.createQueryBuilder().insert().into(LeerlingdossierEntity).values(gegevens).orIgnore().execute();
  return manager.findOneOrFail(LeerlingdossierEntity, { where: { leerlingId: gegevens.leerlingId } });
}

/**
 * The youth's row that carries a dossier, among the rows the transaction's gemeenten may see; else
 * any row (a youth known without a dossier). After a move the old gemeente keeps a row without one.
 */
export async function vindLeerlingMetDossier(manager: EntityManager, bsn: string): Promise<LeerlingEntity | null> {
  const metDossier = await manager
    .createQueryBuilder(LeerlingEntity, 'l')
    .innerJoin(LeerlingdossierEntity, 'd', 'd.leerling_id = l.id')
    .where('l.bsn = :bsn', { bsn })
    .orderBy('l.verhuisd_naar', 'ASC', 'NULLS FIRST')
    .getOne();
  return metDossier ?? manager.findOne(LeerlingEntity, { where: { bsn }, order: { verhuisdOp: { direction: 'ASC', nulls: 'FIRST' } } });
}
