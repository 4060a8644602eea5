import { Client } from 'pg';
import { registreerScholen } from './scholen';
import { ServiceProcess, TEST_ENV, clientToken, errorCodes, graphql, serviceEnv, testBsn, userToken } from '@leerrecht/shared/util-testing';

/**
 * In- and uitschrijvingen reported by a school system (Lpw art 18), against the real
 * leerlingenadministratie process, PostgreSQL, the run's Kafka broker and Keycloak: stored once,
 * replays change nothing, bad input is refused with a clear error and stores nothing.
 */
const PORT = 5301;
const URL = `http://127.0.0.1:${PORT}/graphql`;
const IN = 'mutation In($input: InschrijvingsberichtInput!) { meldInschrijving(input: $input) { id brin onderwijssoort ingeschrevenOp uitgeschrevenOp bron } }';
const UIT = 'mutation Uit($input: InschrijvingsberichtInput!) { meldUitschrijving(input: $input) { id ingeschrevenOp uitgeschrevenOp } }';

let service: ServiceProcess;
let db: Client;
let school: string;
let auditVoor = 0;
const bsn = testBsn(500);

function bericht(berichtId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { berichtId, bsn, gemeente: '0193', brin: '99XX', onderwijssoort: 'VO', datum: '2026-08-24', ...overrides };
}

async function tellingen(): Promise<{ inschrijvingen: number; berichten: number }> {
  const result = await db.query(
    `SELECT (SELECT count(*)::int FROM leerlingenadministratie.inschrijving i JOIN leerlingenadministratie.leerling l ON l.id = i.leerling_id WHERE l.bsn = $1) AS inschrijvingen,
            (SELECT count(*)::int FROM leerlingenadministratie.inschrijvingsbericht WHERE melder_client_id = 'school' AND bericht_id LIKE 'ssa-%') AS berichten`, [bsn]);
  return result.rows[0];
}

beforeAll(async () => {
  service = new ServiceProcess('leerlingenadministratie', PORT, serviceEnv({ LEERLINGENADMINISTRATIE_PORT: String(PORT) }));
  await service.start();
  db = new Client({ connectionString: TEST_ENV.adminDatabaseUrl });
  await db.connect();
  school = await clientToken('school', 'school-demo-secret');
  await registreerScholen(URL, await userToken('beheer.regio'));
  auditVoor = (await db.query(`SELECT count(*)::int AS n FROM audit.verwerking WHERE verwerkingsactiviteit = 'inschrijving-registreren' AND status = 'toegestaan' AND actor_type = 'partner'`)).rows[0].n;
});

afterAll(async () => {
  await db?.end();
  await service?.stop();
});

