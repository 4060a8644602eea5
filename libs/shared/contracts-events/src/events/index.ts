import type { EventContract } from '../define-event';
import { absoluutVerzuimVermoedV1 } from './absoluut-verzuim-vermoed.v1';
import { duoMeldingOpgehaaldV1 } from './duo-melding-opgehaald.v1';
import { handhavingGevraagdV1 } from './handhaving-gevraagd.v1';
import { persoonVerhuisdV1 } from './persoon-verhuisd.v1';
import { verlofBeslotenV1 } from './verlof-besloten.v1';
import { verzuimAchttienPlusGemeldV1 } from './verzuim-achttien-plus-gemeld.v1';
import { verzuimbriefGevraagdV1 } from './verzuimbrief-gevraagd.v1';
import { verzuimmeldingOntvangenV1 } from './verzuimmelding-ontvangen.v1';
import { verzuimmeldingStatusGewijzigdV1 } from './verzuimmelding-status-gewijzigd.v1';
import {
  kennisgevingNietVoldaanV1,
  vervangendeLeerplichtBeeindigdV1,
  vervangendeLeerplichtToegestaanV1,
  vrijstellingBeeindigdV1,
  vrijstellingVerleendV1,
} from './vrijstelling.v1';

export * from './absoluut-verzuim-vermoed.v1';
export * from './duo-melding-opgehaald.v1';
export * from './handhaving-gevraagd.v1';
export * from './persoon-verhuisd.v1';
export * from './verlof-besloten.v1';
export * from './verzuim-achttien-plus-gemeld.v1';
export * from './verzuimbrief-gevraagd.v1';
export * from './verzuimmelding-ontvangen.v1';
export * from './verzuimmelding-status-gewijzigd.v1';
export * from './vrijstelling.v1';

/** Every contract, for topic creation and the JSON Schema snapshots. Add new contracts here. */
export const ALL_CONTRACTS: readonly EventContract<unknown>[] = [
  verzuimmeldingOntvangenV1,
  persoonVerhuisdV1,
  absoluutVerzuimVermoedV1,
  duoMeldingOpgehaaldV1,
  verzuimmeldingStatusGewijzigdV1,
  verzuimbriefGevraagdV1,
  handhavingGevraagdV1,
  verzuimAchttienPlusGemeldV1,
  vrijstellingVerleendV1,
  vrijstellingBeeindigdV1,
  vervangendeLeerplichtToegestaanV1,
  vervangendeLeerplichtBeeindigdV1,
  kennisgevingNietVoldaanV1,
  verlofBeslotenV1,
];
