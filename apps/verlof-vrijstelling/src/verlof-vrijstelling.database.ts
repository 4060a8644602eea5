import { serviceDatabaseSpec } from '@leerrecht/shared/data-access-db';
import { Verlofaanvraag1764000000000 } from './migrations/1764000000000-verlofaanvraag';
import { VerlofaanvraagEntity } from './verlofaanvraag/verlofaanvraag.entity';

export const VERLOF_VRIJSTELLING_SERVICE = 'verlof-vrijstelling';
export const VERLOF_VRIJSTELLING_DATABASE = serviceDatabaseSpec(VERLOF_VRIJSTELLING_SERVICE);
export const VERLOF_VRIJSTELLING_ENTITIES = [VerlofaanvraagEntity];
/** In order; never edit one that has shipped, add a new one. */
export const VERLOF_VRIJSTELLING_MIGRATIONS = [Verlofaanvraag1764000000000];
