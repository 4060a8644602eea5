import { Client } from 'pg';
import { leesPdfTekst } from '@leerrecht/shared/util-brief-pdf/testing';
import { TEST_ENV, clientToken, errorCodes, graphql, testBsn, userToken, type ServiceProcess } from '@leerrecht/shared/util-testing';
import { VERLOF, verlofProces, verlofaanvraag, voerUit, zeker } from './verlof-hulp';

/**
 * Leave requests under the Awb on the real stack (PostgreSQL, Kafka, Keycloak): the 10/11
 * schooldagen routing and the cumulative case, the acknowledgement with its short-notice warning,
 * the hersteltermijn bounds and the suspension, the views before a (departing) decision, the
 * statement behind a medical indication, the 8-week term's warning and lapse with the notice of
 * default, the forwarded requests a school sees, the denials and bad input.
 * The domain clock is Monday 1 March 2027; the decision term of 8 weeks then ends 26 April 2027.
 */
const PORT = 5531;
const URL = `http://127.0.0.1:${PORT}/graphql`;
const KLOK = '2027-03-01T09:00:00+01:00';

interface Brief { id: string; sjabloon: string; onderwerp: string; geadresseerde: string; geadresseerdeRol: string; afschriftAan: string[]; datum: string }
interface Aanvraag {
  id: string; gemeente: string; soort: string; route: string; status: string; schooljaar: string; schooldagen: number; schooljaarSchooldagen: number;
  korteTermijnWaarschuwing: boolean; classificatie: string; ontvangstdatum: string; aanvullenUiterlijk: string | null; ingebrekestellingOntvangenOp: string | null;
  beslistermijn: { uiterlijk: string; waarschuwenVanaf: string; status: string; opgeschorteDagen: number } | null;
  dwangsom: { loopVanaf: string; dagen: number; bedrag: number } | null;
  zienswijzen: { partij: string }[];
  besluit: { id: string; uitkomst: string; grondslag: string; namens: string; bekendgemaaktOp: string; bezwaarUiterlijk: string | null } | null;
  brieven: Brief[];
}
interface BriefVolledig { id: string; sjabloon: string; kenmerk: string; tekst: string; pdfBase64: string; afschriftAan: string[] }

let service: ServiceProcess;
let db: Client;
let lpa: string;
let admin: string;
let lpaKampen: string;
let lpaHeuvelrug: string;
let coach: string;
let school: string;
let schoolEnschede: string;
let volgnummer = 7100;

function nieuwBsn(): string {
  volgnummer += 1;
  return testBsn(volgnummer);
}

async function dienIn(overrides: Record<string, unknown> = {}, token = admin): Promise<Aanvraag> {
  const data = await voerUit<{ dienVerlofaanvraagIn: Aanvraag }>(URL, VERLOF.dienIn, { i: verlofaanvraag(nieuwBsn(), overrides) }, token);
  return data.dienVerlofaanvraagIn;
}

async function stap(operatie: keyof typeof VERLOF, input: Record<string, unknown>, token = lpa): Promise<Aanvraag> {
  const data = await voerUit<Record<string, Aanvraag>>(URL, VERLOF[operatie], { i: input }, token);
  return zeker(Object.values(data)[0]);
}

async function brief(id: string, token = lpa): Promise<BriefVolledig> {
  return (await voerUit<{ brief: BriefVolledig }>(URL, VERLOF.brief, { id }, token)).brief;
}

async function briefVan(aanvraag: Aanvraag, sjabloon: string): Promise<BriefVolledig> {
  return brief(zeker(aanvraag.brieven.find((b) => b.sjabloon === sjabloon)).id);
}

async function tel(): Promise<number> {
  return Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM verlof_vrijstelling.verlofaanvraag')).rows[0]?.n);
}

const directeur = { partij: 'directeur', vorm: 'schriftelijk', datum: '2027-03-01', inhoud: 'De directeur ziet geen bezwaar: de leerling loopt goed mee.' };
const ouders = { partij: 'ouder', vorm: 'mondeling', datum: '2027-03-01', plaats: 'stadhuis', inhoud: 'De ouders lichten toe waarom de hele periode nodig is.' };

