import { z } from 'zod/v4';
import { defineEvent } from '../define-event';

/**
 * DUO's closure reasons (koppelingen §1.3) and how a letter says them. The code list is DUO's; the
 * wording is ours (concept text, like the letter templates), shared by the services that write letters.
 */
export const AFSLUITREDEN_IN_WOORDEN = {
  'terug-naar-school': 'de leerling gaat weer naar school of heeft de opleiding hervat',
  'inschrijving-beeindigd-andere-opleiding': 'de inschrijving is beëindigd omdat de leerling een andere opleiding volgt',
  'inschrijving-beeindigd-werk': 'de inschrijving is beëindigd omdat de jongere werkt',
  'inschrijving-beeindigd-overige-redenen': 'de inschrijving is beëindigd',
  'inschrijving-beeindigd-leerling-overleden': 'de leerling is overleden',
  'geen-verzuim-langdurig-ziek': 'er is geen sprake van verzuim: de leerling is langdurig ziek',
  'geen-verzuim-legitiem-afwezig': 'er is geen sprake van verzuim: de leerling was met een geldige reden afwezig',
} as const;
export type Afsluitreden = keyof typeof AFSLUITREDEN_IN_WOORDEN;
const AFSLUITREDENEN = Object.keys(AFSLUITREDEN_IN_WOORDEN) as [Afsluitreden, ...Afsluitreden[]];

/**
 * verzuim → leerlingenadministratie: a melding was closed; send the closure letter to the parents
 * and/or the youth (000 art 6 lid 8; 001 §3.2; 003 art 6 lid 4 a). The administration holds the
 * names, the address and who has gezag (BRP), so it composes the letter from the gemeente's
 * template and files it in the dossier. The person is the envelope's subjectKey; no BSN, no names.
 */
export const verzuimbriefGevraagdV1 = defineEvent({
  context: 'verzuim',
  name: 'verzuimbrief-gevraagd',
  version: 1,
  payload: z.object({
    /** Idempotency: one letter per briefId, however often the event arrives. */
    briefId: z.uuid(),
    soort: z.enum(['verzuim-afsluiting-ouders', 'verzuim-afsluiting-jongere']),
    meldingId: z.uuid(),
    zaakId: z.uuid(),
    schoolBrin: z.string().regex(/^[0-9A-Z]{4}$/),
    meldingsdatum: z.iso.date(),
    /** DUO closure reason (koppelingen §1.3); the letter states it in words. */
    afsluitreden: z.enum(AFSLUITREDENEN),
    datum: z.iso.date(),
    kenmerk: z.string().min(1).max(64),
    instructieVersie: z.string().min(1),
  }),
});

export type VerzuimbriefGevraagdV1 = z.output<typeof verzuimbriefGevraagdV1.payload>;
