import { serviceDatabaseSpec } from '@leerrecht/shared/data-access-db';
import { DuoMeldingIndexEntity } from './duo/duo-melding-index.entity';
import { DuoOnverwerkbaarEntity } from './duo/duo-onverwerkbaar.entity';
import { DuoOphalingEntity } from './duo/duo-ophaling.entity';
import { Verzuimmelding1764000000000 } from './migrations/1764000000000-verzuimmelding';
import { Verzuimzaak1764700000000 } from './migrations/1764700000000-verzuimzaak';
import { OpenZaakIndex1764900000000 } from './migrations/1764900000000-open-zaak-index';
import { VerleendVerlof1765400000000 } from './migrations/1765400000000-verleend-verlof';
import { BerichtEntity } from './terugkoppeling/bericht.entity';
import { TerugkoppelingEntity } from './terugkoppeling/terugkoppeling.entity';
import { ToewijzingsregelEntity } from './toewijzing/toewijzingsregel.entity';
import { VerleendVerlofEntity } from './verlof/verleend-verlof.entity';
import { VerzuimmeldingEntity } from './verzuimmelding/verzuimmelding.entity';
import { MaatregelverzoekEntity } from './verzuimzaak/maatregelverzoek.entity';
import { VerzuimzaakEntity } from './verzuimzaak/verzuimzaak.entity';
import { ZaakGebeurtenisEntity } from './verzuimzaak/zaak-gebeurtenis.entity';
import { ZaakTaakEntity } from './verzuimzaak/zaak-taak.entity';
import { ZaakToestemmingEntity } from './verzuimzaak/zaak-toestemming.entity';

export const VERZUIM_SERVICE = 'verzuim';
export const VERZUIM_DATABASE = serviceDatabaseSpec(VERZUIM_SERVICE);
export const VERZUIM_ENTITIES = [
  VerzuimmeldingEntity,
  VerzuimzaakEntity,
  ZaakTaakEntity,
  ZaakGebeurtenisEntity,
  ZaakToestemmingEntity,
  TerugkoppelingEntity,
  BerichtEntity,
  MaatregelverzoekEntity,
  ToewijzingsregelEntity,
  DuoOphalingEntity,
  DuoMeldingIndexEntity,
  DuoOnverwerkbaarEntity,
  VerleendVerlofEntity,
];
/** In order; never edit one that has shipped, add a new one. */
export const VERZUIM_MIGRATIONS = [Verzuimmelding1764000000000, Verzuimzaak1764700000000, OpenZaakIndex1764900000000, VerleendVerlof1765400000000];
