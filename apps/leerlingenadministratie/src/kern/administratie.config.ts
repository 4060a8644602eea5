import { z } from 'zod';
import { ConfigError, loadConfig } from '@leerrecht/shared/util-config';

/** Only for development and tests against tools/brp-simulator. */
export const DEVELOPMENT_BRP_API_KEY = 'leerrecht-dev-brp-simulator';

/**
 * Settings of the leerlingenadministratie beyond those of every subgraph (README "Configuration").
 * The BRP connection is configuration: the simulator locally, the gemeente's Haal Centraal
 * endpoint (with its API key or PKIoverheid client certificate at the gateway) in production.
 */
export const administratieEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  BRP_URL: z.string().url().default('http://127.0.0.1:5180'),
  BRP_API_KEY: z.string().min(1).default(DEVELOPMENT_BRP_API_KEY),
  BRP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
});
export type AdministratieConfig = z.infer<typeof administratieEnv>;

export function loadAdministratieConfig(env: NodeJS.ProcessEnv = process.env): AdministratieConfig {
  const config = loadConfig(administratieEnv, env);
  if (config.NODE_ENV === 'production' && config.BRP_API_KEY === DEVELOPMENT_BRP_API_KEY) {
    throw new ConfigError([{ variable: 'BRP_API_KEY', problem: 'verplicht in productie; de ontwikkelsleutel is openbaar' }]);
  }
  return config;
}
