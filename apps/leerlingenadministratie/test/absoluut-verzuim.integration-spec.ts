import { Client } from 'pg';
import { startBrpSimulatorInWorker, type BrpSimulatorHandle } from '@leerrecht/leerlingenadministratie/data-access-brp';
import { ServiceProcess, TEST_ENV, errorCodes, graphql, serviceEnv, testBsn, userToken } from '@leerrecht/shared/util-testing';
import { hcPersoon } from './brp-hulp';
import { registreerScholen } from './scholen';
import { zeker } from './zeker';


/**
 * The absolute-verzuim check (Lpw art 19; 000 art 3 lid 7 and art 8): population from the BRP
 * simulator, the real service, PostgreSQL, Kafka (outbox) and Keycloak. Terms in werkdagen
 * across the Christmas holidays; escalation after the second letter; verification of a claimed
 * enrolment; the foreign-student route (004 Hfst 2.1).
 */
const PORT = 5312;
const URL = `http://127.0.0.1:${PORT}/graphql`;
const API_KEY = 'brp-test-sleutel-av';
const CONTROLE = 'mutation($i: VoerInschrijvingscontroleUitInput!) { voerInschrijvingscontroleUit(input: $i) { kandidaten administratieveRoute geescaleerd populatie } }';
const LIJST = 'query($g: String!) { absoluutVerzuimControles(gemeente: $g, alleenLopend: false) { id bsn route status volgendeActie uiterlijk eersteBriefOp tweedeBriefOp geescaleerdOp } }';
const STAP = 'mutation($i: RegistreerAbsoluutVerzuimStapInput!) { registreerAbsoluutVerzuimStap(input: $i) { status volgendeActie uiterlijk } }';
const BRIEVEN = 'query($id: String!) { absoluutVerzuimBrieven(procedureId: $id) { soort aan verzondenOp reactieUiterlijk tekst } }';

interface Controle {
  id: string;
  bsn: string;
  route: string;
  status: string;
  volgendeActie: string;
  uiterlijk: string | null;
  geescaleerdOp: string | null;
}

const jongere = testBsn(3200); // 10, not enrolled
const ingeschreven = testBsn(3201); // 10, enrolled
const negentien = testBsn(3202); // 19
const antwoordt = testBsn(3203); // 12, not enrolled; the parents say it is
const student = testBsn(3204); // 16, Enschede, foreign student at a university

let sim: BrpSimulatorHandle;
let service: ServiceProcess;
let db: Client;
let admin: string;

async function controle(gemeente: string, peildatum: string, token = admin): Promise<{ kandidaten: number; administratieveRoute: number; geescaleerd: number }> {
  const response = await graphql<{ voerInschrijvingscontroleUit: { kandidaten: number; administratieveRoute: number; geescaleerd: number } }>(URL, CONTROLE, { i: { gemeente, peildatum } }, token);
  expect(response.errors).toBeUndefined();
  return zeker(response.data).voerInschrijvingscontroleUit;
}

async function van(bsn: string, gemeente = '0193', token = admin): Promise<Controle | undefined> {
  const response = await graphql<{ absoluutVerzuimControles: Controle[] }>(URL, LIJST, { g: gemeente }, token);
  expect(response.errors).toBeUndefined();
  return response.data?.absoluutVerzuimControles.find((c) => c.bsn === bsn);
}

async function stap(procedureId: string, stapNaam: string, datum: string, extra: Record<string, unknown> = {}) {
  return graphql<{ registreerAbsoluutVerzuimStap: { status: string; volgendeActie: string; uiterlijk: string | null } }>(URL, STAP, { i: { procedureId, stap: stapNaam, datum, ...extra } }, admin);
}

beforeAll(async () => {
  sim = await startBrpSimulatorInWorker({
    apiKey: API_KEY,
    personen: [
      hcPersoon(jongere, '2016-03-10', '0193', 3300),
      hcPersoon(ingeschreven, '2016-04-10', '0193', 3302),
      hcPersoon(negentien, '2007-04-10', '0193', 3304),
      hcPersoon(antwoordt, '2014-02-10', '0193', 3306),
      hcPersoon(student, '2010-02-10', '0153', 3308),
    ],
  });
  // The start-up persons are in the BRP but not yet in the feed: announce them as inschrijvingen.
  await sim.mutaties([jongere, ingeschreven, negentien, antwoordt, student].map((bsn, i) => ({
    mutatieId: `av-${i}`, burgerservicenummer: bsn, soort: 'inschrijving', gemeenteVanInschrijving: bsn === student ? '0153' : '0193', datumGebeurtenis: '2026-11-20',
  })));
  service = new ServiceProcess('leerlingenadministratie', PORT, serviceEnv({ LEERLINGENADMINISTRATIE_PORT: String(PORT), BRP_URL: sim.url, BRP_API_KEY: API_KEY }));
  await service.start();
  db = new Client({ connectionString: TEST_ENV.adminDatabaseUrl });
  await db.connect();
  // Each test file has its own simulator, whose feed starts at 1: forget the cursors another file left behind.
  await db.query('DELETE FROM leerlingenadministratie.brp_synchronisatie');
  const beheer = await userToken('beheer.regio');
  await registreerScholen(URL, beheer);
  const sync = await graphql(URL, 'mutation { synchroniseerBrp(input: { gemeenten: ["0193", "0153"] }) { verwerkt } }', {}, beheer);
  expect(sync.errors).toBeUndefined();
  admin = await userToken('admin.zwolle');
  const inschrijving = await graphql(URL, 'mutation($i: InschrijvingsberichtInput!) { meldInschrijving(input: $i) { id } }', {
    i: { berichtId: `av-in-${ingeschreven}`, bsn: ingeschreven, gemeente: '0193', brin: '34CD', onderwijssoort: 'PO', datum: '2025-08-25' },
  }, admin);
  expect(inschrijving.errors).toBeUndefined();
});

