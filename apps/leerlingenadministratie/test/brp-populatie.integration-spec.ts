import { Client } from 'pg';
import { startBrpSimulatorInWorker, type BrpSimulatorHandle } from '@leerrecht/leerlingenadministratie/data-access-brp';
import { ServiceProcess, TEST_ENV, clientToken, errorCodes, graphql, serviceEnv, testBsn, userToken } from '@leerrecht/shared/util-testing';
import { dagenGeleden, hcPersoon, jarenGeleden } from './brp-hulp';
import { registreerScholen } from './scholen';

/**
 * The BRP population (Lpw art 19; 000 art 3 lid 2–3): the real leerlingenadministratie process
 * reads the Haal Centraal simulator (tools/brp-simulator) and stores into the real PostgreSQL,
 * with events through the run's Kafka broker and tokens from Keycloak.
 */
const PORT = 5311;
const URL = `http://127.0.0.1:${PORT}/graphql`;
const API_KEY = 'brp-test-sleutel';
const SYNC = `mutation($i: SynchroniseerBrpInput!) { synchroniseerBrp(input: $i) { gemeente verwerkt herhaald geweigerd mutaties { mutatieId uitkomst code teLaat } } }`;
const BIJHOUDING = 'query($g: String!) { brpBijhouding(gemeente: $g) { achterstallig teLaatVerwerkt geweigerd populatie termijn laatstGeluktOp } }';
const DOSSIER = 'query($bsn: String!) { leerlingdossier(bsn: $bsn) { gemeente reden inschrijvingen { brin } overdrachten { vanGemeente status } plichtstatus { soort } } }';

interface Sync {
  synchroniseerBrp: { gemeente: string; verwerkt: number; herhaald: number; geweigerd: number; mutaties: { mutatieId: string; uitkomst: string; code: string | null; teLaat: boolean }[] }[];
}

let sim: BrpSimulatorHandle;
let service: ServiceProcess;
let db: Client;
let beheer: string;

async function synchroniseer(gemeenten: string[], token = beheer): Promise<Sync['synchroniseerBrp']> {
  const response = await graphql<Sync>(URL, SYNC, { i: { gemeenten } }, token);
  expect(response.errors).toBeUndefined();
  return response.data?.synchroniseerBrp ?? [];
}

async function leerling(gemeente: string, bsn: string): Promise<{ in_populatie: boolean; verhuisd_naar: string | null } | undefined> {
  const rij = await db.query('SELECT in_populatie, verhuisd_naar FROM leerlingenadministratie.leerling WHERE gemeente = $1 AND bsn = $2', [gemeente, bsn]);
  return rij.rows[0];
}

beforeAll(async () => {
  sim = await startBrpSimulatorInWorker({ apiKey: API_KEY });
  service = new ServiceProcess('leerlingenadministratie', PORT, serviceEnv({ LEERLINGENADMINISTRATIE_PORT: String(PORT), BRP_URL: sim.url, BRP_API_KEY: API_KEY }));
  await service.start();
  db = new Client({ connectionString: TEST_ENV.adminDatabaseUrl });
  await db.connect();
  // Each test file has its own simulator, whose feed starts at 1: forget the cursors another file left behind.
  await db.query('DELETE FROM leerlingenadministratie.brp_synchronisatie');
  beheer = await userToken('beheer.regio');
  await registreerScholen(URL, beheer);
});

afterAll(async () => {
  await db?.end();
  await service?.stop();
  await sim?.stop();
});

