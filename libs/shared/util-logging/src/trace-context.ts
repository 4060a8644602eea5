import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

/** W3C trace context of the current request or message, carried through async calls. */
export interface TraceContext {
  traceId: string;
  spanId: string;
}

const storage = new AsyncLocalStorage<TraceContext>();

export function currentTrace(): TraceContext | undefined {
  return storage.getStore();
}

export function runWithTrace<T>(context: TraceContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function newTraceId(): string {
  return randomBytes(16).toString('hex');
}

export function newSpanId(): string {
  return randomBytes(8).toString('hex');
}

/**
 * Reads a W3C `traceparent` header (00-<trace-id>-<parent-id>-<flags>) and starts a new span in
 * that trace; without a valid header a new trace starts.
 */
export function traceFromTraceparent(header: string | undefined): TraceContext {
  const match = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/.exec(header ?? '');
  return { traceId: match ? match[1] : newTraceId(), spanId: newSpanId() };
}

export function toTraceparent(context: TraceContext): string {
  return `00-${context.traceId}-${context.spanId}-01`;
}
