import type { DataSource } from 'typeorm';
import { ContractViolation } from '@leerrecht/shared/contracts-events';
import {
  createTestSchema,
  dropTestSchema,
  KAFKA_BROKERS,
  openDataSource,
  probeContract,
  subjectKey,
  suffix,
  TopicCollector,
  waitFor,
  type ProbePayload,
} from './integration-support';
import { dropBusTables } from './bus-migrations';
import { KafkaBus } from './kafka-bus';
import { OutboxPublishError, OutboxRelay } from './outbox-relay';
import { OutboxWriter, type OutboxInput } from './outbox-writer';

const contract = probeContract('relay');
const quiet = (): void => undefined;

describe('outbox writer and relay (PostgreSQL + Kafka)', () => {
  let dataSource: DataSource;
  let schema: string;
  let bus: KafkaBus;
  let writer: OutboxWriter;
  const collector = new TopicCollector();

  function input(payload: ProbePayload, key = subjectKey()): OutboxInput<ProbePayload> {
    return {
      gemeente: '0193',
      subjectKey: key,
      classification: 'AVG',
      correlationId: 'test',
      actor: { type: 'systeem', id: 'bus-test' },
      payload,
    };
  }

  async function unpublishedCount(): Promise<number> {
    const [row] = (await dataSource.query(
      `SELECT count(*)::int AS "n" FROM "${schema}"."outbox_message" WHERE "published_at" IS NULL`,
    )) as { n: number }[];
    return row?.n ?? -1;
  }

  function collectedCount(eventId: string): number {
    return collector.eventIds().filter((id) => id === eventId).length;
  }

  beforeAll(async () => {
    dataSource = await openDataSource();
    schema = await createTestSchema(dataSource);
    bus = new KafkaBus({ brokers: KAFKA_BROKERS, clientId: `bus-test-${suffix()}` }, { log: quiet });
    await bus.connect();
    await bus.ensureTopics([contract.topic]);
    writer = new OutboxWriter(schema);
    await collector.start([contract.topic]);
  });

  afterAll(async () => {
    await collector.stop();
    await collector.deleteTopics([contract.topic, `${contract.topic}.dlq`]);
    await bus.disconnect();
    await dropTestSchema(dataSource, schema);
    await dataSource.destroy();
  });

  it('reports readiness only when connected to a reachable cluster', async () => {
    expect(await bus.isReady()).toBe(true);
    const unreachable = new KafkaBus({ brokers: ['127.0.0.1:1'], clientId: 'bus-test-unreachable' }, { log: quiet });
    expect(await unreachable.isReady()).toBe(false);
  });

  it('publishes a committed event exactly once and never one whose transaction rolled back', async () => {
    let rolledBackId = '';
    await expect(
      dataSource.transaction(async (manager) => {
        rolledBackId = (await writer.add(manager, contract, input({ n: 1 }))).eventId;
        throw new Error('business rule failed after the event was written');
      }),
    ).rejects.toThrow('business rule');
    const committed = await dataSource.transaction((manager) => writer.add(manager, contract, input({ n: 2 })));

    const relay = new OutboxRelay(dataSource, bus, schema);
    expect(await relay.relayOnce()).toBe(1);
    expect(await relay.relayOnce()).toBe(0);

    await waitFor(() => collectedCount(committed.eventId) === 1, 15_000, 'the committed event');
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // room for a stray duplicate to arrive
    expect(collectedCount(committed.eventId)).toBe(1);
    expect(collectedCount(rolledBackId)).toBe(0);

    const rows = (await dataSource.query(
      `SELECT "event_id", "published_at", "attempts", "partition_key" FROM "${schema}"."outbox_message"`,
    )) as { event_id: string; published_at: Date | null; attempts: number; partition_key: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ event_id: committed.eventId, attempts: 1, partition_key: committed.subjectKey });
    expect(rows[0]?.published_at).toBeInstanceOf(Date);

    const message = collector.messages.find((m) => m.headers['event-id'] === committed.eventId);
    expect(message?.key).toBe(committed.subjectKey);
    expect(message?.headers).toMatchObject({
      'event-type': contract.type,
      'event-version': '1',
      classification: 'AVG',
      'correlation-id': 'test',
    });
    expect(JSON.parse(message?.value ?? '{}')).toEqual(committed);
  });

  it('refuses an invalid payload, or a manager outside a transaction, before writing anything', async () => {
    await expect(
      dataSource.transaction((manager) =>
        writer.add(manager, contract, input({ n: 'zeven' as unknown as number })),
      ),
    ).rejects.toBeInstanceOf(ContractViolation);
    await expect(writer.add(dataSource.manager, contract, input({ n: 3 }))).rejects.toThrow('open transaction');
    expect(await unpublishedCount()).toBe(0);
  });

  it('records a failed send on the rows and publishes them in a later round', async () => {
    const event = await dataSource.transaction((manager) => writer.add(manager, contract, input({ n: 4 })));
    const offline = new KafkaBus({ brokers: KAFKA_BROKERS, clientId: 'bus-test-offline' }, { log: quiet });
    await expect(new OutboxRelay(dataSource, offline, schema).relayOnce()).rejects.toBeInstanceOf(OutboxPublishError);

    const [failed] = (await dataSource.query(
      `SELECT "attempts", "last_error", "published_at" FROM "${schema}"."outbox_message" WHERE "event_id" = $1`,
      [event.eventId],
    )) as { attempts: number; last_error: string | null; published_at: Date | null }[];
    expect(failed).toMatchObject({ attempts: 1, published_at: null });
    expect(failed?.last_error).toContain('not connected');

    expect(await new OutboxRelay(dataSource, bus, schema).relayOnce()).toBe(1);
    await waitFor(() => collectedCount(event.eventId) === 1, 15_000, 'the retried event');
  });

  it('publishes everything written while the relay was stopped, in order per person, none twice', async () => {
    const relay = new OutboxRelay(dataSource, bus, schema, { intervalMs: 20 });
    relay.start();
    const first = await dataSource.transaction((manager) => writer.add(manager, contract, input({ n: 0 })));
    await waitFor(() => collectedCount(first.eventId) === 1, 15_000, 'the first event');
    await relay.stop();

    const person = subjectKey();
    const written: string[] = [];
    for (let tx = 0; tx < 5; tx += 1) {
      // Several events per transaction: they share created_at, so only seq keeps them in order.
      await dataSource.transaction(async (manager) => {
        for (let i = 0; i < 5; i += 1) {
          written.push((await writer.add(manager, contract, input({ n: tx * 5 + i }, person))).eventId);
        }
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(written.filter((id) => collectedCount(id) > 0)).toEqual([]);
    expect(await unpublishedCount()).toBe(25);

    // Two relays at once (two replicas of a service): still none twice.
    const again = new OutboxRelay(dataSource, bus, schema, { intervalMs: 20, batchSize: 7 });
    const replica = new OutboxRelay(dataSource, bus, schema, { intervalMs: 20, batchSize: 7 });
    again.start();
    replica.start();
    await waitFor(() => written.every((id) => collectedCount(id) >= 1), 20_000, 'all events written while stopped');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await Promise.all([again.stop(), replica.stop()]);

    expect(written.map(collectedCount)).toEqual(written.map(() => 1));
    const order = collector.messages
      .filter((m) => m.key === person)
      .map((m) => (JSON.parse(m.value ?? '{}') as { payload: ProbePayload }).payload.n);
    expect(order).toEqual([...Array(25).keys()]);
    expect(await unpublishedCount()).toBe(0);
  });

  it('puts all events about one person on one partition, and spreads persons over partitions', async () => {
    const persons = Array.from({ length: 12 }, () => subjectKey());
    const ids: string[] = [];
    await dataSource.transaction(async (manager) => {
      for (const person of persons) {
        ids.push((await writer.add(manager, contract, input({ n: 1 }, person))).eventId);
        ids.push((await writer.add(manager, contract, input({ n: 2 }, person))).eventId);
      }
    });
    const relay = new OutboxRelay(dataSource, bus, schema);
    expect(await relay.relayOnce()).toBe(24);
    await waitFor(() => ids.every((id) => collectedCount(id) === 1), 15_000, 'the partitioning events');

    const partitionsPerPerson = persons.map(
      (person) => new Set(collector.messages.filter((m) => m.key === person).map((m) => m.partition)).size,
    );
    expect(partitionsPerPerson).toEqual(persons.map(() => 1));
    const used = new Set(collector.messages.filter((m) => persons.includes(m.key ?? '')).map((m) => m.partition));
    expect(used.size).toBeGreaterThan(1);
  });

  it('dropBusTables removes both tables (migration down)', async () => {
    const runner = dataSource.createQueryRunner();
    try {
      await dropBusTables(runner, schema);
    } finally {
      await runner.release();
    }
    const [row] = (await dataSource.query(
      `SELECT to_regclass($1) AS "outbox", to_regclass($2) AS "inbox"`,
      [`${schema}.outbox_message`, `${schema}.inbox_message`],
    )) as { outbox: string | null; inbox: string | null }[];
    expect(row).toEqual({ outbox: null, inbox: null });
  });
});
