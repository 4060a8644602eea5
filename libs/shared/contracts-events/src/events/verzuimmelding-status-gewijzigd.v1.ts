import { z } from 'zod/v4';
import { defineEvent } from '../define-event';

/**
 * verzuim → leerlingenadministratie: the status of a verzuimmelding changed (taken up, closed,
 * withdrawn, noted), so the melding's history shows in the dossier timeline (verzuim.md §5). Status
 * codes only: DUO's status set, its closure reason and explanation (koppelingen §1.3); no free text,
 * no BSN (the dossier finds the melding by its id).
 */
export const verzuimmeldingStatusGewijzigdV1 = defineEvent({
  context: 'verzuim',
  name: 'verzuimmelding-status-gewijzigd',
  version: 1,
  payload: z.object({
    meldingId: z.uuid(),
    status: z.enum(['in-behandeling', 'afgesloten', 'ingetrokken', 'ter-kennisgeving-aangenomen']),
    afsluitreden: z.string().regex(/^[a-z-]+$/).nullable(),
    toelichting: z.string().regex(/^[a-z-]+$/).nullable(),
    gewijzigdOp: z.iso.datetime({ offset: true }),
  }),
});

export type VerzuimmeldingStatusGewijzigdV1 = z.output<typeof verzuimmeldingStatusGewijzigdV1.payload>;
