import { serviceDatabaseSpec } from '@leerrecht/shared/data-access-db';
import { InschrijvingEntity, InschrijvingsberichtEntity } from './inschrijving/inschrijving.entity';
import { DossierMeldingEntity } from './leerlingdossier/dossier-melding.entity';
import { LeerlingEntity } from './leerlingdossier/leerling.entity';
import { LeerlingdossierEntity } from './leerlingdossier/leerlingdossier.entity';
import { Leerlingdossier1764000000000 } from './migrations/1764000000000-leerlingdossier';
import { Inschrijving1764100000000 } from './migrations/1764100000000-inschrijving';

export const LEERLINGENADMINISTRATIE_SERVICE = 'leerlingenadministratie';
export const LEERLINGENADMINISTRATIE_DATABASE = serviceDatabaseSpec(LEERLINGENADMINISTRATIE_SERVICE);
export const LEERLINGENADMINISTRATIE_ENTITIES = [LeerlingEntity, LeerlingdossierEntity, DossierMeldingEntity, InschrijvingEntity, InschrijvingsberichtEntity];
export const LEERLINGENADMINISTRATIE_MIGRATIONS = [Leerlingdossier1764000000000, Inschrijving1764100000000];
