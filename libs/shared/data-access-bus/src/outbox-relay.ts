import type { DataSource } from 'typeorm';
import { DEFAULT_RELAY_INTERVAL_MS } from './bus-config';
import type { BusMessage, KafkaBus } from './kafka-bus';
import { safeErrorText, schemaIdentifier, sleep } from './sql';

export type OutboxRelayOptions = {
  /** Pause between rounds when the outbox is drained. Default 200 ms (BusConfig.relayIntervalMs). */
  intervalMs?: number;
  batchSize?: number;
  /** Upper bound of the backoff after failed rounds. Default 30 s. */
  maxBackoffMs?: number;
  /** Partitions for topics the relay has to create. Default 3. */
  partitions?: number;
};

/** What the relay needs from a stored envelope (validated by the contract when it was written). */
type StoredEnvelope = { type: string; version: number; classification: string; correlationId: string };

type OutboxRow = {
  id: string;
  event_id: string;
  topic: string;
  partition_key: string;
  envelope: StoredEnvelope;
};

type RoundResult = { published: number; error?: unknown };

export class OutboxPublishError extends Error {
  override readonly name = 'OutboxPublishError';
}

/**
 * Publishes committed outbox rows to Kafka and marks them published: at-least-once delivery
 * (a crash between send and commit re-sends; consumers de-duplicate through their inbox).
 */
export class OutboxRelay {
  private readonly table: string;
  private readonly lockName: string;
  private readonly intervalMs: number;
  private readonly batchSize: number;
  private readonly maxBackoffMs: number;
  private readonly partitions: number;
  private abort: AbortController | undefined;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: KafkaBus,
    schema: string,
    options: OutboxRelayOptions = {},
  ) {
    this.table = `${schemaIdentifier(schema)}."outbox_message"`;
    this.lockName = `leerrecht.outbox-relay.${schema}`;
    this.intervalMs = options.intervalMs ?? DEFAULT_RELAY_INTERVAL_MS;
    this.batchSize = options.batchSize ?? 100;
    this.maxBackoffMs = options.maxBackoffMs ?? 30_000;
    this.partitions = options.partitions ?? 3;
  }

  /** Starts the background loop (no-op when running). Needs a connected KafkaBus and an initialised DataSource. */
  start(): void {
    if (this.loop) {
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.loop = this.run(abort.signal);
  }

  /** Stops the loop; resolves after the round in progress has committed or rolled back. */
  async stop(): Promise<void> {
    this.abort?.abort();
    await this.loop;
    this.loop = undefined;
    this.abort = undefined;
  }

  /**
   * One round: publishes up to batchSize unpublished rows in created order. Returns how many were
   * published; throws OutboxPublishError (after recording attempts/last_error) when sending failed.
   */
  async relayOnce(): Promise<number> {
    const result = await this.dataSource.transaction(async (manager): Promise<RoundResult> => {
      // One relay per schema at a time, even with several replicas: with SKIP LOCKED alone, two
      // replicas could publish consecutive batches concurrently and reorder events about one person.
      const [lock] = (await manager.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS "locked"', [
        this.lockName,
      ])) as { locked: boolean }[];
      if (!lock?.locked) {
        return { published: 0 };
      }
      const rows = (await manager.query(
        `SELECT "id", "event_id", "topic", "partition_key", "envelope" FROM ${this.table}
          WHERE "published_at" IS NULL ORDER BY "created_at", "seq" LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      )) as OutboxRow[];
      if (rows.length === 0) {
        return { published: 0 };
      }
      const ids = rows.map((row) => row.id);
      try {
        await this.bus.ensureTopics([...new Set(rows.map((row) => row.topic))], this.partitions);
        await this.bus.send(rows.map(toMessage));
      } catch (error) {
        // Rows stay unpublished for the next round; last_error holds only the client's error text.
        await manager.query(
          `UPDATE ${this.table} SET "attempts" = "attempts" + 1, "last_error" = $2 WHERE "id" = ANY($1::uuid[])`,
          [ids, safeErrorText(error)],
        );
        return { published: 0, error };
      }
      await manager.query(
        `UPDATE ${this.table} SET "published_at" = now(), "attempts" = "attempts" + 1, "last_error" = NULL
          WHERE "id" = ANY($1::uuid[])`,
        [ids],
      );
      return { published: rows.length };
    });
    if (result.error !== undefined) {
      throw new OutboxPublishError(`publishing outbox messages failed: ${safeErrorText(result.error)}`);
    }
    return result.published;
  }

  private async run(signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      let published = 0;
      try {
        published = await this.relayOnce();
        failures = 0;
      } catch (error) {
        failures += 1;
        this.bus.log('warn', 'outbox relay round failed', {
          component: 'outbox-relay',
          failures,
          error: safeErrorText(error),
        });
      }
      if (published >= this.batchSize) {
        continue; // more rows are waiting
      }
      const delay = failures === 0 ? this.intervalMs : Math.min(this.intervalMs * 2 ** failures, this.maxBackoffMs);
      await sleep(delay, signal);
    }
  }
}

function toMessage(row: OutboxRow): BusMessage {
  const { envelope } = row;
  return {
    topic: row.topic,
    key: row.partition_key,
    value: JSON.stringify(envelope),
    headers: {
      'event-id': row.event_id,
      'event-type': envelope.type,
      'event-version': String(envelope.version),
      classification: envelope.classification,
      'correlation-id': envelope.correlationId,
    },
  };
}
