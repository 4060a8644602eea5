// `npm start`: the whole platform on this machine, with demo gemeenten and users.
// PostgreSQL check → Kafka + Keycloak (tools/stack) → build → migrations → BRP simulator and the
// initial BRP load of the demo population → six subgraphs and the gateway → demo data → prints
// where to go. Ctrl-C stops everything it started. Running it
// twice is safe: migrations and demo data are idempotent, running services are detected.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { ensureStack, stopStack } from '../stack/stack.mjs';
import { DEFAULT_PORTS, ROOT, SUBGRAPHS, log, npx, runOrFail } from './lib.mjs';
import { existsSync, mkdirSync } from 'node:fs';
import { seedDemo, seedAdministratie, seedVerlof, seedVerzuim } from './demo-data.mjs';
import { schrijfPersonenNdjson } from '../brp-simulator/genereer.mjs';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/leerrecht';
const KEYCLOAK_URL = process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8080';
const children = [];
let stackStarted = [];
let stopping = false;

async function checkPostgres() {
  const url = new URL(DATABASE_URL);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  try {
    await client.connect();
    await client.end();
  } catch (error) {
    throw new Error(`PostgreSQL is niet bereikbaar op ${url.host} (${error.message}). Start de server of zet DATABASE_URL.`);
  }
}

async function isReady(port) {
  try {
    return (await fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

async function startService(name) {
  const port = DEFAULT_PORTS[name];
  if (await isReady(port)) {
    log(`${name} draait al op poort ${port}`);
    return;
  }
  const child = spawn(process.execPath, [path.join(ROOT, 'tools/runtime/run.js'), `apps/${name}/src/main.js`], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL, NODE_ENV: process.env.NODE_ENV ?? 'development', KAFKAJS_NO_PARTITIONER_WARNING: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push({ name, child });
  const prefix = `${name.padEnd(22)}| `;
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) process.stdout.write(`${prefix}${line}\n`);
    });
  }
  child.on('exit', (code) => {
    if (!stopping) log(`${name} is gestopt (code ${code})`);
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} stopte bij het starten; zie de regels hierboven`);
    if (await isReady(port)) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} werd niet ready binnen 90 s`);
}

/**
 * The BRP cannot be reached from here: tools/brp-simulator stands in (README "External systems"),
 * loaded with a generated demo population of all demo gemeenten (fictional, elfproef-valid BSNs).
 */
const BRP_PORT = 5180;
const BRP_API_KEY = 'leerrecht-dev-brp-simulator';
const BRP_BESTAND = path.join(ROOT, '.stack', 'demo', 'brp-personen.ndjson');
async function startBrpSimulator() {
  const bestand = BRP_BESTAND;
  if (!existsSync(bestand)) {
    mkdirSync(path.dirname(bestand), { recursive: true });
    await schrijfPersonenNdjson({ out: bestand, aantal: 3000, gemeenten: ['0193', '0166', '0171', '1581', '0153'], seed: 1 });
    log('BRP-demopopulatie gegenereerd (3000 personen)');
  }
  if (!(await isPortOpen(BRP_PORT))) {
    const child = spawn(process.execPath, [path.join(ROOT, 'tools/brp-simulator/server.mjs'), '--port', String(BRP_PORT), '--api-key', BRP_API_KEY, '--data', bestand], { cwd: ROOT, stdio: 'ignore' });
    children.push({ name: 'brp-simulator', child });
    const deadline = Date.now() + 30_000;
    while (!(await isPortOpen(BRP_PORT))) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error('de BRP-simulator startte niet');
      await new Promise((r) => setTimeout(r, 200));
    }
    log(`BRP-simulator op http://127.0.0.1:${BRP_PORT}`);
  }
  // Initial load (idempotent): the same path a gemeente's first BRP bulk file takes.
  await runOrFail('BRP-bulkbestand laden', process.execPath, ['tools/runtime/run.js', 'apps/leerlingenadministratie/src/brp-bulk-import.js', '--bestand', bestand], { env: { DATABASE_URL } });
}

/**
 * DUO's Register Onderwijsdeelnemers cannot be reached from here either: tools/duo-simulator
 * stands in (README "External systems"). It starts empty; the demo data places a few meldingen.
 */
const DUO_PORT = 5190;
const DUO_API_KEY = 'leerrecht-dev-duo-simulator';
async function startDuoSimulator() {
  if (await isPortOpen(DUO_PORT)) return;
  const child = spawn(process.execPath, [path.join(ROOT, 'tools/duo-simulator/server.mjs'), '--port', String(DUO_PORT), '--api-key', DUO_API_KEY], { cwd: ROOT, stdio: 'ignore' });
  children.push({ name: 'duo-simulator', child });
  const deadline = Date.now() + 30_000;
  while (!(await isPortOpen(DUO_PORT))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('de DUO-simulator startte niet');
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`DUO-simulator op http://127.0.0.1:${DUO_PORT}`);
}

function isPortOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  log('stoppen ...');
  await Promise.all(
    children.reverse().map(
      ({ child }) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 20_000).unref();
        }),
    ),
  );
  if (stackStarted.length > 0) await stopStack(stackStarted);
  log('alles gestopt');
  process.exit(code);
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

try {
  await checkPostgres();
  log(`PostgreSQL: ok (${new URL(DATABASE_URL).host})`);
  ({ started: stackStarted } = await ensureStack({ log }));
  await runOrFail('build', npx('tsc'), ['-p', 'tsconfig.build.json']);
  for (const name of SUBGRAPHS) {
    await runOrFail(`migraties ${name}`, process.execPath, ['tools/runtime/run.js', `apps/${name}/src/migrate.js`], { env: { DATABASE_URL } });
  }
  await startBrpSimulator();
  await startDuoSimulator();
  for (const name of SUBGRAPHS) await startService(name);
  await startService('gateway');
  const gatewayUrl = `http://127.0.0.1:${DEFAULT_PORTS.gateway}/graphql`;
  await seedDemo({ gatewayUrl, keycloakUrl: KEYCLOAK_URL, databaseUrl: DATABASE_URL, log });
  await seedAdministratie({ gatewayUrl, keycloakUrl: KEYCLOAK_URL, brpBestand: BRP_BESTAND, log });
  await seedVerzuim({ gatewayUrl, keycloakUrl: KEYCLOAK_URL, databaseUrl: DATABASE_URL, brpBestand: BRP_BESTAND, duo: { url: `http://127.0.0.1:${DUO_PORT}`, apiKey: DUO_API_KEY }, log });
  await seedVerlof({ gatewayUrl, keycloakUrl: KEYCLOAK_URL, databaseUrl: DATABASE_URL, brpBestand: BRP_BESTAND, log });
  process.stdout.write(`
================================================================================
 Leerrecht draait.  Gateway: ${gatewayUrl}
 Keycloak: ${KEYCLOAK_URL} (realm leerrecht; beheer: admin/admin, alleen lokaal)

 Demo-gebruikers (wachtwoord: leerrecht-demo):
   lpa.zwolle (0193, boa, wpg)   lpa.kampen (0166)        lpa.nop (0171, wpg)
   lpa.heuvelrug (1581, boa, wpg) lpa.zeist (1581, 0355)  lpa.enschede (0153, boa)
   admin.zwolle (0193)           admin.heuvelrug (1581)   coach.zwolle (0193)
   coordinator.ijsselvecht       beheer.regio             auditor.regio
 Token voor een gebruiker:
   curl -s ${KEYCLOAK_URL}/realms/leerrecht/protocol/openid-connect/token \\
     -d grant_type=password -d client_id=leerrecht-cli -d username=lpa.zwolle -d password=leerrecht-demo
 Token voor een partnersysteem (school, school-enschede, wijkteam):
   curl -s ${KEYCLOAK_URL}/realms/leerrecht/protocol/openid-connect/token \\
     -d grant_type=client_credentials -d client_id=school -d client_secret=school-demo-secret
 Probeer (met Authorization: Bearer <token> van lpa.zwolle):
   { leerlingdossier(bsn: "999990019") { gemeente reden plichtstatus { soort reden } meldingen { verzuimsoort status } } }
 Werklijst absoluut verzuim (admin.zwolle):
   { absoluutVerzuimControles(gemeente: "0193") { bsn naam status volgendeActie uiterlijk } }
 Nieuwe verzuimmeldingen beoordelen (admin.zwolle), mijn zaken op urgentie (lpa.zwolle):
   { verzuimtriage(gemeente: "0193") { zaakId soort meldingen { kanaal verzuimsoort beginDatum } } }
   { mijnVerzuimzaken { zaken { id soort teLaat eerstvolgendeUiterlijk } } }
 Verlofaanvragen met beslistermijn (lpa.zwolle), doorgezonden aanvragen (client school):
   { verlofwerkvoorraad(gemeente: "0193") { id status beslistermijn { uiterlijk status } brieven { id onderwerp } } }
   { doorgezondenVerlofaanvragen { id jongereNaam eersteVerlofdag schooldagen } }
 BRP-simulator: http://127.0.0.1:${BRP_PORT} (tools/brp-simulator/README.md)
 DUO-simulator: http://127.0.0.1:${DUO_PORT} (tools/duo-simulator/README.md)
 Ctrl-C stopt alles wat npm start startte.
================================================================================
`);
  if (children.length === 0 && stackStarted.length === 0) {
    // A second `npm start` next to a running one: it reused everything and owns nothing.
    log('alles draaide al; deze npm start heeft niets gestart en stopt nu (de draaiende blijft draaien)');
    process.exit(0);
  }
} catch (error) {
  log(error instanceof Error ? error.message : String(error));
  await shutdown(1);
}