afterAll(async () => {
  await db?.end();
  await service?.stop();
  await sim?.stop();
});

describe('the check finds the leerplichtigen and kwalificatieplichtigen without an enrolment (Lpw art 19)', () => {
  it('starts a check for the youth without an enrolment, not for the enrolled one or the 19-year-old', async () => {
    const run = await controle('0193', '2026-12-07');
    expect(run.kandidaten).toBeGreaterThanOrEqual(2);
    expect(await van(jongere)).toMatchObject({ route: 'brieven', status: 'administratieve-controle', volgendeActie: 'voer-administratieve-controle-uit' });
    expect(await van(antwoordt)).toMatchObject({ status: 'administratieve-controle' });
    expect(await van(ingeschreven)).toBeUndefined();
    expect(await van(negentien)).toBeUndefined();
  });

  it('a second run does not start a second check for the same youth', async () => {
    await controle('0193', '2026-12-08');
    const rijen = await db.query(
      `SELECT count(*)::int AS n FROM leerlingenadministratie.absoluut_verzuim_procedure p JOIN leerlingenadministratie.leerling l ON l.id = p.leerling_id WHERE l.bsn = $1`, [jongere]);
    expect(rijen.rows[0].n).toBe(1);
  });

  it('no letter before the administrative check (000 art 8 lid 1; 003 art 7 lid 1 a)', async () => {
    const procedure = await van(jongere);
    expect(errorCodes(await stap(zeker(procedure).id, 'BRIEF_VERZONDEN', '2026-12-09'))).toEqual(['ADMINISTRATIEVE_CONTROLE_OPEN']);
  });
});

describe('letters in werkdagen across the Christmas holidays, then escalation (000 art 3 lid 7)', () => {
  let id: string;

  beforeAll(async () => {
    id = zeker(await van(jongere)).id;
  });

  it('first letter on Friday 18 December 2026: reply due 5 January 2027 (10 werkdagen; 25, 26 Dec and 1 Jan are no werkdagen)', async () => {
    expect((await stap(id, 'ADMINISTRATIEVE_CONTROLE_AFGEROND', '2026-12-17')).data?.registreerAbsoluutVerzuimStap.volgendeActie).toBe('verstuur-eerste-brief');
    const brief = await stap(id, 'BRIEF_VERZONDEN', '2026-12-18');
    expect(brief.errors).toBeUndefined();
    expect(brief.data?.registreerAbsoluutVerzuimStap).toEqual({ status: 'eerste-brief-verzonden', volgendeActie: 'geen-actie', uiterlijk: '2027-01-05' });
  });

  it('the letter goes to the parent with gezag only, in the gemeente\'s name, with the reply term', async () => {
    const brieven = await graphql<{ absoluutVerzuimBrieven: { soort: string; aan: string[]; reactieUiterlijk: string; tekst: string }[] }>(URL, BRIEVEN, { id }, admin);
    expect(brieven.errors).toBeUndefined();
    const [brief] = zeker(brieven.data).absoluutVerzuimBrieven;
    expect(brief).toMatchObject({ soort: 'absoluut-verzuim-eerste', aan: ['Anna Jansen'], reactieUiterlijk: '2027-01-05' });
    expect(brief.tekst).toContain('binnen 10 werkdagen');
    expect(brief.tekst).toContain('namens het college van burgemeester en wethouders van Zwolle');
    expect(brief.tekst).toContain('Sanne Jansen');
    expect(brief.tekst).not.toContain('Piet');
  });

  it('no second letter while the term runs (5 January), then it is due (6 January)', async () => {
    await controle('0193', '2027-01-05');
    expect(await van(jongere)).toMatchObject({ status: 'eerste-brief-verzonden', volgendeActie: 'geen-actie', uiterlijk: '2027-01-05' });
    await controle('0193', '2027-01-06');
    expect(await van(jongere)).toMatchObject({ volgendeActie: 'verstuur-tweede-brief' });
  });

  it('second letter on 6 January: reply due 20 January; escalation on 21 January, not before', async () => {
    const tweede = await stap(id, 'BRIEF_VERZONDEN', '2027-01-06');
    expect(tweede.data?.registreerAbsoluutVerzuimStap).toEqual({ status: 'tweede-brief-verzonden', volgendeActie: 'geen-actie', uiterlijk: '2027-01-20' });
    await controle('0193', '2027-01-20');
    expect(await van(jongere)).toMatchObject({ status: 'tweede-brief-verzonden' });
    const run = await controle('0193', '2027-01-21');
    expect(run.geescaleerd).toBeGreaterThanOrEqual(1);
    expect(await van(jongere)).toMatchObject({ status: 'geëscaleerd', volgendeActie: 'start-onderzoek-absoluut-verzuim', geescaleerdOp: '2027-01-21' });
  });

  it('hands the case to verzuim through the outbox, with the BSN verzuim needs and no names', async () => {
    const events = await db.query(`SELECT envelope FROM leerlingenadministratie.outbox_message WHERE topic = 'leerrecht.leerlingenadministratie.absoluut-verzuim-vermoed.v1' AND envelope->'payload'->>'procedureId' = $1`, [id]);
    expect(events.rows).toHaveLength(1);
    expect(events.rows[0].envelope.payload).toMatchObject({ bsn: jongere, vervolg: 'onderzoek-absoluut-verzuim', vastgesteldOp: '2027-01-21' });
    expect(JSON.stringify(events.rows[0].envelope)).not.toContain('Jansen');
  });
});

