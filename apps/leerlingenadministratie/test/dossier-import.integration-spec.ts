import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { ServiceProcess, TEST_ENV, errorCodes, graphql, serviceEnv, testBsn, userToken } from '@leerrecht/shared/util-testing';
import { zeker } from './zeker';


/**
 * The import from the incumbent system (JVS; docs/import.md) and the guarded dossier fields with
 * provenance (000 art 4 lid 2; 003 art 4 lid 2), against the real service, PostgreSQL and Keycloak.
 */
const PORT = 5313;
const URL = `http://127.0.0.1:${PORT}/graphql`;
const VOORBEELD = join(__dirname, '../../../tools/import/voorbeeld');
const IMPORT = 'mutation($i: ImporteerInput!) { importeerUitVorigSysteem(input: $i) { opgeslagen alAanwezig fouten { regel veld code reden } } }';
const AANTEKENING = 'mutation($i: LegDossierAantekeningVastInput!) { legDossierAantekeningVast(input: $i) { aantekeningen { veld inhoud bron bronOrganisatie vastgelegdDoor } } }';
const VASTSTELLEN = 'mutation($i: StelOngeoorloofdVerzuimVastInput!) { stelOngeoorloofdVerzuimVast(input: $i) { ongeoorloofdVerzuimVastgesteldOp } }';

interface Resultaat {
  opgeslagen: number;
  alAanwezig: number;
  fouten: { regel: number; veld: string | null; code: string; reden: string }[];
}

let service: ServiceProcess;
let db: Client;
let beheer: string;

async function importeer(soort: string, bestand: string, token = beheer): Promise<Resultaat> {
  const response = await graphql<{ importeerUitVorigSysteem: Resultaat }>(URL, IMPORT, { i: { soort, inhoud: readFileSync(join(VOORBEELD, bestand), 'utf8') } }, token);
  expect(response.errors).toBeUndefined();
  return zeker(response.data).importeerUitVorigSysteem;
}

beforeAll(async () => {
  service = new ServiceProcess('leerlingenadministratie', PORT, serviceEnv({ LEERLINGENADMINISTRATIE_PORT: String(PORT) }));
  await service.start();
  db = new Client({ connectionString: TEST_ENV.adminDatabaseUrl });
  await db.connect();
  beheer = await userToken('beheer.regio');
  for (const school of [
    { brin: '99XX', onderwijslocatie: '00', naam: 'Testschool Zwolle', onderwijssoorten: ['VO'] },
    { brin: '99XX', onderwijslocatie: '01', naam: 'Testschool Zwolle, locatie Zuid', onderwijssoorten: ['VO'] },
    { brin: '98YY', naam: 'Deltion College', onderwijssoorten: ['MBO'] },
  ]) {
    expect((await graphql(URL, 'mutation($i: RegistreerSchoolInput!) { registreerSchool(input: $i) { brin } }', { i: school }, beheer)).errors).toBeUndefined();
  }
});

afterAll(async () => {
  await db?.end();
  await service?.stop();
});

describe('import from the incumbent system: good rows stored, bad rows reported by line, nothing half-written', () => {
  it('persons: three stored, the bad lines reported with field and reason, no value echoed', async () => {
    const resultaat = await importeer('PERSONEN', 'personen.csv');
    expect(resultaat.opgeslagen).toBe(3);
    expect(resultaat.fouten.map((f) => [f.regel, f.code])).toEqual([
      [4, 'ONGELDIGE_DATUM'],
      [5, 'ONGELDIG_BSN'],
      [6, 'ONGELDIGE_TEKST'],
      [8, 'ONGELDIGE_WAARDE'],
      [9, 'DUBBELE_RIJ'],
    ]);
    expect(JSON.stringify(resultaat.fouten)).not.toContain('999990020');
    const rijen = await db.query(`SELECT bsn FROM leerlingenadministratie.leerling WHERE bron = 'import' AND bsn LIKE '99999%' ORDER BY bsn`);
    expect(rijen.rows.map((r) => r.bsn)).toEqual(['999990007', '999990019', '999990068']);
  });

  it('the same file again changes nothing', async () => {
    const resultaat = await importeer('PERSONEN', 'personen.csv');
    expect(resultaat).toMatchObject({ opgeslagen: 0, alAanwezig: 3 });
  });

  it('enrolments: unknown school, unknown onderwijssoort, impossible period, duplicate and future date refused', async () => {
    const resultaat = await importeer('INSCHRIJVINGEN', 'inschrijvingen.csv');
    expect(resultaat.opgeslagen).toBe(3);
    expect(resultaat.fouten.map((f) => [f.regel, f.code])).toEqual([
      [5, 'ONBEKENDE_SCHOOL'],
      [6, 'ONBEKENDE_ONDERWIJSSOORT'],
      [7, 'ONGELDIGE_PERIODE'],
      [8, 'DUBBELE_RIJ'],
      [9, 'DATUM_IN_TOEKOMST'],
    ]);
  });

  it('dossiers: stored with their original date and JVS case id; a youth unknown in that gemeente is refused at its line', async () => {
    const resultaat = await importeer('DOSSIERS', 'dossiers.csv');
    expect(resultaat.opgeslagen).toBe(3);
    expect(resultaat.fouten.map((f) => [f.regel, f.code])).toEqual([
      [5, 'ONBEKENDE_REDEN'],
      [6, 'PERSOON_ONBEKEND'],
      [7, 'VERPLICHT_VELD'],
      [8, 'DUBBELE_RIJ'],
    ]);
    const dossier = await db.query(
      `SELECT d.reden, d.bron_kenmerk, to_char(d.geopend_op AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS geopend FROM leerlingenadministratie.leerlingdossier d
       JOIN leerlingenadministratie.leerling l ON l.id = d.leerling_id WHERE l.bsn = '999990007'`);
    expect(dossier.rows).toEqual([{ reden: 'relatief-of-overig-verzuim', bron_kenmerk: 'JVS-2025-000123', geopend: '2025-01-10' }]);
  });

  it('only functioneel beheer and the administration may import', async () => {
    const response = await graphql(URL, IMPORT, { i: { soort: 'PERSONEN', inhoud: 'bsn;voornamen;voorvoegsel;geslachtsnaam;geslacht;geboortedatum;gemeente\n' } }, await userToken('lpa.zwolle'));
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });
});

