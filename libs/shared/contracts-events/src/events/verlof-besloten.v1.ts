import { z } from 'zod/v4';
import { defineEvent } from '../define-event';

/**
 * verlof-vrijstelling → verzuim: the leerplichtambtenaar decided on a leave request of more than
 * 10 schooldagen (Lpw art 14 lid 3), or the request was set aside. Verzuim uses it before judging
 * luxe verzuim: absence inside a granted period is not verzuim (Lpw art 11 onder g). The school
 * brin lets verzuim match the period to a melding; no names, no reasons.
 */
export const verlofBeslotenV1 = defineEvent({
  context: 'verlof-vrijstelling',
  name: 'verlof-besloten',
  version: 1,
  payload: z.object({
    aanvraagId: z.uuid(),
    besluitId: z.uuid(),
    bsn: z.string().regex(/^\d{9}$/),
    schoolBrin: z.string().regex(/^[0-9A-Z]{4}$/),
    uitkomst: z.enum(['toegewezen', 'gedeeltelijk-toegewezen', 'afgewezen', 'buiten-behandeling']),
    /** The period asked for. */
    gevraagdVan: z.iso.date(),
    gevraagdTotEnMet: z.iso.date(),
    /** The period granted; absent when nothing was granted. */
    verleendVan: z.iso.date().optional(),
    verleendTotEnMet: z.iso.date().optional(),
    instructieVersie: z.string().min(1),
  }),
});
export type VerlofBeslotenV1 = z.output<typeof verlofBeslotenV1.payload>;
