/*
 * The envelope every event travels in. Contracts are written with the zod 4 API (`zod/v4`, shipped
 * inside the installed zod 3.25) because it can emit JSON Schema (`z.toJSONSchema`), which the
 * checked-in contract snapshots rely on; `zod/v4` keeps working unchanged after an upgrade to zod 4.
 */
import { z } from 'zod/v4';

/** AVG = ordinary personal data; AVG-bijzonder = special categories (art 9 AVG); Wpg = police data. */
export const CLASSIFICATIONS = ['AVG', 'AVG-bijzonder', 'Wpg'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const ACTOR_TYPES = ['gebruiker', 'partner', 'systeem'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const eventActorSchema = z.object({
  type: z.enum(ACTOR_TYPES),
  /** Keycloak subject, partner client id or service name; never a BSN or a name. */
  id: z.string().min(1),
  rol: z.string().min(1).optional(),
});
export type EventActor = z.output<typeof eventActorSchema>;

export const eventEnvelopeSchema = z.object({
  eventId: z.uuid(),
  /** `<context>.<name>`, e.g. 'verzuim.verzuimmelding-ontvangen'. */
  type: z.string().regex(/^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/),
  version: z.number().int().min(1),
  occurredAt: z.iso.datetime({ offset: true }),
  /** CBS gemeentecode: the tenant. Consumers set their row-level-security context from it. */
  gemeente: z.string().regex(/^\d{4}$/),
  /**
   * Keyed pseudonym of the person (HMAC-SHA256 hex today, see util-bsn `pseudonimiseerBsn`); also
   * the partition key, so all events about one youth stay in order. A length range rather than
   * exactly 64 so a future key scheme does not force a new version of every topic.
   */
  subjectKey: z.string().regex(/^[0-9a-f]{32,128}$/),
  classification: z.enum(CLASSIFICATIONS),
  correlationId: z.string().min(1),
  causationId: z.string().min(1).nullable(),
  actor: eventActorSchema,
  /** Validated by the event's own contract, not here. */
  payload: z.unknown(),
});

type EnvelopeFields = Omit<z.output<typeof eventEnvelopeSchema>, 'payload'>;
export type EventEnvelope<P> = EnvelopeFields & { payload: P };
