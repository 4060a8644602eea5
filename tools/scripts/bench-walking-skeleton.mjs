// `npm run bench`: a benchmark of the walking skeleton against a running platform (`npm start`).
// Not a test: it asserts nothing about time, it measures and prints.
//
//   Phase 1, end to end: the `school` partner system submits N verzuimmeldingen through the
//   gateway (client credentials); for each, the time from just before the submit until the
//   melding shows up in the leerlingdossier, read through the gateway as lpa.zwolle.
//   Phase 2, gateway overhead: the same leerlingdossier query, through the gateway and directly
//   against the leerlingenadministratie subgraph (same token, same query), interleaved.
//
// Usage: npm run bench -- [--n=200] [--concurrency=8] [--m=300] [--read-concurrency=<c>]
//        [--poll-ms=50] [--visible-timeout-ms=30000] [--max-seconds=600] [--read-bsn=<bsn>]
//        [--gateway=<url>] [--direct=<url>] [--verzuim=<url>] [--keycloak=<url>] [--db=<url>]
// URLs also from GATEWAY_URL, LEERLINGENADMINISTRATIE_URL, VERZUIM_URL, KEYCLOAK_URL, DATABASE_URL.
// Only 127.0.0.1 / localhost targets are accepted. BSNs are fictional (elfproef-valid, 99xxxxxxx,
// a random block per run, checked against the database so runs do not collide).
// Exit codes: 0 measured (however slow, whatever errors were counted), 1 setup failure, 2 usage.
import { randomInt } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

const HELP = `Usage: npm run bench -- [--n=200] [--concurrency=8] [--m=300] [--read-concurrency=<c>]
  [--poll-ms=50] [--visible-timeout-ms=30000] [--max-seconds=600] [--read-bsn=<bsn>]
  [--gateway=http://127.0.0.1:4000/graphql] [--direct=http://127.0.0.1:4001/graphql]
  [--verzuim=http://127.0.0.1:4002/graphql] [--keycloak=http://127.0.0.1:8080]
  [--db=postgres://postgres@127.0.0.1:5432/leerrecht]`;

const MELD = 'mutation Meld($input: VerzuimmeldingInput!) { dienVerzuimmeldingIn(input: $input) { id status } }';
const DOSSIER = 'query Dossier($bsn: String!) { leerlingdossier(bsn: $bsn) { meldingen { meldingId } } }';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const REQUEST_TIMEOUT_MS = 15_000;
const WARMUP_READS = 20;

