/**
 * Where the integration tests find the real stack. tools/scripts/test.mjs starts Kafka and
 * Keycloak (or finds them running); PostgreSQL is the machine's server. Tests use their own
 * database and their own ports, so they never touch the data of a running `npm start`.
 */
export const TEST_ENV = {
  adminDatabaseUrl: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/leerrecht_test',
  /** Set by the global setup to the run's own broker (see global-setup.ts). */
  kafkaBrokers: process.env.KAFKA_BROKERS ?? '127.0.0.1:19092',
  keycloakUrl: process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8080',
  realm: 'leerrecht',
  gatewayPort: 5100,
  ports: {
    leerlingenadministratie: 5101,
    verzuim: 5102,
    'verlof-vrijstelling': 5103,
    handhaving: 5104,
    doorstroompunt: 5105,
    'ketenpartner-signalen': 5106,
  } as Record<string, number>,
};

export const SUBGRAPHS = Object.keys(TEST_ENV.ports);

/** Environment for a service process under test. */
export function serviceEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    // info, so the no-personal-data-in-logs check below reads the lines an operator would see.
    LOG_LEVEL: 'info',
    DATABASE_URL: TEST_ENV.adminDatabaseUrl,
    KAFKA_BROKERS: TEST_ENV.kafkaBrokers,
    KEYCLOAK_URL: TEST_ENV.keycloakUrl,
    KAFKAJS_NO_PARTITIONER_WARNING: '1',
    // verzuim: no DUO fetch or feedback behind a test's back; tests that need DUO start a simulator and ask.
    DUO_OPHAAL_INTERVAL_S: '0',
    DUO_TERUGKOPPEL_INTERVAL_S: '0',
  };
  for (const [name, port] of Object.entries(TEST_ENV.ports)) {
    env[`${name.toUpperCase().replace(/-/g, '_')}_PORT`] = String(port);
    env[`SUBGRAPH_URL_${name.toUpperCase().replace(/-/g, '_')}`] = `http://127.0.0.1:${port}/graphql`;
  }
  env.GATEWAY_PORT = String(TEST_ENV.gatewayPort);
  return { ...env, ...extra };
}
