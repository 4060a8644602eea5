import { z } from 'zod';
import { loadConfig, port } from '@leerrecht/shared/util-config';

const gatewayEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  GATEWAY_PORT: port.default(4000),
  SUPERGRAPH_PATH: z.string().min(1).default('apps/gateway/supergraph.graphql'),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  MAX_QUERY_FIELDS: z.coerce.number().int().min(10).max(5000).default(200),
});
export type GatewayConfig = z.infer<typeof gatewayEnv> & { subgraphUrls: Record<string, string> };

/**
 * Gateway settings. Subgraph URLs come from the checked-in supergraph; SUBGRAPH_URL_<NAME>
 * (e.g. SUBGRAPH_URL_VERZUIM) overrides one for a deployment or a test run.
 */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const base = loadConfig(gatewayEnv, env);
  const subgraphUrls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_URL_([A-Z_]+)$/.exec(key);
    if (match && value) {
      const parsed = z.string().url().safeParse(value);
      if (!parsed.success) throw new Error(`ongeldige configuratie: ${key}: geen geldige URL`);
      subgraphUrls[match[1].toLowerCase().replace(/_/g, '-')] = value;
    }
  }
  return { ...base, subgraphUrls };
}
