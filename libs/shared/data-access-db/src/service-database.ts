import { DataSource, type EntityManager, type EntitySchema, type MixedList } from 'typeorm';
import { Client } from 'pg';
import { setTenantContext } from './tenant-context';

/** What a service owns in PostgreSQL: one schema and one login role (architecture: Data). */
export interface ServiceDatabaseSpec {
  /** Service name, e.g. 'verzuim'. */
  service: string;
  /** Its own schema; no other service reads it. */
  schema: string;
  /** The role the running service logs in with: DML on its schema only, no BYPASSRLS. */
  role: string;
}

export function serviceDatabaseSpec(service: string): ServiceDatabaseSpec {
  const schema = service.replace(/-/g, '_');
  return { service, schema, role: `leerrecht_${schema}` };
}

/** The Logboek Dataverwerkingen lives in its own append-only schema (docs/adr/0003). */
export const AUDIT_SCHEMA = 'audit';

/** Replaces the user of a PostgreSQL URL, keeping host, port, database and options. */
export function withDatabaseUser(url: string, user: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = '';
  return parsed.toString();
}

export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Creates the database if needed (connecting to the `postgres` maintenance database). Safe to run
 * twice; used by `npm start`, the migrate target and the test setup.
 */
export async function ensureDatabase(adminUrl: string): Promise<void> {
  const database = decodeURIComponent(new URL(adminUrl).pathname.slice(1));
  const client = new Client({ connectionString: withDatabaseName(adminUrl, 'postgres') });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database}"`);
    }
  } catch (error) {
    // Two processes may race to create it; the loser sees 42P04 (duplicate_database).
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}

/**
 * Creates the service's role and schema if missing and grants the role exactly what it needs:
 * DML on its own schema, INSERT on the audit log. Run with an administrative connection.
 */
export async function provisionServiceDatabase(adminUrl: string, spec: ServiceDatabaseSpec): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext('leerrecht-provision'))`);
    await client.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${spec.role}') THEN
          CREATE ROLE ${spec.role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
        END IF;
      END $$`);
    await client.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${spec.schema}`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${AUDIT_SCHEMA}`);
    await client.query(`GRANT USAGE ON SCHEMA ${spec.schema} TO ${spec.role}`);
    await client.query(`GRANT USAGE ON SCHEMA ${AUDIT_SCHEMA} TO ${spec.role}`);
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${spec.schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${spec.role}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${spec.schema} TO ${spec.role}`);
    await client.query(`SELECT pg_advisory_unlock(hashtext('leerrecht-provision'))`);
  } finally {
    await client.end();
  }
}

export interface ServiceDataSourceOptions {
  url: string;
  spec: ServiceDatabaseSpec;
  entities: MixedList<string | (new () => unknown) | EntitySchema>;
  migrations?: MixedList<string | (new () => unknown)>;
  poolSize?: number;
}

/** TypeORM data source of a service. Never `synchronize`: migrations only. */
export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations ?? [],
    // The migrations table lives in the service's own schema, next to what it describes.
    schema: options.spec.schema,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: options.poolSize ?? 10, application_name: `leerrecht-${options.spec.service}` },
  });
}

/**
 * Runs `work` in one transaction restricted (by row-level security) to `gemeenten`. Every read
 * and write of tenant-owned data goes through here or through the bus consumer, which does the
 * same with the event's gemeente.
 */
export async function inTenantTransaction<T>(
  dataSource: DataSource,
  gemeenten: readonly string[],
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await setTenantContext(manager, gemeenten);
    return work(manager);
  });
}
