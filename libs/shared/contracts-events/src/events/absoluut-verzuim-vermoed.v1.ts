import { z } from 'zod/v4';
import { defineEvent } from '../define-event';

/**
 * leerlingenadministratie → verzuim (and handhaving through it): the enrolment check found no
 * enrolment and the letters did not resolve it (administratie.md §5.2 step 7, §8). The BSN is
 * there because verzuim opens the investigation on the youth and must find the person by it; the
 * last school only when known. No names, no addresses, no letter texts.
 */
export const absoluutVerzuimVermoedV1 = defineEvent({
  context: 'leerlingenadministratie',
  name: 'absoluut-verzuim-vermoed',
  version: 1,
  payload: z.object({
    procedureId: z.uuid(),
    bsn: z.string().regex(/^\d{9}$/),
    geboortedatum: z.iso.date().optional(),
    laatsteSchoolBrin: z.string().regex(/^[0-9A-Z]{4}$/).optional(),
    /** What the instructie prescribes now: an investigation (000 art 8; 003 art 7) or a home visit (001 §3.2). */
    vervolg: z.enum(['onderzoek-absoluut-verzuim', 'huisbezoek']),
    /** Latest start of the investigation, when the instructie sets one. */
    uiterlijk: z.iso.date().optional(),
    vastgesteldOp: z.iso.date(),
    instructieVersie: z.string().min(1),
  }),
});

export type AbsoluutVerzuimVermoedV1 = z.output<typeof absoluutVerzuimVermoedV1.payload>;
