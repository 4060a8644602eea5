export type RetryConfig = {
  /** Handler attempts in total, the first one included. */
  attempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
};

export type BusConfig = {
  brokers: string[];
  clientId: string;
  consumerGroup: string;
  /** The service's PostgreSQL schema, where outbox_message and inbox_message live. */
  schema: string;
  relayIntervalMs?: number;
  retry?: RetryConfig;
};

export const DEFAULT_RETRY: RetryConfig = { attempts: 5, initialDelayMs: 200, maxDelayMs: 5_000 };
export const DEFAULT_RELAY_INTERVAL_MS = 200;

/** Exponential backoff: delay before attempt `failedAttempts + 1`. */
export function backoffDelay(retry: RetryConfig, failedAttempts: number): number {
  return Math.min(retry.initialDelayMs * 2 ** Math.max(0, failedAttempts - 1), retry.maxDelayMs);
}
