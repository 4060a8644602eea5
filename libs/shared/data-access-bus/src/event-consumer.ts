import { KafkaJSError, type Consumer, type EachMessagePayload, type KafkaMessage } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import { ContractViolation, type EventContract, type EventEnvelope } from '@leerrecht/shared/contracts-events';
import { setTenantContext } from '@leerrecht/shared/data-access-db';
import { backoffDelay, DEFAULT_RETRY, type BusConfig, type RetryConfig } from './bus-config';
import { deadLetterTopic, type KafkaBus } from './kafka-bus';
import { safeErrorText, schemaIdentifier, sleep } from './sql';

export type EventHandler<P> = (event: EventEnvelope<P>, manager: EntityManager) => Promise<void>;

export type EventConsumerOptions = {
  /** Partitions for topics this consumer has to create. Default 3. */
  partitions?: number;
  /** Partitions processed in parallel; order within a partition is always kept. Default 1. */
  partitionsConsumedConcurrently?: number;
  /** start() waits at most this long for the first group join. Default 30 s. */
  joinTimeoutMs?: number;
  clock?: () => Date;
};

export const DLQ_HEADERS = {
  reason: 'dlq-reason',
  originalTopic: 'dlq-original-topic',
  consumerGroup: 'dlq-consumer-group',
  failedAt: 'dlq-failed-at',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
} as const;

type ParsedEvent = { event: EventEnvelope<unknown>; handle: (manager: EntityManager) => Promise<void> };
type Registration = { parse: (value: unknown) => ParsedEvent };

/** Marks an error thrown by the feature's handler (retried, then dead-lettered). */
class HandlerFailure extends Error {
  constructor(readonly failure: unknown) {
    super('handler failed');
  }
}

/** Thrown out of eachMessage: the offset is not advanced and kafkajs delivers the message again. */
class RedeliverError extends KafkaJSError {}

/**
 * Consumes events for one consumer group: contract check at the edge, exactly-once effect through
 * the inbox (same transaction as the handler's writes), retries with backoff, then dead-letter.
 * Offsets only advance after a message was processed, skipped as duplicate, or dead-lettered.
 */
