// `npm run bench:verzuim`: a school year's DUO verzuimmeldingen of a large region through the bus,
// next to a raw Kafka → PostgreSQL baseline of the same documents in the same run. Not a test: it
// asserts nothing about time, it measures and prints (docs/benchmarks.md). It checks the results:
// every melding stored once, linked into the dossier once, the expected number of cases.
//
//   Raw baseline: the same melding documents, produced with a bare kafkajs producer to a fresh
//   topic (3 partitions, keyed by BSN), consumed by a bare kafkajs consumer that inserts each into
//   a plain table, one INSERT per message in its own transaction (and, batched, one multi-row
//   INSERT per fetched batch).
//   Leerrecht: DUO simulator → verzuim fetches pages (haalDuoMeldingenOp) → outbox → Kafka →
//   verzuim intake (melding, case, tasks, timeline, audit, event) → outbox → Kafka →
//   leerlingenadministratie links the melding into the leerlingdossier.
//
// Needs: `npm run build` (done here when dist/ is older than the sources), PostgreSQL, Keycloak
// (`npm run stack:up`) and the Kafka jars in .stack/kafka/libs. Starts everything else itself, on
// ports of its own: its own Kafka broker (19492, controller 19493; a shared broker would deliver
// old messages to the services' fixed consumer groups), the DUO simulator (5343), verzuim (5341)
// and leerlingenadministratie (5342), against its own database `leerrecht_bench_verzuim` (dropped
// and recreated). Stops all of it at the end, on failure and on Ctrl-C.
//
// Usage: npm run bench:verzuim -- [--n=20000] [--gemeenten=0193,0166] [--seed=1]
//        [--vanaf=2026-08-24] [--tot=2027-07-09] [--max-seconds=3600] [--stall-seconds=180]
//        [--no-batched] [--no-autovacuum] [--profile] [--keep]
// Exit codes: 0 measured and correct (however slow), 1 setup failure, 2 usage, 3 wrong results.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import kafkajs from 'kafkajs';
import pg from 'pg';
import { schrijfMeldingenNdjson } from '../duo-simulator/genereer.mjs';
import { ROOT } from './lib.mjs';

const { Kafka, Partitioners, logLevel } = kafkajs;

const HELP = `Usage: npm run bench:verzuim -- [--n=20000] [--gemeenten=0193,0166] [--seed=1]
  [--vanaf=2026-08-24] [--tot=2027-07-09] [--max-seconds=3600] [--stall-seconds=180]
  [--no-batched] [--no-autovacuum] [--profile] [--keep]`;

class SetupError extends Error {}
class ResultError extends Error {}

function usage(message) {
  process.stderr.write(`[bench] ${message}\n${HELP}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const flags = {};
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${HELP}\n`);
      process.exit(0);
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) usage(`onbekend argument: ${arg}`);
    flags[match[1]] = match[2] ?? 'true';
  }
  const known = ['n', 'gemeenten', 'seed', 'vanaf', 'tot', 'max-seconds', 'stall-seconds', 'no-batched', 'no-autovacuum', 'profile', 'keep'];
  for (const name of Object.keys(flags)) if (!known.includes(name)) usage(`onbekende optie --${name}`);
  const int = (name, fallback, min, max) => {
    if (flags[name] === undefined) return fallback;
    const value = Number(flags[name]);
    if (!Number.isInteger(value) || value < min || value > max) usage(`--${name} moet een geheel getal ${min}..${max} zijn`);
    return value;
  };
  const datum = (name, fallback) => {
    const value = flags[name] ?? fallback;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) usage(`--${name} moet een datum JJJJ-MM-DD zijn`);
    return value;
  };
  const gemeenten = (flags.gemeenten ?? '0193,0166').split(',').map((g) => g.trim()).filter(Boolean);
  if (gemeenten.length === 0 || gemeenten.some((g) => !/^\d{4}$/.test(g))) usage('--gemeenten: CBS-codes van 4 cijfers, komma-gescheiden');
  return {
    n: int('n', 20_000, 1, 200_000),
    gemeenten,
    seed: int('seed', 1, 0, 2 ** 31 - 1),
    vanaf: datum('vanaf', '2026-08-24'),
    tot: datum('tot', '2027-07-09'),
    maxSeconds: int('max-seconds', 3_600, 30, 86_400),
    stallSeconds: int('stall-seconds', 180, 10, 3_600),
    batched: flags['no-batched'] === undefined,
    autovacuum: flags['no-autovacuum'] === undefined,
    profile: flags.profile !== undefined,
    keep: flags.keep !== undefined,
  };
}

const OPTIONS = parseArgs(process.argv.slice(2));

const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'leerrecht_bench_verzuim';
const BENCH_URL = new URL(ADMIN_URL);
BENCH_URL.pathname = `/${DB_NAME}`;
const KEYCLOAK = process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8080';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
for (const [naam, url] of [['DATABASE_URL', ADMIN_URL], ['KEYCLOAK_URL', KEYCLOAK]]) {
  if (!LOCAL_HOSTS.has(new URL(url).hostname)) usage(`${naam}: alleen 127.0.0.1/localhost is toegestaan`);
}
// Clear of the integration tests' ports (51xx, 52xx, 53xx below 5340; Kafka 19092/19192/19292).
const PORTS = { verzuim: 5341, leerlingenadministratie: 5342, duo: 5343, kafka: 19492, kafkaController: 19493 };
const BROKER = `127.0.0.1:${PORTS.kafka}`;
const DUO_API_KEY = 'leerrecht-bench-duo-simulator';
const KAFKA_LIBS = path.join(ROOT, '.stack', 'kafka', 'libs');
const TOPIC_OPGEHAALD = 'leerrecht.verzuim.duo-melding-opgehaald.v1';
const TOPIC_ONTVANGEN = 'leerrecht.verzuim.verzuimmelding-ontvangen.v1';
const PAGINA = 500;

const log = (m) => process.stdout.write(`[bench] ${m}\n`);
const seconden = (ms) => `${(ms / 1000).toFixed(2)} s`;
const msTekst = (v) => (Number.isFinite(v) ? (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(0)} ms`) : 'n/a');
const perSeconde = (v) => (Number.isFinite(v) ? `${v.toFixed(1)}/s` : 'n/a');
const getal = (v) => v.toLocaleString('en-US');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(3)}×` : 'n/a');

function percentiel(gesorteerd, p) {
  if (gesorteerd.length === 0) return Number.NaN;
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.max(0, Math.ceil((p / 100) * gesorteerd.length) - 1))];
}
/** Nearest-rank p50/p95/max. */
function samenvatting(waarden) {
  const s = Float64Array.from(waarden).sort();
  return { aantal: s.length, p50: percentiel(s, 50), p95: percentiel(s, 95), max: s.length ? s[s.length - 1] : Number.NaN };
}

// ---------------------------------------------------------------- cleanup (also on Ctrl-C)

