import { z } from 'zod/v4';
import { defineEvent } from '../define-event';

/**
 * The exemption grounds that free a youth from enrolment or attendance, written out as in
 * util-leerplicht (`VrijstellingArtikel`): Lpw art 5 onder a, b, c; art 5a; art 15. "5a" alone
 * would be ambiguous between art 5 onder a and art 5a.
 */
export const VRIJSTELLING_ARTIKELEN = ['5 onder a', '5 onder b', '5 onder c', '5a', '15'] as const;
export type VrijstellingArtikelV1 = (typeof VRIJSTELLING_ARTIKELEN)[number];

const bsn = z.string().regex(/^\d{9}$/);

/**
 * verlof-vrijstelling → leerlingenadministratie, verzuim: an exemption took effect (a kennisgeving
 * art 6 that meets the requirements, 000 art 12 lid 5; 003 art 11 lid 5; or an art 15 decision).
 * The administration sets the plicht status to vrijgesteld for the period and leaves the youth out
 * of the absolute-verzuim check (Lpw art 19; administratie.md §5.2 step 1). The BSN is there so the
 * administration can find or create the leerling; no names, no grounds in words, no statements.
 */
export const vrijstellingVerleendV1 = defineEvent({
  context: 'verlof-vrijstelling',
  name: 'vrijstelling-verleend',
  version: 1,
  payload: z.object({
    /** Idempotency and the key of a later vrijstelling-beeindigd. */
    vrijstellingId: z.uuid(),
    bsn,
    geboortedatum: z.iso.date(),
    artikel: z.enum(VRIJSTELLING_ARTIKELEN),
    van: z.iso.date(),
    /** Inclusive; absent for an open-ended exemption (art 7 statement: never fit). */
    totEnMet: z.iso.date().optional(),
    besluitId: z.uuid(),
    instructieVersie: z.string().min(1),
  }),
});
export type VrijstellingVerleendV1 = z.output<typeof vrijstellingVerleendV1.payload>;

export const VRIJSTELLING_EINDE_REDENEN = ['ingetrokken', 'herroepen-op-bezwaar', 'defensie-ontslag', 'niet-meer-van-toepassing'] as const;

/** verlof-vrijstelling → leerlingenadministratie, verzuim: an exemption ended before its end date (or was revoked). */
export const vrijstellingBeeindigdV1 = defineEvent({
  context: 'verlof-vrijstelling',
  name: 'vrijstelling-beeindigd',
  version: 1,
  payload: z.object({
    vrijstellingId: z.uuid(),
    artikel: z.enum(VRIJSTELLING_ARTIKELEN),
    /** Last day the exemption applied (inclusive); the day before `van` for a revocation ab initio. */
    laatsteDag: z.iso.date(),
    reden: z.enum(VRIJSTELLING_EINDE_REDENEN),
  }),
});
export type VrijstellingBeeindigdV1 = z.output<typeof vrijstellingBeeindigdV1.payload>;

/**
 * verlof-vrijstelling → leerlingenadministratie, verzuim: vervangende leerplicht was granted
 * (Lpw art 3a: adapted programme with praktijktijd; art 3b: arbeid van lichte aard). The youth is
 * not an absolute-verzuim candidate for the period.
 */
export const vervangendeLeerplichtToegestaanV1 = defineEvent({
  context: 'verlof-vrijstelling',
  name: 'vervangende-leerplicht-toegestaan',
  version: 1,
  payload: z.object({
    vervangendeLeerplichtId: z.uuid(),
    bsn,
    geboortedatum: z.iso.date(),
    artikel: z.enum(['3a', '3b']),
    van: z.iso.date(),
    totEnMet: z.iso.date(),
    besluitId: z.uuid(),
    instructieVersie: z.string().min(1),
  }),
});
export type VervangendeLeerplichtToegestaanV1 = z.output<typeof vervangendeLeerplichtToegestaanV1.payload>;

export const vervangendeLeerplichtBeeindigdV1 = defineEvent({
  context: 'verlof-vrijstelling',
  name: 'vervangende-leerplicht-beeindigd',
  version: 1,
  payload: z.object({
    vervangendeLeerplichtId: z.uuid(),
    laatsteDag: z.iso.date(),
    reden: z.enum(['ingetrokken', 'herroepen-op-bezwaar', 'niet-meer-van-toepassing']),
  }),
});
export type VervangendeLeerplichtBeeindigdV1 = z.output<typeof vervangendeLeerplichtBeeindigdV1.payload>;

/**
 * verlof-vrijstelling → leerlingenadministratie: a kennisgeving art 6 does not meet the requirements;
 * the parents must enrol the youth before `inschrijvenUiterlijk` (000 art 12 lid 9; 003 art 11 lid 5).
 * After that day without an enrolment the youth is an absolute-verzuim candidate (inferred).
 */
export const kennisgevingNietVoldaanV1 = defineEvent({
  context: 'verlof-vrijstelling',
  name: 'kennisgeving-niet-voldaan',
  version: 1,
  payload: z.object({
    kennisgevingId: z.uuid(),
    bsn,
    geboortedatum: z.iso.date(),
    artikel: z.enum(['5 onder a', '5 onder b', '5 onder c', '5a']),
    inschrijvenUiterlijk: z.iso.date(),
    instructieVersie: z.string().min(1),
  }),
});
export type KennisgevingNietVoldaanV1 = z.output<typeof kennisgevingNietVoldaanV1.payload>;
