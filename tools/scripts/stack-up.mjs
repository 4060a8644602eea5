#!/usr/bin/env node
// npm run stack:up — make sure the local Kafka broker and Keycloak run (fetching them from Maven
// Central on first use), print where, and exit; the processes keep running in the background.
// Stop them with `npm run stack:down`. See tools/stack/README.md.
//   --fetch-only        only download/unpack the artifacts (e.g. to warm a CI cache)
//   --only=kafka|keycloak   handle just one of them
import { ensureStack, fetchArtifacts, kafkaConfig, keycloakConfig } from '../stack/stack.mjs';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const services = only ? only.split(',') : ['kafka', 'keycloak'];
const log = (msg) => console.log(msg);

try {
  if (args.includes('--fetch-only')) {
    await fetchArtifacts({ log, services });
    log('[stack] artifacts are in .stack/');
  } else {
    const t0 = Date.now();
    const { started } = await ensureStack({ log, services });
    const k = kafkaConfig();
    const kc = keycloakConfig();
    log('');
    log(`Local stack is up (${((Date.now() - t0) / 1000).toFixed(1)} s; started now: ${started.join(', ') || 'nothing, all reused'})`);
    if (services.includes('kafka')) log(`  Kafka     KAFKA_BROKERS=${k.brokers}   (KRaft controller :${k.controllerPort})`);
    if (services.includes('keycloak')) {
      log(`  Keycloak  KEYCLOAK_URL=${kc.url}   realm leerrecht, admin console ${kc.url}/admin (admin/admin)`);
      log(`            issuer ${kc.url}/realms/leerrecht   demo users' password: leerrecht-demo`);
    }
    log('  Logs      .stack/logs/<name>.log      Stop: npm run stack:down');
  }
} catch (err) {
  console.error(`\n[stack] FAILED: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
