// Measuring point for `npm run bench:verzuim -- --profile`, loaded into a service process with
// NODE_OPTIONS=--require. It changes no service code: it counts and times every query that goes
// through `pg` (grouped by SQL text) and samples the CPU with the in-process inspector. When the
// file <BENCH_MEETPUNT_OUT>.vraag appears it writes <BENCH_MEETPUNT_OUT>.queries.json and
// <BENCH_MEETPUNT_OUT>.cpuprofile (not a signal: Nest's shutdown hooks listen to SIGUSR2 too).
// Loaded only by the benchmark; never in tests or npm start.
'use strict';
const fs = require('node:fs');
const inspector = require('node:inspector');
const path = require('node:path');

const out = process.env.BENCH_MEETPUNT_OUT;
if (out) {
  // The service's own `pg` (the one TypeORM loads), resolved from the repository root.
  const pg = require(require.resolve('pg', { paths: [path.resolve(__dirname, '..', '..')] }));
  const perSql = new Map();
  const tel = (sql, ms, fout) => {
    const sleutel = String(sql).replace(/\s+/g, ' ').trim().slice(0, 300);
    let regel = perSql.get(sleutel);
    if (regel === undefined) {
      regel = { aantal: 0, ms: 0, fouten: 0 };
      perSql.set(sleutel, regel);
    }
    regel.aantal += 1;
    regel.ms += ms;
    if (fout) regel.fouten += 1;
  };
  // Per transaction (one pooled connection from START TRANSACTION to COMMIT/ROLLBACK): wall time,
  // the time spent waiting for its queries, and what kind of work it was (from its SQL).
  const perSoort = new Map();
  const lopend = new WeakMap();
  const laatsteEinde = new Map();
  const soortVan = (sql) => {
    if (/INSERT INTO "[a-z_]+"\."inbox_message"/.test(sql)) return `consumer: ${/INSERT INTO "([a-z_]+)"/.exec(sql)[1]}`;
    if (sql.includes("'leerrecht-duo-ophaling-'")) return 'DUO fetch page';
    if (sql.includes('pg_try_advisory_xact_lock')) return 'outbox relay round';
    return null;
  };
  const nu = () => Number(process.hrtime.bigint()) / 1e6;
  const sluit = (tx, eind) => {
    const soort = tx.soort ?? 'other';
    let regel = perSoort.get(soort);
    if (regel === undefined) {
      regel = { transacties: 0, wandMs: 0, queryMs: 0, queries: 0, tussenMs: 0, tussenAantal: 0 };
      perSoort.set(soort, regel);
    }
    regel.transacties += 1;
    regel.wandMs += eind - tx.begin;
    regel.queryMs += tx.queryMs;
    regel.queries += tx.queries;
    // Time from the end of the previous transaction of this kind to the start of this one: for a
    // serial consumer, the work between two messages outside any transaction.
    const vorige = laatsteEinde.get(soort);
    if (vorige !== undefined && tx.begin - vorige < 5_000) {
      regel.tussenMs += tx.begin - vorige;
      regel.tussenAantal += 1;
    }
    laatsteEinde.set(soort, eind);
  };
  const origineel = pg.Client.prototype.query;
  pg.Client.prototype.query = function query(config, ...rest) {
    const sql = typeof config === 'string' ? config : config && typeof config.text === 'string' ? config.text : '(submittable)';
    const begin = nu();
    if (sql === 'START TRANSACTION' || sql === 'BEGIN') lopend.set(this, { begin, queryMs: 0, queries: 0, soort: null });
    const tx = lopend.get(this);
    if (tx && tx.soort === null) tx.soort = soortVan(sql);
    const resultaat = origineel.call(this, config, ...rest);
    const klaar = (fout) => {
      const eind = nu();
      tel(sql, eind - begin, fout);
      if (tx) {
        tx.queries += 1;
        tx.queryMs += eind - begin;
        if (sql === 'COMMIT' || sql === 'ROLLBACK') {
          sluit(tx, eind);
          lopend.delete(this);
        }
      }
    };
    if (resultaat && typeof resultaat.then === 'function') {
      resultaat.then(() => klaar(false), () => klaar(true));
    } else {
      tel(sql, 0, false);
    }
    return resultaat;
  };

  const sessie = new inspector.Session();
  sessie.connect();
  sessie.post('Profiler.enable', () => sessie.post('Profiler.setSamplingInterval', { interval: 1000 }, () => sessie.post('Profiler.start')));

  const vraag = `${out}.vraag`;
  const kijk = setInterval(() => {
    if (!fs.existsSync(vraag)) return;
    fs.rmSync(vraag, { force: true });
    schrijf();
  }, 250);
  kijk.unref();

  function schrijf() {
    const cpu = process.cpuUsage();
    const queries = {
      pid: process.pid,
      cpuMs: (cpu.user + cpu.system) / 1000,
      queries: [...perSql].map(([sql, r]) => ({ sql, ...r })),
      transacties: [...perSoort].map(([soort, r]) => ({ soort, ...r })),
    };
    fs.writeFileSync(`${out}.queries.json.tmp`, JSON.stringify(queries));
    fs.renameSync(`${out}.queries.json.tmp`, `${out}.queries.json`);
    sessie.post('Profiler.stop', (fout, resultaat) => {
      if (!fout && resultaat) fs.writeFileSync(`${out}.cpuprofile`, JSON.stringify(resultaat.profile));
      fs.writeFileSync(`${out}.klaar`, '');
    });
  }
}