beforeAll(async () => {
  service = verlofProces(PORT, KLOK);
  await service.start();
  db = new Client({ connectionString: TEST_ENV.adminDatabaseUrl });
  await db.connect();
  [lpa, admin, lpaKampen, lpaHeuvelrug, coach, school, schoolEnschede] = await Promise.all([
    userToken('lpa.zwolle'),
    userToken('admin.zwolle'),
    userToken('lpa.kampen'),
    userToken('lpa.heuvelrug'),
    userToken('coach.zwolle'),
    clientToken('school', 'school-demo-secret'),
    clientToken('school-enschede', 'school-enschede-demo-secret'),
  ]);
});

afterAll(async () => {
  await db?.end();
  await service?.stop();
});

describe('routing by schooldagen per schooljaar (Lpw art 14)', () => {
  it('10 schooldagen go to the head of the school with a letter to the parents and a copy to the director', async () => {
    const aanvraag = await dienIn();
    expect(aanvraag).toMatchObject({ route: 'schoolleider', status: 'doorgezonden', schooldagen: 10, schooljaarSchooldagen: 10, schooljaar: '2026-2027', beslistermijn: null });
    const doorzending = zeker(aanvraag.brieven.find((b) => b.sjabloon === 'verlofDoorzendingOuders'));
    expect(doorzending).toMatchObject({ geadresseerdeRol: 'ouders', geadresseerde: 'P. Jansen', afschriftAan: ['A. de Wit, directeur van Het Noorderlicht'] });
    expect(aanvraag.brieven.map((b) => b.sjabloon)).toContain('verlofDoorzendingSchoolleider');
    const tekst = (await briefVan(aanvraag, 'verlofDoorzendingOuders')).tekst;
    expect(tekst).toContain('Zwolle');
    expect(tekst).toMatch(/2:3/);
  });

  it('11 schooldagen go to the leerplichtambtenaar with an acknowledgement', async () => {
    const aanvraag = await dienIn({ laatsteVerlofdag: '2027-03-22' });
    expect(aanvraag).toMatchObject({ route: 'leerplichtambtenaar', status: 'in-behandeling', schooldagen: 11, schooljaarSchooldagen: 11 });
    expect(aanvraag.beslistermijn).toMatchObject({ uiterlijk: '2027-04-26', status: 'loopt' });
    expect(aanvraag.brieven.map((b) => b.sjabloon)).toEqual(['verlofOntvangstbevestiging']);
  });

  it('two requests in one schooljaar: 6 + 5 schooldagen make the second one the officer’s', async () => {
    const bsn = nieuwBsn();
    const eerste = (await voerUit<{ dienVerlofaanvraagIn: Aanvraag }>(URL, VERLOF.dienIn, { i: verlofaanvraag(bsn, { eersteVerlofdag: '2027-03-15', laatsteVerlofdag: '2027-03-22' }) }, admin)).dienVerlofaanvraagIn;
    expect(eerste).toMatchObject({ route: 'schoolleider', schooldagen: 6, schooljaarSchooldagen: 6 });
    const tweede = (await voerUit<{ dienVerlofaanvraagIn: Aanvraag }>(URL, VERLOF.dienIn, { i: verlofaanvraag(bsn, { eersteVerlofdag: '2027-06-07', laatsteVerlofdag: '2027-06-11' }) }, admin)).dienVerlofaanvraagIn;
    expect(tweede).toMatchObject({ route: 'leerplichtambtenaar', schooldagen: 5, schooljaarSchooldagen: 11 });
    // Another youth's days do not count.
    const ander = await dienIn({ eersteVerlofdag: '2027-06-07', laatsteVerlofdag: '2027-06-11' });
    expect(ander).toMatchObject({ route: 'schoolleider', schooljaarSchooldagen: 5 });
  });

  it('vakantieverlof stays with the school: forwarded with an explanation of art 13a', async () => {
    const aanvraag = await dienIn({ soort: 'vakantieverlof', laatsteVerlofdag: '2027-03-22' });
    expect(aanvraag).toMatchObject({ soort: 'vakantieverlof', route: 'schoolleider', status: 'doorgezonden' });
    const tekst = (await briefVan(aanvraag, 'verlofVakantieverlofVerwijzing')).tekst;
    expect(tekst).toMatch(/13a/);
  });
});

