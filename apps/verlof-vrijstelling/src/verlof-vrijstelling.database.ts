import { serviceDatabaseSpec } from '@leerrecht/shared/data-access-db';
import { BesluitEntity } from './besluit/besluit.entity';
import { VerklaringEntity } from './besluit/verklaring.entity';
import { ZienswijzeEntity } from './besluit/zienswijze.entity';
import { BezwaarEntity } from './bezwaar/bezwaar.entity';
import { BriefEntity } from './brief/brief.entity';
import { DeskundigeEntity } from './deskundige/deskundige.entity';
import { DuoRegistratieEntity } from './duo-register/duo-registratie.entity';
import { Verlofaanvraag1764000000000 } from './migrations/1764000000000-verlofaanvraag';
import { AwbProcedure1765000000000 } from './migrations/1765000000000-awb-procedure';
import { DuoRegistratie1765100000000 } from './migrations/1765100000000-duo-registratie';
import { Vrijstelling1765200000000 } from './migrations/1765200000000-vrijstelling';
import { VervangendeLeerplicht1765300000000 } from './migrations/1765300000000-vervangende-leerplicht';
import { SchoolleiderBeslissing1765500000000 } from './migrations/1765500000000-schoolleider-beslissing';
import { SchoolErkenningLeerlingEntity } from './school-erkenning/school-erkenning-leerling.entity';
import { SchoolErkenningsvraagEntity } from './school-erkenning/school-erkenningsvraag.entity';
import { VerlofaanvraagEntity } from './verlofaanvraag/verlofaanvraag.entity';
import { VervangendeLeerplichtEntity } from './vervangende-leerplicht/vervangende-leerplicht.entity';
import { Art15AanvraagEntity } from './vrijstelling/art15-aanvraag.entity';
import { KennisgevingEntity } from './vrijstelling/kennisgeving.entity';
import { VrijstellingEntity } from './vrijstelling/vrijstelling.entity';

export const VERLOF_VRIJSTELLING_SERVICE = 'verlof-vrijstelling';
export const VERLOF_VRIJSTELLING_DATABASE = serviceDatabaseSpec(VERLOF_VRIJSTELLING_SERVICE);
export const VERLOF_VRIJSTELLING_ENTITIES = [VerlofaanvraagEntity, ZienswijzeEntity, VerklaringEntity, BesluitEntity, BezwaarEntity, BriefEntity, VervangendeLeerplichtEntity, SchoolErkenningsvraagEntity, SchoolErkenningLeerlingEntity, DeskundigeEntity, KennisgevingEntity, Art15AanvraagEntity, VrijstellingEntity, DuoRegistratieEntity];
/** In order; never edit one that has shipped, add a new one. */
export const VERLOF_VRIJSTELLING_MIGRATIONS = [Verlofaanvraag1764000000000, AwbProcedure1765000000000, DuoRegistratie1765100000000, Vrijstelling1765200000000, VervangendeLeerplicht1765300000000, SchoolleiderBeslissing1765500000000];
