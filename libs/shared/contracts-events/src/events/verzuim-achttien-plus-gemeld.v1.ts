import { z } from 'zod/v4';
import { defineEvent } from '../define-event';

/**
 * verzuim → doorstroompunt: absence of a student aged 18 or older without startkwalificatie was
 * reported (000 art 7; WVO 28a, WEC 47b, WEB 8.1.8a; verzuim.md §13). The Doorstroompunt follows
 * youths up to 23 without SQ. `overdracht` is true where the instructie hands the case over (003
 * inleiding; 004 Hfst 4); false where the same officer handles it in the Doorstroompunt role.
 * AVG: no reasons, no contact details.
 */
export const verzuimAchttienPlusGemeldV1 = defineEvent({
  context: 'verzuim',
  name: 'verzuim-achttien-plus-gemeld',
  version: 1,
  payload: z.object({
    zaakId: z.uuid(),
    meldingId: z.uuid(),
    bsn: z.string().regex(/^\d{9}$/),
    geboortedatum: z.iso.date().nullable(),
    schoolBrin: z.string().regex(/^[0-9A-Z]{4}$/),
    onderwijssoort: z.enum(['PO', 'SO', 'VO', 'VSO', 'MBO']).nullable(),
    beginDatum: z.iso.date(),
    overdracht: z.boolean(),
    instructieVersie: z.string().min(1),
  }),
});

export type VerzuimAchttienPlusGemeldV1 = z.output<typeof verzuimAchttienPlusGemeldV1.payload>;
