import { JsonLogger, redact } from './json-logger';
import { runWithTrace } from './trace-context';

describe('JsonLogger', () => {
  it('writes one JSON object per line with service, level and the trace of the current request', () => {
    const lines: string[] = [];
    const logger = new JsonLogger('verzuim', 'info', (line) => lines.push(line));
    runWithTrace({ traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, () => logger.log('melding opgeslagen', 'VerzuimmeldingService'));
    const parsed = JSON.parse(lines[0]);
    expect(parsed).toMatchObject({ level: 'info', service: 'verzuim', msg: 'melding opgeslagen', traceId: 'a'.repeat(32), context: 'VerzuimmeldingService' });
  });

  it('masks anything that looks like a BSN', () => {
    const lines: string[] = [];
    new JsonLogger('x', 'info', (line) => lines.push(line)).error(new Error('duplicate key (bsn)=(111222333)'));
    expect(lines[0]).not.toContain('111222333');
    expect(redact('id 1234567890 bsn 123456782.')).toBe('id 1234567890 bsn *********.');
  });

  it('masks BSN-like values in structured fields too (an operation name comes from the caller)', () => {
    const lines: string[] = [];
    new JsonLogger('x', 'info', (line) => lines.push(line)).event('info', 'graphql-verzoek', { operatie: 'query Zoek111222333', duurMs: 12 });
    expect(JSON.parse(lines[0])).toMatchObject({ operatie: 'query Zoek*********', duurMs: 12 });
  });

  it('drops lines below the configured level', () => {
    const lines: string[] = [];
    const logger = new JsonLogger('x', 'warn', (line) => lines.push(line));
    logger.log('info');
    logger.debug('debug');
    logger.warn('warn');
    expect(lines).toHaveLength(1);
  });
});
