import type { QueryRunner } from 'typeorm';
import { schemaIdentifier } from './sql';

/**
 * Creates the outbox and inbox tables in a service's schema; call from the service's TypeORM
 * migration `up` (the schema must exist). No row-level security on purpose: these are
 * infrastructure tables that the relay and consumer read across all gemeenten, outside any tenant
 * context. The tenant is inside the envelope, and the consumer sets the tenant context from it
 * before the handler writes domain rows (which do have RLS).
 */
export async function createBusTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await queryRunner.query(`
    CREATE TABLE ${s}."outbox_message" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      -- Orders rows written in the same transaction (they share created_at = now()), so events
      -- about one person are published in the order they were written.
      "seq" bigint GENERATED ALWAYS AS IDENTITY,
      "event_id" uuid NOT NULL,
      "topic" text NOT NULL,
      "partition_key" text NOT NULL,
      "envelope" jsonb NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "published_at" timestamptz NULL,
      "attempts" integer NOT NULL DEFAULT 0,
      "last_error" text NULL,
      CONSTRAINT "pk_outbox_message" PRIMARY KEY ("id"),
      CONSTRAINT "uq_outbox_message_event_id" UNIQUE ("event_id")
    )`);
  // Only unpublished rows are ever scanned; the partial index stays small however large the table grows.
  await queryRunner.query(
    `CREATE INDEX "ix_outbox_message_unpublished" ON ${s}."outbox_message" ("created_at", "seq") WHERE "published_at" IS NULL`,
  );
  await queryRunner.query(`
    CREATE TABLE ${s}."inbox_message" (
      "consumer_group" text NOT NULL,
      "event_id" uuid NOT NULL,
      "topic" text NOT NULL,
      "processed_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "pk_inbox_message" PRIMARY KEY ("consumer_group", "event_id")
    )`);
}

export async function dropBusTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await queryRunner.query(`DROP TABLE IF EXISTS ${s}."inbox_message"`);
  await queryRunner.query(`DROP TABLE IF EXISTS ${s}."outbox_message"`);
}
