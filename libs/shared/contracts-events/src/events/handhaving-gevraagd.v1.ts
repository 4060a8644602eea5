import { z } from 'zod/v4';
import { defineEvent } from '../define-event';

/**
 * verzuim → handhaving: the officer requests an enforcement measure (verzuim.md §15; handhaving.md
 * §2). Always Wpg: only handhaving reads this topic. It carries the facts the measure rests on
 * (000 art 6 lid 9–13; 003 art 6 lid 5–8) and nothing more: no conversation reports, no reasons in
 * free text. The BSN is there because a (verkort) proces-verbaal and an SVB-melding must identify
 * the youth; the age because Halt (12–18) and SVB (16–17) depend on it.
 */
export const handhavingGevraagdV1 = defineEvent({
  context: 'verzuim',
  name: 'handhaving-gevraagd',
  version: 1,
  payload: z.object({
    verzoekId: z.uuid(),
    zaakId: z.uuid(),
    bsn: z.string().regex(/^\d{9}$/),
    leeftijd: z.number().int().min(0).max(30),
    maatregel: z.enum(['waarschuwing', 'halt', 'proces-verbaal', 'svb']),
    tegen: z.enum(['ouders', 'jongere', 'ouders-en-jongere']),
    zaaksoort: z.enum(['wettelijk', 'overig', 'luxe', 'langdurig-relatief', 'absoluut']),
    feiten: z.object({
      /** Lpw art 22 onderzoek: no vrijstelling applies (000 art 6 lid 10–13; 003 art 6 lid 6–8). */
      geenVrijstelling: z.literal(true),
      verwijtbaar: z.enum(['ouders', 'jongere', 'ouders-en-jongere']),
      /** The 16-hours-in-4-lesweken assessment (Lpw art 21a). */
      wettelijkVerzuim: z.enum(['bereikt', 'niet-bereikt', 'onbepaald']),
      urenInVenster: z.number().min(0).nullable(),
      eersteOvertreding: z.boolean(),
      zorg: z.boolean(),
      luxeVerzuimSchooldagen: z.number().int().min(0).nullable(),
    }),
    masRoute: z.enum(['jeugdhulp', 'halt', 'civiel', 'strafrechtelijk']).nullable(),
    fase: z.string().min(1).nullable(),
    /** What the instructie proposed, when it proposes something (e.g. 002 §7 luxe verzuim: waarschuwing). */
    voorstel: z.enum(['waarschuwing', 'proces-verbaal', 'onderzoek']).nullable(),
    instructieVersie: z.string().min(1),
    gevraagdOp: z.iso.date(),
  }),
});

export type HandhavingGevraagdV1 = z.output<typeof handhavingGevraagdV1.payload>;
