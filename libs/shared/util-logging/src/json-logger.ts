import type { LoggerService } from '@nestjs/common';
import { currentTrace } from './trace-context';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * Nine-digit runs look like a BSN. Nothing should ever log one, but a library message might
 * (a SQL error echoing a parameter, say): mask them as a last line of defence.
 */
const BSN_LIKE = /(?<!\d)\d{9}(?!\d)/g;
export function redact(text: string): string {
  return text.replace(BSN_LIKE, '*********');
}

/**
 * Structured JSON logs, one object per line, with service name and trace ids. Only messages and
 * a small set of technical fields; never request bodies or personal data.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly service: string,
    private readonly level: LogLevel = 'info',
    private readonly write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  ) {}

  log(message: unknown, context?: string): void {
    this.emit('info', message, context);
  }
  error(message: unknown, traceOrContext?: string, context?: string): void {
    this.emit('error', message, context ?? traceOrContext);
  }
  warn(message: unknown, context?: string): void {
    this.emit('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.emit('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.emit('debug', message, context);
  }

  /** Structured event: `fields` must hold technical values only (ids, counts, codes). */
  event(level: LogLevel, msg: string, fields: Record<string, string | number | boolean | null> = {}): void {
    this.emit(level, msg, undefined, fields);
  }

  private emit(level: LogLevel, message: unknown, context?: string, fields: Record<string, unknown> = {}): void {
    if (ORDER[level] < ORDER[this.level]) {
      return;
    }
    const trace = currentTrace();
    const text = message instanceof Error ? `${message.name}: ${message.message}` : String(message);
    const line: Record<string, unknown> = {
      time: new Date().toISOString(),
      level,
      service: this.service,
      ...(context ? { context } : {}),
      msg: redact(text),
      ...(trace ? { traceId: trace.traceId, spanId: trace.spanId } : {}),
      // Field values are technical, but some come from the caller (an operation name): mask them too.
      ...Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, typeof value === 'string' ? redact(value) : value])),
    };
    this.write(JSON.stringify(line));
  }
}