describe('meldInschrijving / meldUitschrijving', () => {
  let inschrijvingId: string;

  it('stores an inschrijving reported by the school, attributed to the school', async () => {
    const response = await graphql<{ meldInschrijving: { id: string; bron: string; uitgeschrevenOp: string | null } }>(URL, IN, { input: bericht('ssa-1') }, school);
    expect(response.errors).toBeUndefined();
    expect(response.data?.meldInschrijving).toMatchObject({ brin: '99XX', onderwijssoort: 'VO', ingeschrevenOp: '2026-08-24', uitgeschrevenOp: null, bron: 'school' });
    inschrijvingId = response.data?.meldInschrijving.id ?? '';
    expect(await tellingen()).toEqual({ inschrijvingen: 1, berichten: 1 });
  });

  it('a replay of the same message returns the same enrolment and changes nothing', async () => {
    const response = await graphql<{ meldInschrijving: { id: string } }>(URL, IN, { input: bericht('ssa-1') }, school);
    expect(response.data?.meldInschrijving.id).toBe(inschrijvingId);
    expect(await tellingen()).toEqual({ inschrijvingen: 1, berichten: 1 });
  });

  it.each([
    ['the same message id with other content', IN, bericht('ssa-1', { datum: '2026-08-25' }), 'BERICHT_ID_HERGEBRUIKT', 'berichtId'],
    ['a second enrolment at the same school', IN, bericht('ssa-2'), 'AL_INGESCHREVEN', 'brin'],
    ['a BSN failing the elfproef', IN, bericht('ssa-3', { bsn: '111222334' }), 'ONGELDIG_BSN', 'bsn'],
    ['an impossible date', IN, bericht('ssa-4', { datum: '2026-02-30' }), 'ONGELDIGE_DATUM', 'datum'],
    ["another school's BRIN", IN, bericht('ssa-5', { brin: '12AB' }), 'BRIN_NIET_TOEGESTAAN', 'brin'],
    ['an uitschrijving before the inschrijving', UIT, bericht('ssa-6', { datum: '2026-08-01' }), 'ONGELDIGE_PERIODE', 'datum'],
    ['an uitschrijving at a school without an enrolment', UIT, bericht('ssa-7', { brin: '99XX', bsn: testBsn(501) }), 'GEEN_OPEN_INSCHRIJVING', 'brin'],
  ])('refuses %s with a clear error and stores nothing', async (_what, mutation, input, code, veld) => {
    const voor = await tellingen();
    const response = await graphql(URL, mutation, { input }, school);
    expect(errorCodes(response)).toEqual([code]);
    expect(response.errors?.[0].extensions?.veld).toBe(veld);
    expect(await tellingen()).toEqual(voor);
  });

  it('refuses an enrolment at a school the register does not know, and stores nothing', async () => {
    const voor = await tellingen();
    const response = await graphql(URL, IN, { input: bericht('adm-onbekend', { bsn: testBsn(502), brin: '98ZZ' }) }, await userToken('admin.zwolle'));
    expect(errorCodes(response)).toEqual(['ONBEKENDE_SCHOOL']);
    expect(response.errors?.[0].extensions?.veld).toBe('brin');
    expect(await tellingen()).toEqual(voor);
    const leerling = await db.query('SELECT count(*)::int AS n FROM leerlingenadministratie.leerling WHERE bsn = $1', [testBsn(502)]);
    expect(leerling.rows[0].n).toBe(0);
  });

  it('stores the uitschrijving on the open enrolment; a replay changes nothing; a second one is refused', async () => {
    const uit = await graphql<{ meldUitschrijving: { id: string; uitgeschrevenOp: string } }>(URL, UIT, { input: bericht('ssa-8', { datum: '2027-01-31' }) }, school);
    expect(uit.data?.meldUitschrijving).toEqual({ id: inschrijvingId, ingeschrevenOp: '2026-08-24', uitgeschrevenOp: '2027-01-31' });
    const replay = await graphql<{ meldUitschrijving: { uitgeschrevenOp: string } }>(URL, UIT, { input: bericht('ssa-8', { datum: '2027-01-31' }) }, school);
    expect(replay.data?.meldUitschrijving.uitgeschrevenOp).toBe('2027-01-31');
    const tweede = await graphql(URL, UIT, { input: bericht('ssa-9', { datum: '2027-02-01' }) }, school);
    expect(errorCodes(tweede)).toEqual(['GEEN_OPEN_INSCHRIJVING']);
  });

  it('a leerplichtambtenaar may not report enrolments (role matrix), and the refusal is logged', async () => {
    const response = await graphql(URL, IN, { input: bericht('lpa-1') }, await userToken('lpa.zwolle'));
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    const log = await db.query(
      `SELECT status, reden FROM audit.verwerking WHERE verwerkingsactiviteit = 'inschrijving-registreren' AND actor_type = 'gebruiker' ORDER BY tijdstip DESC LIMIT 1`);
    expect(log.rows[0]).toEqual({ status: 'geweigerd', reden: 'rol-niet-toegestaan' });
  });

  it('every accepted message, replays included, is in the audit log under its purpose', async () => {
    const log = await db.query(
      `SELECT count(*)::int AS n FROM audit.verwerking WHERE verwerkingsactiviteit = 'inschrijving-registreren' AND status = 'toegestaan' AND actor_type = 'partner'`);
    // Other test files also report enrolments as a partner: count what this file added.
    expect(log.rows[0].n - auditVoor).toBe(4);
  });
});