describe('the acknowledgement (000 art 5 lid 1; 003 art 5 lid 1)', () => {
  it('states the decision term and warns when the leave starts before a decision can be made', async () => {
    const kort = await dienIn({ eersteVerlofdag: '2027-03-08', laatsteVerlofdag: '2027-03-22' });
    expect(kort.korteTermijnWaarschuwing).toBe(true);
    const tekst = (await briefVan(kort, 'verlofOntvangstbevestiging')).tekst;
    expect(tekst).toContain('26 april 2027');
    expect(tekst).toContain('8 weken');
    expect(tekst).toContain('8 maart 2027');
    const ruim = await dienIn({ eersteVerlofdag: '2027-06-07', laatsteVerlofdag: '2027-06-21' });
    expect(ruim).toMatchObject({ korteTermijnWaarschuwing: false, schooldagen: 11 });
    const zonder = (await briefVan(ruim, 'verlofOntvangstbevestiging')).tekst;
    expect(zonder).toContain('26 april 2027');
    expect(zonder).not.toContain('7 juni 2027 begint');
    expect(zonder.length).toBeLessThan(tekst.length);
  });

  it('renders the letter as a PDF of the right gemeente', async () => {
    const heuvelrug = (await voerUit<{ dienVerlofaanvraagIn: Aanvraag }>(
      URL,
      VERLOF.dienIn,
      { i: verlofaanvraag(nieuwBsn(), { gemeente: '1581', aanvragers: [{ naam: 'K. de Boer', adres: 'Laan 2, 3941 AA Doorn' }], laatsteVerlofdag: '2027-03-22' }) },
      lpaHeuvelrug,
    )).dienVerlofaanvraagIn;
    const id = zeker(heuvelrug.brieven[0]).id;
    const volledig = (await voerUit<{ brief: BriefVolledig }>(URL, VERLOF.brief, { id }, lpaHeuvelrug)).brief;
    expect(volledig.tekst).toContain('Utrechtse Heuvelrug');
    expect(volledig.tekst).not.toContain('Zwolle');
    const pdf = Buffer.from(volledig.pdfBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pdfTekst = await leesPdfTekst(pdf);
    expect(pdfTekst).toContain('Utrechtse Heuvelrug');
    expect(pdfTekst).toContain(volledig.kenmerk);
    expect(pdfTekst).toContain('K. de Boer');
    // Another gemeente's letter is simply not there.
    const geweigerd = await graphql(URL, VERLOF.brief, { id }, lpa);
    expect(errorCodes(geweigerd)).toEqual(['NIET_GEVONDEN']);
  });
});

describe('hersteltermijn (Awb art 4:5, 4:15)', () => {
  it('refuses a term outside 1–3 weeks and suspends the decision term for one inside', async () => {
    const aanvraag = await dienIn({ laatsteVerlofdag: '2027-03-22' });
    const teLang = await graphql(URL, VERLOF.aanvulling, { i: { aanvraagId: aanvraag.id, ontbrekend: 'Bewijs van de omstandigheid', termijnAantal: 4, termijnEenheid: 'weken' } }, lpa);
    expect(errorCodes(teLang)).toEqual(['HERSTELTERMIJN_BUITEN_GRENZEN']);
    const teKort = await graphql(URL, VERLOF.aanvulling, { i: { aanvraagId: aanvraag.id, ontbrekend: 'Bewijs', termijnAantal: 3, termijnEenheid: 'werkdagen' } }, lpa);
    expect(errorCodes(teKort)).toEqual(['HERSTELTERMIJN_BUITEN_GRENZEN']);
    const ongewijzigd = (await voerUit<{ verlofaanvraag: Aanvraag }>(URL, VERLOF.aanvraag, { id: aanvraag.id }, lpa)).verlofaanvraag;
    expect(ongewijzigd).toMatchObject({ status: 'in-behandeling', aanvullenUiterlijk: null });
    expect(ongewijzigd.brieven).toHaveLength(1);

    const gevraagd = await stap('aanvulling', { aanvraagId: aanvraag.id, ontbrekend: 'Een kopie van de uitnodiging', termijnAantal: 2, termijnEenheid: 'weken' });
    expect(gevraagd).toMatchObject({ status: 'aanvulling-gevraagd', aanvullenUiterlijk: '2027-03-15' });
    expect(gevraagd.beslistermijn?.status).toBe('opgeschort');
    expect((await briefVan(gevraagd, 'verlofVerzoekAanvulling')).tekst).toContain('Een kopie van de uitnodiging');
    // No decision while the request waits for completion.
    const teVroeg = await graphql(URL, VERLOF.besluit, { i: { aanvraagId: aanvraag.id, uitkomst: 'toegewezen', motivering: 'x' } }, lpa);
    expect(errorCodes(teVroeg)).toEqual(['AANVRAAG_ONVOLLEDIG']);
    // Completed the same day: the suspension (from the day after the request, Awb art 4:15) never ran.
    const aangevuld = await stap('aangevuld', { aanvraagId: aanvraag.id, datum: '2027-03-01' }, admin);
    expect(aangevuld.status).toBe('in-behandeling');
    expect(aangevuld.beslistermijn).toMatchObject({ uiterlijk: '2027-04-26', opgeschorteDagen: 0, status: 'loopt' });
  });

  it('a request not completed in time is set aside after the term, as a decision open to bezwaar', async () => {
    const aanvraag = await dienIn({ laatsteVerlofdag: '2027-03-22', ontvangenOp: '2027-01-11', ondertekendOp: '2027-01-08' });
    // The term ran 11 January + 8 weeks; asked today, the hersteltermijn still runs.
    await stap('aanvulling', { aanvraagId: aanvraag.id, ontbrekend: 'Bewijs', termijnAantal: 1, termijnEenheid: 'weken' });
    const teVroeg = await graphql(URL, VERLOF.buitenBehandeling, { i: { aanvraagId: aanvraag.id, motivering: 'Niet aangevuld.' } }, lpa);
    expect(errorCodes(teVroeg)).toEqual(['HERSTELTERMIJN_LOOPT']);
  });
});

describe('the decision (Lpw art 14 lid 3; Awb art 3:46, 4:7)', () => {
  it('is refused before the director’s view, and a departing one until the parents’ view is on file', async () => {
    const aanvraag = await dienIn({ laatsteVerlofdag: '2027-03-22' });
    const zonderDirecteur = await graphql(URL, VERLOF.besluit, { i: { aanvraagId: aanvraag.id, uitkomst: 'afgewezen', motivering: 'Geen omstandigheid buiten de wil van de ouders.' } }, lpa);
    expect(errorCodes(zonderDirecteur)).toEqual(['ZIENSWIJZE_DIRECTEUR_ONTBREEKT']);
    await stap('zienswijze', { aanvraagId: aanvraag.id, ...directeur });
    const zonderOuders = await graphql(URL, VERLOF.besluit, { i: { aanvraagId: aanvraag.id, uitkomst: 'afgewezen', motivering: 'Geen omstandigheid buiten de wil van de ouders.' } }, lpa);
    expect(errorCodes(zonderOuders)).toEqual(['ZIENSWIJZE_OUDERS_ONTBREEKT']);
    const gedeeltelijk = await graphql(URL, VERLOF.besluit, { i: { aanvraagId: aanvraag.id, uitkomst: 'gedeeltelijkToegewezen', verleendVan: '2027-03-15', verleendTotEnMet: '2027-03-19', motivering: 'Een week volstaat.' } }, lpa);
    expect(errorCodes(gedeeltelijk)).toEqual(['ZIENSWIJZE_OUDERS_ONTBREEKT']);
    expect((await voerUit<{ verlofaanvraag: Aanvraag }>(URL, VERLOF.aanvraag, { id: aanvraag.id }, lpa)).verlofaanvraag).toMatchObject({ status: 'in-behandeling', besluit: null });

    await stap('zienswijze', { aanvraagId: aanvraag.id, ...ouders });
    const besloten = await stap('besluit', { aanvraagId: aanvraag.id, uitkomst: 'gedeeltelijkToegewezen', verleendVan: '2027-03-15', verleendTotEnMet: '2027-03-19', motivering: 'De begrafenis vraagt één week; de overige dagen vallen buiten de omstandigheid.' });
    expect(besloten).toMatchObject({ status: 'besloten', beslistermijn: { status: 'tijdig-besloten' } });
    expect(besloten.besluit).toMatchObject({ uitkomst: 'gedeeltelijk-toegewezen', grondslag: 'Lpw art 11 onder g en art 14 lid 3', namens: 'college', bekendgemaaktOp: '2027-03-01', bezwaarUiterlijk: '2027-04-12' });
    const besluitbrief = await briefVan(besloten, 'verlofBesluit');
    expect(besluitbrief.afschriftAan).toEqual(['de directeur van Het Noorderlicht']);
    expect(besluitbrief.tekst).toContain('15 maart 2027 tot en met 19 maart 2027');
    expect(besluitbrief.tekst).toContain('De begrafenis vraagt één week');
    expect(besluitbrief.tekst).toContain('12 april 2027');
    expect(besluitbrief.tekst).toMatch(/bezwaar/i);

    const event = await db.query<{ envelope: { payload: Record<string, unknown> } }>(
      `SELECT envelope FROM verlof_vrijstelling.outbox_message WHERE topic = 'leerrecht.verlof-vrijstelling.verlof-besloten.v1' AND envelope->'payload'->>'aanvraagId' = $1`,
      [aanvraag.id],
    );
    expect(event.rows[0]?.envelope.payload).toMatchObject({ uitkomst: 'gedeeltelijk-toegewezen', verleendVan: '2027-03-15', verleendTotEnMet: '2027-03-19', schoolBrin: '99XX' });
    // Decided is decided: a change goes through bezwaar.
    expect(errorCodes(await graphql(URL, VERLOF.besluit, { i: { aanvraagId: aanvraag.id, uitkomst: 'toegewezen', motivering: 'Toch.' } }, lpa))).toEqual(['AL_BESLOTEN']);
  });

  it('a medical ground is refused without a statement from an issuer the instructie accepts', async () => {
    const aanvraag = await dienIn({ laatsteVerlofdag: '2027-03-22', indicatie: 'medisch', omstandigheid: 'medischeOfSocialeIndicatie' });
    expect(aanvraag.classificatie).toBe('AVG-bijzonder');
    await stap('zienswijze', { aanvraagId: aanvraag.id, ...directeur });
    const zonder = await graphql(URL, VERLOF.besluit, { i: { aanvraagId: aanvraag.id, uitkomst: 'toegewezen', motivering: 'Medische indicatie.' } }, lpa);
    expect(errorCodes(zonder)).toEqual(['VERKLARING_ONTBREEKT']);
    // 000 art 5 fn 1: a GGD doctor or a specialist youth-care provider, not a "sociale instantie" (that is 003's list).
    const verkeerd = await graphql(URL, VERLOF.verklaring, { i: { aanvraagId: aanvraag.id, soort: 'socialeInstantie', uitgever: 'Maatschappelijk werk', datum: '2027-02-20' } }, lpa);
    expect(errorCodes(verkeerd)).toEqual(['VERKLARING_NIET_TOEGESTAAN']);
    await stap('verklaring', { aanvraagId: aanvraag.id, soort: 'ggdArts', uitgever: 'GGD IJsselland, jeugdarts', datum: '2027-02-20', strekking: 'verlof medisch noodzakelijk' });
    const besloten = await stap('besluit', { aanvraagId: aanvraag.id, uitkomst: 'toegewezen', motivering: 'De jeugdarts verklaart dat het verlof medisch noodzakelijk is.' });
    expect(besloten.besluit?.uitkomst).toBe('toegewezen');
  });

  it('in Utrechtse Heuvelrug the power is attributed to the officer (003 art 5 lid 8)', async () => {
    const aanvraag = (await voerUit<{ dienVerlofaanvraagIn: Aanvraag }>(URL, VERLOF.dienIn, { i: verlofaanvraag(nieuwBsn(), { gemeente: '1581', laatsteVerlofdag: '2027-03-22' }) }, lpaHeuvelrug)).dienVerlofaanvraagIn;
    await stap('zienswijze', { aanvraagId: aanvraag.id, ...directeur }, lpaHeuvelrug);
    const besloten = await stap('besluit', { aanvraagId: aanvraag.id, uitkomst: 'toegewezen', motivering: 'Omstandigheid buiten de wil van de ouders.' }, lpaHeuvelrug);
    expect(besloten.besluit?.namens).toBe('leerplichtambtenaar');
    expect((await brief(zeker(besloten.brieven.find((b) => b.sjabloon === 'verlofBesluit')).id, lpaHeuvelrug)).tekst).toContain('Utrechtse Heuvelrug');
  });
});

describe('the 8-week decision term (Awb art 4:13, 4:17)', () => {
  it('warns 5 werkdagen before it lapses and is lapsed the day after', async () => {
    const aanvraag = await dienIn({ laatsteVerlofdag: '2027-06-21', eersteVerlofdag: '2027-06-07' });
    const op = async (p: string) => (await voerUit<{ verlofaanvraag: Aanvraag }>(URL, VERLOF.aanvraag, { id: aanvraag.id, p }, lpa)).verlofaanvraag.beslistermijn;
    expect(await op('2027-04-16')).toMatchObject({ status: 'loopt', uiterlijk: '2027-04-26', waarschuwenVanaf: '2027-04-19' });
    expect((await op('2027-04-19'))?.status).toBe('bijna-verstreken');
    expect((await op('2027-04-27'))?.status).toBe('verstreken');
    const werkvoorraad = (await voerUit<{ verlofwerkvoorraad: { id: string; beslistermijn: { status: string } }[] }>(URL, VERLOF.werkvoorraad, { g: '0193', p: '2027-04-27' }, lpa)).verlofwerkvoorraad;
    expect(werkvoorraad.find((a) => a.id === aanvraag.id)?.beslistermijn.status).toBe('verstreken');
    expect(zeker(werkvoorraad[0]).beslistermijn.status).toBe('verstreken');
  });

  it('a notice of default only after the lapse; then the penalty accrues from two weeks after it', async () => {
    // Received 4 January: the term ended 1 March, today.
    const aanvraag = await dienIn({ ontvangenOp: '2027-01-04', ondertekendOp: '2027-01-02', eersteVerlofdag: '2027-06-07', laatsteVerlofdag: '2027-06-21' });
    expect(aanvraag.beslistermijn).toMatchObject({ uiterlijk: '2027-03-01', status: 'bijna-verstreken' });
    expect(errorCodes(await graphql(URL, VERLOF.ingebrekestelling, { i: { aanvraagId: aanvraag.id, datum: '2027-03-01' } }, admin))).toEqual(['BESLISTERMIJN_NIET_VERSTREKEN']);
    const ouder = await dienIn({ ontvangenOp: '2026-12-28', ondertekendOp: '2026-12-27', eersteVerlofdag: '2027-06-07', laatsteVerlofdag: '2027-06-21' });
    expect(ouder.beslistermijn).toMatchObject({ uiterlijk: '2027-02-22', status: 'verstreken' });
    const gesteld = await stap('ingebrekestelling', { aanvraagId: ouder.id, datum: '2027-02-24' }, admin);
    expect(gesteld.ingebrekestellingOntvangenOp).toBe('2027-02-24');
    const later = (await voerUit<{ verlofaanvraag: Aanvraag }>(URL, VERLOF.aanvraag, { id: ouder.id, p: '2027-03-20' }, lpa)).verlofaanvraag;
    expect(later.dwangsom).toEqual({ loopVanaf: '2027-03-11', dagen: 10, bedrag: 230 });
  });
});

describe('who may do what', () => {
  it('only the leerplichtambtenaar decides, and only for his own gemeenten', async () => {
    const aanvraag = await dienIn({ laatsteVerlofdag: '2027-03-22' });
    await stap('zienswijze', { aanvraagId: aanvraag.id, ...directeur });
    const besluit = { i: { aanvraagId: aanvraag.id, uitkomst: 'toegewezen', motivering: 'Omstandigheid buiten de wil van de ouders.' } };
    expect(errorCodes(await graphql(URL, VERLOF.besluit, besluit, admin))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(URL, VERLOF.besluit, besluit, coach))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(URL, VERLOF.besluit, besluit, lpaKampen))).toEqual(['NIET_GEVONDEN']);
    expect(errorCodes(await graphql(URL, VERLOF.aanvraag, { id: aanvraag.id }, lpaKampen))).toEqual(['NIET_GEVONDEN']);
    expect(errorCodes(await graphql(URL, VERLOF.besluit, besluit, school))).toEqual(['FORBIDDEN']);
    expect((await voerUit<{ verlofaanvraag: Aanvraag }>(URL, VERLOF.aanvraag, { id: aanvraag.id }, lpa)).verlofaanvraag.besluit).toBeNull();
    const weigering = await db.query(`SELECT 1 FROM audit.verwerking WHERE service = 'verlof-vrijstelling' AND status = 'geweigerd' AND reden = 'rol-niet-toegestaan' AND operatie LIKE '%Mutation.neemVerlofbesluit'`);
    expect(weigering.rowCount).toBeGreaterThanOrEqual(3);
    expect(errorCodes(await graphql(URL, VERLOF.dienIn, { i: verlofaanvraag(nieuwBsn()) }, lpaKampen))).toEqual(['GEMEENTE_NIET_TOEGESTAAN']);
  });

  it('the school head sees the forwarded requests of its own pupils only', async () => {
    const eigen = await dienIn({ jongereNaam: 'Eigen Leerling' });
    const ander = await dienIn({ jongereNaam: 'Andere School', schoolBrin: '12AB', schoolNaam: 'De Ander' });
    const bijLpa = await dienIn({ jongereNaam: 'Bij Leerplicht', laatsteVerlofdag: '2027-03-22' });
    const gezien = (await voerUit<{ doorgezondenVerlofaanvragen: { id: string; jongereNaam: string }[] }>(URL, VERLOF.doorgezonden, {}, school)).doorgezondenVerlofaanvragen.map((a) => a.id);
    expect(gezien).toContain(eigen.id);
    expect(gezien).not.toContain(ander.id);
    expect(gezien).not.toContain(bijLpa.id);
    expect((await voerUit<{ doorgezondenVerlofaanvragen: unknown[] }>(URL, VERLOF.doorgezonden, {}, schoolEnschede)).doorgezondenVerlofaanvragen).toEqual([]);
    expect(errorCodes(await graphql(URL, VERLOF.aanvraag, { id: eigen.id }, school))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(URL, VERLOF.doorgezonden, {}, lpa))).toEqual(['FORBIDDEN']);
  });
});