describe('population filter: residents of the gemeente aged exactly within the instructie range', () => {
  // Zwolle (000 art 3 lid 2): 4 t/m 22. Utrechtse Heuvelrug (003 art 3 lid 2): 5 t/m 17.
  const gevallen = [
    { naam: 'Zwolle, 4th birthday today', bsn: testBsn(3001), geboren: jarenGeleden(4), gemeente: '0193', verwacht: true },
    { naam: 'Zwolle, 4th birthday tomorrow', bsn: testBsn(3002), geboren: jarenGeleden(4, 1), gemeente: '0193', verwacht: false },
    { naam: 'Zwolle, 23rd birthday tomorrow (still 22)', bsn: testBsn(3003), geboren: jarenGeleden(23, 1), gemeente: '0193', verwacht: true },
    { naam: 'Zwolle, 23rd birthday today', bsn: testBsn(3004), geboren: jarenGeleden(23), gemeente: '0193', verwacht: false },
    { naam: 'Heuvelrug, 5th birthday today', bsn: testBsn(3005), geboren: jarenGeleden(5), gemeente: '1581', verwacht: true },
    { naam: 'Heuvelrug, 4 years old', bsn: testBsn(3006), geboren: jarenGeleden(5, 1), gemeente: '1581', verwacht: false },
    { naam: 'Heuvelrug, 18th birthday today', bsn: testBsn(3007), geboren: jarenGeleden(18), gemeente: '1581', verwacht: false },
    { naam: 'Heuvelrug, 18th birthday tomorrow (still 17)', bsn: testBsn(3008), geboren: jarenGeleden(18, 1), gemeente: '1581', verwacht: true },
  ];

  beforeAll(async () => {
    await sim.personen([
      ...gevallen.map((g, i) => hcPersoon(g.bsn, g.geboren, g.gemeente, 3100 + i * 2)),
      // Not ingezetene (RNI, 003 art 3 lid 2) and deceased: never in the population.
      hcPersoon(testBsn(3020), jarenGeleden(10), '1999', 3140),
      hcPersoon(testBsn(3021), jarenGeleden(10), '0193', 3142, { overlijden: { datum: { type: 'Datum', datum: jarenGeleden(0, -3) } } }),
    ]);
    const runs = await synchroniseer(['0193', '1581']);
    expect(runs.map((r) => r.gemeente)).toEqual(['0193', '1581']);
  });

  it.each([
    'Zwolle, 4th birthday today',
    'Zwolle, 4th birthday tomorrow',
    'Zwolle, 23rd birthday tomorrow (still 22)',
    'Zwolle, 23rd birthday today',
    'Heuvelrug, 5th birthday today',
    'Heuvelrug, 4 years old',
    'Heuvelrug, 18th birthday today',
    'Heuvelrug, 18th birthday tomorrow (still 17)',
  ])('%s', async (naam) => {
    const geval = gevallen.find((g) => g.naam === naam);
    if (!geval) throw new Error(naam);
    const rij = await leerling(geval.gemeente, geval.bsn);
    // Outside the range a person is not stored at all (data minimisation, 000 art 3 lid 2).
    expect(rij?.in_populatie ?? false).toBe(geval.verwacht);
    if (!geval.verwacht) expect(rij).toBeUndefined();
  });

  it('leaves out the RNI and the deceased', async () => {
    expect(await leerling('0193', testBsn(3020))).toBeUndefined();
    expect(await leerling('1999', testBsn(3020))).toBeUndefined();
    expect(await leerling('0193', testBsn(3021))).toBeUndefined();
  });

  it('stores the parents as the BRP gives them, with who holds gezag (letters go to the right adult)', async () => {
    const ouders = await db.query(
      `SELECT o.volgorde, o.heeft_gezag FROM leerlingenadministratie.ouder o JOIN leerlingenadministratie.leerling l ON l.id = o.leerling_id
       WHERE l.bsn = $1 ORDER BY o.volgorde`, [testBsn(3001)]);
    expect(ouders.rows).toEqual([{ volgorde: 1, heeft_gezag: true }, { volgorde: 2, heeft_gezag: false }]);
  });
});

