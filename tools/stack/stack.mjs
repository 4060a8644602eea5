// Local stack without Docker: a real Apache Kafka broker (KRaft, single node) and a real
// Keycloak server, both fetched from Maven Central with `mvn` (see tools/stack/pom.xml and
// tools/stack/README.md). Node built-ins only, so it works before/without `npm install`.
//
//   ensureStack({ log, services })  fetch if missing, reuse what already answers, start the rest
//   stopStack(names)                stop what we started (pid files in .stack/run)
//   fetchArtifacts({ log, services })  only download/unpack (e.g. to warm a CI cache)
//
// Everything lives in <repo>/.stack (git-ignored):
//   .stack/kafka/libs/*.jar         broker jars (+ .deps-hash marker: pom <dependencies> hash)
//   .stack/kafka/data               KRaft log dir, formatted once (cluster id in .stack/kafka/cluster-id)
//   .stack/keycloak/keycloak-<v>/   unzipped Keycloak distribution (the version is in the dir name)
//   .stack/logs/<name>.log          stdout/stderr of the started processes (previous run: .log.1)
//   .stack/run/<name>.pid           pid (= process group id) of a started process
//   .stack/run/<name>.json          what that process was started with (port, log file, ...)
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');
export const STACK_DIR = path.join(REPO_ROOT, '.stack');
const POM = path.join(HERE, 'pom.xml');
const REALM_FILE = path.join(REPO_ROOT, 'infra', 'keycloak', 'leerrecht-realm.json');
const REALM_NAME = 'leerrecht';
const RUN_DIR = path.join(STACK_DIR, 'run');
const LOG_DIR = path.join(STACK_DIR, 'logs');
const KAFKA_DIR = path.join(STACK_DIR, 'kafka');
const KAFKA_LIBS = path.join(KAFKA_DIR, 'libs');
const KAFKA_DATA = path.join(KAFKA_DIR, 'data');
const KEYCLOAK_ROOT = path.join(STACK_DIR, 'keycloak');
// Pinned so a fresh CI runner resolves exactly the same plugin.
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';

const KAFKA_TIMEOUT_MS = 120_000;
const KEYCLOAK_TIMEOUT_MS = 300_000;
const STOP_GRACE_MS = 20_000;
const ALL_SERVICES = ['kafka', 'keycloak'];
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Configuration (env)
// ---------------------------------------------------------------------------------------------

/** KAFKA_BROKERS (first entry), default 127.0.0.1:9092; the KRaft controller uses port + 1. */
export function kafkaConfig(env = process.env) {
  const first = (env.KAFKA_BROKERS || '127.0.0.1:9092').split(',')[0].trim();
  const m = /^(.*):(\d+)$/.exec(first);
  if (!m) throw new Error(`KAFKA_BROKERS entry "${first}" is not host:port`);
  const host = m[1].replace(/^\[|\]$/g, '');
  const port = Number(m[2]);
  return { host, port, controllerPort: port + 1, brokers: `${m[1]}:${port}` };
}

/** KEYCLOAK_URL, default http://127.0.0.1:8080; KEYCLOAK_MANAGEMENT_PORT default 9000. */
export function keycloakConfig(env = process.env) {
  const url = new URL(env.KEYCLOAK_URL || 'http://127.0.0.1:8080');
  const base = url.href.replace(/\/+$/, '');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  return {
    url: base,
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port,
    managementPort: Number(env.KEYCLOAK_MANAGEMENT_PORT || 9000),
    wellKnown: `${base}/realms/${REALM_NAME}/.well-known/openid-configuration`,
  };
}

function readPom() {
  const pom = fs.readFileSync(POM, 'utf8');
  const prop = (name) => {
    const m = new RegExp(`<${name.replace('.', '\\.')}>\\s*([^<\\s]+)\\s*</`).exec(pom);
    if (!m) throw new Error(`${POM}: property <${name}> not found`);
    return m[1];
  };
  const deps = /<dependencies>[\s\S]*<\/dependencies>/.exec(pom)?.[0] ?? '';
  return {
    kafkaVersion: prop('kafka.version'),
    keycloakVersion: prop('keycloak.version'),
    // Changes whenever the Kafka dependency set changes (version bump, extra jar, ...).
    kafkaDepsHash: sha256(`${prop('kafka.version')}\n${deps}`),
  };
}