describe('bad input gets a clear error and changes nothing', () => {
  it.each([
    ['dates in the wrong order', { eersteVerlofdag: '2027-03-26', laatsteVerlofdag: '2027-03-15' }, 'ONGELDIGE_PERIODE'],
    ['a youth not leerplichtig', { geboortedatum: '2004-01-01' }, 'NIET_LEERPLICHTIG'],
    ['a youth not yet leerplichtig (5 on 1 May 2027)', { geboortedatum: '2022-05-01' }, 'NIET_LEERPLICHTIG'],
    ['a missing signature', { ondertekendOp: null }, 'HANDTEKENING_ONTBREEKT'],
    ['an invalid BSN', { bsn: '123456789' }, 'ONGELDIG_BSN'],
    ['a period without schooldagen', { eersteVerlofdag: '2027-04-24', laatsteVerlofdag: '2027-05-02' }, 'GEEN_SCHOOLDAGEN'],
    ['a period across two schooljaren', { eersteVerlofdag: '2027-07-05', laatsteVerlofdag: '2027-08-30' }, 'PERIODE_OVER_SCHOOLJAREN'],
    ['a non-existent date', { eersteVerlofdag: '2027-02-30' }, 'ONGELDIGE_DATUM'],
    ['no applicant', { aanvragers: [] }, 'ONGELDIGE_INVOER'],
    ['a schooljaar whose calendar is not loaded', { eersteVerlofdag: '2027-09-06', laatsteVerlofdag: '2027-09-10' }, 'KALENDER_ONBEKEND'],
  ])('%s', async (_naam, overrides, code) => {
    const voor = await tel();
    const antwoord = await graphql(URL, VERLOF.dienIn, { i: { ...verlofaanvraag(nieuwBsn()), ...overrides } }, admin);
    expect(errorCodes(antwoord)).toEqual([code]);
    expect(JSON.stringify(antwoord.errors)).not.toMatch(/\d{9}/);
    expect(await tel()).toBe(voor);
  });
});
