import { z } from 'zod/v4';
import { ContractViolation, formatPath, type ContractIssue } from './contract-violation';
import { eventEnvelopeSchema, type EventEnvelope } from './envelope';

export interface EventContract<P> {
  readonly context: string;
  readonly name: string;
  /** `<context>.<name>`: the envelope's `type`. */
  readonly type: string;
  readonly version: number;
  /** `leerrecht.<context>.<name>.v<version>`: a breaking change is a new version, so a new topic. */
  readonly topic: string;
  readonly payload: z.ZodType<P>;
  /** Validates envelope and payload; throws ContractViolation. Unknown payload keys are stripped. */
  parse(value: unknown): EventEnvelope<P>;
}

export interface EventDefinition<P> {
  context: string;
  name: string;
  version: number;
  payload: z.ZodType<P>;
}

const SEGMENT = /^[a-z][a-z0-9-]*$/;

function toIssues(error: z.ZodError, prefix: readonly PropertyKey[]): ContractIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(prefix, issue.path),
    code: issue.code,
    message: issue.message,
  }));
}

export function defineEvent<P>(definition: EventDefinition<P>): EventContract<P> {
  const { context, name, version, payload } = definition;
  // Checked once at start-up: a bad name would otherwise become a topic nobody can find again.
  if (!SEGMENT.test(context) || !SEGMENT.test(name)) {
    throw new Error(`event context and name must be kebab-case: '${context}', '${name}'`);
  }
  if (!Number.isInteger(version) || version < 1) {
    throw new Error(`event version must be an integer >= 1 (${context}.${name})`);
  }
  const type = `${context}.${name}`;

  return {
    context,
    name,
    type,
    version,
    topic: `leerrecht.${context}.${name}.v${version}`,
    payload,
    parse(value: unknown): EventEnvelope<P> {
      const envelope = eventEnvelopeSchema.safeParse(value);
      if (!envelope.success) {
        throw new ContractViolation(type, toIssues(envelope.error, []));
      }
      const mismatch: ContractIssue[] = [];
      if (envelope.data.type !== type) {
        mismatch.push({ path: 'type', code: 'invalid_value', message: `expected '${type}'` });
      }
      if (envelope.data.version !== version) {
        mismatch.push({ path: 'version', code: 'invalid_value', message: `expected ${version}` });
      }
      if (mismatch.length > 0) {
        throw new ContractViolation(type, mismatch);
      }
      const parsed = payload.safeParse(envelope.data.payload);
      if (!parsed.success) {
        throw new ContractViolation(type, toIssues(parsed.error, ['payload']));
      }
      return { ...envelope.data, payload: parsed.data };
    },
  };
}

/**
 * A stable JSON description of a contract (JSON Schema of envelope and payload), for the
 * checked-in snapshots: an unreviewed change to a contract then fails CI.
 */
export function describeContract<P>(contract: EventContract<P>): Record<string, unknown> {
  return {
    type: contract.type,
    version: contract.version,
    topic: contract.topic,
    // 'input': what a producer must send (unknown keys are accepted and stripped on parse).
    envelope: z.toJSONSchema(eventEnvelopeSchema, { io: 'input' }),
    payload: z.toJSONSchema(contract.payload, { io: 'input' }),
  };
}
