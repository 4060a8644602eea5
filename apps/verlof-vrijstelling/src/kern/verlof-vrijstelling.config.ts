import { z } from 'zod';
import { ConfigError, loadConfig } from '@leerrecht/shared/util-config';

/** Only for development and tests against tools/duo-simulator. */
export const DEVELOPMENT_DUO_API_KEY = 'leerrecht-dev-duo-simulator';

/**
 * Settings of the verlof-vrijstelling service beyond those of every subgraph (README
 * "Configuration"). DUO's register vrijstellingen en vervangende leerplicht (koppelingen §3) is the
 * simulator locally; the production channel (the administration package or Mijn DUO) is not done.
 */
export const verlofVrijstellingEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DUO_URL: z.string().url().default('http://127.0.0.1:5190'),
  DUO_API_KEY: z.string().min(1).default(DEVELOPMENT_DUO_API_KEY),
  DUO_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** How often waiting registrations are sent to DUO's register; 0 = only on request. */
  DUO_REGISTRATIE_INTERVAL_S: z.coerce.number().int().min(0).max(3_600).default(30),
  /**
   * A fixed "now" for demonstrations and tests (ISO instant); refused in production. Receipt
   * times, deadlines and "today" follow it; infrastructure timestamps do not.
   */
  KLOK: z.string().datetime({ offset: true }).optional(),
});
export type VerlofVrijstellingConfig = z.infer<typeof verlofVrijstellingEnv>;

export function loadVerlofVrijstellingConfig(env: NodeJS.ProcessEnv = process.env): VerlofVrijstellingConfig {
  const config = loadConfig(verlofVrijstellingEnv, env);
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
