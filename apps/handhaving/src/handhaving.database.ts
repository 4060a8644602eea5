import { serviceDatabaseSpec } from '@leerrecht/shared/data-access-db';
import { HandhavingszaakEntity } from './handhavingszaak/handhavingszaak.entity';
import { Handhavingszaak1764000000000 } from './migrations/1764000000000-handhavingszaak';

export const HANDHAVING_SERVICE = 'handhaving';
export const HANDHAVING_DATABASE = serviceDatabaseSpec(HANDHAVING_SERVICE);
export const HANDHAVING_ENTITIES = [HandhavingszaakEntity];
/** In order; never edit one that has shipped, add a new one. */
export const HANDHAVING_MIGRATIONS = [Handhavingszaak1764000000000];