function sha256(data) {
  return crypto.createHash('sha256').update(data).digest('hex');
}

// ---------------------------------------------------------------------------------------------
// Java selection
// ---------------------------------------------------------------------------------------------

function javaMajor(home) {
  try {
    const release = fs.readFileSync(path.join(home, 'release'), 'utf8');
    const v = /^JAVA_VERSION="([^"]+)"/m.exec(release)?.[1];
    if (!v || !fs.existsSync(path.join(home, 'bin', 'java'))) return 0;
    const parts = v.split('.');
    return Number(parts[0] === '1' ? parts[1] : parts[0]) || 0;
  } catch {
    return 0;
  }
}

function jdkCandidates() {
  const homes = [];
  const add = (h) => h && homes.push(h);
  add(process.env.JAVA_HOME);
  for (const root of ['/usr/lib/jvm', '/opt/java', '/Library/Java/JavaVirtualMachines']) {
    let entries = [];
    try {
      entries = fs.readdirSync(root);
    } catch {
      continue;
    }
    for (const e of entries) {
      add(path.join(root, e));
      add(path.join(root, e, 'Contents', 'Home'));
    }
  }
  const seen = new Map();
  for (const h of homes) {
    let real;
    try {
      real = fs.realpathSync(h);
    } catch {
      continue;
    }
    if (seen.has(real)) continue;
    const major = javaMajor(real);
    if (major) seen.set(real, { home: real, major });
  }
  return [...seen.values()].sort((a, b) => b.major - a.major);
}

/**
 * Keycloak 26 needs Java >= 21: the highest JDK >= 21 (KEYCLOAK_JAVA_HOME overrides).
 * Kafka 3.9 supports Java 11..23: prefer the highest in 17..23, else the highest >= 11
 * (KAFKA_JAVA_HOME overrides).
 */
export function pickJavaHome(service) {
  const override = service === 'keycloak' ? process.env.KEYCLOAK_JAVA_HOME : process.env.KAFKA_JAVA_HOME;
  if (override) {
    if (!javaMajor(override)) throw new Error(`${service} JAVA_HOME override ${override} is not a JDK`);
    return { home: override, major: javaMajor(override) };
  }
  const jdks = jdkCandidates();
  const pick =
    service === 'keycloak'
      ? jdks.find((j) => j.major >= 21)
      : (jdks.find((j) => j.major >= 17 && j.major <= 23) ?? jdks.find((j) => j.major >= 11));
  if (!pick) {
    const found = jdks.map((j) => `${j.home} (${j.major})`).join(', ') || 'none';
    throw new Error(
      `No suitable JDK for ${service} (${service === 'keycloak' ? 'needs >= 21' : 'needs >= 11'}); ` +
        `searched JAVA_HOME and /usr/lib/jvm, found: ${found}. Set ${service === 'keycloak' ? 'KEYCLOAK' : 'KAFKA'}_JAVA_HOME.`,
    );
  }
  return pick;
}

// ---------------------------------------------------------------------------------------------
// Fetching (mvn)
// ---------------------------------------------------------------------------------------------

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (r.error || r.status !== 0) {
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
    const why = r.error ? r.error.message : `exit code ${r.status}${r.signal ? ` (signal ${r.signal})` : ''}`;
    throw new Error(`Command failed: ${cmd} ${args.join(' ')}\n${why}${out ? `\n--- output ---\n${out}` : ''}`);
  }
  return r.stdout ?? '';
}

function mvn(args, log) {
  log(`[stack] mvn ${args.join(' ')}`);
  // Keep mvn on a JDK it is happy with; the default `java` is fine for the dependency plugin.
  return run('mvn', ['-B', '-q', '-f', POM, ...args], { cwd: HERE });
}

function rmrf(p) {
  fs.rmSync(p, { recursive: true, force: true });
}

