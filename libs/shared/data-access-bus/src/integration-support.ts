/*
 * Helpers for this library's integration tests (not exported from index.ts). Tests talk to the
 * real PostgreSQL and Kafka; every run uses its own schema and topic names, so runs never collide.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Consumer, type IHeaders } from 'kafkajs';
import { DataSource } from 'typeorm';
import { z } from 'zod/v4';
import { defineEvent, type EventContract, type EventEnvelope } from '@leerrecht/shared/contracts-events';
import { createBusTables } from './bus-migrations';

// The integration run's own database (created by the jest global setup), never a dev database.
export const DATABASE_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/leerrecht_test';
export const KAFKA_BROKERS = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');

export function suffix(): string {
  return randomBytes(4).toString('hex');
}

export function subjectKey(): string {
  return randomBytes(32).toString('hex');
}

export async function openDataSource(): Promise<DataSource> {
  return new DataSource({ type: 'postgres', url: DATABASE_URL, poolSize: 5 }).initialize();
}

/** A fresh schema with the bus tables, plus `handled`, where test handlers record their effect. */
export async function createTestSchema(dataSource: DataSource): Promise<string> {
  const schema = `bus_test_${suffix()}`;
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query(`CREATE SCHEMA "${schema}"`);
    await createBusTables(runner, schema);
    await runner.query(
      `CREATE TABLE "${schema}"."handled" ("id" bigserial PRIMARY KEY, "event_id" uuid NOT NULL, "n" int NOT NULL, "tenant" text)`,
    );
  } finally {
    await runner.release();
  }
  return schema;
}

export async function dropTestSchema(dataSource: DataSource, schema: string): Promise<void> {
  await dataSource.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}

export type ProbePayload = { n: number; note?: string };

export function probeContract(name: string): EventContract<ProbePayload> {
  return defineEvent({
    context: 'bustest',
    name: `${name}-${suffix()}`,
    version: 1,
    payload: z.object({ n: z.number().int(), note: z.string().optional() }),
  });
}

export function envelope<P>(contract: EventContract<P>, payload: P, key = subjectKey()): EventEnvelope<P> {
  return {
    eventId: randomUUID(),
    type: contract.type,
    version: contract.version,
    occurredAt: new Date().toISOString(),
    gemeente: '0193',
    subjectKey: key,
    classification: 'AVG',
    correlationId: randomUUID(),
    causationId: null,
    actor: { type: 'systeem', id: 'bus-test' },
    payload,
  };
}

export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 30_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export type Collected = { partition: number; offset: string; key: string | null; value: string | null; headers: Record<string, string> };

/** A raw consumer (own group, from the beginning) that records everything on some topics. */
export class TopicCollector {
  readonly messages: Collected[] = [];
  private readonly kafka = new Kafka({ clientId: 'bus-test-collector', brokers: KAFKA_BROKERS, logLevel: logLevel.NOTHING });
  private consumer: Consumer | undefined;
  readonly groupId = `bus-test-collector-${suffix()}`;

  async start(topics: string[]): Promise<void> {
    const consumer = this.kafka.consumer({ groupId: this.groupId, maxWaitTimeInMs: 500 });
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        this.messages.push({
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? null,
          value: message.value?.toString() ?? null,
          headers: headersToText(message.headers),
        });
      },
    });
    this.consumer = consumer;
    await joined;
  }

  eventIds(): string[] {
    return this.messages.map((m) => m.headers['event-id'] ?? (JSON.parse(m.value ?? '{}') as { eventId: string }).eventId);
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    await this.admin(async (admin) => {
      await admin.deleteGroups([this.groupId]);
    });
  }

  async deleteTopics(topics: string[]): Promise<void> {
    await this.admin(async (admin) => {
      await admin.deleteTopics({ topics });
    });
  }

  private async admin(fn: (admin: ReturnType<Kafka['admin']>) => Promise<void>): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await fn(admin);
    } catch {
      // best-effort cleanup
    } finally {
      await admin.disconnect();
    }
  }
}

function headersToText(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined) {
      out[name] = (Array.isArray(value) ? value[0] : value)?.toString() ?? '';
    }
  }
  return out;
}
