// `npm run bench:administratie`: the initial BRP load and the absolute-verzuim check over a
// region's population, each next to a raw PostgreSQL COPY / SELECT of the same data in the
// same run. Not a test: it asserts nothing about time, it measures and prints (docs/benchmarks.md).
//
// Needs: `npm run build`, PostgreSQL, and Kafka + Keycloak (`npm run stack:up`); uses its own
// database `leerrecht_bench` (dropped and recreated) and starts the leerlingenadministratie on
// port 4901 against it.
//
// Usage: npm run bench:administratie -- [--aantal=150000] [--peildatum=2026-11-24] [--keep]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { schrijfPersonenNdjson } from '../brp-simulator/genereer.mjs';
import { ROOT } from './lib.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => /^--([a-z]+)(?:=(.*))?$/.exec(a)).filter(Boolean).map((m) => [m[1], m[2] ?? 'true']));
const AANTAL = Number(args.aantal ?? 150_000);
const PEILDATUM = args.peildatum ?? new Date().toISOString().slice(0, 10);
const GEMEENTEN = ['0193', '0166', '0171', '1581', '0153'];
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BENCH_URL = new URL(ADMIN_URL);
BENCH_URL.pathname = '/leerrecht_bench';
const PORT = 4901;
const KEYCLOAK = process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8080';

const log = (m) => process.stdout.write(`[bench] ${m}\n`);
const seconden = (ms) => `${(ms / 1000).toFixed(2)} s`;