describe('sluitende inschrijving: an uitschrijving under 18 without a new inschrijving is followed up (000 art 3 lid 8)', () => {
  const OPEN = 'query Open($peildatum: String!) { openUitschrijvingen(peildatum: $peildatum) { bsn brin uitgeschrevenOp wachtTotEnMet volgendeStap } }';
  const zestien = testBsn(510);
  const negentien = testBsn(511);
  let admin: string;

  async function openVoor(bsnVan: string, peildatum: string, token = admin): Promise<{ volgendeStap: string; wachtTotEnMet: string } | undefined> {
    const response = await graphql<{ openUitschrijvingen: { bsn: string; volgendeStap: string; wachtTotEnMet: string }[] }>(URL, OPEN, { peildatum }, token);
    expect(response.errors).toBeUndefined();
    return response.data?.openUitschrijvingen.find((o) => o.bsn === bsnVan);
  }

  beforeAll(async () => {
    admin = await userToken('admin.zwolle');
    for (const [bsnVan, geboortedatum] of [[zestien, '2010-05-01'], [negentien, '2007-01-15']]) {
      const inn = await graphql(URL, IN, { input: bericht(`in-${bsnVan}`, { bsn: bsnVan, geboortedatum }) }, school);
      expect(inn.errors).toBeUndefined();
      const uit = await graphql(URL, UIT, { input: bericht(`uit-${bsnVan}`, { bsn: bsnVan, datum: '2026-11-02' }) }, school);
      expect(uit.errors).toBeUndefined();
    }
  });

  it('follows up the 16-year-old: wait for the new school (7 days, Lpw art 18), then contact the school', async () => {
    expect(await openVoor(zestien, '2026-11-09')).toMatchObject({ wachtTotEnMet: '2026-11-09', volgendeStap: 'wachten-op-inschrijving' });
    expect(await openVoor(zestien, '2026-11-10')).toMatchObject({ volgendeStap: 'contact-school' });
  });

  it('writes to the parents only after the school could not clarify (school first, then the parents in writing)', async () => {
    const ander = testBsn(512);
    expect((await graphql(URL, IN, { input: bericht(`in-${ander}`, { bsn: ander, geboortedatum: '2010-06-01' }) }, school)).errors).toBeUndefined();
    expect((await graphql(URL, UIT, { input: bericht(`uit-${ander}`, { bsn: ander, datum: '2026-11-02' }) }, school)).errors).toBeUndefined();
    const lijst = await graphql<{ openUitschrijvingen: { id: string; bsn: string }[] }>(URL, 'query($p: String!) { openUitschrijvingen(peildatum: $p) { id bsn } }', { p: '2026-11-10' }, admin);
    const id = lijst.data?.openUitschrijvingen.find((o) => o.bsn === ander)?.id ?? '';
    const BRIEF = 'mutation($id: String!, $d: String!) { schrijfOudersAanOverUitschrijving(opvolgingId: $id, datum: $d) { soort tekst reactieUiterlijk } }';
    expect(errorCodes(await graphql(URL, BRIEF, { id, d: '2026-11-10' }, admin))).toEqual(['SCHOOL_EERST']);
    const contact = await graphql(URL, 'mutation($i: RegistreerSchoolcontactInput!) { registreerSchoolcontact(input: $i) }', { i: { opvolgingId: id, datum: '2026-11-10', opgehelderd: false } }, admin);
    expect(contact.errors).toBeUndefined();
    expect(await openVoor(ander, '2026-11-11')).toMatchObject({ volgendeStap: 'brief-ouders' });
    const brief = await graphql<{ schrijfOudersAanOverUitschrijving: { soort: string; tekst: string; reactieUiterlijk: string } }>(URL, BRIEF, { id, d: '2026-11-11' }, admin);
    expect(brief.errors).toBeUndefined();
    // 10 werkdagen (000 art 3 lid 7) from 11 November 2026.
    expect(brief.data?.schrijfOudersAanOverUitschrijving).toMatchObject({ soort: 'uitschrijving-zonder-bestemming', reactieUiterlijk: '2026-11-25' });
    expect(brief.data?.schrijfOudersAanOverUitschrijving.tekst).toContain('niet meer op die school staat ingeschreven');
    expect(brief.data?.schrijfOudersAanOverUitschrijving.tekst).toContain('namens het college van burgemeester en wethouders van Zwolle');
    expect(await openVoor(ander, '2026-11-12')).toMatchObject({ volgendeStap: 'wachten-op-reactie-ouders' });
  });

  it('does not follow up the 19-year-old', async () => {
    expect(await openVoor(negentien, '2026-11-10')).toBeUndefined();
  });

  it('is not visible to an officer of another gemeente', async () => {
    expect(await openVoor(zestien, '2026-11-10', await userToken('lpa.heuvelrug'))).toBeUndefined();
  });

  it('closes when the new school reports the inschrijving', async () => {
    const nieuw = await graphql(URL, IN, { input: bericht('adm-1', { bsn: zestien, brin: '12AB', datum: '2026-11-12' }) }, admin);
    expect(nieuw.errors).toBeUndefined();
    expect(await openVoor(zestien, '2026-11-13')).toBeUndefined();
    const rij = await db.query(
      `SELECT o.status, i.brin FROM leerlingenadministratie.uitschrijving_opvolging o JOIN leerlingenadministratie.inschrijving i ON i.id = o.gematcht_met
        JOIN leerlingenadministratie.leerling l ON l.id = o.leerling_id WHERE l.bsn = $1`, [zestien]);
    expect(rij.rows).toEqual([{ status: 'gematcht', brin: '12AB' }]);
  });
});


