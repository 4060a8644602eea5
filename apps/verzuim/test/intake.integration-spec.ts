import { Client } from 'pg';
import { startDuoSimulatorInWorker, type DuoSimulatorHandle } from '@leerrecht/verzuim/data-access-duo';
import { TEST_ENV, clientToken, errorCodes, eventually, graphql, testBsn, userToken, type ServiceProcess } from '@leerrecht/shared/util-testing';
import { DUO_SLEUTEL, OPERATIES, apiMelding, duoMelding, haalOpTotZaak, verzuimProces, zeker } from './verzuim-hulp';

/**
 * Intake of verzuimmeldingen from the three channels, each with its status back to the source, on
 * the real stack: the DUO ROD simulator (fetch → outbox → Kafka → intake consumer), a school
 * system over the API (the `school` partner client from Keycloak), and a paper kennisgeving
 * entered by the administration (000 art 6 lid 1). Malformed and duplicate meldingen from every
 * channel; a restart of the service between fetch and intake loses nothing; a DUO outage delays
 * the feedback and loses nothing.
 */
const PORT = 5321;
const URL = `http://127.0.0.1:${PORT}/graphql`;
const KLOK = '2027-01-20T09:00:00+01:00';

let sim: DuoSimulatorHandle;
let service: ServiceProcess;
let db: Client;
let admin: string;
let school: string;

async function aantal(sql: string, params: unknown[]): Promise<number> {
  const rij = await db.query<{ n: number }>(sql, params);
  return rij.rows[0]?.n ?? 0;
}

beforeAll(async () => {
  sim = await startDuoSimulatorInWorker({ apiKey: DUO_SLEUTEL, nu: '2027-01-11T09:00:00+01:00' });
  service = verzuimProces(PORT, sim.url, KLOK);
  await service.start();
  db = new Client({ connectionString: TEST_ENV.adminDatabaseUrl });
  await db.connect();
  // Each test file has its own simulator, whose feed starts at 1: forget cursors another file left.
  await db.query('DELETE FROM verzuim.duo_ophaling');
  admin = await userToken('admin.zwolle');
  school = await clientToken('school', 'school-demo-secret');
});

afterAll(async () => {
  await db?.end();
  await service?.stop();
  await sim?.stop();
});