async function timed(fn) {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

function node(script, extraEnv) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'tools/runtime/run.js'), ...script], { cwd: ROOT, env: { ...process.env, DATABASE_URL: BENCH_URL.href, ...extraEnv }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${script[0]} faalde:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'leerrecht-bench-'));
  const bestand = path.join(tmp, 'personen.ndjson');
  log(`genereren: ${AANTAL} personen (${GEMEENTEN.join(', ')}), peildatum ${PEILDATUM}`);
  await schrijfPersonenNdjson({ out: bestand, aantal: AANTAL, gemeenten: GEMEENTEN, peildatum: PEILDATUM, seed: 7 });

  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS leerrecht_bench WITH (FORCE)');
  await admin.query('CREATE DATABASE leerrecht_bench');
  await admin.end();
  node(['apps/leerlingenadministratie/src/migrate.js']);
  const db = new pg.Client({ connectionString: BENCH_URL.href });
  await db.connect();

  // --- Raw baseline: COPY the same file, flatten it to columns.
  await db.query('CREATE SCHEMA bench; CREATE UNLOGGED TABLE bench.raw (doc jsonb)');
  const kopie = await timed(async () => {
    const r = spawnSync('psql', [BENCH_URL.href, '-q', '-c', `\\copy bench.raw (doc) FROM '${bestand}' WITH (FORMAT text)`], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`psql \\copy faalde: ${r.stderr}`);
    await db.query(`CREATE TABLE bench.persoon AS SELECT doc->>'burgerservicenummer' AS bsn, doc->'gemeenteVanInschrijving'->>'code' AS gemeente,
      (doc->'geboorte'->'datum'->>'datum')::date AS geboortedatum FROM bench.raw`);
    await db.query('CREATE INDEX ON bench.persoon (gemeente, geboortedatum)');
  });
  log(`raw COPY + flatten: ${seconden(kopie.ms)}`);

  // --- Our initial load: the bulk import (parse, validate, population filter, pseudonym, audit).
  const laad = await timed(async () => JSON.parse(node(['apps/leerlingenadministratie/src/brp-bulk-import.js', '--bestand', bestand, '--peildatum', PEILDATUM]).trim().split('\n').at(-1)));
  log(`bulk import: ${seconden(laad.ms)} ${JSON.stringify({ ...laad.result, fouten: laad.result.fouten.length })}`);

  // --- Enrolments for ~97 % of the 4–18-year-olds (setup, not measured), the same in both worlds.
  await db.query(`INSERT INTO leerlingenadministratie.inschrijving (gemeente, leerling_id, brin, onderwijssoort, ingeschreven_op, bron, melder_client_id, instructie_versie)
    SELECT gemeente, id, '99XX', 'VO', '2025-08-25', 'import', 'bench', 'bench' FROM leerlingenadministratie.leerling
    WHERE in_populatie AND geboortedatum > $1::date - interval '19 years' AND abs(hashtext(bsn)) % 33 <> 0`, [PEILDATUM]);
  await db.query(`CREATE TABLE bench.inschrijving AS SELECT p.bsn FROM bench.persoon p WHERE abs(hashtext(p.bsn)) % 33 <> 0; CREATE INDEX ON bench.inschrijving (bsn)`);
  await db.query('ANALYZE');
  const populatie = (await db.query('SELECT count(*)::int AS n FROM leerlingenadministratie.leerling WHERE in_populatie')).rows[0].n;

  // --- Raw SELECT baseline: the same candidate question, no rules, no writes.
  const ruw = await timed(async () => {
    let n = 0;
    for (const gemeente of GEMEENTEN) {
      const r = await db.query(`SELECT p.bsn FROM bench.persoon p WHERE p.gemeente = $1 AND p.geboortedatum <= $2::date - interval '5 years'
        AND p.geboortedatum > $2::date - interval '18 years' AND NOT EXISTS (SELECT 1 FROM bench.inschrijving i WHERE i.bsn = p.bsn)`, [gemeente, PEILDATUM]);
      n += r.rowCount;
    }
    return n;
  });
  log(`raw SELECT: ${seconden(ruw.ms)} (${ruw.result} rijen)`);

  // --- The check through the service's GraphQL API, per gemeente, twice (first run / weekly run).
  const service = spawn(process.execPath, [path.join(ROOT, 'tools/runtime/run.js'), 'apps/leerlingenadministratie/src/main.js'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: BENCH_URL.href, LEERLINGENADMINISTRATIE_PORT: String(PORT), LOG_LEVEL: 'warn', KAFKAJS_NO_PARTITIONER_WARNING: '1' },
    stdio: 'ignore',
  });
  try {
    const deadline = Date.now() + 90_000;
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/health/ready`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error('leerlingenadministratie werd niet ready');
      await sleep(300);
    }
    const tokenResponse = await fetch(`${KEYCLOAK}/realms/leerrecht/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'leerrecht-cli', username: 'beheer.regio', password: 'leerrecht-demo' }),
    });
    const token = (await tokenResponse.json()).access_token;
    const controle = async () => {
      const perGemeente = [];
      for (const gemeente of GEMEENTEN) {
        const r = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: 'mutation($i: VoerInschrijvingscontroleUitInput!) { voerInschrijvingscontroleUit(input: $i) { populatie kandidaten duurMs } }', variables: { i: { gemeente, peildatum: PEILDATUM } } }),
        });
        const body = await r.json();
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        perGemeente.push({ gemeente, ...body.data.voerInschrijvingscontroleUit });
      }
      return perGemeente;
    };
    const eerste = await timed(controle);
    log(`controle (eerste run): ${seconden(eerste.ms)} ${JSON.stringify(eerste.result)}`);
    const tweede = await timed(controle);
    log(`controle (wekelijkse run): ${seconden(tweede.ms)} ${JSON.stringify(tweede.result)}`);

    const cpu = os.cpus();
    process.stdout.write(`
| Stap (${AANTAL} personen in het bestand, ${populatie} in de populatie) | Leerrecht | Ruwe PostgreSQL in dezelfde run |
|---|---|---|
| Initiële lading | ${seconden(laad.ms)} (bulkimport: lezen, valideren, leeftijdsfilter, pseudoniem, logboek) | ${seconden(kopie.ms)} (\\copy + kolommen uit JSON) |
| Controle absoluut verzuim, eerste run (5 gemeenten) | ${seconden(eerste.ms)} (${eerste.result.reduce((s, g) => s + g.kandidaten, 0)} nieuwe controles) | ${seconden(ruw.ms)} (SELECT, ${ruw.result} rijen) |
| Controle absoluut verzuim, wekelijkse run | ${seconden(tweede.ms)} | idem |

Machine: ${cpu.length}× ${cpu[0]?.model ?? 'onbekend'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}
`);
  } finally {
    service.kill('SIGTERM');
    await db.end();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`[bench] ${error.stack ?? error}\n`);
  process.exit(1);
});