export class EventConsumer {
  private readonly registrations = new Map<string, Registration>();
  private readonly inbox: string;
  private readonly retry: RetryConfig;
  private readonly clock: () => Date;
  private consumer: Consumer | undefined;
  private stopping: AbortController | undefined;
  private crashed = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: KafkaBus,
    private readonly config: BusConfig,
    private readonly options: EventConsumerOptions = {},
  ) {
    this.inbox = `${schemaIdentifier(config.schema)}."inbox_message"`;
    this.retry = config.retry ?? DEFAULT_RETRY;
    this.clock = options.clock ?? (() => new Date());
  }

  /** Registers the handler for a contract's topic. Call before start(). */
  on<P>(contract: EventContract<P>, handler: EventHandler<P>): this {
    if (this.consumer) {
      throw new Error('EventConsumer.on must be called before start()');
    }
    if (this.registrations.has(contract.topic)) {
      throw new Error(`a handler for ${contract.topic} is already registered`);
    }
    this.registrations.set(contract.topic, {
      parse: (value) => {
        const event = contract.parse(value);
        return { event, handle: (manager) => handler(event, manager) };
      },
    });
    return this;
  }

  /** Topics with a registered handler (a service that consumes nothing never joins a group). */
  subscribedTopics(): string[] {
    return [...this.registrations.keys()];
  }

  /** Creates missing topics, joins the group and starts consuming (new groups from the beginning). */
  async start(): Promise<void> {
    if (this.consumer) {
      return;
    }
    const topics = [...this.registrations.keys()];
    if (topics.length === 0) {
      throw new Error('EventConsumer.start: no handlers registered');
    }
    await this.bus.ensureTopics(topics, this.options.partitions ?? 3);
    const consumer = this.bus.createConsumer(this.config.consumerGroup);
    const stopping = new AbortController();
    const joined = new Promise<void>((resolve) => {
      const off = consumer.on(consumer.events.GROUP_JOIN, () => {
        off();
        resolve();
      });
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.crashed = !payload.restart;
      this.bus.log('error', 'event consumer crashed', {
        component: 'event-consumer',
        groupId: payload.groupId,
        restart: payload.restart,
        error: safeErrorText(payload.error),
      });
    });
    try {
      await consumer.connect();
      await consumer.subscribe({ topics, fromBeginning: true });
      await consumer.run({
        autoCommit: true,
        partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
        eachMessage: (payload) => this.handleMessage(payload, stopping.signal),
      });
    } catch (error) {
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
    this.consumer = consumer;
    this.stopping = stopping;
    this.crashed = false;
    // Returning after the join lets callers (and tests) rely on consumption having begun; after
    // the timeout kafkajs keeps trying in the background.
    const joinWait = new AbortController();
    await Promise.race([joined, sleep(this.options.joinTimeoutMs ?? 30_000, joinWait.signal)]);
    joinWait.abort();
  }

  /**
   * Finishes or abandons the message in progress (an abandoned one is redelivered, never lost),
   * commits processed offsets and leaves the group.
   */
  async stop(): Promise<void> {
    const consumer = this.consumer;
    if (!consumer) {
      return;
    }
    this.stopping?.abort();
    await consumer.disconnect();
    this.consumer = undefined;
    this.stopping = undefined;
  }

  /** For readiness: false before start(), after stop(), or after a crash kafkajs will not restart. */
  isRunning(): boolean {
    return this.consumer !== undefined && !this.crashed;
  }

  private async handleMessage({ topic, partition, message, heartbeat }: EachMessagePayload, stop: AbortSignal): Promise<void> {
    if (stop.aborted) {
      throw new RedeliverError('consumer stopping', { retriable: true });
    }
    const registration = this.registrations.get(topic);
    if (!registration) {
      return; // not subscribed; cannot happen
    }

    let parsed: ParsedEvent;
    try {
      parsed = registration.parse(decode(message));
    } catch (error) {
      if (error instanceof ContractViolation) {
        await this.deadLetter(topic, partition, message, `contract-violation: ${ContractViolation.paths(error.issues)}`);
        return;
      }
      throw error;
    }

    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.processOnce(topic, parsed);
        return;
      } catch (error) {
        if (!(error instanceof HandlerFailure)) {
          // Database unreachable and the like: not the message's fault, so never dead-letter it;
          // kafkajs backs off and delivers it again.
          throw new RedeliverError(`event processing failed: ${safeErrorText(error)}`, { retriable: true });
        }
        if (attempt >= this.retry.attempts) {
          await this.deadLetter(topic, partition, message, safeErrorText(error.failure), parsed.event.eventId);
          return;
        }
        this.bus.log('warn', 'event handler failed, retrying', {
          component: 'event-consumer',
          topic,
          eventId: parsed.event.eventId,
          attempt,
          error: safeErrorText(error.failure),
        });
        await heartbeat();
        await sleep(backoffDelay(this.retry, attempt), stop);
        if (stop.aborted) {
          throw new RedeliverError('consumer stopping', { retriable: true });
        }
      }
    }
  }

  /** One attempt in one transaction: inbox row, tenant context and the handler's writes commit together. */
  private async processOnce(topic: string, { event, handle }: ParsedEvent): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const inserted = (await manager.query(
        `INSERT INTO ${this.inbox} ("consumer_group", "event_id", "topic") VALUES ($1, $2, $3)
          ON CONFLICT DO NOTHING RETURNING "event_id"`,
        [this.config.consumerGroup, event.eventId, topic],
      )) as unknown[];
      if (inserted.length === 0) {
        this.bus.log('debug', 'duplicate event skipped', { component: 'event-consumer', topic, eventId: event.eventId });
        return;
      }
      // Row-level security on the handler's writes follows the event's gemeente.
      await setTenantContext(manager, [event.gemeente]);
      try {
        await handle(manager);
        // A handler that swallowed a SQL error leaves the transaction aborted, and PostgreSQL turns
        // COMMIT into a silent ROLLBACK: the message would be acknowledged without any effect.
        await manager.query('SELECT 1');
      } catch (error) {
        throw new HandlerFailure(error);
      }
    });
  }

  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    reason: string,
    eventId?: string,
  ): Promise<void> {
    // The original key and value, untouched, so a replay is indistinguishable from the first delivery.
    await this.bus.send([
      {
        topic: deadLetterTopic(topic),
        key: message.key,
        value: message.value,
        headers: {
          ...message.headers,
          [DLQ_HEADERS.reason]: reason.slice(0, 500),
          [DLQ_HEADERS.originalTopic]: topic,
          [DLQ_HEADERS.consumerGroup]: this.config.consumerGroup,
          [DLQ_HEADERS.failedAt]: this.clock().toISOString(),
          [DLQ_HEADERS.originalPartition]: String(partition),
          [DLQ_HEADERS.originalOffset]: message.offset,
        },
      },
    ]);
    this.bus.log('warn', 'event dead-lettered', {
      component: 'event-consumer',
      topic,
      partition,
      offset: message.offset,
      eventId: eventId ?? null,
      reason: reason.slice(0, 500),
    });
  }
}

function decode(message: KafkaMessage): unknown {
  if (message.value === null) {
    throw new ContractViolation('(unknown)', [{ path: '(root)', code: 'empty', message: 'message has no value' }]);
  }
  try {
    return JSON.parse(message.value.toString('utf8')) as unknown;
  } catch {
    throw new ContractViolation('(unknown)', [{ path: '(root)', code: 'invalid_json', message: 'message is not JSON' }]);
  }
}
