import { serviceDatabaseSpec } from '@leerrecht/shared/data-access-db';
import { Traject1764000000000 } from './migrations/1764000000000-traject';
import { TrajectEntity } from './traject/traject.entity';

export const DOORSTROOMPUNT_SERVICE = 'doorstroompunt';
export const DOORSTROOMPUNT_DATABASE = serviceDatabaseSpec(DOORSTROOMPUNT_SERVICE);
export const DOORSTROOMPUNT_ENTITIES = [TrajectEntity];
/** In order; never edit one that has shipped, add a new one. */
export const DOORSTROOMPUNT_MIGRATIONS = [Traject1764000000000];
