import type { EventContract } from '../define-event';
import { absoluutVerzuimVermoedV1 } from './absoluut-verzuim-vermoed.v1';
import { persoonVerhuisdV1 } from './persoon-verhuisd.v1';
import { verzuimmeldingOntvangenV1 } from './verzuimmelding-ontvangen.v1';

export * from './absoluut-verzuim-vermoed.v1';
export * from './persoon-verhuisd.v1';
export * from './verzuimmelding-ontvangen.v1';

/** Every contract, for topic creation and the JSON Schema snapshots. Add new contracts here. */
export const ALL_CONTRACTS: readonly EventContract<unknown>[] = [verzuimmeldingOntvangenV1, persoonVerhuisdV1, absoluutVerzuimVermoedV1];
