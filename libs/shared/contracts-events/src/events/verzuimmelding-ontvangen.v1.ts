import { z } from 'zod/v4';
import { defineEvent } from '../define-event';

export const VERZUIMSOORTEN = ['wettelijk', 'overig', 'luxe', 'langdurig-relatief', 'achttien-plus'] as const;

/**
 * verzuim → leerlingenadministratie: a verzuimmelding (via DUO) was registered.
 * Data minimisation: this is the minimum the administration needs. The BSN is there because the
 * administration must find or create the leerling by it (subjectKey is a one-way pseudonym);
 * the birth date only when known, to match persons without a BRP record yet. No names, no
 * addresses, no free-text reason: consumers that need more read it through the gateway.
 */
export const verzuimmeldingOntvangenV1 = defineEvent({
  context: 'verzuim',
  name: 'verzuimmelding-ontvangen',
  version: 1,
  payload: z.object({
    meldingId: z.uuid(),
    bsn: z.string().regex(/^\d{9}$/),
    geboortedatum: z.iso.date().optional(),
    /** BRIN of the school that reported (4 characters, e.g. '12AB'). */
    schoolBrin: z.string().regex(/^[0-9A-Z]{4}$/),
    verzuimsoort: z.enum(VERZUIMSOORTEN),
    beginDatum: z.iso.date(),
    status: z.literal('geregistreerd'),
    /** Version of the gemeente's ambtsinstructie the melding was judged under. */
    instructieVersie: z.string().min(1),
  }),
});

export type VerzuimmeldingOntvangenV1 = z.output<typeof verzuimmeldingOntvangenV1.payload>;