describe('mutations: overdue flag, replay, duplicate (000 art 3 lid 3: at least weekly)', () => {
  const laat = testBsn(3030);
  const opTijd = testBsn(3031);

  beforeAll(async () => {
    await sim.personen([hcPersoon(laat, jarenGeleden(9), '0166', 3150), hcPersoon(opTijd, jarenGeleden(11), '0166', 3152)], { mutaties: false });
    await sim.mutaties([
      { mutatieId: 'brp-laat-1', burgerservicenummer: laat, soort: 'inschrijving', gemeenteVanInschrijving: '0166', datumGebeurtenis: jarenGeleden(0, -8), geregistreerdOp: dagenGeleden(8) },
      { mutatieId: 'brp-optijd-1', burgerservicenummer: opTijd, soort: 'inschrijving', gemeenteVanInschrijving: '0166', datumGebeurtenis: jarenGeleden(0, -2), geregistreerdOp: dagenGeleden(2) },
    ]);
  });

  it('a gemeente whose feed never ran is overdue', async () => {
    const response = await graphql<{ brpBijhouding: { achterstallig: boolean } }>(URL, BIJHOUDING, { g: '0166' }, beheer);
    expect(response.data?.brpBijhouding.achterstallig).toBe(true);
  });

  it('flags a mutation processed more than a week after the BRP registered it, not one of two days', async () => {
    const [run] = await synchroniseer(['0166']);
    expect(run.mutaties).toEqual([
      { mutatieId: 'brp-laat-1', uitkomst: 'verwerkt', code: null, teLaat: true },
      { mutatieId: 'brp-optijd-1', uitkomst: 'verwerkt', code: null, teLaat: false },
    ]);
    const response = await graphql<{ brpBijhouding: { achterstallig: boolean; teLaatVerwerkt: number; populatie: number; termijn: string } }>(URL, BIJHOUDING, { g: '0166' }, beheer);
    expect(response.data?.brpBijhouding).toMatchObject({ achterstallig: false, teLaatVerwerkt: 1, termijn: '1 week (000 art 3 lid 3)' });
  });

  it('a replayed mutation is recognised and changes nothing', async () => {
    const voor = await db.query('SELECT count(*)::int AS n, max(updated_at) AS t FROM leerlingenadministratie.leerling WHERE gemeente = $1', ['0166']);
    await sim.mutaties([{ mutatieId: 'brp-optijd-1', burgerservicenummer: opTijd, soort: 'inschrijving', gemeenteVanInschrijving: '0166', datumGebeurtenis: jarenGeleden(0, -2), geregistreerdOp: (await db.query(`SELECT geregistreerd_op FROM leerlingenadministratie.brp_mutatie WHERE mutatie_id = 'brp-optijd-1'`)).rows[0].geregistreerd_op.toISOString() }]);
    const [run] = await synchroniseer(['0166']);
    expect(run.mutaties).toEqual([{ mutatieId: 'brp-optijd-1', uitkomst: 'herhaald', code: null, teLaat: false }]);
    const na = await db.query('SELECT count(*)::int AS n, max(updated_at) AS t FROM leerlingenadministratie.leerling WHERE gemeente = $1', ['0166']);
    expect(na.rows).toEqual(voor.rows);
  });

  it('the same mutation id with other content is refused and changes nothing', async () => {
    const voor = await db.query(`SELECT inhoud_hash FROM leerlingenadministratie.brp_mutatie WHERE mutatie_id = 'brp-laat-1'`);
    await sim.mutaties([{ mutatieId: 'brp-laat-1', burgerservicenummer: laat, soort: 'overlijden', gemeenteVanInschrijving: '0166', datumGebeurtenis: jarenGeleden(0, -1) }]);
    const [run] = await synchroniseer(['0166']);
    expect(run.mutaties).toEqual([{ mutatieId: 'brp-laat-1', uitkomst: 'geweigerd', code: 'MUTATIE_ID_HERGEBRUIKT', teLaat: false }]);
    expect((await db.query(`SELECT inhoud_hash FROM leerlingenadministratie.brp_mutatie WHERE mutatie_id = 'brp-laat-1'`)).rows).toEqual(voor.rows);
    expect(await leerling('0166', laat)).toMatchObject({ in_populatie: true });
  });

  it('only the administration and functioneel beheer run the feed, and only for their own gemeenten', async () => {
    expect(errorCodes(await graphql(URL, SYNC, { i: { gemeenten: ['0193'] } }, await userToken('lpa.zwolle')))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(URL, SYNC, { i: { gemeenten: ['0166'] } }, await userToken('admin.zwolle')))).toEqual(['GEMEENTE_NIET_TOEGESTAAN']);
    expect(errorCodes(await graphql(URL, SYNC, { i: { gemeenten: ['0193'] } }, await clientToken('school', 'school-demo-secret')))).toEqual(['FORBIDDEN']);
  });
});

