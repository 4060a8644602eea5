import { z } from 'zod/v4';
import { defineEvent } from '../define-event';

/**
 * leerlingenadministratie → all: the BRP registered a move of a youth in the population
 * (administratie.md §8). Data minimisation: the pseudonymous person key (envelope subjectKey), the
 * two gemeenten and the date; no BSN, no address. The envelope's gemeente is the new woongemeente.
 */
export const persoonVerhuisdV1 = defineEvent({
  context: 'leerlingenadministratie',
  name: 'persoon-verhuisd',
  version: 1,
  payload: z.object({
    vanGemeente: z.string().regex(/^\d{4}$/),
    naarGemeente: z.string().regex(/^\d{4}$/),
    verhuisdOp: z.iso.date(),
    /** True when the leerlingdossier moved along to the new gemeente (both are served by the centre). */
    dossierOvergedragen: z.boolean(),
  }),
});

export type PersoonVerhuisdV1 = z.output<typeof persoonVerhuisdV1.payload>;
