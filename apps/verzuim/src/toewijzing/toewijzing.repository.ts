import type { EntityManager } from 'typeorm';
import { ToewijzingsregelEntity } from './toewijzingsregel.entity';

/**
 * The officer a gemeente assigned to this school, else to the whole gemeente, else nobody (the
 * case then shows as unassigned to the coördinator). Runs in the caller's tenant transaction.
 */
export async function behandelaarVoor(manager: EntityManager, gemeente: string, schoolBrin: string | null): Promise<string | null> {
  // A gemeente has at most one rule per school plus one for itself: reading them all is cheap.
  const regels = await manager.find(ToewijzingsregelEntity, { where: { gemeente } });
  const perSchool = schoolBrin === null ? undefined : regels.find((regel) => regel.schoolBrin === schoolBrin);
  const perGemeente = regels.find((regel) => regel.schoolBrin === null);
  return (perSchool ?? perGemeente)?.behandelaar ?? null;
}