function fetchKafka(log) {
  const { kafkaVersion, kafkaDepsHash } = readPom();
  const marker = path.join(KAFKA_LIBS, '.deps-hash');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8').trim() === kafkaDepsHash) return;
  log(`[stack] fetching Apache Kafka ${kafkaVersion} broker jars from Maven Central ...`);
  const tmp = `${KAFKA_LIBS}.tmp`;
  rmrf(tmp);
  fs.mkdirSync(KAFKA_DIR, { recursive: true });
  mvn([`${DEPENDENCY_PLUGIN}:copy-dependencies`, `-DoutputDirectory=${tmp}`, '-DincludeScope=runtime'], log);
  const jars = fs.readdirSync(tmp).filter((f) => f.endsWith('.jar'));
  if (!jars.some((j) => j.startsWith(`kafka_2.13-${kafkaVersion}`))) {
    throw new Error(`mvn copied ${jars.length} jars into ${tmp} but not kafka_2.13-${kafkaVersion}.jar`);
  }
  fs.writeFileSync(path.join(tmp, '.deps-hash'), `${kafkaDepsHash}\n`);
  rmrf(KAFKA_LIBS);
  fs.renameSync(tmp, KAFKA_LIBS);
  log(`[stack] Kafka ${kafkaVersion}: ${jars.length} jars in ${path.relative(REPO_ROOT, KAFKA_LIBS)}`);
}

function keycloakHome() {
  return path.join(KEYCLOAK_ROOT, `keycloak-${readPom().keycloakVersion}`);
}

function fetchKeycloak(log) {
  const { keycloakVersion: v } = readPom();
  const home = keycloakHome();
  // The directory only appears (atomic rename) once fully unpacked, and its name carries the
  // version, so a version bump in pom.xml fetches the new distribution.
  if (fs.existsSync(path.join(home, 'bin', 'kc.sh'))) return;
  log(`[stack] fetching Keycloak ${v} (keycloak-quarkus-dist, ~170 MB) from Maven Central ...`);
  const dl = path.join(KEYCLOAK_ROOT, '.download');
  const ex = path.join(KEYCLOAK_ROOT, '.extract');
  rmrf(dl);
  rmrf(ex);
  fs.mkdirSync(dl, { recursive: true });
  fs.mkdirSync(ex, { recursive: true });
  mvn(
    [`${DEPENDENCY_PLUGIN}:copy`, `-Dartifact=org.keycloak:keycloak-quarkus-dist:${v}:zip`, `-DoutputDirectory=${dl}`],
    log,
  );
  const zip = path.join(dl, `keycloak-quarkus-dist-${v}.zip`);
  if (!fs.existsSync(zip)) throw new Error(`mvn did not produce ${zip}`);
  log(`[stack] unpacking ${path.basename(zip)} ...`);
  if (spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0) {
    run('unzip', ['-q', '-o', zip, '-d', ex]);
  } else {
    const { home: jdk } = pickJavaHome('keycloak');
    run(path.join(jdk, 'bin', 'jar'), ['xf', zip], { cwd: ex });
  }
  const unpacked = path.join(ex, `keycloak-${v}`);
  if (!fs.existsSync(path.join(unpacked, 'bin', 'kc.sh'))) throw new Error(`${zip} has no keycloak-${v}/bin/kc.sh`);
  for (const f of fs.readdirSync(path.join(unpacked, 'bin'))) {
    if (f.endsWith('.sh')) fs.chmodSync(path.join(unpacked, 'bin', f), 0o755); // `jar xf` drops modes
  }
  // Other versions are dead weight (their H2 data belongs to them); drop them.
  for (const d of fs.readdirSync(KEYCLOAK_ROOT)) {
    if (/^keycloak-\d/.test(d)) rmrf(path.join(KEYCLOAK_ROOT, d));
  }
  fs.renameSync(unpacked, home);
  fs.writeFileSync(path.join(KEYCLOAK_ROOT, 'VERSION'), `${v}\n`);
  rmrf(dl);
  rmrf(ex);
  log(`[stack] Keycloak ${v} in ${path.relative(REPO_ROOT, home)}`);
}

/** Download/unpack the artifacts of the given services if they are missing or outdated. */
export async function fetchArtifacts({ log = console.log, services = ALL_SERVICES } = {}) {
  if (services.includes('kafka')) fetchKafka(log);
  if (services.includes('keycloak')) fetchKeycloak(log);
}