describe('a move between two gemeenten of the centre: the dossier follows, the old gemeente loses access', () => {
  const jongere = testBsn(3040);
  let lpaZwolle: string;
  let lpaKampen: string;

  beforeAll(async () => {
    lpaZwolle = await userToken('lpa.zwolle');
    lpaKampen = await userToken('lpa.kampen');
    await sim.personen([hcPersoon(jongere, '2010-05-01', '0193', 3160)]);
    await synchroniseer(['0193']);
    const school = await clientToken('school', 'school-demo-secret');
    const bericht = { bsn: jongere, gemeente: '0193', brin: '99XX', onderwijssoort: 'VO' };
    expect((await graphql(URL, 'mutation($i: InschrijvingsberichtInput!) { meldInschrijving(input: $i) { id } }', { i: { ...bericht, berichtId: `v-in-${jongere}`, datum: '2025-08-25' } }, school)).errors).toBeUndefined();
    expect((await graphql(URL, 'mutation($i: InschrijvingsberichtInput!) { meldUitschrijving(input: $i) { id } }', { i: { ...bericht, berichtId: `v-uit-${jongere}`, datum: '2026-11-02' } }, school)).errors).toBeUndefined();
    const open = await graphql(URL, 'mutation($i: OpenLeerlingdossierInput!) { openLeerlingdossier(input: $i) { id } }', { i: { bsn: jongere, gemeente: '0193', reden: 'VOORTIJDIG_SCHOOLVERLATEN' } }, lpaZwolle);
    expect(open.errors).toBeUndefined();
  });

  it('before: Zwolle sees the dossier, Kampen does not', async () => {
    const zwolle = await graphql<{ leerlingdossier: { gemeente: string; plichtstatus: { soort: string } } | null }>(URL, DOSSIER, { bsn: jongere }, lpaZwolle);
    expect(zwolle.data?.leerlingdossier).toMatchObject({ gemeente: '0193', plichtstatus: { soort: 'kwalificatieplichtig' } });
    expect((await graphql<{ leerlingdossier: unknown }>(URL, DOSSIER, { bsn: jongere }, lpaKampen)).data?.leerlingdossier).toBeNull();
  });

  it('after the BRP move: Kampen has the dossier with the school history and a handover task; Zwolle no longer sees it', async () => {
    await sim.personen([hcPersoon(jongere, '2010-05-01', '0166', 3160, { datumInschrijvingInGemeente: { type: 'Datum', datum: jarenGeleden(0, -1) } })]);
    const runs = await synchroniseer(['0193', '0166']);
    expect(runs.flatMap((r) => r.mutaties.map((m) => m.uitkomst))).toEqual(['verwerkt', 'verwerkt']);
    const kampen = await graphql<{ leerlingdossier: { gemeente: string; inschrijvingen: { brin: string }[]; overdrachten: { vanGemeente: string; status: string }[] } | null }>(URL, DOSSIER, { bsn: jongere }, lpaKampen);
    expect(kampen.data?.leerlingdossier).toMatchObject({ gemeente: '0166', reden: 'voortijdig-schoolverlaten', inschrijvingen: [{ brin: '99XX' }], overdrachten: [{ vanGemeente: '0193', status: 'open' }] });
    expect((await graphql<{ leerlingdossier: unknown }>(URL, DOSSIER, { bsn: jongere }, lpaZwolle)).data?.leerlingdossier).toBeNull();
    expect(await leerling('0193', jongere)).toEqual({ in_populatie: false, verhuisd_naar: '0166' });
  });

  it("Zwolle keeps its own open case (the unmatched uitschrijving) until it is finished", async () => {
    const open = await graphql<{ openUitschrijvingen: { bsn: string }[] }>(URL, 'query { openUitschrijvingen(peildatum: "2026-11-20") { bsn } }', {}, await userToken('admin.zwolle'));
    expect(open.data?.openUitschrijvingen.map((o) => o.bsn)).toContain(jongere);
  });

  it('announces the move once on the bus, without BSN or address', async () => {
    const events = await db.query(`SELECT envelope FROM leerlingenadministratie.outbox_message WHERE topic = 'leerrecht.leerlingenadministratie.persoon-verhuisd.v1'`);
    expect(events.rows).toHaveLength(1);
    const envelope = events.rows[0].envelope;
    expect(envelope.payload).toMatchObject({ vanGemeente: '0193', naarGemeente: '0166', dossierOvergedragen: true });
    expect(JSON.stringify(envelope)).not.toContain(jongere);
  });
});

describe('bad input from the BRP', () => {
  it('a mutation with a BSN failing the elfproef: the delivery is refused whole with a clear error, nothing changes', async () => {
    const voor = await db.query('SELECT count(*)::int AS n FROM leerlingenadministratie.brp_mutatie');
    await sim.mutaties([{ mutatieId: 'brp-kapot-1', burgerservicenummer: '123456789', soort: 'inschrijving', gemeenteVanInschrijving: '0171', datumGebeurtenis: jarenGeleden(0) }]);
    const response = await graphql(URL, SYNC, { i: { gemeenten: ['0171'] } }, beheer);
    expect(errorCodes(response)).toEqual(['BRP_ONGELDIG_ANTWOORD']);
    expect(JSON.stringify(response.errors)).not.toContain('123456789');
    expect((await db.query('SELECT count(*)::int AS n FROM leerlingenadministratie.brp_mutatie')).rows).toEqual(voor.rows);
  });
});
