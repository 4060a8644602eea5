// `npm test`: lint, typecheck, unit tests, build, then the integration tests against the real
// PostgreSQL, Kafka and Keycloak. Starts Keycloak when it is not running (and a Kafka broker of
// its own, in the jest global setup) and stops only what it started. Exit code 0 only when every step passed.
import { ensureStack, fetchArtifacts, stopStack } from '../stack/stack.mjs';
import { log, npx, runOrFail } from './lib.mjs';

const ci = process.env.CI ? ['--ci'] : [];
let started = [];
let failed = false;
try {
  await runOrFail('projectgraaf (voor de module-grenzen)', npx('nx'), ['show', 'projects', '--json'], { env: { NX_DAEMON: 'false' } });
  await runOrFail('lint', npx('eslint'), ['--max-warnings=0', 'apps', 'libs', 'tools']);
  await runOrFail('typecheck', npx('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  await runOrFail('unit tests', npx('jest'), ['--selectProjects', 'unit', ...ci]);
  await runOrFail('build', npx('tsc'), ['-p', 'tsconfig.build.json']);
  // The integration run starts its own fresh Kafka broker from these jars (global setup), so a
  // running `npm start` and leftovers of earlier runs cannot interfere; Keycloak is shared.
  log('stack: Kafka-jars en Keycloak ...');
  await fetchArtifacts({ log, services: ['kafka'] });
  ({ started } = await ensureStack({ log, services: ['keycloak'] }));
  await runOrFail('integration tests', npx('jest'), ['--selectProjects', 'integration', '--runInBand', ...ci]);
} catch (error) {
  failed = true;
  log(error instanceof Error ? error.message : String(error));
} finally {
  if (started.length > 0) {
    log(`stoppen wat npm test startte: ${started.join(', ')}`);
    await stopStack(started);
  }
}
process.exit(failed ? 1 : 0);
