import { serviceDatabaseSpec } from '@leerrecht/shared/data-access-db';
import { Signaal1764000000000 } from './migrations/1764000000000-signaal';
import { SignaalEntity } from './signaal/signaal.entity';

export const KETENPARTNER_SIGNALEN_SERVICE = 'ketenpartner-signalen';
export const KETENPARTNER_SIGNALEN_DATABASE = serviceDatabaseSpec(KETENPARTNER_SIGNALEN_SERVICE);
export const KETENPARTNER_SIGNALEN_ENTITIES = [SignaalEntity];
/** In order; never edit one that has shipped, add a new one. */
export const KETENPARTNER_SIGNALEN_MIGRATIONS = [Signaal1764000000000];
