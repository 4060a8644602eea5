import type { DataSource, EntityManager } from 'typeorm';
import type { EventContract, EventEnvelope } from '@leerrecht/shared/contracts-events';
import { TENANT_SETTING } from '@leerrecht/shared/data-access-db';
import type { BusConfig } from './bus-config';
import { replayDeadLetters } from './dlq-replay';
import { EventConsumer } from './event-consumer';
import {
  createTestSchema,
  dropTestSchema,
  envelope,
  KAFKA_BROKERS,
  openDataSource,
  probeContract,
  subjectKey,
  suffix,
  TopicCollector,
  waitFor,
  type ProbePayload,
} from './integration-support';
import { KafkaBus } from './kafka-bus';

const quiet = (): void => undefined;
const main = probeContract('consumer');
const handover = probeContract('handover');
const BSN_IN_ERROR = '123456782';

describe('event consumer (PostgreSQL + Kafka)', () => {
  let dataSource: DataSource;
  let schema: string;
  let bus: KafkaBus;
  let config: BusConfig;
  let consumer: EventConsumer;
  const dlq = new TopicCollector();
  /** Handler invocations per event id, and how each should behave. */
  const calls = new Map<string, number>();
  const failTimes = new Map<string, number>();
  const broken = new Set<string>();

  async function recordEffect(event: EventEnvelope<ProbePayload>, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO "${schema}"."handled" ("event_id", "n", "tenant") VALUES ($1, $2, current_setting($3, true))`,
      [event.eventId, event.payload.n, TENANT_SETTING],
    );
  }

  async function handler(event: EventEnvelope<ProbePayload>, manager: EntityManager): Promise<void> {
    calls.set(event.eventId, (calls.get(event.eventId) ?? 0) + 1);
    // The effect is written first, so a failure afterwards proves the rollback.
    await recordEffect(event, manager);
    if (broken.has(event.eventId)) {
      throw Object.assign(new Error(`leerling ${BSN_IN_ERROR} onbekend`), { code: 'LEERLING_ONBEKEND' });
    }
    const left = failTimes.get(event.eventId) ?? 0;
    if (left > 0) {
      failTimes.set(event.eventId, left - 1);
      throw new Error('tijdelijk niet beschikbaar');
    }
  }

  async function publish<P>(contract: EventContract<P>, event: EventEnvelope<P> | string): Promise<void> {
    const value = typeof event === 'string' ? event : JSON.stringify(event);
    const key = typeof event === 'string' ? null : event.subjectKey;
    const headers: Record<string, string> = typeof event === 'string' ? {} : { 'event-id': event.eventId };
    await bus.send([{ topic: contract.topic, key, value, headers }]);
  }

  async function handledRows(eventId: string): Promise<{ tenant: string }[]> {
    return (await dataSource.query(`SELECT "tenant" FROM "${schema}"."handled" WHERE "event_id" = $1`, [
      eventId,
    ])) as { tenant: string }[];
  }

  async function inboxRows(group: string, eventId: string): Promise<number> {
    const [row] = (await dataSource.query(
      `SELECT count(*)::int AS "n" FROM "${schema}"."inbox_message" WHERE "consumer_group" = $1 AND "event_id" = $2`,
      [group, eventId],
    )) as { n: number }[];
    return row?.n ?? -1;
  }

  const isHandled = async (eventId: string): Promise<boolean> => (await handledRows(eventId)).length > 0;
  const dlqFor = (eventId: string) => dlq.messages.filter((m) => m.headers['event-id'] === eventId);

  beforeAll(async () => {
    dataSource = await openDataSource();
    schema = await createTestSchema(dataSource);
    config = {
      brokers: KAFKA_BROKERS,
      clientId: `bus-test-${suffix()}`,
      consumerGroup: `bus-test-group-${suffix()}`,
      schema,
      retry: { attempts: 4, initialDelayMs: 20, maxDelayMs: 100 },
    };
    bus = new KafkaBus(config, { log: quiet });
    await bus.connect();
    consumer = new EventConsumer(dataSource, bus, config).on(main, handler);
    await consumer.start(); // also creates the topic and its DLQ
    await dlq.start([`${main.topic}.dlq`]);
  });

  afterAll(async () => {
    await consumer.stop();
    await dlq.stop();
    await dlq.deleteTopics([main.topic, `${main.topic}.dlq`, handover.topic, `${handover.topic}.dlq`]);
    await bus.disconnect();
    await dropTestSchema(dataSource, schema);
    await dataSource.destroy();
  });

  it('applies an event delivered twice only once, in the tenant context of its gemeente', async () => {
    const person = subjectKey();
    const event = envelope(main, { n: 1 }, person);
    const sentinel = envelope(main, { n: 2 }, person);
    await publish(main, event);
    await publish(main, event);
    await publish(main, sentinel); // same key, same partition: handled after both copies
    await waitFor(() => isHandled(sentinel.eventId), 30_000, 'the sentinel');

    expect(await handledRows(event.eventId)).toEqual([{ tenant: '0193' }]);
    expect(calls.get(event.eventId)).toBe(1);
    expect(await inboxRows(config.consumerGroup, event.eventId)).toBe(1);
  });

  it('retries a failing handler with backoff and applies the event once when it recovers', async () => {
    const event = envelope(main, { n: 3 });
    failTimes.set(event.eventId, 2);
    await publish(main, event);
    await waitFor(() => isHandled(event.eventId), 30_000, 'the flaky event');

    expect(calls.get(event.eventId)).toBe(3);
    expect(await handledRows(event.eventId)).toHaveLength(1); // the two failed attempts rolled back
    expect(await inboxRows(config.consumerGroup, event.eventId)).toBe(1);
    expect(dlqFor(event.eventId)).toHaveLength(0);
  });

  it('dead-letters an event that keeps failing, carries on, and processes it after a replay', async () => {
    const person = subjectKey();
    const poison = envelope(main, { n: 4 }, person);
    const next = envelope(main, { n: 5 }, person);
    broken.add(poison.eventId);
    await publish(main, poison);
    await publish(main, next);
    await waitFor(() => isHandled(next.eventId), 30_000, 'the event after the poison one');
    await waitFor(() => dlqFor(poison.eventId).length === 1, 15_000, 'the dead letter');

    expect(calls.get(poison.eventId)).toBe(4);
    expect(await handledRows(poison.eventId)).toHaveLength(0);
    expect(await inboxRows(config.consumerGroup, poison.eventId)).toBe(0);
    const [letter] = dlqFor(poison.eventId);
    expect(letter?.key).toBe(person);
    expect(JSON.parse(letter?.value ?? '{}')).toEqual(poison);
    expect(letter?.headers).toMatchObject({
      'dlq-original-topic': main.topic,
      'dlq-consumer-group': config.consumerGroup,
    });
    expect(letter?.headers['dlq-reason']).toContain('LEERLING_ONBEKEND');
    expect(letter?.headers['dlq-reason']).not.toContain(BSN_IN_ERROR);
    expect(Date.parse(letter?.headers['dlq-failed-at'] ?? '')).not.toBeNaN();

    broken.delete(poison.eventId); // "the fix is deployed"
    const lines: string[] = [];
    const dry = await replayDeadLetters(bus, { topic: main.topic, eventId: poison.eventId, dryRun: true, log: (l) => lines.push(l) });
    expect(dry.replayed).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await handledRows(poison.eventId)).toHaveLength(0);

    const result = await replayDeadLetters(bus, {
      topic: main.topic,
      eventId: poison.eventId,
      consumerGroup: config.consumerGroup,
      log: (l) => lines.push(l),
    });
    expect(result.replayed).toBe(1);
    await waitFor(() => isHandled(poison.eventId), 30_000, 'the replayed event');
    expect(await handledRows(poison.eventId)).toHaveLength(1);
    expect(lines.join('\n')).not.toContain(BSN_IN_ERROR);
  });

  it('dead-letters a message that violates its contract without calling the handler', async () => {
    const invalid = { ...envelope(main, { n: 6 }), payload: { n: 'zes' } };
    await bus.send([{ topic: main.topic, key: invalid.subjectKey, value: JSON.stringify(invalid), headers: { 'event-id': invalid.eventId } }]);
    await publish(main, 'geen json');
    await waitFor(() => dlqFor(invalid.eventId).length === 1, 30_000, 'the contract violation');
    await waitFor(() => dlq.messages.some((m) => m.value === 'geen json'), 30_000, 'the non-JSON message');

    expect(dlqFor(invalid.eventId)[0]?.headers['dlq-reason']).toBe('contract-violation: payload.n');
    expect(dlq.messages.find((m) => m.value === 'geen json')?.headers['dlq-reason']).toBe('contract-violation: (root)');
    expect(calls.has(invalid.eventId)).toBe(false);
  });

  it('does not dead-letter when the database fails, and processes the event once it is back', async () => {
    const event = envelope(main, { n: 7 });
    await dataSource.query(`ALTER TABLE "${schema}"."inbox_message" RENAME TO "inbox_message_away"`);
    try {
      await publish(main, event);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(await isHandled(event.eventId)).toBe(false);
    } finally {
      await dataSource.query(`ALTER TABLE "${schema}"."inbox_message_away" RENAME TO "inbox_message"`);
    }
    await waitFor(() => isHandled(event.eventId), 60_000, 'the event after the outage');
    expect(dlqFor(event.eventId)).toHaveLength(0);
    expect(consumer.isRunning()).toBe(true);
  });

  it('hands over to a new consumer in the same group after stop(): all processed, none twice', async () => {
    const group = `bus-test-handover-${suffix()}`;
    const handoverConfig: BusConfig = { ...config, consumerGroup: group };
    let processed = 0;
    const slowHandler = async (event: EventEnvelope<ProbePayload>, manager: EntityManager): Promise<void> => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      await recordEffect(event, manager);
      processed += 1;
    };
    const events = Array.from({ length: 40 }, (_, n) => envelope(handover, { n }));
    const first = new EventConsumer(dataSource, bus, handoverConfig).on(handover, slowHandler);
    await first.start();

    let published = 0;
    const publishing = (async () => {
      for (const event of events) {
        await publish(handover, event);
        published += 1;
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
    })();
    await waitFor(() => processed >= 5, 30_000, 'the first consumer to make progress');
    const publishedAtStop = published;
    await first.stop();
    const byFirst = processed;
    expect(publishedAtStop).toBeLessThan(events.length); // stopped while events were still coming in
    expect(first.isRunning()).toBe(false);
    await publishing;

    const second = new EventConsumer(dataSource, bus, handoverConfig).on(handover, slowHandler);
    await second.start();
    try {
      const ids = events.map((e) => e.eventId);
      await waitFor(
        async () => {
          const [row] = (await dataSource.query(
            `SELECT count(DISTINCT "event_id")::int AS "n" FROM "${schema}"."handled" WHERE "event_id" = ANY($1::uuid[])`,
            [ids],
          )) as { n: number }[];
          return row?.n === events.length;
        },
        60_000,
        'all handover events',
      );
      const [total] = (await dataSource.query(
        `SELECT count(*)::int AS "n" FROM "${schema}"."handled" WHERE "event_id" = ANY($1::uuid[])`,
        [ids],
      )) as { n: number }[];
      expect(total?.n).toBe(events.length);
      expect(byFirst).toBeLessThan(events.length);
      expect(processed).toBe(events.length); // the handler itself never ran twice for an event
    } finally {
      await second.stop();
    }
  });
});
