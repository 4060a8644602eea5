import { z } from 'zod';

/**
 * Thrown when the process environment does not satisfy a service's config schema. The message
 * names every bad variable and why, so an operator sees at once what to fix; values are not
 * echoed (a variable may hold a secret).
 */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; problem: string }[]) {
    super(
      `ongeldige configuratie: ${problems.map((p) => `${p.variable}: ${p.problem}`).join('; ')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Parses `env` against `schema` (keys are the environment variable names). */
export function loadConfig<S extends z.ZodObject<z.ZodRawShape>>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) {
    return result.data;
  }
  throw new ConfigError(
    result.error.issues.map((issue) => ({
      variable: String(issue.path[0] ?? '(root)'),
      problem: issue.message,
    })),
  );
}

/** Comma-separated list, e.g. KAFKA_BROKERS=127.0.0.1:9092,127.0.0.1:9094. */
export const commaList = z
  .string()
  .min(1)
  .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean));

export const port = z.coerce.number().int().min(1).max(65535);

/** Only for development and tests; production must set its own (see requireProductionSecrets). */
export const DEVELOPMENT_PSEUDONYM_KEY = 'leerrecht-local-development-pseudonym-key';

/** The environment variables every service reads; each service extends this. */
export const baseServiceEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/leerrecht'),
  KAFKA_BROKERS: commaList.default('127.0.0.1:9092'),
  KEYCLOAK_URL: z.string().url().default('http://127.0.0.1:8080'),
  KEYCLOAK_REALM: z.string().min(1).default('leerrecht'),
  KEYCLOAK_AUDIENCE: z.string().min(1).default('leerrecht-api'),
  /** Key of the keyed pseudonym (HMAC) for BSNs in logs, events and the audit log. */
  PSEUDONYM_KEY: z.string().min(32, 'moet minstens 32 tekens zijn').default(DEVELOPMENT_PSEUDONYM_KEY),
});
export type BaseServiceConfig = z.infer<typeof baseServiceEnv>;

/**
 * In production the pseudonym key must be the centre's own secret: with the public development
 * key anyone could re-identify a pseudonym by hashing candidate BSNs.
 */
export function requireProductionSecrets(config: BaseServiceConfig): void {
  if (config.NODE_ENV === 'production' && config.PSEUDONYM_KEY === DEVELOPMENT_PSEUDONYM_KEY) {
    throw new ConfigError([{ variable: 'PSEUDONYM_KEY', problem: 'verplicht in productie; de ontwikkelsleutel is openbaar' }]);
  }
}