const opruimTaken = [];
const kinderen = new Set();
const onverwachtGestopt = [];
let opgeruimd = null;
let afgebroken = false;
function bijOpruimen(taak) {
  opruimTaken.push(taak);
}
function ruimOp() {
  opgeruimd ??= (async () => {
    for (const taak of opruimTaken.reverse()) {
      try {
        await taak();
      } catch (error) {
        process.stderr.write(`[bench] opruimen: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
  })();
  return opgeruimd;
}
for (const signaal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signaal, () => {
    afgebroken = true;
    process.stderr.write(`[bench] ${signaal}: opruimen en stoppen\n`);
    // Hard deadline: a hanging cleanup must not keep the terminal.
    setTimeout(() => process.exit(130), 40_000).unref();
    ruimOp().finally(() => process.exit(130));
  });
}
// Last resort (an exception between start and registration): never leave a process behind.
process.on('exit', () => {
  for (const kind of kinderen) if (kind.exitCode === null && kind.signalCode === null) kind.kill('SIGKILL');
});

/** Starts a process of ours with its output in `logDir/<naam>.log`; it is stopped in ruimOp(). */
function startProces(naam, command, args, { env = {}, logDir }) {
  const logPad = path.join(logDir, `${naam}.log`);
  const fd = openSync(logPad, 'a');
  const kind = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  kinderen.add(kind);
  const proces = { naam, kind, logPad, pid: kind.pid, stoppen: false };
  kind.once('exit', (code, signal) => {
    if (!proces.stoppen) onverwachtGestopt.push(`${naam} (pid ${kind.pid}) stopte onverwacht: ${signal ? `signaal ${signal}` : `exitcode ${code}`}; ${logPad}:\n${staartVan(logPad, 10)}`);
  });
  bijOpruimen(() => stopProces(proces));
  return proces;
}

/** Throws when a process of ours has stopped that we did not stop (crash, or killed from outside). */
function bewaakProcessen() {
  if (onverwachtGestopt.length > 0) throw new SetupError(onverwachtGestopt.join('\n'));
}

async function stopProces(proces) {
  const { kind } = proces;
  proces.stoppen = true;
  if (kind.exitCode !== null || kind.signalCode !== null) return;
  const weg = new Promise((resolve) => kind.once('exit', resolve));
  kind.kill('SIGTERM');
  const timer = setTimeout(() => kind.kill('SIGKILL'), 20_000);
  await weg;
  clearTimeout(timer);
  kinderen.delete(kind);
}

function staartVan(pad, regels = 30) {
  try {
    return readFileSync(pad, 'utf8').trimEnd().split('\n').slice(-regels).join('\n');
  } catch {
    return '(geen log)';
  }
}

function poortOpen(port, timeoutMs = 1_000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const klaar = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => klaar(false));
    socket.once('connect', () => klaar(true));
    socket.once('error', () => klaar(false));
  });
}

async function wachtTot(beschrijving, proces, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (proces && (proces.kind.exitCode !== null || proces.kind.signalCode !== null)) {
      throw new SetupError(`${proces.naam} stopte tijdens het starten (${proces.kind.exitCode ?? proces.kind.signalCode}); ${proces.logPad}:\n${staartVan(proces.logPad)}`);
    }
    if (await check()) return;
    if (Date.now() > deadline) throw new SetupError(`${beschrijving} niet binnen ${timeoutMs / 1000} s${proces ? `; ${proces.logPad}:\n${staartVan(proces.logPad)}` : ''}`);
    await sleep(250);
  }
}

// ---------------------------------------------------------------- setup

function nieuwsteMtime(map) {
  let nieuwste = 0;
  if (!existsSync(map)) return nieuwste;
  for (const entry of readdirSync(map, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || /\.(integration-)?spec\.ts$|^integration-support\.ts$/.test(entry.name)) continue;
    const pad = path.join(entry.parentPath ?? entry.path, entry.name);
    // As tsconfig.build.json: only src/ folders, and not the test helpers.
    if (!pad.includes(`${path.sep}src${path.sep}`) || pad.includes(`${path.sep}util-testing${path.sep}`) || pad.includes(`${path.sep}node_modules${path.sep}`)) continue;
    nieuwste = Math.max(nieuwste, statSync(pad).mtimeMs);
  }
  return nieuwste;
}

/** Builds when dist/ is missing or older than any source it is compiled from. */
function bouwIndienNodig() {
  const entries = ['apps/verzuim/src/main.js', 'apps/leerlingenadministratie/src/main.js', 'apps/verzuim/src/migrate.js', 'apps/leerlingenadministratie/src/migrate.js'].map((e) => path.join(ROOT, 'dist', e));
  const buildInfo = path.join(ROOT, 'dist', '.tsbuildinfo');
  const gebouwd = entries.every(existsSync) && existsSync(buildInfo) ? statSync(buildInfo).mtimeMs : 0;
  const bronnen = Math.max(
    nieuwsteMtime(path.join(ROOT, 'apps', 'verzuim', 'src')),
    nieuwsteMtime(path.join(ROOT, 'apps', 'leerlingenadministratie', 'src')),
    nieuwsteMtime(path.join(ROOT, 'libs')),
  );
  if (gebouwd >= bronnen) {
    log('build: dist/ is actueel');
    return;
  }
  log(gebouwd === 0 ? 'build: dist/ ontbreekt, bouwen ...' : 'build: bronnen nieuwer dan dist/, bouwen ...');
  const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new SetupError(`build (tsc -p tsconfig.build.json) faalde:\n${r.stdout}\n${r.stderr}`);
}

function migreer(service) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'tools/runtime/run.js'), `apps/${service}/src/migrate.js`], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: BENCH_URL.href },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new SetupError(`migraties ${service} faalden:\n${r.stdout}\n${r.stderr}`);
}

/** A KRaft broker of our own from the stack's jars, as libs/shared/util-testing/src/dedicated-kafka.ts. */
async function startKafka(tmp, logDir) {
  if (!existsSync(KAFKA_LIBS)) throw new SetupError(`${KAFKA_LIBS} ontbreekt: draai eerst 'npm run stack:up' (dat haalt Kafka op)`);
  const dir = path.join(tmp, 'kafka');
  const properties = path.join(tmp, 'kafka-server.properties');
  writeFileSync(properties, [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${PORTS.kafkaController}`,
    `listeners=PLAINTEXT://127.0.0.1:${PORTS.kafka},CONTROLLER://127.0.0.1:${PORTS.kafkaController}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${PORTS.kafka}`,
    'controller.listener.names=CONTROLLER',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    `log.dirs=${dir}`,
    'num.partitions=3',
    'offsets.topic.replication.factor=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    'auto.create.topics.enable=false',
  ].join('\n'));
  const classpath = `${KAFKA_LIBS}/*`;
  const id = spawnSync('java', ['-cp', classpath, 'kafka.tools.StorageTool', 'random-uuid'], { encoding: 'utf8' });
  if (id.status !== 0) throw new SetupError(`kafka StorageTool random-uuid faalde (is java geïnstalleerd?): ${id.stderr ?? id.error}`);
  const format = spawnSync('java', ['-cp', classpath, 'kafka.tools.StorageTool', 'format', '-t', id.stdout.trim().split('\n').pop(), '-c', properties], { encoding: 'utf8' });
  if (format.status !== 0) throw new SetupError(`kafka storage format faalde: ${format.stderr}`);
  const proces = startProces('kafka', 'java', ['-Xmx384m', '-cp', classpath, 'kafka.Kafka', properties], { logDir });
  await wachtTot(`Kafka op poort ${PORTS.kafka}`, proces, () => poortOpen(PORTS.kafka), 90_000);
  const jar = readdirSync(KAFKA_LIBS).find((naam) => /^kafka_2\.13-[\d.]+\.jar$/.test(naam));
  return { proces, versie: jar ? jar.replace(/^kafka_2\.13-/, '').replace(/\.jar$/, '') : 'onbekend' };
}

async function isReady(port) {
  try {
    return (await fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

function startService(service, env, logDir) {
  return startProces(service, process.execPath, [path.join(ROOT, 'tools/runtime/run.js'), `apps/${service}/src/main.js`], { env, logDir });
}

/** POST JSON without fetch's 300 s header timeout: one fetch call can run for minutes. */
function postJson(url, body, headers, timeoutMs) {
  return new Promise((resolve, reject) => {
    const tekst = JSON.stringify(body);
    const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(tekst), ...headers } }, (response) => {
      const delen = [];
      response.on('data', (deel) => delen.push(deel));
      response.on('end', () => {
        try {
          resolve({ status: response.statusCode, body: JSON.parse(Buffer.concat(delen).toString('utf8')) });
        } catch (error) {
          reject(new Error(`geen JSON van ${url} (status ${response.statusCode}): ${error.message}`));
        }
      });
      response.on('error', reject);
    });
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`geen antwoord van ${url} binnen ${timeoutMs / 1000} s`)));
    request.on('error', reject);
    request.end(tekst);
  });
}

