import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Socket } from 'node:net';
import { Client } from 'pg';
import { SUBGRAPHS, TEST_ENV } from './test-environment';

const ROOT = resolve(__dirname, '../../../..');

function tcpReachable(hostPort: string): Promise<boolean> {
  const [host, port] = hostPort.split(':');
  return new Promise((resolveReachable) => {
    const socket = new Socket();
    socket.setTimeout(2000);
    socket.once('connect', () => { socket.destroy(); resolveReachable(true); });
    socket.once('error', () => resolveReachable(false));
    socket.once('timeout', () => { socket.destroy(); resolveReachable(false); });
    socket.connect(Number(port), host);
  });
}

/**
 * Runs once before the integration tests: checks the real stack is there (tools/scripts/test.mjs
 * starts it), builds a fresh test database and runs every service's migrations into it, as
 * separate processes, exactly as `nx run <svc>:migrate` would.
 */
export default async function globalSetup(): Promise<void> {
  const kafka = TEST_ENV.kafkaBrokers.split(',')[0];
  if (!(await tcpReachable(kafka))) {
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
