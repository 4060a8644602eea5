import { serviceDatabaseSpec } from '@leerrecht/shared/data-access-db';
import { Verzuimmelding1764000000000 } from './migrations/1764000000000-verzuimmelding';
import { VerzuimmeldingEntity } from './verzuimmelding/verzuimmelding.entity';

export const VERZUIM_SERVICE = 'verzuim';
export const VERZUIM_DATABASE = serviceDatabaseSpec(VERZUIM_SERVICE);
export const VERZUIM_ENTITIES = [VerzuimmeldingEntity];
/** In order; never edit one that has shipped, add a new one. */
export const VERZUIM_MIGRATIONS = [Verzuimmelding1764000000000];