async function token() {
  let response;
  try {
    response = await fetch(`${KEYCLOAK}/realms/leerrecht/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'leerrecht-cli', username: 'beheer.regio', password: 'leerrecht-demo' }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new SetupError(`Keycloak niet bereikbaar op ${KEYCLOAK}: ${error.message}`);
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok || typeof body.access_token !== 'string') throw new SetupError(`geen token voor beheer.regio (HTTP ${response.status})`);
  return body.access_token;
}

/**
 * What autovacuum would do with its defaults (naptime 60 s; VACUUM after 50 + 20 % dead rows or
 * 1000 + 20 % inserted rows, ANALYZE after 50 + 10 % changed rows), for a server that runs with
 * autovacuum off, as the shared development server does: without it the intake's tables never get
 * planner statistics and the outbox is never vacuumed. Only in our own database.
 */
function startAutovacuum(db) {
  const teller = { rondes: 0, vacuum: 0, analyze: 0 };
  let timer = null;
  let stop = false;
  const ronde = async () => {
    try {
      const { rows } = await db.query(`SELECT format('%I.%I', s.schemaname, s.relname) AS tabel,
          s.n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0) OR s.n_ins_since_vacuum > 1000 + 0.2 * greatest(c.reltuples, 0) AS vacuum,
          s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0) AS analyze
        FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid`);
      for (const { tabel, vacuum, analyze } of rows) {
        if (stop) return;
        if (vacuum) {
          await db.query(`VACUUM ${analyze ? '(ANALYZE) ' : ''}${tabel}`);
          teller.vacuum += 1;
          if (analyze) teller.analyze += 1;
        } else if (analyze) {
          await db.query(`ANALYZE ${tabel}`);
          teller.analyze += 1;
        }
      }
      teller.rondes += 1;
    } catch {
      // a round missed; the next one catches up
    }
    if (!stop) timer = setTimeout(ronde, 60_000);
  };
  timer = setTimeout(ronde, 60_000);
  return {
    teller,
    stop: () => {
      stop = true;
      clearTimeout(timer);
    },
  };
}

// ---------------------------------------------------------------- CPU accounting from /proc

const PG_OVERIG = 'PostgreSQL: background, other databases';
const OVERIG = 'other processes (Keycloak, other sessions, …)';
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

function leesStat(pid) {
  try {
    const tekst = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const sluit = tekst.lastIndexOf(')');
    const velden = tekst.slice(sluit + 2).split(' ');
    return { comm: tekst.slice(tekst.indexOf('(') + 1, sluit), ticks: Number(velden[11]) + Number(velden[12]) };
  } catch {
    return null;
  }
}

function machineTicks() {
  const [, ...velden] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const v = velden.map(Number);
  const totaal = v.slice(0, 8).reduce((a, b) => a + b, 0);
  return { totaal, busy: totaal - v[3] - v[4] };
}

/**
 * Samples every process's CPU once a second and classifies it (our processes by pid, our
 * PostgreSQL backends by application_name), keeping the last value of processes that have exited,
 * so the CPU between two marks is complete.
 */
class CpuMeter {
  constructor(db, processen) {
    this.db = db;
    this.processen = processen;
    this.laatst = new Map();
    this.soort = new Map();
    this.machine = machineTicks();
    this.timer = null;
  }

  async meet() {
    const backends = new Map((await this.db.query('SELECT pid, application_name FROM pg_stat_activity WHERE datname = $1', [DB_NAME])).rows.map((r) => [r.pid, r.application_name]));
    for (const naam of readdirSync('/proc')) {
      if (!/^\d+$/.test(naam)) continue;
      const pid = Number(naam);
      const stat = leesStat(pid);
      if (stat === null) continue;
      // Classified once; a postgres process is looked at again until it shows up as one of our
      // backends (a fresh backend can be in /proc a moment before it is in pg_stat_activity).
      const bekend = this.soort.get(pid);
      if (bekend === undefined || (bekend === PG_OVERIG && backends.has(pid))) this.soort.set(pid, this.classificeer(pid, stat, backends));
      this.laatst.set(pid, stat.ticks);
    }
    this.machine = machineTicks();
  }

  classificeer(pid, stat, backends) {
    const eigen = this.processen().find((p) => p.pid === pid);
    if (eigen) return eigen.naam === 'kafka' ? 'Kafka broker (java)' : `${eigen.naam} (node)`;
    if (pid === process.pid) return 'benchmark client (node)';
    const app = backends.get(pid);
    if (app === 'leerrecht-verzuim') return 'PostgreSQL: verzuim backends';
    if (app === 'leerrecht-leerlingenadministratie') return 'PostgreSQL: leerlingenadministratie backends';
    if (app !== undefined) return 'PostgreSQL: benchmark client backends';
    return stat.comm === 'postgres' ? PG_OVERIG : OVERIG;
  }

  start() {
    const loop = async () => {
      try {
        await this.meet();
      } catch {
        // a sample missed; the next one counts
      }
      this.timer = setTimeout(loop, 1_000);
    };
    this.timer = setTimeout(loop, 0);
  }

  stop() {
    clearTimeout(this.timer);
  }

  async merk() {
    await this.meet();
    return { tijd: Date.now(), laatst: new Map(this.laatst), machine: this.machine };
  }

  /** CPU seconds per kind between two marks, plus the machine's busy share. */
  tussen(a, b) {
    const perSoort = new Map();
    for (const [pid, ticks] of b.laatst) {
      const delta = ticks - (a.laatst.get(pid) ?? 0);
      if (delta <= 0) continue;
      const soort = this.soort.get(pid) ?? OVERIG;
      perSoort.set(soort, (perSoort.get(soort) ?? 0) + delta / CLK_TCK);
    }
    const wand = (b.tijd - a.tijd) / 1000;
    const busy = (b.machine.busy - a.machine.busy) / CLK_TCK;
    const totaal = (b.machine.totaal - a.machine.totaal) / CLK_TCK;
    return { wand, perSoort: [...perSoort].sort((x, y) => y[1] - x[1]), busy, capaciteit: totaal, kernen: os.cpus().length };
  }
}

// ---------------------------------------------------------------- raw baseline

/** kafkajs log lines of our own clients go to a file (a fresh broker logs "coordinator loading" at first). */
function naarBestand(pad) {
  return () => ({ namespace, level, log: entry }) => {
    const { message, ...rest } = entry;
    appendFileSync(pad, `${JSON.stringify({ level, namespace, message, ...rest })}\n`);
  };
}

/**
 * The same documents through a bare kafkajs producer and consumer into a plain table. `batched`:
 * one multi-row INSERT per fetched batch instead of one transaction per message.
 */
async function rauweBasislijn(db, documenten, { batched, naam, logPad }) {
  const topic = `bench.verzuim.raw.${naam}`;
  const tabel = `bench_raw.melding_${naam}`;
  await db.query(`CREATE TABLE ${tabel} (meldingsnummer text PRIMARY KEY, bsn text NOT NULL, doc jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);
  const kafka = new Kafka({ clientId: `bench-verzuim-raw-${naam}`, brokers: [BROKER], logLevel: logLevel.WARN, logCreator: naarBestand(logPad) });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  await admin.disconnect();

  const client = new pg.Client({ connectionString: BENCH_URL.href, application_name: 'bench-verzuim-raw' });
  await client.connect();
  // Same consumer settings as the platform's bus (libs/shared/data-access-bus/src/kafka-bus.ts).
  const consumer = kafka.consumer({ groupId: `bench-verzuim-raw-${naam}`, maxWaitTimeInMs: 1_000 });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  let verwerkt = 0;
  let fout = null;
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    const joined = new Promise((resolve) => {
      const off = consumer.on(consumer.events.GROUP_JOIN, () => {
        off();
        resolve();
      });
    });
    if (batched) {
      await consumer.run({
        partitionsConsumedConcurrently: 1,
        eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
          const nummers = [];
          const bsns = [];
          const docs = [];
          for (const message of batch.messages) {
            const doc = JSON.parse(message.value.toString('utf8'));
            nummers.push(doc.meldingsnummer);
            bsns.push(doc.leerling.burgerservicenummer);
            docs.push(message.value.toString('utf8'));
          }
          try {
            await client.query('BEGIN');
            await client.query(`INSERT INTO ${tabel} (meldingsnummer, bsn, doc) SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[]) ON CONFLICT DO NOTHING`, [nummers, bsns, docs]);
            await client.query('COMMIT');
          } catch (error) {
            fout ??= error;
            await client.query('ROLLBACK').catch(() => undefined);
            throw error;
          }
          verwerkt += batch.messages.length;
          resolveOffset(batch.messages.at(-1).offset);
          await heartbeat();
        },
      });
    } else {
      await consumer.run({
        partitionsConsumedConcurrently: 1,
        eachMessage: async ({ message }) => {
          const tekst = message.value.toString('utf8');
          const doc = JSON.parse(tekst);
          try {
            await client.query('BEGIN');
            await client.query(`INSERT INTO ${tabel} (meldingsnummer, bsn, doc) VALUES ($1, $2, $3::jsonb) ON CONFLICT DO NOTHING`, [doc.meldingsnummer, doc.leerling.burgerservicenummer, tekst]);
            await client.query('COMMIT');
          } catch (error) {
            fout ??= error;
            await client.query('ROLLBACK').catch(() => undefined);
            throw error;
          }
          verwerkt += 1;
        },
      });
    }
    await Promise.race([joined, sleep(30_000).then(() => Promise.reject(new SetupError('ruwe consumer kwam niet in zijn groep')))]);

    await producer.connect();
    const verzonden = new Map();
    const start = Date.now();
    for (let i = 0; i < documenten.length; i += PAGINA) {
      const deel = documenten.slice(i, i + PAGINA);
      const t = Date.now();
      for (const d of deel) verzonden.set(d.meldingsnummer, t);
      await producer.send({ topic, acks: -1, messages: deel.map((d) => ({ key: d.leerling.burgerservicenummer, value: d.tekst })) });
    }
    const productie = Date.now() - start;
    const deadline = Date.now() + OPTIONS.maxSeconds * 1000;
    while (verwerkt < documenten.length) {
      bewaakProcessen();
      if (fout) throw new SetupError(`ruwe consumer faalde: ${fout.message}`);
      if (Date.now() > deadline) throw new ResultError(`ruwe basislijn: ${verwerkt} van ${documenten.length} na ${OPTIONS.maxSeconds} s`);
      await sleep(50);
    }
    const rijen = (await db.query(`SELECT meldingsnummer, extract(epoch FROM created_at)::float8 * 1000 AS t FROM ${tabel}`)).rows;
    const telling = (await db.query(`SELECT count(*)::int AS n, count(DISTINCT meldingsnummer)::int AS uniek FROM ${tabel}`)).rows[0];
    const latentie = [];
    let laatste = 0;
    for (const r of rijen) {
      const v = verzonden.get(r.meldingsnummer);
      if (v !== undefined) latentie.push(r.t - v);
      laatste = Math.max(laatste, r.t);
    }
    const duur = laatste - start;
    return { naam, opgeslagen: telling.n, uniek: telling.uniek, productieMs: productie, duurMs: duur, doorvoer: (rijen.length / duur) * 1000, latentie: samenvatting(latentie) };
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

