import type { EntityManager } from 'typeorm';
import type { TaakVoorschrift } from '@leerrecht/verzuim/util-verzuimregels';
import { ZaakGebeurtenisEntity } from './zaak-gebeurtenis.entity';
import { ZaakTaakEntity } from './zaak-taak.entity';
import type { VerzuimzaakEntity } from './verzuimzaak.entity';

export interface Gebeurtenis {
  soort: string;
  omschrijving: string;
  datum: string;
  actor: string;
  meldingId?: string | null;
  uitleg?: string | null;
  /** A deviation from the MAS: the entry 000 art 2 lid 6 asks for in the youth's dossier. */
  afwijkingMas?: boolean;
}

/** Appends one entry to the case timeline, in the caller's transaction. */
export async function legVast(manager: EntityManager, zaak: Pick<VerzuimzaakEntity, 'id' | 'gemeente' | 'instructieVersie'>, gebeurtenis: Gebeurtenis): Promise<void> {
  await manager.insert(ZaakGebeurtenisEntity, {
    gemeente: zaak.gemeente,
    zaakId: zaak.id,
    meldingId: gebeurtenis.meldingId ?? null,
    soort: gebeurtenis.soort,
    omschrijving: gebeurtenis.omschrijving,
    uitleg: gebeurtenis.uitleg ?? null,
    afwijkingMas: gebeurtenis.afwijkingMas ?? false,
    datum: gebeurtenis.datum,
    actor: gebeurtenis.actor,
    instructieVersie: zaak.instructieVersie,
    op: new Date(),
  });
}

/**
 * Adds prescribed tasks to a case. A task of the same kind that is still open for the same melding
 * is not added twice (unique index), so a second melding does not double the parents' contact.
 */
export async function voegTakenToe(manager: EntityManager, zaak: Pick<VerzuimzaakEntity, 'id' | 'gemeente'>, taken: readonly TaakVoorschrift[], meldingId: string | null): Promise<void> {
  if (taken.length === 0) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(ZaakTaakEntity)
    .values(
      taken.map((taak) => ({
        gemeente: zaak.gemeente,
        zaakId: zaak.id,
        // Only the feedback belongs to one melding (Lpw art 21a lid 6); the rest to the case.
        meldingId: taak.soort === 'terugkoppeling-melder' ? meldingId : null,
        soort: taak.soort,
        uiterlijk: taak.uiterlijk,
        bron: taak.bron,
        status: 'open' as const,
      })),
    )
    .orIgnore()
    .execute();
}