describe('DUO Register Onderwijsdeelnemers (adapter + simulator)', () => {
  const bsn = testBsn(4101);
  const goed = duoMelding(bsn);
  const nummer = String(goed.meldingsnummer);
  let meldingId: string;

  it('a melding fetched from DUO opens a case through the bus, with the Besluit verzuimmelding fields', async () => {
    await sim.meldingen([goed]);
    const { meldingId: id, zaakId } = await haalOpTotZaak(URL, admin, db, nummer);
    meldingId = id;
    const rij = await db.query(
      `SELECT m.kanaal, m.status, m.verzuimsoort, m.duo_categorie, m.onderwijssoort, m.leslocatie, m.vermoedelijke_reden, m.melder->>'naam' AS melder, m.verzuimdagen::int AS dagen, m.ontvangen_op, z.soort, z.triage
         FROM verzuim.verzuimmelding m JOIN verzuim.verzuimzaak z ON z.id = m.zaak_id WHERE m.id = $1`, [meldingId]);
    expect(rij.rows[0]).toMatchObject({
      kanaal: 'duo', status: 'geregistreerd', verzuimsoort: 'wettelijk', duo_categorie: '16-uur-in-4-weken', onderwijssoort: 'VO',
      leslocatie: 'Hoofdgebouw', vermoedelijke_reden: 'Spijbelt regelmatig', melder: 'S. Prins', dagen: 4, soort: 'wettelijk',
      // 000 art 3 lid 9: in IJssel-Vecht the administration screens first.
      triage: 'te-beoordelen',
    });
    // koppelingen §1.6 rule 2: the feedback clock starts at DUO's registration, not at our fetch.
    expect(new Date(rij.rows[0].ontvangen_op).toISOString()).toBe('2027-01-11T08:00:00.000Z');
    expect(zaakId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the same melding delivered again (at-least-once) is not stored twice', async () => {
    await sim.meldingen([goed]);
    const opgehaald = await graphql<{ haalDuoMeldingenOp: { opgehaald: number } }>(URL, OPERATIES.haalOp, {}, admin);
    expect(opgehaald.errors).toBeUndefined();
    // The intake consumer sees it as a duplicate; give it the time it would need to do harm.
    await new Promise((r) => setTimeout(r, 2000));
    expect(await aantal(`SELECT count(*)::int AS n FROM verzuim.verzuimmelding WHERE extern_id = $1`, [nummer])).toBe(1);
    expect(await aantal(`SELECT count(*)::int AS n FROM verzuim.verzuimzaak WHERE bsn = $1`, [bsn])).toBe(1);
  });

  it('malformed deliveries are kept out with their field names only, and the good ones next to them still come in', async () => {
    const slecht = duoMelding(testBsn(4102), { leerling: { burgerservicenummer: '123456789', onderwijsnummer: null, geboortedatum: '2012-05-01', naam: 'X' } });
    const zonderBsn = duoMelding(testBsn(4103), { leerling: { burgerservicenummer: null, onderwijsnummer: '101234567', geboortedatum: '2012-05-01', naam: 'Y' } });
    const naast = duoMelding(testBsn(4104));
    await sim.meldingen([slecht, zonderBsn, naast]);
    await haalOpTotZaak(URL, admin, db, String(naast.meldingsnummer));
    const lijst = await graphql<{ onverwerkbareDuoLeveringen: { meldingsnummer: string | null; reden: string; velden: string[] }[] }>(URL, OPERATIES.onverwerkbaar, { g: '0193' }, await userToken('beheer.regio'));
    expect(lijst.errors).toBeUndefined();
    const rijen = zeker(lijst.data).onverwerkbareDuoLeveringen;
    expect(rijen).toEqual(expect.arrayContaining([
      expect.objectContaining({ reden: 'onleesbaar', velden: ['leerling.bsn'] }),
      expect.objectContaining({ meldingsnummer: zonderBsn.meldingsnummer, reden: 'geen-bsn', velden: ['leerling.bsn'] }),
    ]));
    expect(JSON.stringify(rijen)).not.toMatch(/123456789|101234567/);
    expect(await aantal(`SELECT count(*)::int AS n FROM verzuim.verzuimmelding WHERE extern_id IN ($1, $2)`, [slecht.meldingsnummer, zonderBsn.meldingsnummer])).toBe(0);
  });

  it('the action feedback goes back to DUO as In behandeling, with the actions (Lpw art 21a lid 6)', async () => {
    const terug = await graphql(URL, OPERATIES.koppelTerug, { i: { meldingId, acties: ['Contact met ouders', 'Gesprek met leerling gepland'], datum: '2027-01-14' } }, admin);
    expect(terug.errors).toBeUndefined();
    const verzonden = await graphql<{ verstuurDuoTerugkoppelingen: { verzonden: number } }>(URL, OPERATIES.verstuur, {}, admin);
    expect(verzonden.data?.verstuurDuoTerugkoppelingen.verzonden).toBeGreaterThanOrEqual(1);
    const bijDuo = await sim.terugkoppelingen(nummer);
    expect(bijDuo.statussen[nummer]).toBe('in-behandeling');
    expect(bijDuo.terugkoppelingen).toEqual([expect.objectContaining({ status: 'in-behandeling', acties: ['Contact met ouders', 'Gesprek met leerling gepland'] })]);
    expect((await db.query('SELECT status FROM verzuim.verzuimmelding WHERE id = $1', [meldingId])).rows[0].status).toBe('in-behandeling');
  });

  it('a DUO outage delays the feedback; after it, the feedback is sent once', async () => {
    const tweede = duoMelding(testBsn(4105));
    await sim.meldingen([tweede]);
    const { meldingId: id } = await haalOpTotZaak(URL, admin, db, String(tweede.meldingsnummer));
    await graphql(URL, OPERATIES.koppelTerug, { i: { meldingId: id, acties: ['Huisbezoek'] } }, admin);
    await sim.storing(true);
    const tijdens = await graphql<{ verstuurDuoTerugkoppelingen: { verzonden: number; uitgesteld: number } }>(URL, OPERATIES.verstuur, {}, admin);
    expect(tijdens.data?.verstuurDuoTerugkoppelingen).toMatchObject({ verzonden: 0, uitgesteld: 1 });
    expect((await sim.terugkoppelingen(String(tweede.meldingsnummer))).terugkoppelingen).toEqual([]);
    await sim.storing(false);
    const na = await graphql<{ verstuurDuoTerugkoppelingen: { verzonden: number } }>(URL, OPERATIES.verstuur, {}, admin);
    expect(na.data?.verstuurDuoTerugkoppelingen.verzonden).toBe(1);
    await graphql(URL, OPERATIES.verstuur, {}, admin);
    expect((await sim.terugkoppelingen(String(tweede.meldingsnummer))).terugkoppelingen).toHaveLength(1);
  });

  it('a melding the school withdraws in DUO ends, and its case closes administratively', async () => {
    const bsnIn = testBsn(4106);
    const weg = duoMelding(bsnIn);
    await sim.meldingen([weg]);
    const { meldingId: id, zaakId } = await haalOpTotZaak(URL, admin, db, String(weg.meldingsnummer));
    await sim.intrekken(String(weg.meldingsnummer));
    await graphql(URL, OPERATIES.haalOp, {}, admin);
    await eventually(async () => ((await db.query('SELECT status FROM verzuim.verzuimmelding WHERE id = $1', [id])).rows[0].status === 'ingetrokken' ? true : undefined), 30_000, 'ingetrokken');
    const zaak = (await db.query('SELECT status, afsluitreden FROM verzuim.verzuimzaak WHERE id = $1', [zaakId])).rows[0];
    expect(zaak).toEqual({ status: 'gesloten', afsluitreden: 'ingetrokken' });
    const taken = await db.query(`SELECT status, uitleg FROM verzuim.zaak_taak WHERE zaak_id = $1`, [zaakId]);
    expect(taken.rows.length).toBeGreaterThan(0);
    expect(taken.rows.every((t) => t.status === 'overgeslagen' && String(t.uitleg).length >= 10)).toBe(true);
  });

  it('nothing is lost when the service is killed between the fetch and the intake', async () => {
    const bsnK = testBsn(4107);
    const melding = duoMelding(bsnK);
    await sim.meldingen([melding]);
    const opgehaald = await graphql<{ haalDuoMeldingenOp: { opgehaald: number } }>(URL, OPERATIES.haalOp, {}, admin);
    expect(opgehaald.data?.haalDuoMeldingenOp.opgehaald).toBe(1);
    await service.stop('SIGKILL');
    await service.start();
    await eventually(async () => ((await aantal(`SELECT count(*)::int AS n FROM verzuim.verzuimmelding WHERE extern_id = $1`, [melding.meldingsnummer])) === 1 ? true : undefined), 60_000, 'melding na herstart');
    expect(await aantal(`SELECT count(*)::int AS n FROM verzuim.verzuimzaak WHERE bsn = $1`, [bsnK])).toBe(1);
  });
});

describe('a school system over the API (partner client)', () => {
  const bsn = testBsn(4201);
  let id: string;

  it('submits a melding with its own message id and gets id and status back', async () => {
    const antwoord = await graphql<{ dienVerzuimmeldingIn: { id: string; status: string; duplicaat: boolean } }>(URL, OPERATIES.meld, { i: apiMelding(bsn) }, school);
    expect(antwoord.errors).toBeUndefined();
    expect(antwoord.data?.dienVerzuimmeldingIn).toMatchObject({ status: 'geregistreerd', duplicaat: false });
    id = zeker(antwoord.data).dienVerzuimmeldingIn.id;
  });

  it('the same message again is recognised as a duplicate: same id, nothing stored twice', async () => {
    const nogmaals = await graphql<{ dienVerzuimmeldingIn: { id: string; duplicaat: boolean } }>(URL, OPERATIES.meld, { i: apiMelding(bsn) }, school);
    expect(nogmaals.data?.dienVerzuimmeldingIn).toEqual({ id, status: 'geregistreerd', duplicaat: true });
    expect(await aantal(`SELECT count(*)::int AS n FROM verzuim.verzuimmelding WHERE bsn = $1`, [bsn])).toBe(1);
  });

  it('the same message id for other content is refused', async () => {
    const anders = await graphql(URL, OPERATIES.meld, { i: apiMelding(bsn, { beginDatum: '2027-01-05' }) }, school);
    expect(errorCodes(anders)).toEqual(['BERICHT_ID_HERGEBRUIKT']);
  });

  it.each([
    ['an invalid BSN', { bsn: '123456789', berichtId: 'las-x1' }, 'ONGELDIG_BSN', 'bsn'],
    ['another school\'s BRIN', { schoolBrin: '12AB', berichtId: 'las-x2' }, 'BRIN_NIET_TOEGESTAAN', 'schoolBrin'],
    ['an end before the start', { eindDatum: '2027-01-01', berichtId: 'las-x3' }, 'ONGELDIGE_PERIODE', 'eindDatum'],
    ['absence starting after today', { beginDatum: '2027-02-01', eindDatum: null, berichtId: 'las-x4' }, 'ONGELDIGE_DATUM', 'beginDatum'],
    ['no message id', { berichtId: '' }, 'ONGELDIG_BERICHT_ID', 'berichtId'],
  ])('a malformed melding (%s) gets a clear error and stores nothing', async (_wat, fout, code, veld) => {
    const bsnFout = testBsn(4250 + Object.keys(fout).length);
    const voor = await aantal('SELECT count(*)::int AS n FROM verzuim.verzuimmelding', []);
    const antwoord = await graphql(URL, OPERATIES.meld, { i: apiMelding(bsnFout, fout) }, school);
    expect(errorCodes(antwoord)).toEqual([code]);
    expect(antwoord.errors?.[0]?.extensions?.veld).toBe(veld);
    expect(JSON.stringify(antwoord.errors)).not.toContain('123456789');
    expect(await aantal('SELECT count(*)::int AS n FROM verzuim.verzuimmelding', [])).toBe(voor);
  });

  it('the school reads the action feedback on its own melding in its status query', async () => {
    const terug = await graphql(URL, OPERATIES.koppelTerug, { i: { meldingId: id, acties: ['Leerplichtambtenaar belt de ouders'] } }, admin);
    expect(terug.errors).toBeUndefined();
    const status = await graphql<{ verzuimmeldingStatus: { status: string; terugkoppelingen: { status: string; acties: string[] }[] } }>(URL, OPERATIES.status, { id }, school);
    expect(status.data?.verzuimmeldingStatus).toMatchObject({ status: 'in-behandeling', terugkoppelingen: [{ status: 'in-behandeling', acties: ['Leerplichtambtenaar belt de ouders'] }] });
  });

  it('another school system sees nothing of it', async () => {
    const ander = await clientToken('school-enschede', 'school-enschede-demo-secret');
    const status = await graphql<{ verzuimmeldingStatus: unknown }>(URL, OPERATIES.status, { id }, ander);
    expect(status.errors).toBeUndefined();
    expect(status.data?.verzuimmeldingStatus).toBeNull();
  });

  it('the school withdraws its melding', async () => {
    const weg = await graphql<{ trekVerzuimmeldingIn: { status: string } }>(URL, OPERATIES.trekIn, { id }, school);
    expect(weg.data?.trekVerzuimmeldingIn.status).toBe('ingetrokken');
    expect(errorCodes(await graphql(URL, OPERATIES.trekIn, { id }, school))).toEqual(['ONGELDIGE_STATUSOVERGANG']);
  });
});

describe('a paper kennisgeving of a non-funded school (000 art 6 lid 1)', () => {
  const bsn = testBsn(4301);
  const kennisgeving = {
    bsn, geboortedatum: '2013-03-03', leerlingNaam: 'Lotte Bakker', gemeente: '0193', schoolBrin: '77ZZ', onderwijssoort: 'VO', verzuimsoort: 'overig',
    beginDatum: '2027-01-11', verzuimUren: 6, melder: { naam: 'M. Visser', functie: 'directeur', isDirecteur: true }, ontvangenOp: '2027-01-13',
  };
  let id: string;

  it('is entered by the administration and opens a case', async () => {
    const antwoord = await graphql<{ registreerPapierenKennisgeving: { id: string; status: string } }>(URL, OPERATIES.papier, { i: kennisgeving }, admin);
    expect(antwoord.errors).toBeUndefined();
    id = zeker(antwoord.data).registreerPapierenKennisgeving.id;
    const rij = (await db.query('SELECT kanaal, ontvangen_op, melder_client_id FROM verzuim.verzuimmelding WHERE id = $1', [id])).rows[0];
    expect(rij.kanaal).toBe('papier');
    expect(new Date(rij.ontvangen_op).toISOString().slice(0, 10)).toBe('2027-01-13');
  });

  it('entered twice, it is refused as already registered', async () => {
    expect(errorCodes(await graphql(URL, OPERATIES.papier, { i: kennisgeving }, admin))).toEqual(['KENNISGEVING_AL_GEREGISTREERD']);
    expect(await aantal('SELECT count(*)::int AS n FROM verzuim.verzuimmelding WHERE bsn = $1', [bsn])).toBe(1);
  });

  it('without a day of receipt, or with one in the future, it is refused', async () => {
    expect(errorCodes(await graphql(URL, OPERATIES.papier, { i: { ...kennisgeving, bsn: testBsn(4302), ontvangenOp: '2027-01-21' } }, admin))).toEqual(['ONGELDIGE_DATUM']);
  });

  it('the feedback goes to the school by letter, with the actions, in the gemeente\'s name', async () => {
    const terug = await graphql(URL, OPERATIES.koppelTerug, { i: { meldingId: id, acties: ['Uitnodiging voor een gesprek met ouders en leerling'] } }, admin);
    expect(terug.errors).toBeUndefined();
    const brief = await db.query(`SELECT ontvanger, tekst FROM verzuim.bericht WHERE melding_id = $1 AND soort = 'terugkoppeling-school'`, [id]);
    expect(brief.rows).toHaveLength(1);
    expect(brief.rows[0].ontvanger).toContain('M. Visser');
    expect(brief.rows[0].tekst).toContain('Uitnodiging voor een gesprek met ouders en leerling');
    expect(brief.rows[0].tekst).toContain('namens het college van burgemeester en wethouders van Zwolle');
    expect(brief.rows[0].tekst).toContain('Lotte Bakker');
    expect(brief.rows[0].tekst).not.toContain('{{');
    expect(brief.rows[0].tekst).not.toContain(bsn);
  });
});

describe('no personal data in the logs', () => {
  it('the service printed no BSN of this file', () => {
    const uitvoer = service.output.join('');
    for (const seed of [4101, 4104, 4105, 4201, 4301]) {
      expect(uitvoer).not.toContain(testBsn(seed));
    }
  });
});
