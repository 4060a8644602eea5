import { Client } from 'pg';
import { AUDIT_SCHEMA, TENANT_SETTING } from '@leerrecht/shared/data-access-db';

/**
 * Creates the append-only Logboek Dataverwerkingen (docs/adr/0003). Every service role may only
 * INSERT; `readerRoles` may also SELECT, limited by row-level security to their gemeenten.
 * Nobody gets UPDATE or DELETE: destruction after the retention term is a separate job.
 * Idempotent; runs before the services' own migrations.
 */
export async function migrateAuditLog(adminUrl: string, writerRoles: string[], readerRoles: string[]): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext('leerrecht-audit-migrate'))`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${AUDIT_SCHEMA}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${AUDIT_SCHEMA}.verwerking (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tijdstip timestamptz NOT NULL,
      trace_id text NOT NULL,
      span_id text NOT NULL,
      service text NOT NULL,
      operatie text NOT NULL,
      verwerkingsactiviteit text NOT NULL,
      grondslag text NOT NULL,
      betrokkene text NULL,
      gemeente text NULL,
      actor_type text NOT NULL,
      actor_id text NULL,
      actor_rollen text[] NOT NULL,
      actor_gemeenten text[] NOT NULL,
      status text NOT NULL CHECK (status IN ('toegestaan', 'geweigerd', 'fout')),
      reden text NULL
    )`);
    await client.query(`CREATE INDEX IF NOT EXISTS idx_verwerking_betrokkene ON ${AUDIT_SCHEMA}.verwerking (betrokkene, tijdstip)`);
    await client.query(`CREATE INDEX IF NOT EXISTS idx_verwerking_trace ON ${AUDIT_SCHEMA}.verwerking (trace_id)`);
    await client.query(`ALTER TABLE ${AUDIT_SCHEMA}.verwerking ENABLE ROW LEVEL SECURITY`);
    await client.query(`ALTER TABLE ${AUDIT_SCHEMA}.verwerking FORCE ROW LEVEL SECURITY`);
    await client.query(`DROP POLICY IF EXISTS verwerking_insert ON ${AUDIT_SCHEMA}.verwerking`);
    await client.query(`DROP POLICY IF EXISTS verwerking_select ON ${AUDIT_SCHEMA}.verwerking`);
    // Writing is never restricted by tenant: refusals of anonymous callers must be logged too.
    await client.query(`CREATE POLICY verwerking_insert ON ${AUDIT_SCHEMA}.verwerking FOR INSERT WITH CHECK (true)`);
    // An auditor sees the records about its gemeenten, the records of actors of its gemeenten,
    // and refusals that belong to no gemeente at all (an anonymous caller, no known subject):
    // those revealed nothing, and every auditor of the centre must be able to see the attempts.
    await client.query(`CREATE POLICY verwerking_select ON ${AUDIT_SCHEMA}.verwerking FOR SELECT USING (
      gemeente = ANY (string_to_array(coalesce(current_setting('${TENANT_SETTING}', true), ''), ','))
      OR actor_gemeenten && string_to_array(coalesce(current_setting('${TENANT_SETTING}', true), ''), ',')
      OR (gemeente IS NULL AND cardinality(actor_gemeenten) = 0 AND status = 'geweigerd'))`);
    await client.query(`GRANT USAGE ON SCHEMA ${AUDIT_SCHEMA} TO ${[...writerRoles, ...readerRoles].join(', ')}`);
    await client.query(`GRANT INSERT ON ${AUDIT_SCHEMA}.verwerking TO ${writerRoles.join(', ')}`);
    if (readerRoles.length > 0) {
      await client.query(`GRANT SELECT ON ${AUDIT_SCHEMA}.verwerking TO ${readerRoles.join(', ')}`);
    }
    await client.query(`SELECT pg_advisory_unlock(hashtext('leerrecht-audit-migrate'))`);
  } finally {
    await client.end();
  }
}