// ---------------------------------------------------------------------------------------------
// Probes
// ---------------------------------------------------------------------------------------------

function tcpOpen(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    const done = (ok) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

/**
 * Tiny Kafka protocol check without dependencies: a Metadata v4 request (null topic list,
 * supported by Kafka 1.0 .. 4.x). Resolves the number of brokers in the response (0 on any
 * failure); >= 1 means the broker is up, registered and serving requests.
 */
export function kafkaMetadataBrokers(host, port, timeoutMs = 3000) {
  return new Promise((resolve) => {
    const clientId = Buffer.from('leerrecht-stack');
    const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length + 4 + 1);
    let o = 0;
    o = body.writeInt16BE(3, o); // api_key Metadata
    o = body.writeInt16BE(4, o); // api_version 4
    o = body.writeInt32BE(4711, o); // correlation_id
    o = body.writeInt16BE(clientId.length, o);
    o += clientId.copy(body, o);
    o = body.writeInt32BE(-1, o); // topics: null = all
    body.writeInt8(0, o); // allow_auto_topic_creation = false
    const size = Buffer.alloc(4);
    size.writeInt32BE(body.length);

    let buf = Buffer.alloc(0);
    const s = net.connect({ host, port });
    const done = (n) => {
      s.destroy();
      resolve(n);
    };
    s.setTimeout(timeoutMs, () => done(0));
    s.once('error', () => done(0));
    s.once('close', () => done(0));
    s.once('connect', () => s.write(Buffer.concat([size, body])));
    s.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      if (buf.length < 16) return; // size, correlation_id, throttle_time_ms, brokers count
      const len = buf.readInt32BE(0);
      if (len < 12 || len > 64 * 1024 * 1024 || buf.readInt32BE(4) !== 4711) return done(0);
      done(Math.max(0, buf.readInt32BE(12)));
    });
  });
}

