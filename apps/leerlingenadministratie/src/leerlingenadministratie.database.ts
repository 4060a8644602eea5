import { serviceDatabaseSpec } from '@leerrecht/shared/data-access-db';
import { InschrijvingEntity, InschrijvingsberichtEntity } from './inschrijving/inschrijving.entity';
import { UitschrijvingOpvolgingEntity } from './inschrijving/uitschrijving-opvolging.entity';
import { DossierMeldingEntity } from './leerlingdossier/dossier-melding.entity';
import { LeerlingEntity } from './leerlingdossier/leerling.entity';
import { LeerlingdossierEntity } from './leerlingdossier/leerlingdossier.entity';
import { Leerlingdossier1764000000000 } from './migrations/1764000000000-leerlingdossier';
import { Inschrijving1764100000000 } from './migrations/1764100000000-inschrijving';
import { UitschrijvingOpvolging1764200000000 } from './migrations/1764200000000-uitschrijving-opvolging';
import { DossierGronden1764300000000 } from './migrations/1764300000000-dossier-gronden';

export const LEERLINGENADMINISTRATIE_SERVICE = 'leerlingenadministratie';
export const LEERLINGENADMINISTRATIE_DATABASE = serviceDatabaseSpec(LEERLINGENADMINISTRATIE_SERVICE);
export const LEERLINGENADMINISTRATIE_ENTITIES = [LeerlingEntity, LeerlingdossierEntity, DossierMeldingEntity, InschrijvingEntity, InschrijvingsberichtEntity, UitschrijvingOpvolgingEntity];
export const LEERLINGENADMINISTRATIE_MIGRATIONS = [Leerlingdossier1764000000000, Inschrijving1764100000000, UitschrijvingOpvolging1764200000000, DossierGronden1764300000000];
