import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  DedicatedKafka,
  ServiceProcess,
  TEST_ENV,
  clientToken,
  eventually,
  graphql,
  serviceEnv,
  testBsn,
} from '@leerrecht/shared/util-testing';

/**
 * Nothing is lost when the broker goes down: verzuim keeps accepting meldingen (they wait in its
 * outbox), its readiness says Kafka is gone, and once the broker is back every melding reaches
 * the leerlingdossier exactly once. The broker here is the test's own (killed with SIGKILL, a
 * crash), so the shared broker of the other tests is never disturbed.
 */
const KAFKA_PORT = 19192;
const PORTS = { leerlingenadministratie: 5201, verzuim: 5202 };
const MELD = 'mutation Meld($input: VerzuimmeldingInput!) { dienVerzuimmeldingIn(input: $input) { id } }';

let kafka: DedicatedKafka;
let verzuim: ServiceProcess;
let administratie: ServiceProcess;
let db: Client;
let token: string;

async function meld(bsn: string): Promise<string> {
  const input = { berichtId: `br-${bsn}`, bsn, geboortedatum: '2012-05-01', gemeente: '0193', schoolBrin: '99XX', onderwijssoort: 'VO', verzuimsoort: 'wettelijk', beginDatum: '2026-11-02', melder: { naam: 'J. de Vries', isDirecteur: true } };
  const response = await graphql<{ dienVerzuimmeldingIn: { id: string } }>(`http://127.0.0.1:${PORTS.verzuim}/graphql`, MELD, { input }, token);
  if (!response.data?.dienVerzuimmeldingIn) throw new Error(`melding geweigerd: ${JSON.stringify(response.errors?.map((e) => e.extensions?.code))}`);
  return response.data.dienVerzuimmeldingIn.id;
}

async function gekoppeld(ids: string[]): Promise<number> {
  const rows = await db.query('SELECT count(*)::int AS n FROM leerlingenadministratie.dossier_melding WHERE melding_id = ANY($1::uuid[])', [ids]);
  return rows.rows[0].n;
}

beforeAll(async () => {
  kafka = new DedicatedKafka(KAFKA_PORT);
  await kafka.start();
  const env = serviceEnv({
    KAFKA_BROKERS: kafka.brokers,
    LEERLINGENADMINISTRATIE_PORT: String(PORTS.leerlingenadministratie),
    VERZUIM_PORT: String(PORTS.verzuim),
  });
  administratie = new ServiceProcess('leerlingenadministratie', PORTS.leerlingenadministratie, env);
  verzuim = new ServiceProcess('verzuim', PORTS.verzuim, env);
  await Promise.all([administratie.start(), verzuim.start()]);
  db = new Client({ connectionString: TEST_ENV.adminDatabaseUrl });
  await db.connect();
  token = await clientToken('school', 'school-demo-secret');
});

afterAll(async () => {
  await db?.end();
  await Promise.all([verzuim?.stop(), administratie?.stop()]);
  await kafka?.destroy();
});

it('runs the Kafka broker version the bus is built for (ADR 0002)', () => {
  const pom = readFileSync(join(__dirname, '../../../tools/stack/pom.xml'), 'utf8');
  expect(/<kafka.version>([^<]+)<\/kafka.version>/.exec(pom)?.[1]).toBe('3.9.1');
  expect(kafka.version()).toBe('3.9.1');
});

it('meldingen accepted while the broker is down all reach the dossier exactly once after it returns', async () => {
  const voor = [await meld(testBsn(300)), await meld(testBsn(301))];
  await eventually(async () => ((await gekoppeld(voor)) === voor.length ? true : undefined), 60_000, 'koppeling voor de storing');

  await kafka.kill();
  // Readiness reports the broker outage, so an orchestrator stops routing to this instance...
  const ready = await eventually(async () => {
    const response = await fetch(`http://127.0.0.1:${PORTS.verzuim}/health/ready`);
    return response.status === 503 ? ((await response.json()) as { checks: { kafka: string } }) : undefined;
  }, 30_000, 'readiness meldt kafka-storing');
  expect(ready.checks.kafka).toBe('fout');

  // ...but a melding sent anyway is stored with its event in the outbox, not lost.
  const tijdens: string[] = [];
  for (let i = 0; i < 5; i += 1) tijdens.push(await meld(testBsn(310 + i)));
  const wachtend = await db.query(
    `SELECT count(*)::int AS n FROM verzuim.outbox_message WHERE published_at IS NULL AND envelope->'payload'->>'meldingId' = ANY($1::text[])`, [tijdens]);
  expect(wachtend.rows[0].n).toBe(tijdens.length);

  await kafka.start();
  await eventually(async () => ((await gekoppeld(tijdens)) === tijdens.length ? true : undefined), 120_000, 'koppeling na herstart broker');

  const dubbel = await db.query(
    'SELECT melding_id FROM leerlingenadministratie.dossier_melding WHERE melding_id = ANY($1::uuid[]) GROUP BY melding_id HAVING count(*) > 1', [[...voor, ...tijdens]]);
  expect(dubbel.rows).toEqual([]);
  const inbox = await db.query(
    `SELECT count(*)::int AS n FROM leerlingenadministratie.inbox_message i JOIN verzuim.outbox_message o ON o.event_id = i.event_id
      WHERE o.envelope->'payload'->>'meldingId' = ANY($1::text[])`, [tijdens]);
  expect(inbox.rows[0].n).toBe(tijdens.length);
  await eventually(async () => ((await fetch(`http://127.0.0.1:${PORTS.verzuim}/health/ready`)).ok ? true : undefined), 60_000, 'weer ready');
});