async function keycloakRealmReady(kc, timeoutMs = 3000) {
  try {
    const res = await fetch(kc.wellKnown, { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer().catch(() => undefined);
    return res.status === 200;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Process bookkeeping
// ---------------------------------------------------------------------------------------------

const pidFile = (name) => path.join(RUN_DIR, `${name}.pid`);
const metaFile = (name) => path.join(RUN_DIR, `${name}.json`);
const logFile = (name) => path.join(LOG_DIR, `${name}.log`);
// Substrings of /proc/<pid>/cmdline that prove a pid is (still) ours and not a recycled pid.
const CMDLINE_MARK = { kafka: 'kafka.Kafka', keycloak: 'keycloak' };

function alive(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return e.code === 'EPERM';
  }
  try {
    // Zombie (exited, not yet reaped by its parent) counts as dead.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

function readPid(name) {
  try {
    const pid = Number(fs.readFileSync(pidFile(name), 'utf8').trim());
    return Number.isInteger(pid) && pid > 1 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function readMeta(name) {
  try {
    return JSON.parse(fs.readFileSync(metaFile(name), 'utf8'));
  } catch {
    return {};
  }
}

function isOurs(name, pid) {
  if (!alive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(CMDLINE_MARK[name] ?? name);
  } catch {
    return true; // no /proc: trust the pid file
  }
}

function clearPid(name) {
  fs.rmSync(pidFile(name), { force: true });
  fs.rmSync(metaFile(name), { force: true });
}

/** Pid of a process we started earlier that is still running, else undefined (stale files are removed). */
function runningPid(name) {
  const pid = readPid(name);
  if (pid === undefined) {
    if (fs.existsSync(pidFile(name)) || fs.existsSync(metaFile(name))) clearPid(name);
    return undefined;
  }
  if (isOurs(name, pid)) return pid;
  clearPid(name);
  return undefined;
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function startDetached(name, cmd, args, { env, cwd, meta }) {
  fs.mkdirSync(RUN_DIR, { recursive: true });
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const lf = logFile(name);
  if (fs.existsSync(lf)) fs.renameSync(lf, `${lf}.1`);
  const fd = fs.openSync(lf, 'a');
  fs.writeSync(fd, `[stack] ${new Date().toISOString()} starting ${name}: ${cmd} ${args.join(' ')}\n`);
  let child;
  try {
    // detached => own process group (pid == pgid): Ctrl-C in the terminal does not reach it,
    // and stopStack can signal the whole group (kc.sh + java).
    child = spawn(cmd, args, { cwd, env, detached: true, stdio: ['ignore', fd, fd] });
  } finally {
    fs.closeSync(fd);
  }
  if (!child.pid) throw new Error(`could not start ${name} (${cmd}); see ${lf}`);
  child.on('error', () => undefined);
  child.unref();
  fs.writeFileSync(pidFile(name), `${child.pid}\n`);
  fs.writeFileSync(
    metaFile(name),
    `${JSON.stringify({ name, pid: child.pid, startedAt: new Date().toISOString(), log: lf, ...meta }, null, 2)}\n`,
  );
  return child.pid;
}

async function waitReady(name, pid, check, timeoutMs, what) {
  const t0 = Date.now();
  const lf = logFile(name);
  while (Date.now() - t0 < timeoutMs) {
    if (await check()) return Date.now() - t0;
    if (!alive(pid)) {
      clearPid(name);
      throw new Error(
        `${name} exited during start-up (waiting for ${what}). Log: ${lf}\n--- last lines ---\n${tail(lf)}`,
      );
    }
    await sleep(500);
  }
  throw new Error(
    `${name} did not become ready within ${timeoutMs / 1000} s (waiting for ${what}); it is still running ` +
      `(pid ${pid}, stop it with \`npm run stack:down\`). Log: ${lf}\n--- last lines ---\n${tail(lf)}`,
  );
}

/** Serialises concurrent ensureStack/stopStack calls (e.g. two npm scripts at once). */
async function withLock(fn, timeoutMs = 20 * 60_000) {
  fs.mkdirSync(RUN_DIR, { recursive: true });
  const lock = path.join(RUN_DIR, 'stack.lock');
  const t0 = Date.now();
  for (;;) {
    try {
      fs.writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      const holder = Number(fs.readFileSync(lock, 'utf8').trim() || 0);
      if (!holder || holder === process.pid || !alive(holder)) {
        fs.rmSync(lock, { force: true }); // stale
        continue;
      }
      if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${lock} (held by pid ${holder})`);
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

function assertLocal(name, host, where) {
  if (!LOOPBACK.has(host)) {
    throw new Error(`${name} at ${where} does not answer, and it is not a local address, so it is not started here`);
  }
}

// ---------------------------------------------------------------------------------------------
// Kafka
// ---------------------------------------------------------------------------------------------

function writeKafkaConfig(k) {
  const props = path.join(KAFKA_DIR, 'server.properties');
  const log4j = path.join(KAFKA_DIR, 'log4j.properties');
  const h = k.host.includes(':') ? `[${k.host}]` : k.host;
  fs.writeFileSync(
    props,
    [
      '# generated by tools/stack/stack.mjs on every start; edits are overwritten',
      'process.roles=broker,controller',
      'node.id=1',
      `controller.quorum.voters=1@${h}:${k.controllerPort}`,
      `listeners=PLAINTEXT://${h}:${k.port},CONTROLLER://${h}:${k.controllerPort}`,
      `advertised.listeners=PLAINTEXT://${h}:${k.port}`,
      'controller.listener.names=CONTROLLER',
      'inter.broker.listener.name=PLAINTEXT',
      'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
      `log.dirs=${KAFKA_DATA}`,
      'num.partitions=3',
      'default.replication.factor=1',
      'min.insync.replicas=1',
      'offsets.topic.replication.factor=1',
      'transaction.state.log.replication.factor=1',
      'transaction.state.log.min.isr=1',
      'group.initial.rebalance.delay.ms=0',
      'auto.create.topics.enable=false',
      'delete.topic.enable=true',
      'log.retention.hours=168',
      '',
    ].join('\n'),
  );
  // Console appender: stdout already goes to .stack/logs/kafka.log. Without a config log4j
  // prints "no appenders" warnings and drops everything.
  fs.writeFileSync(
    log4j,
    [
      'log4j.rootLogger=INFO, stdout',
      'log4j.appender.stdout=org.apache.log4j.ConsoleAppender',
      'log4j.appender.stdout.layout=org.apache.log4j.PatternLayout',
      'log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n',
      'log4j.logger.kafka=INFO',
      'log4j.logger.org.apache.kafka=INFO',
      'log4j.logger.kafka.request.logger=WARN',
      'log4j.logger.state.change.logger=WARN',
      'log4j.logger.kafka.log.LogCleaner=WARN',
      'log4j.logger.org.apache.kafka.storage.internals.log=WARN',
      'log4j.logger.kafka.log=WARN',
      '',
    ].join('\n'),
  );
  return { props, log4j };
}

function formatKafkaStorage(java, props, log) {
  if (fs.existsSync(path.join(KAFKA_DATA, 'meta.properties'))) return;
  const cidFile = path.join(KAFKA_DIR, 'cluster-id');
  const cp = `${KAFKA_LIBS}/*`;
  let cid = fs.existsSync(cidFile) ? fs.readFileSync(cidFile, 'utf8').trim() : '';
  if (!cid) {
    cid = run(java, ['-cp', cp, 'kafka.tools.StorageTool', 'random-uuid']).trim().split('\n').pop().trim();
    fs.writeFileSync(cidFile, `${cid}\n`);
  }
  log(`[stack] formatting Kafka KRaft storage ${path.relative(REPO_ROOT, KAFKA_DATA)} (cluster id ${cid})`);
  run(java, ['-cp', cp, 'kafka.tools.StorageTool', 'format', '--ignore-formatted', '-t', cid, '-c', props]);
}

async function ensureKafka(log) {
  const k = kafkaConfig();
  const where = `${k.host}:${k.port}`;
  const ready = async () => (await kafkaMetadataBrokers(k.host, k.port)) > 0;
  const ours = runningPid('kafka');
  if (await ready()) {
    log(`[stack] kafka: reusing the broker at ${where}${ours ? ` (pid ${ours})` : ''}`);
    return false;
  }
  if (ours) {
    const meta = readMeta('kafka');
    if (meta.port !== undefined && meta.port !== k.port) {
      throw new Error(
        `kafka: our broker (pid ${ours}) runs on port ${meta.port}, but KAFKA_BROKERS asks for ${where}; ` +
          'run `npm run stack:down` first (both would share .stack/kafka/data)',
      );
    }
    log(`[stack] kafka: our broker (pid ${ours}) is still starting; waiting ...`);
    await waitReady('kafka', ours, ready, KAFKA_TIMEOUT_MS, `Kafka metadata at ${where}`);
    return false;
  }
  if (await tcpOpen(k.host, k.port)) {
    throw new Error(`kafka: something listens on ${where} but does not answer a Kafka Metadata request`);
  }
  assertLocal('kafka', k.host, where);
  fetchKafka(log);
  const { home, major } = pickJavaHome('kafka');
  const java = path.join(home, 'bin', 'java');
  fs.mkdirSync(KAFKA_DATA, { recursive: true });
  const { props, log4j } = writeKafkaConfig(k);
  formatKafkaStorage(java, props, log);
  log(`[stack] kafka: starting broker on ${where} (controller :${k.controllerPort}, Java ${major}) ...`);
  const pid = startDetached(
    'kafka',
    java,
    [
      '-Xms128m',
      '-Xmx512m',
      '-XX:+UseG1GC',
      '-Djava.awt.headless=true',
      `-Dlog4j.configuration=file:${log4j}`,
      '-cp',
      `${KAFKA_LIBS}/*`,
      'kafka.Kafka',
      props,
    ],
    { cwd: KAFKA_DIR, env: { ...process.env, JAVA_HOME: home }, meta: { port: k.port, controllerPort: k.controllerPort } },
  );
  const ms = await waitReady('kafka', pid, ready, KAFKA_TIMEOUT_MS, `Kafka metadata at ${where}`);
  log(`[stack] kafka: ready on ${where} after ${(ms / 1000).toFixed(1)} s (pid ${pid}, log ${logFile('kafka')})`);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Keycloak
// ---------------------------------------------------------------------------------------------

/**
 * Realm import: `kc.sh start-dev --import-realm` imports data/import/*.json only when the realm
 * does not exist yet. So we record the sha256 of infra/keycloak/leerrecht-realm.json at every
 * start in <kc>/data/leerrecht-realm.sha256; when it differs (or is missing) we delete the dev
 * database <kc>/data/h2 first, and Keycloak imports the current file into a fresh database.
 * (Anything created by hand in the admin console is lost then; put it in the realm file.)
 */
const realmHashFile = (home) => path.join(home, 'data', 'leerrecht-realm.sha256');

/** Returns the realm file's hash; the caller records it (recordRealmImport) once Keycloak is ready. */
function prepareRealmImport(home, log) {
  const realm = fs.readFileSync(REALM_FILE);
  JSON.parse(realm.toString('utf8')); // fail early on a broken realm file
  const hash = sha256(realm);
  const data = path.join(home, 'data');
  const hashFile = realmHashFile(home);
  const previous = fs.existsSync(hashFile) ? fs.readFileSync(hashFile, 'utf8').trim() : '';
  if (previous !== hash) {
    if (fs.existsSync(path.join(data, 'h2'))) {
      log('[stack] keycloak: realm file changed since the last import; resetting the dev database (data/h2)');
    }
    rmrf(path.join(data, 'h2'));
  }
  fs.mkdirSync(path.join(data, 'import'), { recursive: true });
  fs.writeFileSync(path.join(data, 'import', 'leerrecht-realm.json'), realm);
  return hash;
}

/** Our Keycloak answers for the realm, so the file it was started with is imported: record its hash. */
function recordRealmImport(meta) {
  if (meta.home && meta.realmHash && fs.existsSync(path.join(meta.home, 'data'))) {
    fs.writeFileSync(realmHashFile(meta.home), `${meta.realmHash}\n`);
  }
}

function warnIfRealmChanged(meta, log) {
  try {
    const recorded = meta.realmHash ?? fs.readFileSync(realmHashFile(meta.home ?? keycloakHome()), 'utf8').trim();
    if (recorded !== sha256(fs.readFileSync(REALM_FILE))) {
      log(
        '[stack] keycloak: WARNING infra/keycloak/leerrecht-realm.json changed since this Keycloak imported it; ' +
          'run `npm run stack:down` and start again to re-import',
      );
    }
  } catch {
    /* not ours / nothing recorded */
  }
}

async function ensureKeycloak(log) {
  const kc = keycloakConfig();
  const ready = () => keycloakRealmReady(kc);
  const ours = runningPid('keycloak');
  if (await ready()) {
    log(`[stack] keycloak: reusing ${kc.url} (realm ${REALM_NAME})${ours ? ` (pid ${ours})` : ''}`);
    if (ours) {
      const meta = readMeta('keycloak');
      recordRealmImport(meta);
      warnIfRealmChanged(meta, log);
    }
    return false;
  }
  if (ours) {
    const meta = readMeta('keycloak');
    if (meta.port !== undefined && meta.port !== kc.port) {
      throw new Error(
        `keycloak: our Keycloak (pid ${ours}) runs on port ${meta.port}, but KEYCLOAK_URL is ${kc.url}; ` +
          'run `npm run stack:down` first',
      );
    }
    log(`[stack] keycloak: our Keycloak (pid ${ours}) is still starting; waiting ...`);
    await waitReady('keycloak', ours, ready, KEYCLOAK_TIMEOUT_MS, kc.wellKnown);
    recordRealmImport(meta);
    return false;
  }
  if (await tcpOpen(kc.host, kc.port)) {
    throw new Error(
      `keycloak: something listens on ${kc.host}:${kc.port} but ${kc.wellKnown} is not 200 ` +
        `(a Keycloak without the ${REALM_NAME} realm, or another program)`,
    );
  }
  assertLocal('keycloak', kc.host, kc.url);
  fetchKeycloak(log);
  const home = keycloakHome();
  const { home: javaHome, major } = pickJavaHome('keycloak');
  const realmHash = prepareRealmImport(home, log);
  const relPath = new URL(kc.url).pathname.replace(/\/+$/, '');
  const args = [
    path.join(home, 'bin', 'kc.sh'),
    'start-dev',
    `--http-port=${kc.port}`,
    `--http-host=${kc.host}`,
    `--http-management-port=${kc.managementPort}`,
    ...(relPath ? [`--http-relative-path=${relPath}`] : []),
    '--import-realm',
    '--health-enabled=true',
  ];
  log(
    `[stack] keycloak: starting ${path.basename(home)} on ${kc.url} (management :${kc.managementPort}, Java ${major}); ` +
      'first start takes a while ...',
  );
  const env = {
    ...process.env,
    JAVA_HOME: javaHome,
    PATH: `${path.join(javaHome, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    // Local-only bootstrap admin for the master realm (admin console at <url>/admin).
    KC_BOOTSTRAP_ADMIN_USERNAME: 'admin',
    KC_BOOTSTRAP_ADMIN_PASSWORD: 'admin',
    JAVA_OPTS_KC_HEAP: process.env.JAVA_OPTS_KC_HEAP || '-Xms64m -Xmx768m',
  };
  // Variables that would reconfigure this dev server behind our back.
  for (const key of ['KC_DB', 'KC_DB_URL', 'KC_HOSTNAME', 'KC_HTTP_PORT', 'KC_HTTP_HOST']) delete env[key];
  const pid = startDetached('keycloak', 'bash', args, {
    cwd: home,
    env,
    meta: { port: kc.port, managementPort: kc.managementPort, url: kc.url, home, realmHash },
  });
  const ms = await waitReady('keycloak', pid, ready, KEYCLOAK_TIMEOUT_MS, kc.wellKnown);
  recordRealmImport(readMeta('keycloak'));
  log(`[stack] keycloak: ready on ${kc.url} after ${(ms / 1000).toFixed(1)} s (pid ${pid}, log ${logFile('keycloak')})`);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

/**
 * Make sure Kafka (KAFKA_BROKERS) and Keycloak (KEYCLOAK_URL) answer: reuse what already runs,
 * otherwise fetch (if needed) and start them detached. Returns the names of the ones it started.
 * @param {{ log?: (msg: string) => void, services?: string[] }} [options]
 * @returns {Promise<{ started: string[] }>}
 */
export async function ensureStack({ log = console.log, services = ALL_SERVICES } = {}) {
  const unknown = services.filter((s) => !ALL_SERVICES.includes(s));
  if (unknown.length) throw new Error(`unknown stack service(s): ${unknown.join(', ')}`);
  return withLock(async () => {
    const started = [];
    if (services.includes('kafka') && (await ensureKafka(log))) started.push('kafka');
    if (services.includes('keycloak') && (await ensureKeycloak(log))) started.push('keycloak');
    return { started };
  });
}

/**
 * Stop processes started by ensureStack (SIGTERM to the process group, SIGKILL after 20 s) and
 * remove their pid files. Without names: everything that has a pid file in .stack/run.
 * @param {string[]} [names]
 * @returns {Promise<{ stopped: string[] }>}
 */
export async function stopStack(names) {
  const list = names ?? listPidFiles();
  return withLock(async () => {
    const stopped = [];
    await Promise.all(
      list.map(async (name) => {
        const pid = runningPid(name);
        if (pid === undefined) return; // not running (stale files already removed)
        const signal = (sig) => {
          try {
            process.kill(-pid, sig); // the whole process group
          } catch {
            try {
              process.kill(pid, sig);
            } catch {
              /* gone */
            }
          }
        };
        signal('SIGTERM');
        const t0 = Date.now();
        while (alive(pid) && Date.now() - t0 < STOP_GRACE_MS) await sleep(200);
        if (alive(pid)) signal('SIGKILL');
        while (alive(pid) && Date.now() - t0 < STOP_GRACE_MS + 5000) await sleep(100);
        clearPid(name);
        stopped.push(name);
      }),
    );
    return { stopped };
  });
}

function listPidFiles() {
  try {
    return fs
      .readdirSync(RUN_DIR)
      .filter((f) => f.endsWith('.pid'))
      .map((f) => f.slice(0, -4));
  } catch {
    return [];
  }
}