describe('dossier entries: guarded fields and provenance (000 art 4 lid 2 m, n, o, v; 003 art 4 lid 2)', () => {
  const bsn = '999990007';
  let lpa: string;
  const tellen = async (): Promise<number> =>
    (await db.query(`SELECT count(*)::int AS n FROM leerlingenadministratie.dossier_aantekening a JOIN leerlingenadministratie.leerlingdossier d ON d.id = a.dossier_id
      JOIN leerlingenadministratie.leerling l ON l.id = d.leerling_id WHERE l.bsn = $1`, [bsn])).rows[0].n;

  beforeAll(async () => {
    lpa = await userToken('lpa.zwolle');
  });

  it('a conversation report is refused before ongeoorloofd verzuim is established, and nothing is stored', async () => {
    const voor = await tellen();
    const response = await graphql(URL, AANTEKENING, { i: { bsn, gemeente: '0193', veld: 'GESPREKSVERSLAG', inhoud: 'Gesprek met moeder.', bron: 'EIGEN_WAARNEMING' } }, lpa);
    expect(errorCodes(response)).toEqual(['ONGEOORLOOFD_VERZUIM_NIET_VASTGESTELD']);
    expect(response.errors?.[0].message).toContain('000 art 4 lid 2 m, n, o, v');
    expect(await tellen()).toBe(voor);
  });

  it('third-party information needs its source organisation; then it is stored with who, when and where from', async () => {
    const zonder = await graphql(URL, AANTEKENING, { i: { bsn, gemeente: '0193', veld: 'VERZUIMOVERZICHT_SCHOOL', inhoud: '12 uur in 4 weken.', bron: 'SCHOOL' } }, lpa);
    expect(errorCodes(zonder)).toEqual(['BRONORGANISATIE_ONTBREEKT']);
    const met = await graphql<{ legDossierAantekeningVast: { aantekeningen: { veld: string; bron: string; bronOrganisatie: string; vastgelegdDoor: string }[] } }>(
      URL, AANTEKENING, { i: { bsn, gemeente: '0193', veld: 'VERZUIMOVERZICHT_SCHOOL', inhoud: '12 uur in 4 weken.', bron: 'SCHOOL', bronOrganisatie: 'Isala College' } }, lpa);
    expect(met.errors).toBeUndefined();
    const [aantekening] = zeker(met.data).legDossierAantekeningVast.aantekeningen;
    expect(aantekening).toMatchObject({ veld: 'verzuimoverzicht-school', bron: 'school', bronOrganisatie: 'Isala College' });
    expect(aantekening.vastgelegdDoor).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('only the leerplichtambtenaar establishes ongeoorloofd verzuim; after that the guarded field may be filled', async () => {
    expect(errorCodes(await graphql(URL, VASTSTELLEN, { i: { bsn, gemeente: '0193', datum: '2026-11-20' } }, await userToken('admin.zwolle')))).toEqual(['FORBIDDEN']);
    const vastgesteld = await graphql<{ stelOngeoorloofdVerzuimVast: { ongeoorloofdVerzuimVastgesteldOp: string } }>(URL, VASTSTELLEN, { i: { bsn, gemeente: '0193', datum: '2026-11-20' } }, lpa);
    expect(vastgesteld.data?.stelOngeoorloofdVerzuimVast.ongeoorloofdVerzuimVastgesteldOp).toBe('2026-11-20');
    const verslag = await graphql(URL, AANTEKENING, { i: { bsn, gemeente: '0193', veld: 'GESPREKSVERSLAG', inhoud: 'Gesprek met moeder.', bron: 'EIGEN_WAARNEMING' } }, lpa);
    expect(verslag.errors).toBeUndefined();
  });

  it("a field the gemeente's instructie does not list is refused (003 art 4 lid 2 has no nationality)", async () => {
    const heuvelrug = await userToken('lpa.heuvelrug');
    const ander = testBsn(3400);
    expect((await graphql(URL, 'mutation($i: OpenLeerlingdossierInput!) { openLeerlingdossier(input: $i) { id } }', { i: { bsn: ander, gemeente: '1581', reden: 'ABSOLUUT_VERZUIM' } }, heuvelrug)).errors).toBeUndefined();
    const response = await graphql(URL, AANTEKENING, { i: { bsn: ander, gemeente: '1581', veld: 'NATIONALITEIT', inhoud: 'Nederlandse', bron: 'BRP' } }, heuvelrug);
    expect(errorCodes(response)).toEqual(['VELD_NIET_IN_INSTRUCTIE']);
  });

  it('an officer of another gemeente cannot write in this dossier', async () => {
    const response = await graphql(URL, AANTEKENING, { i: { bsn, gemeente: '0193', veld: 'DIPLOMA', inhoud: 'vmbo-tl', bron: 'SCHOOL', bronOrganisatie: 'x' } }, await userToken('lpa.kampen'));
    expect(errorCodes(response)).toEqual(['GEMEENTE_NIET_TOEGESTAAN']);
  });
});