describe('leerlingdossier: opened only on a ground of the gemeente\'s instructie (000 art 4 lid 1; 003 art 4 lid 1)', () => {
  const OPEN = 'mutation Open($input: OpenLeerlingdossierInput!) { openLeerlingdossier(input: $input) { gemeente reden instructieVersie } }';
  const dossiers = async (bsnVan: string): Promise<number> =>
    (await db.query('SELECT count(*)::int AS n FROM leerlingenadministratie.leerlingdossier d JOIN leerlingenadministratie.leerling l ON l.id = d.leerling_id WHERE l.bsn = $1', [bsnVan])).rows[0].n;

  it('IJssel-Vecht: a transition to work is a ground (000 art 4 lid 1 onder g)', async () => {
    const response = await graphql<{ openLeerlingdossier: { reden: string; instructieVersie: string } }>(
      URL, OPEN, { input: { bsn: testBsn(520), gemeente: '0193', reden: 'OVERGANG_WERK_DAGBESTEDING_VERVOLGONDERWIJS' } }, await userToken('lpa.zwolle'));
    expect(response.errors).toBeUndefined();
    expect(response.data?.openLeerlingdossier).toMatchObject({ reden: 'overgang-werk-dagbesteding-vervolgonderwijs', instructieVersie: expect.stringMatching(/^ijssel-vecht@/) });
  });

  it('Zuid Oost Utrecht: the same ground is refused and nothing is stored (003 art 4 lid 1 has no such ground)', async () => {
    const response = await graphql(URL, OPEN, { input: { bsn: testBsn(521), gemeente: '1581', reden: 'OVERGANG_WERK_DAGBESTEDING_VERVOLGONDERWIJS' } }, await userToken('lpa.heuvelrug'));
    expect(errorCodes(response)).toEqual(['GROND_NIET_TOEGESTAAN']);
    expect(response.errors?.[0].message).toContain('003 art 4 lid 1');
    expect(await dossiers(testBsn(521))).toBe(0);
  });

  it('Zuid Oost Utrecht: absolute verzuim is a ground', async () => {
    const response = await graphql(URL, OPEN, { input: { bsn: testBsn(522), gemeente: '1581', reden: 'ABSOLUUT_VERZUIM' } }, await userToken('lpa.heuvelrug'));
    expect(response.errors).toBeUndefined();
    expect(await dossiers(testBsn(522))).toBe(1);
  });

  it('no dossier without a ground, and none for a gemeente the officer does not work for', async () => {
    const zonder = await graphql(URL, OPEN, { input: { bsn: testBsn(523), gemeente: '0193' } }, await userToken('lpa.zwolle'));
    expect(errorCodes(zonder)).toEqual(['BAD_USER_INPUT']);
    const anders = await graphql(URL, OPEN, { input: { bsn: testBsn(523), gemeente: '1581', reden: 'ABSOLUUT_VERZUIM' } }, await userToken('lpa.zwolle'));
    expect(errorCodes(anders)).toEqual(['GEMEENTE_NIET_TOEGESTAAN']);
    expect(await dossiers(testBsn(523))).toBe(0);
  });
});
