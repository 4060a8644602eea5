import type { MixedList } from 'typeorm';
import { createServiceDataSource, ensureDatabase, provisionServiceDatabase, type ServiceDatabaseSpec } from './service-database';

/**
 * Brings one service's schema up to date: database, role and schema first, then its TypeORM
 * migrations (each in its own transaction), then grants on whatever the migrations created.
 * Runs with the administrative URL; the service itself never holds DDL rights.
 */
export async function migrateService(
  adminUrl: string,
  spec: ServiceDatabaseSpec,
  migrations: MixedList<string | (new () => unknown)>,
): Promise<string[]> {
  await ensureDatabase(adminUrl);
  await provisionServiceDatabase(adminUrl, spec);
  const dataSource = createServiceDataSource({ url: adminUrl, spec, entities: [], migrations, poolSize: 1 });
  await dataSource.initialize();
  try {
    // Serialise concurrent migrators of the same service (two replicas starting at once).
    await dataSource.query('SELECT pg_advisory_lock(hashtext($1))', [`leerrecht-migrate-${spec.schema}`]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${spec.schema} TO ${spec.role}`);
    await dataSource.query('SELECT pg_advisory_unlock(hashtext($1))', [`leerrecht-migrate-${spec.schema}`]);
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
