import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DedicatedKafka } from './dedicated-kafka';
import { tcpReachable } from './tcp';
import { SUBGRAPHS, TEST_ENV } from './test-environment';

const ROOT = resolve(__dirname, '../../../..');

/** Port of the integration run's own Kafka broker (controller on the next port). */
const TEST_KAFKA_PORT = Number(process.env.TEST_KAFKA_PORT ?? 19092);

/**
 * Runs once before the integration tests: starts the run's own real Kafka broker (a fresh one,
 * so no consumer offsets, topics or a running `npm start` can interfere), checks Keycloak and
 * PostgreSQL, builds a fresh test database and runs every service's migrations into it, as
 * separate processes, exactly as `nx run <svc>:migrate` would.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.TEST_KAFKA_BROKERS) {
    const broker = new DedicatedKafka(TEST_KAFKA_PORT);
    await broker.start();
    (globalThis as { __leerrechtKafka?: DedicatedKafka }).__leerrechtKafka = broker;
    process.env.KAFKA_BROKERS = broker.brokers;
  } else {
    process.env.KAFKA_BROKERS = process.env.TEST_KAFKA_BROKERS;
  }
  TEST_ENV.kafkaBrokers = process.env.KAFKA_BROKERS;
  const kafka = TEST_ENV.kafkaBrokers.split(',')[0];
  const [kafkaHost, kafkaPort] = kafka.split(':');
  if (!(await tcpReachable(kafkaHost, Number(kafkaPort)))) {
    throw new Error(`Kafka is niet bereikbaar op ${kafka}. Start de tests met 'npm test' (dat start Kafka en Keycloak).`);
  }
  const keycloak = await fetch(`${TEST_ENV.keycloakUrl}/realms/${TEST_ENV.realm}/.well-known/openid-configuration`).then((r) => r.ok, () => false);
  if (!keycloak) {
    throw new Error(`Keycloak (realm ${TEST_ENV.realm}) is niet bereikbaar op ${TEST_ENV.keycloakUrl}. Start de tests met 'npm test'.`);
  }

  const database = new URL(TEST_ENV.adminDatabaseUrl).pathname.slice(1);
  const maintenance = new URL(TEST_ENV.adminDatabaseUrl);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString() });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is niet bereikbaar op ${maintenance.host}: ${(error as Error).message}`);
  }
  await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${database}"`);
  await client.end();

  for (const service of SUBGRAPHS) {
    const entry = `apps/${service}/src/migrate.js`;
    if (!existsSync(join(ROOT, 'dist', entry))) {
      throw new Error(`dist/${entry} ontbreekt: draai eerst 'npm run build'.`);
    }
    const result = spawnSync(process.execPath, [join(ROOT, 'tools/runtime/run.js'), entry], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: TEST_ENV.adminDatabaseUrl },
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      throw new Error(`migratie van ${service} mislukt:\n${result.stdout}\n${result.stderr}`);
    }
  }
}