describe('a reply "is enrolled" is verified before the check closes (000 art 3 lid 7; 001 §3.2)', () => {
  it('refuses to close until the school confirms, then closes', async () => {
    const id = zeker(await van(antwoordt)).id;
    await stap(id, 'ADMINISTRATIEVE_CONTROLE_AFGEROND', '2026-12-17');
    await stap(id, 'BRIEF_VERZONDEN', '2026-12-18');
    expect(errorCodes(await stap(id, 'ANTWOORD_ONTVANGEN', '2026-12-22'))).toEqual(['INGESCHREVEN_ONTBREEKT']);
    expect((await stap(id, 'ANTWOORD_ONTVANGEN', '2026-12-22', { ingeschreven: true })).data?.registreerAbsoluutVerzuimStap.status).toBe('inschrijving-verifieren');
    expect(errorCodes(await stap(id, 'AFSLUITEN', '2026-12-23'))).toEqual(['VERIFICATIE_ONTBREEKT']);
    expect((await stap(id, 'INSCHRIJVING_GEVERIFIEERD', '2026-12-23')).data?.registreerAbsoluutVerzuimStap.status).toBe('afgesloten-ingeschreven');
  });
});

describe('foreign minor students do not flood the list (004 Hfst 2.1)', () => {
  it('Enschede: a known foreign student gets the administrative route, and no letters', async () => {
    const lpa = await userToken('lpa.enschede');
    const markeer = await graphql(URL, 'mutation { registreerBuitenlandseStudent(bsn: "' + student + '", gemeente: "0153") }', {}, lpa);
    expect(markeer.errors).toBeUndefined();
    const run = await controle('0153', '2026-12-07', lpa);
    expect(run.administratieveRoute).toBeGreaterThanOrEqual(1);
    const procedure = await van(student, '0153', lpa);
    expect(procedure).toMatchObject({ route: 'administratieve-route' });
    await graphql(URL, STAP, { i: { procedureId: zeker(procedure).id, stap: 'ADMINISTRATIEVE_CONTROLE_AFGEROND', datum: '2026-12-08' } }, lpa);
    expect(errorCodes(await graphql(URL, STAP, { i: { procedureId: zeker(procedure).id, stap: 'BRIEF_VERZONDEN', datum: '2026-12-09' } }, lpa))).toEqual(['ROUTE_ZONDER_BRIEVEN']);
  });
});

describe('role and gemeente limits', () => {
  it('another gemeente\'s officer and a doorstroomcoach see nothing', async () => {
    expect(errorCodes(await graphql(URL, LIJST, { g: '0193' }, await userToken('lpa.kampen')))).toEqual(['GEMEENTE_NIET_TOEGESTAAN']);
    expect(errorCodes(await graphql(URL, LIJST, { g: '0193' }, await userToken('coach.zwolle')))).toEqual(['FORBIDDEN']);
    const id = zeker(await van(jongere)).id;
    const vreemd = await graphql(URL, STAP, { i: { procedureId: id, stap: 'AFSLUITEN', datum: '2027-02-01' } }, await userToken('lpa.kampen'));
    expect(errorCodes(vreemd)).toEqual(['NIET_GEVONDEN']);
  });

  it('an impossible peildatum is refused and no run is recorded', async () => {
    const voor = await db.query('SELECT count(*)::int AS n FROM leerlingenadministratie.inschrijvingscontrole');
    expect(errorCodes(await graphql(URL, CONTROLE, { i: { gemeente: '0193', peildatum: '2026-02-30' } }, admin))).toEqual(['ONGELDIGE_DATUM']);
    expect((await db.query('SELECT count(*)::int AS n FROM leerlingenadministratie.inschrijvingscontrole')).rows).toEqual(voor.rows);
  });
});
