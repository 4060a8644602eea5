import type { EventContract } from '../define-event';
import { verzuimmeldingOntvangenV1 } from './verzuimmelding-ontvangen.v1';

export * from './verzuimmelding-ontvangen.v1';

/** Every contract, for topic creation and the JSON Schema snapshots. Add new contracts here. */
export const ALL_CONTRACTS: readonly EventContract<unknown>[] = [verzuimmeldingOntvangenV1];