// ---------------------------------------------------------------- Leerrecht

async function haalAlles(meetpunten) {
  const url = `http://127.0.0.1:${PORTS.verzuim}/graphql`;
  const query = 'mutation Haal($i: HaalDuoMeldingenOpInput) { haalDuoMeldingenOp(input: $i) { opgehaald ingetrokken onverwerkbaar } }';
  const aanroepen = [];
  const start = Date.now();
  meetpunten.start = start;
  let laatsteMetResultaat = start;
  for (let aanroep = 1; ; aanroep += 1) {
    if (aanroep > 1000) throw new SetupError('haalDuoMeldingenOp stopt niet met ophalen');
    bewaakProcessen();
    const t = Date.now();
    // A fresh token per call: a call can outlast the 300 s token lifetime of the previous one.
    let antwoord;
    try {
      antwoord = await postJson(url, { query, variables: { i: { gemeenten: OPTIONS.gemeenten } } }, { authorization: `Bearer ${await token()}` }, OPTIONS.maxSeconds * 1000);
    } catch (error) {
      await sleep(500); // a stopped service: let its exit event arrive first, it is the better message
      bewaakProcessen();
      throw error;
    }
    const { status, body } = antwoord;
    if (status !== 200 || body.errors) throw new SetupError(`haalDuoMeldingenOp: HTTP ${status} ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
    const r = body.data.haalDuoMeldingenOp;
    aanroepen.push({ ...r, ms: Date.now() - t });
    log(`haalDuoMeldingenOp #${aanroep}: ${JSON.stringify(r)} in ${seconden(Date.now() - t)}`);
    if (r.opgehaald + r.ingetrokken + r.onverwerkbaar === 0) break;
    laatsteMetResultaat = Date.now();
  }
  return { start, eind: laatsteMetResultaat, aanroepen };
}

async function wachtOpVerwerking(db, verwacht, meetpunten) {
  const deadline = meetpunten.start + OPTIONS.maxSeconds * 1000;
  let vorige = '';
  let laatsteVoortgang = Date.now();
  let laatsteLog = 0;
  for (;;) {
    bewaakProcessen();
    const r = (await db.query(`SELECT (SELECT count(*)::int FROM verzuim.verzuimmelding WHERE kanaal = 'duo') AS meldingen,
      (SELECT count(*)::int FROM leerlingenadministratie.dossier_melding) AS dossier`)).rows[0];
    const stand = `${r.meldingen}/${r.dossier}`;
    if (stand !== vorige) {
      vorige = stand;
      laatsteVoortgang = Date.now();
    }
    if (Date.now() - laatsteLog > 15_000) {
      laatsteLog = Date.now();
      log(`voortgang na ${seconden(Date.now() - meetpunten.start)}: ${r.meldingen} meldingen als zaak opgeslagen, ${r.dossier} in het dossier (van ${verwacht})`);
    }
    if (r.meldingen >= verwacht && meetpunten.intakeKlaar === undefined) meetpunten.intakeKlaar = Date.now();
    if (r.meldingen >= verwacht && r.dossier >= verwacht) return r;
    if (Date.now() - laatsteVoortgang > OPTIONS.stallSeconds * 1000) {
      throw new ResultError(`geen voortgang in ${OPTIONS.stallSeconds} s: ${r.meldingen} meldingen, ${r.dossier} dossierregels, verwacht ${verwacht} (zie de service-logs)`);
    }
    if (Date.now() > deadline) throw new ResultError(`na ${OPTIONS.maxSeconds} s: ${r.meldingen} meldingen, ${r.dossier} dossierregels, verwacht ${verwacht}`);
    await sleep(1_000);
  }
}

async function controleer(db, verwacht, kafkaAdmin) {
  const q = async (sql, params) => (await db.query(sql, params)).rows[0];
  const feiten = {
    meldingen: await q(`SELECT count(*)::int AS n, count(DISTINCT extern_id)::int AS uniek, count(*) FILTER (WHERE zaak_id IS NULL)::int AS zonder_zaak,
      count(DISTINCT zaak_id)::int AS zaken FROM verzuim.verzuimmelding WHERE kanaal = 'duo'`),
    onbekend: await q(`SELECT count(*)::int AS n FROM verzuim.verzuimmelding WHERE kanaal = 'duo' AND NOT (extern_id = ANY($1::text[]))`, [verwacht.nummers]),
    zaken: await q(`SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'open')::int AS open FROM verzuim.verzuimzaak`),
    zaakSoorten: (await db.query(`SELECT soort, count(*)::int AS n FROM verzuim.verzuimzaak GROUP BY soort ORDER BY 2 DESC`)).rows,
    taken: await q(`SELECT count(*)::int AS n FROM verzuim.zaak_taak`),
    tijdlijn: await q(`SELECT count(*)::int AS n FROM verzuim.zaak_gebeurtenis`),
    opgehaaldEvents: await q(`SELECT count(*)::int AS n, count(DISTINCT envelope->'payload'->'melding'->>'meldingsnummer')::int AS uniek FROM verzuim.outbox_message WHERE topic = $1`, [TOPIC_OPGEHAALD]),
    ontvangenEvents: await q(`SELECT count(*)::int AS n FROM verzuim.outbox_message WHERE topic = $1`, [TOPIC_ONTVANGEN]),
    onverwerkbaar: (await db.query(`SELECT reden, count(*)::int AS n FROM verzuim.duo_onverwerkbaar GROUP BY reden ORDER BY reden`)).rows,
    dossier: await q(`SELECT count(*)::int AS n, count(DISTINCT melding_id)::int AS uniek,
      count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM verzuim.verzuimmelding v WHERE v.id = d.melding_id))::int AS wees FROM leerlingenadministratie.dossier_melding d`),
    leerlingen: await q(`SELECT count(*)::int AS n FROM leerlingenadministratie.leerling`),
    dossiers: await q(`SELECT count(*)::int AS n FROM leerlingenadministratie.leerlingdossier`),
  };
  const dlq = {};
  for (const topic of [TOPIC_OPGEHAALD, TOPIC_ONTVANGEN]) {
    const offsets = await kafkaAdmin.fetchTopicOffsets(`${topic}.dlq`).catch(() => []);
    dlq[topic] = offsets.reduce((s, o) => s + Number(o.high), 0);
  }
  feiten.dlq = dlq;
  const fouten = [];
  const eis = (ok, tekst) => {
    if (!ok) fouten.push(tekst);
  };
  eis(feiten.meldingen.n === verwacht.meldingen, `verzuimmeldingen: ${feiten.meldingen.n}, verwacht ${verwacht.meldingen}`);
  eis(feiten.meldingen.uniek === feiten.meldingen.n, `dubbele DUO-meldingen: ${feiten.meldingen.n - feiten.meldingen.uniek}`);
  eis(feiten.onbekend.n === 0, `${feiten.onbekend.n} meldingen die niet in het bestand staan`);
  eis(feiten.meldingen.zonder_zaak === 0, `${feiten.meldingen.zonder_zaak} meldingen zonder zaak`);
  eis(feiten.zaken.n === verwacht.zaken && feiten.meldingen.zaken === verwacht.zaken, `zaken: ${feiten.zaken.n} (${feiten.meldingen.zaken} met meldingen), verwacht ${verwacht.zaken}`);
  eis(feiten.opgehaaldEvents.n === verwacht.meldingen && feiten.opgehaaldEvents.uniek === verwacht.meldingen, `duo-melding-opgehaald events: ${feiten.opgehaaldEvents.n} (${feiten.opgehaaldEvents.uniek} uniek), verwacht ${verwacht.meldingen}`);
  eis(feiten.dossier.n === verwacht.meldingen, `dossierregels: ${feiten.dossier.n}, verwacht ${verwacht.meldingen}`);
  eis(feiten.dossier.uniek === feiten.dossier.n, `dubbele dossierregels: ${feiten.dossier.n - feiten.dossier.uniek}`);
  eis(feiten.dossier.wees === 0, `${feiten.dossier.wees} dossierregels zonder melding`);
  eis(feiten.leerlingen.n === verwacht.zaken && feiten.dossiers.n === verwacht.zaken, `leerlingen/dossiers: ${feiten.leerlingen.n}/${feiten.dossiers.n}, verwacht ${verwacht.zaken}`);
  const onverwerkbaar = Object.fromEntries(feiten.onverwerkbaar.map((r) => [r.reden, r.n]));
  eis(JSON.stringify(onverwerkbaar) === JSON.stringify(verwacht.geenBsn > 0 ? { 'geen-bsn': verwacht.geenBsn } : {}), `onverwerkbaar: ${JSON.stringify(onverwerkbaar)}, verwacht ${verwacht.geenBsn}× geen-bsn`);
  for (const [topic, n] of Object.entries(dlq)) eis(n === 0, `${n} berichten in ${topic}.dlq`);
  return { feiten, fouten };
}

/** Per melding, from the database's own timestamps (all `now()`: the start of the writing transaction). */
async function latenties(db) {
  const rijen = (await db.query(`
    SELECT extract(epoch FROM o.created_at)::float8 * 1000 AS opgehaald, extract(epoch FROM o.published_at)::float8 * 1000 AS relay1,
           extract(epoch FROM m.created_at)::float8 * 1000 AS intake, extract(epoch FROM o2.published_at)::float8 * 1000 AS relay2,
           extract(epoch FROM d.created_at)::float8 * 1000 AS dossier
      FROM verzuim.verzuimmelding m
      JOIN verzuim.outbox_message o ON o.topic = $1 AND o.envelope->'payload'->'melding'->>'meldingsnummer' = m.extern_id
      JOIN verzuim.outbox_message o2 ON o2.topic = $2 AND (o2.envelope->'payload'->>'meldingId')::uuid = m.id
      JOIN leerlingenadministratie.dossier_melding d ON d.melding_id = m.id
     WHERE m.kanaal = 'duo'`, [TOPIC_OPGEHAALD, TOPIC_ONTVANGEN])).rows;
  const paginas = (await db.query(`SELECT extract(epoch FROM created_at)::float8 * 1000 AS t, count(*)::int AS n FROM verzuim.outbox_message WHERE topic = $1 GROUP BY created_at ORDER BY created_at`, [TOPIC_OPGEHAALD])).rows;
  const tussenPaginas = [];
  for (let i = 1; i < paginas.length; i += 1) tussenPaginas.push(paginas[i].t - paginas[i - 1].t);
  return {
    rijen: rijen.length,
    intakeTijden: Float64Array.from(rijen.map((r) => r.intake)).sort(),
    laatsteIntake: rijen.reduce((m, r) => Math.max(m, r.intake), 0),
    laatsteDossier: rijen.reduce((m, r) => Math.max(m, r.dossier), 0),
    naarIntake: samenvatting(rijen.map((r) => r.intake - r.opgehaald)),
    naarDossier: samenvatting(rijen.map((r) => r.dossier - r.opgehaald)),
    stappen: {
      relay1: samenvatting(rijen.map((r) => r.relay1 - r.opgehaald)),
      intake: samenvatting(rijen.map((r) => r.intake - r.relay1)),
      relay2: samenvatting(rijen.map((r) => r.relay2 - r.intake)),
      dossier: samenvatting(rijen.map((r) => r.dossier - r.relay2)),
    },
    paginas: paginas.length,
    paginaTijd: samenvatting(tussenPaginas),
  };
}

// ---------------------------------------------------------------- profile (--profile)

async function verzamelProfiel(services, tmp) {
  const uit = {};
  for (const s of services) {
    const prefix = path.join(tmp, `meetpunt-${s.naam}`);
    rmSync(`${prefix}.klaar`, { force: true });
    writeFileSync(`${prefix}.vraag`, '');
    const deadline = Date.now() + 30_000;
    while (!existsSync(`${prefix}.klaar`) && Date.now() < deadline) await sleep(100);
    if (!existsSync(`${prefix}.klaar`)) {
      log(`profiel van ${s.naam} kwam niet`);
      continue;
    }
    const queries = JSON.parse(readFileSync(`${prefix}.queries.json`, 'utf8'));
    const profiel = existsSync(`${prefix}.cpuprofile`) ? JSON.parse(readFileSync(`${prefix}.cpuprofile`, 'utf8')) : null;
    uit[s.naam] = { queries, cpu: profiel ? cpuPerOnderdeel(profiel) : null };
  }
  return uit;
}

/** Self time of a V8 CPU profile, grouped by package (node_modules/<pkg>) or by our compiled library/app. */
function cpuPerOnderdeel(profiel) {
  const perNode = new Map(profiel.nodes.map((n) => [n.id, n]));
  const zelf = new Map();
  for (let i = 0; i < profiel.samples.length; i += 1) {
    const dt = (profiel.timeDeltas[i] ?? 0) / 1000;
    zelf.set(profiel.samples[i], (zelf.get(profiel.samples[i]) ?? 0) + dt);
  }
  const groep = new Map();
  let totaal = 0;
  for (const [id, ms] of zelf) {
    const { functionName, url } = perNode.get(id).callFrame;
    let naam;
    if (!url) naam = functionName.startsWith('(') ? functionName : `(native) ${functionName}`;
    else if (url.startsWith('node:')) naam = 'node internals';
    else if (url.includes('/node_modules/')) {
      const deel = url.split('/node_modules/').pop().split('/');
      naam = deel[0].startsWith('@') ? `${deel[0]}/${deel[1]}` : deel[0];
    } else if (url.includes('/dist/')) {
      const deel = url.split('/dist/').pop().split('/');
      naam = `ours: ${deel.slice(0, 3).join('/')}`;
    } else naam = url;
    groep.set(naam, (groep.get(naam) ?? 0) + ms);
    if (naam !== '(idle)') totaal += ms;
  }
  return { actiefMs: totaal, idleMs: groep.get('(idle)') ?? 0, onderdelen: [...groep].filter(([n]) => n !== '(idle)').sort((a, b) => b[1] - a[1]) };
}

// ---------------------------------------------------------------- main

async function main() {
  const gestart = new Date();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'leerrecht-bench-verzuim-'));
  let gelukt = false;
  bijOpruimen(() => {
    if (gelukt && !OPTIONS.keep) rmSync(tmp, { recursive: true, force: true });
    else log(`logs en data blijven staan in ${tmp}`);
  });

  // --- Preflight: ports, PostgreSQL, Keycloak, build.
  for (const [naam, port] of Object.entries(PORTS)) {
    if (await poortOpen(port)) throw new SetupError(`poort ${port} (${naam}) is al in gebruik; draait er nog een benchmark?`);
  }
  const admin = new pg.Client({ connectionString: ADMIN_URL, application_name: 'bench-verzuim' });
  try {
    await admin.connect();
  } catch (error) {
    throw new SetupError(`PostgreSQL niet bereikbaar (${new URL(ADMIN_URL).host}): ${error.message}`);
  }
  const pgVersie = (await admin.query('SHOW server_version')).rows[0].server_version;
  await token();
  bouwIndienNodig();

  // --- Data: a school year of meldingen of the region's gemeenten.
  const bestand = path.join(tmp, 'duo-meldingen.ndjson');
  log(`genereren: ${OPTIONS.n} meldingen (${OPTIONS.gemeenten.join(', ')}), seed ${OPTIONS.seed}, ${OPTIONS.vanaf} … ${OPTIONS.tot}`);
  await schrijfMeldingenNdjson({ out: bestand, aantal: OPTIONS.n, gemeenten: OPTIONS.gemeenten, seed: OPTIONS.seed, vanaf: OPTIONS.vanaf, tot: OPTIONS.tot });
  const alle = readFileSync(bestand, 'utf8').trimEnd().split('\n');
  const documenten = [];
  const leerlingen = new Set();
  for (const tekst of alle) {
    const doc = JSON.parse(tekst);
    // Meldingen with only an onderwijsnummer go to the beheer list (duo-ophaling.service.ts): not stored.
    if (doc.leerling.burgerservicenummer === null) continue;
    documenten.push({ meldingsnummer: doc.meldingsnummer, leerling: doc.leerling, tekst });
    leerlingen.add(`${doc.gemeente}:${doc.leerling.burgerservicenummer}`);
  }
  const verwacht = { meldingen: documenten.length, geenBsn: alle.length - documenten.length, zaken: leerlingen.size, nummers: documenten.map((d) => d.meldingsnummer) };
  log(`verwacht: ${verwacht.meldingen} meldingen met BSN (${verwacht.geenBsn} alleen onderwijsnummer → beheerlijst), ${verwacht.zaken} zaken`);

  // --- Database of our own, both services' migrations.
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  bijOpruimen(async () => {
    if (OPTIONS.keep) {
      log(`database ${DB_NAME} blijft staan (--keep)`);
    } else {
      await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    }
    await admin.end();
  });
  migreer('verzuim');
  migreer('leerlingenadministratie');
  const db = new pg.Client({ connectionString: BENCH_URL.href, application_name: 'bench-verzuim' });
  await db.connect();
  bijOpruimen(() => db.end());
  await db.query('CREATE SCHEMA bench_raw');
  const meterDb = new pg.Client({ connectionString: BENCH_URL.href, application_name: 'bench-verzuim' });
  await meterDb.connect();
  bijOpruimen(() => meterDb.end());
  const autovacuum = (await admin.query('SHOW autovacuum')).rows[0].autovacuum;
  let nabootsing = null;
  if (autovacuum === 'off' && OPTIONS.autovacuum) {
    const vacuumDb = new pg.Client({ connectionString: BENCH_URL.href, application_name: 'bench-verzuim' });
    await vacuumDb.connect();
    bijOpruimen(() => vacuumDb.end());
    nabootsing = startAutovacuum(vacuumDb);
    bijOpruimen(() => nabootsing.stop());
    log('PostgreSQL draait met autovacuum = off: de benchmark doet in zijn eigen database wat autovacuum met de standaardinstellingen zou doen (elke 60 s)');
  }

  // --- Our own Kafka broker.
  const processen = [];
  const kafka = await startKafka(tmp, tmp);
  processen.push(kafka.proces);
  log(`Kafka ${kafka.versie} op ${BROKER}`);
  const meter = new CpuMeter(meterDb, () => processen);
  meter.start();
  bijOpruimen(() => meter.stop());

  // --- Raw baseline first, on an otherwise idle platform (the services are not started yet).
  const kafkaLog = path.join(tmp, 'kafkajs-bench.log');
  // Warm-up, not measured: the first messages through a fresh broker and a fresh Node process.
  await rauweBasislijn(db, documenten.slice(0, 1_000), { batched: false, naam: 'opwarmen', logPad: kafkaLog });
  const ruw = [];
  for (const batched of OPTIONS.batched ? [false, true] : [false]) {
    const a = await meter.merk();
    const r = await rauweBasislijn(db, documenten, { batched, naam: batched ? 'batch' : 'per_bericht', logPad: kafkaLog });
    r.cpu = meter.tussen(a, await meter.merk());
    ruw.push(r);
    log(`ruwe basislijn (${r.naam}): ${r.opgeslagen} rijen in ${seconden(r.duurMs)} (productie ${seconden(r.productieMs)}), ${perSeconde(r.doorvoer)}, latentie p50 ${msTekst(r.latentie.p50)} p95 ${msTekst(r.latentie.p95)}`);
    if (r.opgeslagen !== verwacht.meldingen || r.uniek !== verwacht.meldingen) throw new ResultError(`ruwe basislijn (${r.naam}): ${r.opgeslagen} rijen (${r.uniek} uniek), verwacht ${verwacht.meldingen}`);
  }

  // --- DUO simulator and the two services.
  const duo = startProces('duo-simulator', process.execPath, [path.join(ROOT, 'tools/duo-simulator/server.mjs'), '--port', String(PORTS.duo), '--api-key', DUO_API_KEY, '--data', bestand], { logDir: tmp });
  processen.push(duo);
  await wachtTot('DUO-simulator', duo, () => poortOpen(PORTS.duo), 60_000);
  const serviceEnv = {
    DATABASE_URL: BENCH_URL.href,
    KAFKA_BROKERS: BROKER,
    KEYCLOAK_URL: KEYCLOAK,
    VERZUIM_PORT: String(PORTS.verzuim),
    LEERLINGENADMINISTRATIE_PORT: String(PORTS.leerlingenadministratie),
    DUO_URL: `http://127.0.0.1:${PORTS.duo}`,
    DUO_API_KEY,
    DUO_OPHAAL_INTERVAL_S: '0',
    DUO_TERUGKOPPEL_INTERVAL_S: '0',
    // Not reached in this benchmark: nothing here asks the BRP.
    BRP_URL: 'http://127.0.0.1:5344',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    KAFKAJS_NO_PARTITIONER_WARNING: '1',
  };
  const services = [];
  for (const service of ['verzuim', 'leerlingenadministratie']) {
    const env = { ...serviceEnv };
    if (OPTIONS.profile) {
      env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --require=${path.join(ROOT, 'tools/scripts/bench-verzuim-meetpunt.cjs')}`.trim();
      env.BENCH_MEETPUNT_OUT = path.join(tmp, `meetpunt-${service}`);
    }
    const proces = startService(service, env, tmp);
    processen.push(proces);
    services.push(proces);
  }
  for (const s of services) await wachtTot(`${s.naam} ready`, s, () => isReady(PORTS[s.naam]), 120_000);
  log(`services ready (verzuim :${PORTS.verzuim}, leerlingenadministratie :${PORTS.leerlingenadministratie}, DUO-simulator :${PORTS.duo})${OPTIONS.profile ? ', met meetpunt (--profile)' : ''}`);
  const kafkaAdmin = new Kafka({ clientId: 'bench-verzuim-admin', brokers: [BROKER], logLevel: logLevel.WARN, logCreator: naarBestand(kafkaLog) }).admin();
  await kafkaAdmin.connect();
  bijOpruimen(() => kafkaAdmin.disconnect());

  // --- Leerrecht: fetch until DUO has nothing more, wait until every melding is in the dossier.
  const meetpunten = {};
  const cpuStart = await meter.merk();
  const ophaal = await haalAlles(meetpunten);
  const cpuNaOphalen = await meter.merk();
  log(`ophalen klaar in ${seconden(ophaal.eind - ophaal.start)} (${ophaal.aanroepen.length} aanroepen)`);
  await wachtOpVerwerking(db, verwacht.meldingen, meetpunten);
  const cpuEind = await meter.merk();
  meter.stop();
  const profiel = OPTIONS.profile ? await verzamelProfiel(services, tmp) : null;

  bewaakProcessen();
  const { feiten, fouten } = await controleer(db, verwacht, kafkaAdmin);
  const lat = await latenties(db);
  const perBericht = ruw.find((r) => r.naam === 'per_bericht');
  const batch = ruw.find((r) => r.naam === 'batch');
  const intakeDuur = lat.laatsteIntake - ophaal.start;
  const e2eDuur = lat.laatsteDossier - ophaal.start;
  const doorvoerIntake = (verwacht.meldingen / intakeDuur) * 1000;
  const doorvoerE2e = (verwacht.meldingen / e2eDuur) * 1000;
  const cpuLeerrecht = meter.tussen(cpuStart, cpuEind);
  const cpuOphalen = meter.tussen(cpuStart, cpuNaOphalen);
  const cpuNaOphalenTotEind = meter.tussen(cpuNaOphalen, cpuEind);

  // --- Report (Markdown, to paste into docs/benchmarks.md).
  const cpu = os.cpus();
  const code = spawnSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout?.trim() || 'onbekend';
  const vuil = (spawnSync('git', ['-C', ROOT, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).stdout ?? '').trim().length > 0;
  const regels = [];
  const r = (tekst = '') => regels.push(tekst);
  const rij = (label, s) => `| ${label} | ${getal(s.aantal)} | ${msTekst(s.p50)} | ${msTekst(s.p95)} | ${msTekst(s.max)} |`;
  const cpuTabel = (c) => {
    r(`| Process (CPU over ${c.wand.toFixed(1)} s wall, ${c.kernen} cores) | CPU s | cores busy |`);
    r('|---|---:|---:|');
    for (const [soort, s] of c.perSoort) if (s >= 0.05) r(`| ${soort} | ${s.toFixed(1)} | ${(s / c.wand).toFixed(2)} |`);
    r(`| **machine total** | ${c.busy.toFixed(1)} | ${(c.busy / c.wand).toFixed(2)} of ${c.kernen} |`);
  };
  r(`### Run ${gestart.toISOString().replace(/\.\d+Z$/, 'Z')}: \`npm run bench:verzuim${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\``);
  r();
  r(`Machine: ${cpu.length}× ${cpu[0]?.model?.trim() ?? 'onbekend'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}, PostgreSQL ${pgVersie}, Kafka ${kafka.versie} (own broker), autovacuum ${autovacuum}${autovacuum === 'off' ? (nabootsing ? ` (the benchmark did autovacuum's work with its default thresholds in its own database: ${nabootsing.teller.rondes} rounds, ${nabootsing.teller.vacuum} VACUUM, ${nabootsing.teller.analyze} ANALYZE)` : ' (no VACUUM or ANALYZE at all: --no-autovacuum)') : ''}. Code: ${code}${vuil ? ' plus uncommitted changes' : ''}.${OPTIONS.profile ? ' **Profiled run (`--profile`): query counting and CPU sampling inside both services; figures are slower than a plain run.**' : ''}`);
  r();
  r(`Data: ${getal(OPTIONS.n)} DUO meldingen of ${OPTIONS.gemeenten.join(', ')} (seed ${OPTIONS.seed}, registered ${OPTIONS.vanaf} … ${OPTIONS.tot}); ${getal(verwacht.meldingen)} with a BSN, ${getal(verwacht.geenBsn)} with only an onderwijsnummer (to the beheer list by design); ${getal(verwacht.zaken)} distinct youths.`);
  r();
  r('| Figure | Leerrecht | Raw Kafka → PostgreSQL, 1 tx per message | ratio Leerrecht/raw |');
  r('|---|---:|---:|---:|');
  r(`| Meldingen stored | ${getal(feiten.meldingen.n)} (cases: ${getal(feiten.zaken.n)}), dossier entries ${getal(feiten.dossier.n)} | ${getal(perBericht.opgeslagen)} rows | |`);
  r(`| Fetch from DUO / produce to Kafka | ${seconden(ophaal.eind - ophaal.start)} (${ophaal.aanroepen.length} calls, ${lat.paginas} pages of ≤${PAGINA}; page p50 ${msTekst(lat.paginaTijd.p50)}) | ${seconden(perBericht.productieMs)} | |`);
  r(`| Throughput, intake (first fetch → last case) | ${perSeconde(doorvoerIntake)} (${seconden(intakeDuur)}) | ${perSeconde(perBericht.doorvoer)} (${seconden(perBericht.duurMs)}) | ${ratio(doorvoerIntake, perBericht.doorvoer)} |`);
  r(`| Throughput, end to end (first fetch → last dossier entry) | ${perSeconde(doorvoerE2e)} (${seconden(e2eDuur)}) | (same) | ${ratio(doorvoerE2e, perBericht.doorvoer)} |`);
  r(`| Latency p50, fetch → intake (raw: produce → insert) | ${msTekst(lat.naarIntake.p50)} | ${msTekst(perBericht.latentie.p50)} | ${ratio(lat.naarIntake.p50, perBericht.latentie.p50)} |`);
  r(`| Latency p50, fetch → dossier entry | ${msTekst(lat.naarDossier.p50)} | (same) | ${ratio(lat.naarDossier.p50, perBericht.latentie.p50)} |`);
  if (batch) {
    r(`| Raw, batched (1 multi-row INSERT per fetched batch) | | ${perSeconde(batch.doorvoer)} (${seconden(batch.duurMs)}), latency p50 ${msTekst(batch.latentie.p50)} | throughput ${ratio(doorvoerIntake, batch.doorvoer)} |`);
  }
  r();
  // Does the intake slow down as the tables grow? Rate per tenth of the meldingen, in intake order.
  const tienden = [];
  for (let k = 1; k <= 10; k += 1) {
    const van = k === 1 ? ophaal.start : lat.intakeTijden[Math.floor(((k - 1) * lat.intakeTijden.length) / 10) - 1];
    const tot = lat.intakeTijden[Math.floor((k * lat.intakeTijden.length) / 10) - 1];
    tienden.push((((Math.floor((k * lat.intakeTijden.length) / 10) - Math.floor(((k - 1) * lat.intakeTijden.length) / 10)) / (tot - van)) * 1000).toFixed(0));
  }
  r(`Intake rate per tenth of the meldingen (meldingen/s, first tenth from the first fetch, while the fetch still runs): ${tienden.join(' · ')}.`);
  r();
  r('| Per-melding latency | Count | p50 | p95 | max |');
  r('|---|---:|---:|---:|---:|');
  r(rij('Leerrecht: fetch (outbox `created_at`) → intake (`verzuimmelding.created_at`)', lat.naarIntake));
  r(rij('Leerrecht: fetch → dossier entry (`dossier_melding.created_at`)', lat.naarDossier));
  r(rij('↳ fetch → relay picks up `duo-melding-opgehaald` (`published_at`)', lat.stappen.relay1));
  r(rij('↳ relay → intake transaction (Kafka, queue before the intake consumer)', lat.stappen.intake));
  r(rij('↳ intake → relay picks up `verzuimmelding-ontvangen`', lat.stappen.relay2));
  r(rij('↳ relay → dossier transaction (Kafka, queue before the dossier consumer)', lat.stappen.dossier));
  for (const x of ruw) r(rij(`Raw (${x.naam === 'batch' ? 'batched' : '1 tx per message'}): produce → insert`, x.latentie));
  r();
  r('CPU during the Leerrecht run (from the first fetch to the last dossier entry):');
  r();
  cpuTabel(cpuLeerrecht);
  r();
  r(`Of which during the fetch (${cpuOphalen.wand.toFixed(1)} s): verzuim ${(cpuOphalen.perSoort.find(([s]) => s === 'verzuim (node)')?.[1] ?? 0).toFixed(1)} s, its PostgreSQL backends ${(cpuOphalen.perSoort.find(([s]) => s === 'PostgreSQL: verzuim backends')?.[1] ?? 0).toFixed(1)} s, machine ${(cpuOphalen.busy / cpuOphalen.wand).toFixed(2)} cores busy; after the fetch (${cpuNaOphalenTotEind.wand.toFixed(1)} s): verzuim ${(cpuNaOphalenTotEind.perSoort.find(([s]) => s === 'verzuim (node)')?.[1] ?? 0).toFixed(1)} s, machine ${(cpuNaOphalenTotEind.busy / cpuNaOphalenTotEind.wand).toFixed(2)} cores busy.`);
  r();
  r('CPU during the raw baseline (1 tx per message):');
  r();
  cpuTabel(perBericht.cpu);
  r();
  r(`Results: ${getal(feiten.meldingen.n)} meldingen (${getal(feiten.meldingen.uniek)} distinct DUO numbers), ${getal(feiten.zaken.n)} cases (${feiten.zaakSoorten.map((z) => `${z.soort} ${getal(z.n)}`).join(', ')}), ${getal(feiten.taken.n)} tasks, ${getal(feiten.tijdlijn.n)} timeline entries, ${getal(feiten.dossier.n)} dossier entries in ${getal(feiten.dossiers.n)} dossiers, beheer list ${feiten.onverwerkbaar.map((o) => `${o.reden} ${o.n}`).join(', ') || 'empty'}, dead letters ${Object.values(feiten.dlq).reduce((a, b) => a + b, 0)}. Checks: ${fouten.length === 0 ? 'all passed' : `**FAILED**: ${fouten.join('; ')}`}.`);
  if (profiel) {
    for (const [naam, p] of Object.entries(profiel)) {
      const totaal = p.queries.queries.reduce((s, q) => s + q.aantal, 0);
      const totaalMs = p.queries.queries.reduce((s, q) => s + q.ms, 0);
      r();
      r(`Profile ${naam}: ${getal(totaal)} queries (${(totaal / verwacht.meldingen).toFixed(1)} per melding), ${seconden(totaalMs)} summed client-side query time, process CPU ${seconden(p.queries.cpuMs)}.`);
      r();
      r('| Transactions of this process | count | mean wall | of which waiting for queries | rest (Node between queries) | queries per tx | mean gap between two of this kind |');
      r('|---|---:|---:|---:|---:|---:|---:|');
      for (const t of [...(p.queries.transacties ?? [])].sort((a, b) => b.wandMs - a.wandMs)) {
        r(`| ${t.soort} | ${getal(t.transacties)} | ${(t.wandMs / t.transacties).toFixed(2)} ms | ${(t.queryMs / t.transacties).toFixed(2)} ms | ${((t.wandMs - t.queryMs) / t.transacties).toFixed(2)} ms | ${(t.queries / t.transacties).toFixed(1)} | ${t.tussenAantal ? `${(t.tussenMs / t.tussenAantal).toFixed(2)} ms` : 'n/a'} |`);
      }
      r();
      r('| SQL (first 120 characters) | count | per melding | total | mean |');
      r('|---|---:|---:|---:|---:|');
      for (const q of [...p.queries.queries].sort((a, b) => b.ms - a.ms).slice(0, 25)) {
        r(`| \`${q.sql.slice(0, 120).replace(/\|/g, '\\|')}\` | ${getal(q.aantal)} | ${(q.aantal / verwacht.meldingen).toFixed(2)} | ${seconden(q.ms)} | ${(q.ms / q.aantal).toFixed(2)} ms |`);
      }
      if (p.cpu) {
        r();
        r(`CPU samples ${naam} (self time, ${seconden(p.cpu.actiefMs)} active, ${seconden(p.cpu.idleMs)} idle): ${p.cpu.onderdelen.slice(0, 14).map(([o, ms]) => `${o} ${((ms / p.cpu.actiefMs) * 100).toFixed(1)} %`).join(', ')}.`);
      }
    }
  }
  process.stdout.write(`\n${regels.join('\n')}\n\n`);
  if (fouten.length > 0) throw new ResultError(`resultaten kloppen niet: ${fouten.join('; ')}`);
  gelukt = true;
}

main()
  .then(async () => {
    await ruimOp();
    process.exit(0);
  })
  .catch(async (error) => {
    if (afgebroken) return; // the signal handler cleans up and exits
    process.stderr.write(`[bench] ${error instanceof SetupError || error instanceof ResultError ? error.message : (error?.stack ?? error)}\n`);
    await ruimOp();
    process.exit(error instanceof ResultError ? 3 : 1);
  });