class SetupError extends Error {}

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const flags = {};
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${HELP}\n`);
      process.exit(0);
    }
    const match = /^--([a-z-]+)=(.*)$/.exec(arg);
    if (!match) usage(`onbekend argument: ${arg}`);
    flags[match[1]] = match[2];
  }
  const int = (name, fallback, min, max) => {
    if (flags[name] === undefined) return fallback;
    const value = Number(flags[name]);
    if (!Number.isInteger(value) || value < min || value > max) usage(`--${name} moet een geheel getal ${min}..${max} zijn`);
    return value;
  };
  const known = ['n', 'concurrency', 'm', 'read-concurrency', 'poll-ms', 'visible-timeout-ms', 'max-seconds', 'read-bsn',
    'gateway', 'direct', 'verzuim', 'keycloak', 'db', 'realm'];
  for (const name of Object.keys(flags)) if (!known.includes(name)) usage(`onbekende optie --${name}`);
  const concurrency = int('concurrency', 8, 1, 256);
  const options = {
    n: int('n', 200, 1, 20_000),
    concurrency,
    m: int('m', 300, 1, 100_000),
    readConcurrency: int('read-concurrency', concurrency, 1, 256),
    pollMs: int('poll-ms', 50, 5, 10_000),
    visibleTimeoutMs: int('visible-timeout-ms', 30_000, 1_000, 600_000),
    maxSeconds: int('max-seconds', 600, 10, 3_600),
    readBsn: flags['read-bsn'],
    gateway: flags.gateway ?? process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql',
    direct: flags.direct ?? process.env.LEERLINGENADMINISTRATIE_URL ?? 'http://127.0.0.1:4001/graphql',
    verzuim: flags.verzuim ?? process.env.VERZUIM_URL ?? 'http://127.0.0.1:4002/graphql',
    keycloak: flags.keycloak ?? process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8080',
    realm: flags.realm ?? process.env.KEYCLOAK_REALM ?? 'leerrecht',
    db: flags.db ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/leerrecht',
  };
  if (options.readBsn !== undefined && !isGeldigBsn(options.readBsn)) usage('--read-bsn is geen geldig BSN');
  for (const key of ['gateway', 'direct', 'verzuim', 'keycloak', 'db']) {
    let url;
    try {
      url = new URL(options[key]);
    } catch {
      usage(`--${key}: geen geldige URL`);
    }
    // This machine's rules: traffic only to the local platform.
    if (!LOCAL_HOSTS.has(url.hostname)) usage(`--${key}: alleen 127.0.0.1/localhost is toegestaan (kreeg ${url.hostname})`);
  }
  return options;
}

function usage(message) {
  process.stderr.write(`bench: ${message}\n${HELP}\n`);
  process.exit(2);
}

// ---------------------------------------------------------------- helpers

function isGeldigBsn(value) {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  let som = 0;
  for (let i = 0; i < 8; i += 1) som += Number(value[i]) * (9 - i);
  return (som - Number(value[8])) % 11 === 0;
}

/** `count` elfproef-valid BSNs upwards from a random start in 990000000..998999999 (fictional). */
function bsnBlock(count) {
  const result = [];
  // Below 999000000, so the demo data (99999xxxx) is never hit.
  for (let candidate = 990_000_000 + randomInt(0, 9_000_000 - count * 12); result.length < count; candidate += 1) {
    if (isGeldigBsn(String(candidate))) result.push(String(candidate));
  }
  return result;
}

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function summary(values) {
  return { count: values.length, p50: percentile(values, 50), p95: percentile(values, 95), max: values.length ? Math.max(...values) : NaN };
}

const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const log = (message) => process.stderr.write(`[bench] ${message}\n`);

function healthUrl(graphqlUrl) {
  const url = new URL(graphqlUrl);
  url.pathname = '/health/ready';
  url.search = '';
  return url.toString();
}

async function graphql(url, query, variables, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return { httpStatus: response.status, errors: [{ extensions: { code: `HTTP_${response.status}` } }] };
  }
  return { httpStatus: response.status, ...body };
}

function errorCode(response) {
  return response.errors?.map((e) => e.extensions?.code ?? 'ONBEKEND').join('+') ?? (response.httpStatus >= 400 ? `HTTP_${response.httpStatus}` : undefined);
}

/** Caches a Keycloak token and fetches a new one 60 s before it expires (tokens live 300 s). */
class TokenSource {
  constructor(tokenUrl, label, params) {
    this.tokenUrl = tokenUrl;
    this.label = label;
    this.params = params;
    this.token = undefined;
    this.refreshAt = 0;
    this.pending = undefined;
    this.fetches = 0;
  }

  async get() {
    if (this.token && Date.now() < this.refreshAt) return this.token;
    this.pending ??= this.fetch().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  async fetch() {
    const response = await fetch(this.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(this.params),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (!response.ok) throw new SetupError(`token voor ${this.label} geweigerd (HTTP ${response.status})`);
    const body = await response.json();
    this.fetches += 1;
    this.token = body.access_token;
    this.refreshAt = Date.now() + Math.max(10, (body.expires_in ?? 300) - 60) * 1000;
    return this.token;
  }
}

/** Runs `worker` on `concurrency` lanes; each lane calls it until it returns false. */
async function lanes(concurrency, worker) {
  await Promise.all(Array.from({ length: concurrency }, async (_, lane) => {
    while (await worker(lane));
  }));
}

function countError(errors, kind) {
  errors.set(kind, (errors.get(kind) ?? 0) + 1);
}

// ---------------------------------------------------------------- setup

async function setup(options) {
  for (const [name, url] of [['gateway', options.gateway], ['verzuim', options.verzuim], ['leerlingenadministratie', options.direct]]) {
    let ok = false;
    try {
      ok = (await fetch(healthUrl(url), { signal: AbortSignal.timeout(3_000) })).ok;
    } catch {
      ok = false;
    }
    if (!ok) throw new SetupError(`${name} is niet ready op ${healthUrl(url)}; start eerst het platform (npm start)`);
  }
  const tokenUrl = `${options.keycloak.replace(/\/$/, '')}/realms/${options.realm}/protocol/openid-connect/token`;
  const school = new TokenSource(tokenUrl, 'school', { grant_type: 'client_credentials', client_id: 'school', client_secret: 'school-demo-secret' });
  const lpa = new TokenSource(tokenUrl, 'lpa.zwolle', {
    grant_type: 'password', client_id: 'leerrecht-cli', username: 'lpa.zwolle', password: 'leerrecht-demo',
  });
  try {
    await school.get();
    await lpa.get();
  } catch (error) {
    if (error instanceof SetupError) throw error;
    throw new SetupError(`Keycloak niet bereikbaar op ${options.keycloak} (${error.message})`);
  }

  const db = new pg.Client({ connectionString: options.db });
  try {
    await db.connect();
  } catch (error) {
    throw new SetupError(`PostgreSQL niet bereikbaar (${error.message})`);
  }
  let bsns;
  for (let attempt = 0; attempt < 5 && !bsns; attempt += 1) {
    const block = bsnBlock(options.n);
    const taken = await db.query('SELECT count(*)::int AS n FROM verzuim.verzuimmelding WHERE bsn = ANY($1)', [block]);
    if (taken.rows[0].n === 0) bsns = block;
  }
  if (!bsns) throw new SetupError('geen vrij BSN-blok gevonden na 5 pogingen');
  return { school, lpa, db, bsns };
}

// ---------------------------------------------------------------- phase 1

async function phase1(options, { school, lpa, bsns }) {
  const submitMs = [];
  const visibleMs = [];
  const errors = new Map();
  const meldingen = []; // { bsn, id, submitWall, visibleWall }
  let next = 0;
  let polls = 0;
  const started = performance.now();
  const deadline = started + options.maxSeconds * 1000;

  await lanes(Math.min(options.concurrency, options.n), async () => {
    if (next >= bsns.length || performance.now() > deadline) return false;
    const bsn = bsns[next];
    next += 1;
    const input = { berichtId: `bench-${bsn}`, bsn, geboortedatum: '2012-05-01', gemeente: '0193', schoolBrin: '99XX', onderwijssoort: 'VO', verzuimsoort: 'wettelijk', beginDatum: '2026-11-02', verzuimUren: 16, melder: { naam: 'Benchmark', isDirecteur: true } };
    const schoolToken = await school.get();
    const submitWall = Date.now();
    const t0 = performance.now();
    let id;
    try {
      const response = await graphql(options.gateway, MELD, { input }, schoolToken);
      id = response.data?.dienVerzuimmeldingIn?.id;
      if (!id) countError(errors, `indienen: ${errorCode(response) ?? 'geen id'}`);
    } catch (error) {
      countError(errors, `indienen: ${error.name}`);
    }
    const t1 = performance.now();
    if (!id) return true;
    submitMs.push(t1 - t0);

    // Poll this BSN every pollMs (poll start to poll start) until the melding is in the dossier.
    const pollDeadline = t1 + options.visibleTimeoutMs;
    for (let pollStart = performance.now(); ; pollStart = performance.now()) {
      polls += 1;
      try {
        const response = await graphql(options.gateway, DOSSIER, { bsn }, await lpa.get());
        if (response.errors) countError(errors, `dossier lezen: ${errorCode(response)}`);
        if (response.data?.leerlingdossier?.meldingen?.some((m) => m.meldingId === id)) {
          const t2 = performance.now();
          visibleMs.push(t2 - t0);
          meldingen.push({ bsn, id, submitWall, visibleWall: submitWall + (t2 - t0) });
          return true;
        }
      } catch (error) {
        countError(errors, `dossier lezen: ${error.name}`);
      }
      const now = performance.now();
      if (now > pollDeadline || now > deadline) {
        countError(errors, `niet zichtbaar binnen ${options.visibleTimeoutMs} ms`);
        meldingen.push({ bsn, id, submitWall, visibleWall: undefined });
        return true;
      }
      const wait = pollStart + options.pollMs - now;
      if (wait > 0) await sleep(wait);
    }
  });
  const wallSeconds = (performance.now() - started) / 1000;
  return {
    attempted: next,
    submitted: submitMs.length,
    visible: visibleMs.length,
    submit: summary(submitMs),
    submitToVisible: summary(visibleMs),
    wallSeconds,
    throughput: visibleMs.length / wallSeconds,
    polls,
    errors,
    meldingen,
  };
}

/**
 * Split of the pipeline from database timestamps (same host clock as Date.now()). All of them
 * are now() = the start of the writing transaction: outbox created_at (verzuim's transaction),
 * published_at (the relay round's transaction, which sends to Kafka before it commits) and
 * dossier_melding created_at (the consumer's transaction). Approximate by construction.
 */
async function breakdown(db, meldingen) {
  const ids = meldingen.map((m) => m.id);
  if (ids.length === 0) return undefined;
  const rows = await db.query(
    `SELECT o.envelope->'payload'->>'meldingId' AS id,
            extract(epoch FROM o.created_at) * 1000 AS written,
            extract(epoch FROM o.published_at) * 1000 AS published,
            extract(epoch FROM d.created_at) * 1000 AS linked
       FROM verzuim.outbox_message o
       LEFT JOIN leerlingenadministratie.dossier_melding d ON d.melding_id::text = o.envelope->'payload'->>'meldingId'
      WHERE o.topic = 'leerrecht.verzuim.verzuimmelding-ontvangen.v1' AND o.envelope->'payload'->>'meldingId' = ANY($1)`,
    [ids],
  );
  const byId = new Map(meldingen.map((m) => [m.id, m]));
  const toWritten = [];
  const relay = [];
  const consume = [];
  const toSeen = [];
  for (const row of rows.rows) {
    const m = byId.get(row.id);
    const written = Number(row.written);
    const published = row.published === null ? NaN : Number(row.published);
    const linked = row.linked === null ? NaN : Number(row.linked);
    toWritten.push(written - m.submitWall);
    if (Number.isFinite(published)) relay.push(published - written);
    if (Number.isFinite(published) && Number.isFinite(linked)) consume.push(linked - published);
    if (m.visibleWall !== undefined && Number.isFinite(linked)) toSeen.push(m.visibleWall - linked);
  }
  return {
    toWritten: summary(toWritten),
    relay: summary(relay),
    consume: summary(consume),
    toSeen: summary(toSeen),
  };
}

// ---------------------------------------------------------------- phase 2

async function phase2(options, { lpa }, bsn) {
  const targets = { gateway: options.gateway, direct: options.direct };
  const token = await lpa.get();
  // Warm-up (not counted), and a check that both paths answer the same.
  const answers = {};
  for (let i = 0; i < WARMUP_READS; i += 1) {
    for (const [name, url] of Object.entries(targets)) {
      const response = await graphql(url, DOSSIER, { bsn }, token);
      if (response.errors || response.data === undefined) {
        throw new SetupError(`leesquery via ${name} faalt (${errorCode(response)})`);
      }
      answers[name] = JSON.stringify(response.data);
    }
  }
  if (answers.gateway !== answers.direct) throw new SetupError('gateway en subgraph geven een verschillend antwoord op dezelfde query');

  const deadline = performance.now() + options.maxSeconds * 1000;
  const errors = new Map();
  const timed = async (name, samples) => {
    const t0 = performance.now();
    try {
      const response = await graphql(targets[name], DOSSIER, { bsn }, await lpa.get());
      if (response.errors) {
        countError(errors, `${name}: ${errorCode(response)}`);
        return;
      }
      samples[name].push(performance.now() - t0);
    } catch (error) {
      countError(errors, `${name}: ${error.name}`);
    }
  };
  // Pairs in alternating order (gateway first, then direct first, ...), so drift hits both.
  const run = async (concurrency) => {
    const samples = { gateway: [], direct: [] };
    let next = 0;
    const started = performance.now();
    await lanes(concurrency, async () => {
      if (next >= options.m || performance.now() > deadline) return false;
      const i = next;
      next += 1;
      for (const name of i % 2 === 0 ? ['gateway', 'direct'] : ['direct', 'gateway']) await timed(name, samples);
      return true;
    });
    return {
      concurrency,
      pairs: next,
      seconds: (performance.now() - started) / 1000,
      gateway: summary(samples.gateway),
      direct: summary(samples.direct),
    };
  };
  const sequential = await run(1);
  const concurrent = await run(options.readConcurrency);
  return { bsn, sequential, concurrent, errors };
}

// ---------------------------------------------------------------- report

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'onbekend',
    cores: cpus.length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

function errorsText(errors) {
  return errors.size === 0 ? '0' : [...errors].map(([kind, count]) => `${count}× ${kind}`).join('; ');
}

function report(options, run, p1, split, p2) {
  const m = machine();
  const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
  const lines = [
    `### Walking skeleton benchmark, ${run.date}`,
    '',
    `Machine: ${m.cpu}, ${m.cores} logical CPUs, ${m.memory} RAM, ${m.os}, Node ${m.node}`,
    `Run: n=${options.n}, concurrency=${options.concurrency}, poll=${options.pollMs} ms, reads m=${options.m} (read concurrency ${options.readConcurrency}), BSN block starting ${run.firstBsn}`,
    '',
    `**Phase 1: submit → visible in leerlingdossier (through the gateway)**`,
    '',
    '| Figure | Count | p50 | p95 | max |',
    '|---|---:|---:|---:|---:|',
    `| Submit (mutation round trip) | ${p1.submit.count} | ${ms(p1.submit.p50)} | ${ms(p1.submit.p95)} | ${ms(p1.submit.max)} |`,
    `| Submit → visible in dossier | ${p1.submitToVisible.count} | ${ms(p1.submitToVisible.p50)} | ${ms(p1.submitToVisible.p95)} | ${ms(p1.submitToVisible.max)} |`,
  ];
  if (split) {
    lines.push(
      `| ↳ submit → verzuim transaction start (outbox created_at) | ${split.toWritten.count} | ${ms(split.toWritten.p50)} | ${ms(split.toWritten.p95)} | ${ms(split.toWritten.max)} |`,
      `| ↳ outbox created_at → relay round picks it up (published_at) | ${split.relay.count} | ${ms(split.relay.p50)} | ${ms(split.relay.p95)} | ${ms(split.relay.max)} |`,
      `| ↳ relay round → consumer transaction start (Kafka send, delivery, consumer) | ${split.consume.count} | ${ms(split.consume.p50)} | ${ms(split.consume.p95)} | ${ms(split.consume.max)} |`,
      `| ↳ consumer transaction start → seen by poller | ${split.toSeen.count} | ${ms(split.toSeen.p50)} | ${ms(split.toSeen.p95)} | ${ms(split.toSeen.max)} |`,
    );
  }
  lines.push(
    '',
    `Meldingen: ${p1.attempted} attempted, ${p1.submitted} accepted, ${p1.visible} visible; ` +
      `${p1.wallSeconds.toFixed(1)} s wall; throughput ${p1.throughput.toFixed(1)} meldingen/s (visible, closed loop with ${options.concurrency} in flight); ` +
      `${p1.polls} dossier polls; errors: ${errorsText(p1.errors)}`,
    '',
    `**Phase 2: gateway overhead, leerlingdossier(bsn) read (${p2.sequential.pairs} + ${p2.concurrent.pairs} interleaved pairs)**`,
    '',
    '| Mode | Path | Count | p50 | p95 | max |',
    '|---|---|---:|---:|---:|---:|',
  );
  for (const [label, result] of [['sequential', p2.sequential], [`concurrency ${p2.concurrent.concurrency}`, p2.concurrent]]) {
    lines.push(
      `| ${label} | gateway | ${result.gateway.count} | ${ms(result.gateway.p50)} | ${ms(result.gateway.p95)} | ${ms(result.gateway.max)} |`,
      `| ${label} | direct subgraph | ${result.direct.count} | ${ms(result.direct.p50)} | ${ms(result.direct.p95)} | ${ms(result.direct.max)} |`,
      `| ${label} | ratio gateway/direct | | ${ratio(result.gateway.p50, result.direct.p50)} | ${ratio(result.gateway.p95, result.direct.p95)} | |`,
    );
  }
  lines.push('', `Phase 2 errors: ${errorsText(p2.errors)}`, '');
  process.stdout.write(`${lines.join('\n')}\n`);
}

// ---------------------------------------------------------------- main

const options = parseArgs(process.argv.slice(2));
let context;
try {
  context = await setup(options);
  const run = { date: new Date().toISOString(), firstBsn: context.bsns[0] };
  log(`fase 1: ${options.n} meldingen, concurrency ${options.concurrency} ...`);
  const p1 = await phase1(options, context);
  const split = await breakdown(context.db, p1.meldingen.filter((m) => m.id));
  if (p1.submitted === 0) throw new SetupError(`geen enkele melding geaccepteerd (${errorsText(p1.errors)})`);
  const readBsn = options.readBsn ?? p1.meldingen.find((m) => m.visibleWall !== undefined)?.bsn ?? '999990007';
  log(`fase 2: ${options.m} leesparen sequentieel en met concurrency ${options.readConcurrency} ...`);
  const p2 = await phase2(options, context, readBsn);
  report(options, run, p1, split, p2);
  log(`tokens opgehaald: school ${context.school.fetches}, lpa.zwolle ${context.lpa.fetches}`);
} catch (error) {
  log(error instanceof SetupError ? `setup mislukt: ${error.message}` : `mislukt: ${error?.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await context?.db.end().catch(() => undefined);
}
