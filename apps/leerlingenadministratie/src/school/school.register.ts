import type { EntityManager } from 'typeorm';
import { DomainError } from '@leerrecht/shared/feature-subgraph';
import { SchoolEntity } from './school.entity';

/**
 * Refuses an enrolment at a school the register does not know (Lpw art 18: only schools and
 * instellingen report; DUO's register is the source). A known BRIN with an unknown vestiging is
 * refused too: the youth's leslocatie must be traceable.
 */
export async function vereisBekendeSchool(manager: EntityManager, brin: string, onderwijslocatie?: string | null, veld = 'brin'): Promise<SchoolEntity> {
  // Without a vestiging any entry of the BRIN will do (the register may list only its locaties).
  const school = await manager.findOne(SchoolEntity, { where: onderwijslocatie ? { brin, onderwijslocatie } : { brin } });
  if (school === null) {
    throw new DomainError('ONBEKENDE_SCHOOL', 'Deze school of onderwijslocatie staat niet in het scholenregister.', onderwijslocatie ? 'onderwijslocatie' : veld);
  }
  return school;
}

/** All known (brin, vestiging) pairs, for validating an import file in one pass. */
export async function bekendeScholen(manager: EntityManager): Promise<Set<string>> {
  const rijen = await manager.find(SchoolEntity, { select: { brin: true, onderwijslocatie: true } });
  return new Set(rijen.map((s) => `${s.brin}|${s.onderwijslocatie}`));
}
