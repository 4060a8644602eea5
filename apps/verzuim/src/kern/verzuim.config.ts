import { z } from 'zod';
import { ConfigError, loadConfig } from '@leerrecht/shared/util-config';

/** Only for development and tests against tools/duo-simulator. */
export const DEVELOPMENT_DUO_API_KEY = 'leerrecht-dev-duo-simulator';

/**
 * Settings of the verzuim service beyond those of every subgraph (README "Configuration"). The
 * DUO connection is configuration: the simulator locally; in production DUO's M2M endpoint behind
 * a PKIoverheid client certificate (koppelingen §1.2), which is not done.
 */
export const verzuimEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DUO_URL: z.string().url().default('http://127.0.0.1:5190'),
  DUO_API_KEY: z.string().min(1).default(DEVELOPMENT_DUO_API_KEY),
  DUO_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** How often new meldingen are fetched from DUO; 0 = only on request (haalDuoMeldingenOp). */
  DUO_OPHAAL_INTERVAL_S: z.coerce.number().int().min(0).max(86_400).default(60),
  /** How often waiting feedback is sent to DUO; 0 = only on request. */
  DUO_TERUGKOPPEL_INTERVAL_S: z.coerce.number().int().min(0).max(3_600).default(10),
  /**
   * A fixed "now" for demonstrations and tests (ISO instant); refused in production. Deadlines,
   * "today" and the receipt time of API meldingen follow it; infrastructure timestamps do not.
   */
  KLOK: z.string().datetime({ offset: true }).optional(),
});
export type VerzuimConfig = z.infer<typeof verzuimEnv>;

export function loadVerzuimConfig(env: NodeJS.ProcessEnv = process.env): VerzuimConfig {
  const config = loadConfig(verzuimEnv, env);
  const problemen: { variable: string; problem: string }[] = [];
  if (config.NODE_ENV === 'production' && config.DUO_API_KEY === DEVELOPMENT_DUO_API_KEY) {
    problemen.push({ variable: 'DUO_API_KEY', problem: 'verplicht in productie; de ontwikkelsleutel is openbaar' });
  }
  if (config.NODE_ENV === 'production' && config.KLOK !== undefined) {
    problemen.push({ variable: 'KLOK', problem: 'een vaste klok is niet toegestaan in productie' });
  }
  if (problemen.length > 0) throw new ConfigError(problemen);
  return config;
}
