import type { QueryRunner } from 'typeorm';
import { tenantPolicyExpression } from './tenant-context';

/**
 * Turns on row-level security for a tenant-owned table: rows are visible and writable only for
 * the gemeenten of the current transaction (architecture: "Tenant isolation in the database").
 * FORCE makes the policy apply to the table owner too; the service role has NOBYPASSRLS.
 * Call from a migration's `up`, after the table exists.
 */
export async function enableTenantRls(queryRunner: QueryRunner, qualifiedTable: string, column = 'gemeente'): Promise<void> {
  const policy = `${qualifiedTable.replace('.', '_')}_tenant_isolation`;
  await queryRunner.query(`ALTER TABLE ${qualifiedTable} ENABLE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE ${qualifiedTable} FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(
    `CREATE POLICY ${policy} ON ${qualifiedTable} USING (${tenantPolicyExpression(column)}) WITH CHECK (${tenantPolicyExpression(column)})`,
  );
}

export async function disableTenantRls(queryRunner: QueryRunner, qualifiedTable: string): Promise<void> {
  const policy = `${qualifiedTable.replace('.', '_')}_tenant_isolation`;
  await queryRunner.query(`DROP POLICY IF EXISTS ${policy} ON ${qualifiedTable}`);
  await queryRunner.query(`ALTER TABLE ${qualifiedTable} DISABLE ROW LEVEL SECURITY`);
}
