import { z } from 'zod';
import { baseServiceEnv, loadConfig, port, requireProductionSecrets } from '@leerrecht/shared/util-config';

/** Environment of every subgraph service (README "Configuration" lists them). */
export const subgraphEnv = baseServiceEnv.extend({
  PORT: port,
  /** The service's own login role; by default the role named after the service, on DATABASE_URL's host. */
  SERVICE_DATABASE_URL: z.string().url().optional(),
  /** Administrative connection for migrations only (nx run <svc>:migrate, npm start, tests). */
  MIGRATION_DATABASE_URL: z.string().url().optional(),
});
export type SubgraphConfig = z.infer<typeof subgraphEnv>;

/** Reads the service's config; the port variable is `<SERVICE>_PORT` first, then PORT. */
export function loadSubgraphConfig(service: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const portVariable = `${service.toUpperCase().replace(/-/g, '_')}_PORT`;
  const config = loadConfig(subgraphEnv, { ...env, PORT: env[portVariable] ?? env.PORT ?? String(defaultPort) });
  requireProductionSecrets(config);
  return config;
}
