import { randomUUID } from 'node:crypto';
import { z } from 'zod/v4';
import { ContractViolation } from './contract-violation';
import { defineEvent } from './define-event';
import { verzuimmeldingOntvangenV1 } from './events';

const BSN = '123456782';

function validEnvelope(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    eventId: randomUUID(),
    type: 'verzuim.verzuimmelding-ontvangen',
    version: 1,
    occurredAt: '2025-09-01T08:30:00.000Z',
    gemeente: '0193',
    subjectKey: 'ab'.repeat(32),
    classification: 'AVG',
    correlationId: 'corr-1',
    causationId: null,
    actor: { type: 'systeem', id: 'verzuim' },
    payload: {
      meldingId: randomUUID(),
      bsn: BSN,
      schoolBrin: '12AB',
      verzuimsoort: 'luxe',
      beginDatum: '2025-09-01',
      status: 'geregistreerd',
      instructieVersie: 'zwolle-2025.1',
    },
    ...overrides,
  };
}

function violationOf(fn: () => unknown): ContractViolation {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContractViolation) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a ContractViolation');
}

describe('defineEvent', () => {
  it('derives type and a versioned topic from context, name and version', () => {
    const contract = defineEvent({ context: 'handhaving', name: 'pv-opgemaakt', version: 3, payload: z.object({}) });
    expect(contract.type).toBe('handhaving.pv-opgemaakt');
    expect(contract.topic).toBe('leerrecht.handhaving.pv-opgemaakt.v3');
    expect(verzuimmeldingOntvangenV1.topic).toBe('leerrecht.verzuim.verzuimmelding-ontvangen.v1');
  });

  it('refuses names that would make unusable topics', () => {
    expect(() => defineEvent({ context: 'Verzuim', name: 'x', version: 1, payload: z.object({}) })).toThrow();
    expect(() => defineEvent({ context: 'verzuim', name: 'x', version: 0, payload: z.object({}) })).toThrow();
  });
});

describe('contract.parse', () => {
  it('accepts a valid envelope and strips unknown payload fields (data minimisation)', () => {
    const input = validEnvelope();
    const parsed = verzuimmeldingOntvangenV1.parse({
      ...input,
      payload: { ...(input['payload'] as object), naam: 'Jan' },
    });
    expect(parsed.payload.bsn).toBe(BSN);
    expect(parsed.gemeente).toBe('0193');
    expect(parsed.payload).not.toHaveProperty('naam');
  });

  it('rejects a wrong payload naming the path but never the value', () => {
    const input = validEnvelope();
    const badBsn = '12345678X';
    const violation = violationOf(() =>
      verzuimmeldingOntvangenV1.parse({ ...input, payload: { ...(input['payload'] as object), bsn: badBsn } }),
    );
    expect(violation.issues.map((issue) => issue.path)).toEqual(['payload.bsn']);
    expect(violation.message).toContain('payload.bsn');
    expect(violation.message).not.toContain(badBsn);
    expect(JSON.stringify(violation.issues)).not.toContain(badBsn);
  });

  it('rejects an envelope of another version or type', () => {
    expect(violationOf(() => verzuimmeldingOntvangenV1.parse(validEnvelope({ version: 2 }))).issues[0]?.path).toBe(
      'version',
    );
    expect(
      violationOf(() => verzuimmeldingOntvangenV1.parse(validEnvelope({ type: 'verzuim.iets-anders' }))).issues[0]?.path,
    ).toBe('type');
  });

  it('rejects a broken envelope (gemeente must be a CBS code)', () => {
    const violation = violationOf(() => verzuimmeldingOntvangenV1.parse(validEnvelope({ gemeente: 'Zwolle' })));
    expect(violation.issues.map((issue) => issue.path)).toEqual(['gemeente']);
  });

  it('rejects a non-object message', () => {
    expect(violationOf(() => verzuimmeldingOntvangenV1.parse('hallo')).issues[0]?.path).toBe('(root)');
  });
});
