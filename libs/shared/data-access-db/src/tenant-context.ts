import type { EntityManager } from 'typeorm';

/**
 * PostgreSQL setting that row-level security policies read: the CBS gemeentecodes the current
 * request may see, comma separated. Set with `is_local = true`, so it lives exactly as long as the
 * transaction and can never leak to the next request on a pooled connection.
 */
export const TENANT_SETTING = 'leerrecht.gemeenten';

/** CBS gemeentecode: four digits, e.g. 0193 (Zwolle). */
export const GEMEENTECODE = /^\d{4}$/;

/**
 * Restricts the current transaction to the given gemeenten. Must run inside a transaction
 * (`manager.transaction(...)` or a query runner with an open transaction); outside one, the
 * setting would be discarded at once and RLS would show no rows at all (fail closed).
 */
export async function setTenantContext(manager: EntityManager, gemeenten: readonly string[]): Promise<void> {
  for (const code of gemeenten) {
    if (!GEMEENTECODE.test(code)) {
      throw new Error(`ongeldige gemeentecode in tenant-context: '${code}'`);
    }
  }
  await manager.query('SELECT set_config($1, $2, true)', [TENANT_SETTING, gemeenten.join(',')]);
}

/**
 * The SQL expression used by every tenant policy. A missing setting yields an empty array, so a
 * query without tenant context sees nothing rather than everything.
 */
export function tenantPolicyExpression(column = 'gemeente'): string {
  return `${column} = ANY (string_to_array(coalesce(current_setting('${TENANT_SETTING}', true), ''), ','))`;
}
