import { serviceDatabaseSpec } from '@leerrecht/shared/data-access-db';
import { AbsoluutVerzuimProcedureEntity } from './absoluut-verzuim/absoluut-verzuim-procedure.entity';
import { BriefEntity } from './absoluut-verzuim/brief.entity';
import { InschrijvingscontroleEntity } from './absoluut-verzuim/inschrijvingscontrole.entity';
import { BrpMutatieEntity } from './brp/brp-mutatie.entity';
import { BrpSynchronisatieEntity } from './brp/brp-synchronisatie.entity';
import { OuderEntity } from './brp/ouder.entity';
import { VerhuisoverdrachtEntity } from './brp/verhuisoverdracht.entity';
import { InschrijvingEntity, InschrijvingsberichtEntity } from './inschrijving/inschrijving.entity';
import { UitschrijvingOpvolgingEntity } from './inschrijving/uitschrijving-opvolging.entity';
import { DossierAantekeningEntity } from './leerlingdossier/dossier-aantekening.entity';
import { DossierMeldingEntity } from './leerlingdossier/dossier-melding.entity';
import { DossierMeldingHistorieEntity } from './leerlingdossier/dossier-melding-historie.entity';
import { LeerlingEntity } from './leerlingdossier/leerling.entity';
import { LeerlingdossierEntity } from './leerlingdossier/leerlingdossier.entity';
import { Leerlingdossier1764000000000 } from './migrations/1764000000000-leerlingdossier';
import { Inschrijving1764100000000 } from './migrations/1764100000000-inschrijving';
import { UitschrijvingOpvolging1764200000000 } from './migrations/1764200000000-uitschrijving-opvolging';
import { DossierGronden1764300000000 } from './migrations/1764300000000-dossier-gronden';
import { BrpPopulatie1764400000000 } from './migrations/1764400000000-brp-populatie';
import { AbsoluutVerzuim1764500000000 } from './migrations/1764500000000-absoluut-verzuim';
import { DossierAantekening1764600000000 } from './migrations/1764600000000-dossier-aantekening';
import { VerzuimKoppeling1764800000000 } from './migrations/1764800000000-verzuim-koppeling';
import { Vrijstelling1765000000000 } from './migrations/1765000000000-vrijstelling';
import { SchoolEntity } from './school/school.entity';
import { KennisgevingNietVoldaanEntity, LeerlingVrijstellingEntity } from './vrijstelling/leerling-vrijstelling.entity';

export const LEERLINGENADMINISTRATIE_SERVICE = 'leerlingenadministratie';
export const LEERLINGENADMINISTRATIE_DATABASE = serviceDatabaseSpec(LEERLINGENADMINISTRATIE_SERVICE);
export const LEERLINGENADMINISTRATIE_ENTITIES = [
  LeerlingEntity,
  LeerlingdossierEntity,
  DossierMeldingEntity,
  DossierMeldingHistorieEntity,
  DossierAantekeningEntity,
  InschrijvingEntity,
  InschrijvingsberichtEntity,
  UitschrijvingOpvolgingEntity,
  OuderEntity,
  BrpMutatieEntity,
  BrpSynchronisatieEntity,
  VerhuisoverdrachtEntity,
  SchoolEntity,
  InschrijvingscontroleEntity,
  AbsoluutVerzuimProcedureEntity,
  BriefEntity,
  LeerlingVrijstellingEntity,
  KennisgevingNietVoldaanEntity,
];
export const LEERLINGENADMINISTRATIE_MIGRATIONS = [
  Leerlingdossier1764000000000,
  Inschrijving1764100000000,
  UitschrijvingOpvolging1764200000000,
  DossierGronden1764300000000,
  BrpPopulatie1764400000000,
  AbsoluutVerzuim1764500000000,
  DossierAantekening1764600000000,
  VerzuimKoppeling1764800000000,
  Vrijstelling1765000000000,
];
