import { z } from 'zod';
import type { MixedList } from 'typeorm';
import { migrateAuditLog } from '@leerrecht/shared/data-access-audit';
import { ensureDatabase, migrateService, provisionServiceDatabase, serviceDatabaseSpec, withDatabaseUser } from '@leerrecht/shared/data-access-db';
import { loadConfig } from '@leerrecht/shared/util-config';

const migrationEnv = z.object({
  DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/leerrecht'),
  MIGRATION_DATABASE_URL: z.string().url().optional(),
});

/**
 * `nx run <service>:migrate`: the service's role, schema and migrations, plus its right to append
 * to the audit log (and, for `auditReader`, to read it). Uses the administrative connection:
 * MIGRATION_DATABASE_URL, or DATABASE_URL with the `postgres` user.
 */
export async function runServiceMigrations(
  service: string,
  migrations: MixedList<string | (new () => unknown)>,
  options: { auditReader?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<string[]> {
  const env = loadConfig(migrationEnv, options.env ?? process.env);
  const adminUrl = env.MIGRATION_DATABASE_URL ?? withDatabaseUser(env.DATABASE_URL, 'postgres');
  const spec = serviceDatabaseSpec(service);
  await ensureDatabase(adminUrl);
  await provisionServiceDatabase(adminUrl, spec);
  await migrateAuditLog(adminUrl, [spec.role], options.auditReader ? [spec.role] : []);
  return migrateService(adminUrl, spec, migrations);
}
