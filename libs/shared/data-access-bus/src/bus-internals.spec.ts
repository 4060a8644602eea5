import { backoffDelay, DEFAULT_RETRY } from './bus-config';
import { KafkaBus, type BusLogFields, type BusLogLevel } from './kafka-bus';
import { safeErrorText, schemaIdentifier } from './sql';

describe('backoffDelay', () => {
  it('doubles from the initial delay up to the maximum', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelay(DEFAULT_RETRY, n))).toEqual([
      200, 400, 800, 1600, 3200, 5000, 5000,
    ]);
  });
});

describe('schemaIdentifier', () => {
  it('accepts plain schema names and refuses anything that could inject SQL', () => {
    expect(schemaIdentifier('verzuim')).toBe('"verzuim"');
    expect(() => schemaIdentifier('verzuim"; DROP TABLE x; --')).toThrow('invalid schema name');
    expect(() => schemaIdentifier('Verzuim')).toThrow();
  });
});

describe('safeErrorText', () => {
  it('keeps code and message, masks BSN-like numbers and truncates', () => {
    const error = Object.assign(new Error('leerling 123456782 onbekend'), { code: 'LEERLING_ONBEKEND' });
    expect(safeErrorText(error)).toBe('Error LEERLING_ONBEKEND: leerling ********* onbekend');
    expect(safeErrorText(new Error('x'.repeat(600)))).toHaveLength(500);
  });
});

describe('KafkaBus logging', () => {
  it('passes kafkajs log lines on with technical fields only, never message contents', () => {
    const lines: { level: BusLogLevel; msg: string; fields: BusLogFields }[] = [];
    const bus = new KafkaBus(
      { brokers: ['127.0.0.1:1'], clientId: 'unit' },
      { log: (level, msg, fields) => lines.push({ level, msg, fields }) },
    );
    // The wrapped client's own logger, exactly as kafkajs internals would call it.
    bus['kafka'].logger().namespace('Runner').error('Error when calling eachMessage', {
      topic: 'leerrecht.verzuim.x.v1',
      partition: 2,
      value: '{"bsn":"123456782"}',
      stack: 'at handler (/app/x.ts:1)',
      error: new Error('duplicate key: bsn 123456782'),
    });
    const line = lines.find((l) => l.msg === 'Error when calling eachMessage');
    expect(line?.level).toBe('error');
    expect(line?.fields).toEqual({
      namespace: 'Runner',
      topic: 'leerrecht.verzuim.x.v1',
      partition: 2,
      error: 'Error: duplicate key: bsn *********',
    });
  });
});
