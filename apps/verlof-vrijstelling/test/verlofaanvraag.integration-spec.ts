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

interface Beslissing { uitkomst: string; verleendVan: string | null; verleendTotEnMet: string | null; verleendeSchooldagen: number; beslotenOp: string; vastgelegdDoor: string }
interface Brief { id: string; sjabloon: string; onderwerp: string; geadresseerde: string; geadresseerdeRol: string; afschriftAan: string[]; datum: string }
interface Aanvraag {
  id: string; gemeente: string; soort: string; route: string; status: string; schooljaar: string; schooldagen: number; schooljaarSchooldagen: number;
  korteTermijnWaarschuwing: boolean; classificatie: string; ontvangstdatum: string; aanvullenUiterlijk: string | null; ingebrekestellingOntvangenOp: string | null;
  beslistermijn: { uiterlijk: string; waarschuwenVanaf: string; status: string; opgeschorteDagen: number } | null;
  dwangsom: { loopVanaf: string; dagen: number; bedrag: number } | null;
  zienswijzen: { partij: string }[];
  schoolleiderBeslissing: Beslissing | null;
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

describe('the head of the school decides a forwarded request (Lpw art 13a, 14 lid 1; 000 art 5 lid 9; 003 art 5 lid 6)', () => {
  interface Doorgezonden { id: string; status: string; schooldagen: number; schoolleiderBeslissing: Beslissing | null }

  async function meld(input: Record<string, unknown>, token = school): Promise<Doorgezonden> {
    return (await voerUit<{ meldBeslissingSchoolleider: Doorgezonden }>(URL, VERLOF.meldSchoolleider, { i: input }, token)).meldBeslissingSchoolleider;
  }

  async function lees(id: string, token = lpa): Promise<Aanvraag> {
    return (await voerUit<{ verlofaanvraag: Aanvraag }>(URL, VERLOF.aanvraag, { id }, token)).verlofaanvraag;
  }

  async function doorgezonden(token = school): Promise<Doorgezonden[]> {
    return (await voerUit<{ doorgezondenVerlofaanvragen: Doorgezonden[] }>(URL, VERLOF.doorgezonden, {}, token)).doorgezondenVerlofaanvragen;
  }

  async function aanvraagVan(bsn: string, eersteVerlofdag: string, laatsteVerlofdag: string, extra: Record<string, unknown> = {}): Promise<Aanvraag> {
    return (await voerUit<{ dienVerlofaanvraagIn: Aanvraag }>(URL, VERLOF.dienIn, { i: verlofaanvraag(bsn, { eersteVerlofdag, laatsteVerlofdag, ...extra }) }, admin)).dienVerlofaanvraagIn;
  }

  /** The request is as it was forwarded: no decision, no besluit, the same letters. */
  async function ongewijzigd(aanvraag: Aanvraag): Promise<void> {
    const nu = await lees(aanvraag.id);
    expect(nu).toMatchObject({ status: 'doorgezonden', schoolleiderBeslissing: null, besluit: null });
    expect(nu.brieven).toHaveLength(aanvraag.brieven.length);
  }

  it('the school records a refusal for its own pupil: the next request of 5 schooldagen goes to the school again', async () => {
    const bsn = nieuwBsn();
    const eerste = await aanvraagVan(bsn, '2027-03-15', '2027-03-22');
    expect(eerste).toMatchObject({ route: 'schoolleider', status: 'doorgezonden', schooldagen: 6 });

    const gemeld = await meld({ aanvraagId: eerste.id, uitkomst: 'afgewezen', beslotenOp: '2027-03-01' });
    const afwijzing = { uitkomst: 'afgewezen', verleendVan: null, verleendTotEnMet: null, verleendeSchooldagen: 0, beslotenOp: '2027-03-01', vastgelegdDoor: 'school' };
    expect(gemeld).toEqual({ id: eerste.id, status: 'besloten-door-schoolleider', schooldagen: 6, schoolleiderBeslissing: afwijzing });
    // The school sees what it recorded; the officer sees the head's decision, which is no besluit of his and sends no letter.
    expect((await doorgezonden()).find((a) => a.id === eerste.id)).toMatchObject({ status: 'besloten-door-schoolleider', schoolleiderBeslissing: afwijzing });
    const bijGemeente = await lees(eerste.id);
    expect(bijGemeente).toMatchObject({ status: 'besloten-door-schoolleider', schoolleiderBeslissing: afwijzing, besluit: null, beslistermijn: null });
    expect(bijGemeente.brieven.map((b) => b.sjabloon)).toEqual(eerste.brieven.map((b) => b.sjabloon));
    expect((await db.query('SELECT 1 FROM verlof_vrijstelling.besluit WHERE zaak_id = $1', [eerste.id])).rowCount).toBe(0);
    const audit = await db.query(
      `SELECT 1 FROM audit.verwerking WHERE service = 'verlof-vrijstelling' AND status = 'toegestaan' AND actor_type = 'partner' AND gemeente = '0193'
         AND verwerkingsactiviteit = 'verlofaanvraag-schoolleider' AND operatie LIKE '%Mutation.meldBeslissingSchoolleider'
         AND betrokkene = (SELECT persoon_sleutel FROM verlof_vrijstelling.verlofaanvraag WHERE id = $1)`,
      [eerste.id],
    );
    expect(audit.rowCount).toBeGreaterThanOrEqual(1);

    // Refused, its 6 days no longer count: 6 + 5 would have gone to the leerplichtambtenaar.
    const tweede = await aanvraagVan(bsn, '2027-06-07', '2027-06-11');
    expect(tweede).toMatchObject({ route: 'schoolleider', status: 'doorgezonden', schooldagen: 5, schooljaarSchooldagen: 5 });

    // Recorded is recorded: not a second time, by the school or by staff.
    const nogmaals = await graphql(URL, VERLOF.meldSchoolleider, { i: { aanvraagId: eerste.id, uitkomst: 'toegewezen', beslotenOp: '2027-03-01' } }, school);
    expect(errorCodes(nogmaals)).toEqual(['AL_VASTGELEGD']);
    expect(JSON.stringify(nogmaals.errors)).toMatch(/al vastgelegd/);
    expect(errorCodes(await graphql(URL, VERLOF.registreerSchoolleider, { i: { aanvraagId: eerste.id, uitkomst: 'toegewezen', beslotenOp: '2027-03-01' } }, lpa))).toEqual(['AL_VASTGELEGD']);
    expect((await lees(eerste.id)).schoolleiderBeslissing).toEqual(afwijzing);
  });

  it('a partial grant of 3 of 6 schooldagen counts 3 towards the schooljaar', async () => {
    const bsn = nieuwBsn();
    const eerste = await aanvraagVan(bsn, '2027-03-15', '2027-03-22');
    const gemeld = await meld({ aanvraagId: eerste.id, uitkomst: 'gedeeltelijkToegewezen', verleendVan: '2027-03-15', verleendTotEnMet: '2027-03-17', beslotenOp: '2027-03-01' });
    expect(gemeld.schoolleiderBeslissing).toMatchObject({ uitkomst: 'gedeeltelijk-toegewezen', verleendVan: '2027-03-15', verleendTotEnMet: '2027-03-17', verleendeSchooldagen: 3 });
    // 3 + 7 = 10: still the head's (6 + 7 would have been the officer's); one more day makes 11.
    expect(await aanvraagVan(bsn, '2027-06-07', '2027-06-15')).toMatchObject({ route: 'schoolleider', schooldagen: 7, schooljaarSchooldagen: 10 });
    expect(await aanvraagVan(bsn, '2027-06-21', '2027-06-21')).toMatchObject({ route: 'leerplichtambtenaar', schooldagen: 1, schooljaarSchooldagen: 11 });
  });

  it('staff record the decision the head told them by phone or letter; a full grant counts all its days', async () => {
    const bsn = nieuwBsn();
    const eerste = await aanvraagVan(bsn, '2027-03-15', '2027-03-22');
    const geregistreerd = await stap('registreerSchoolleider', { aanvraagId: eerste.id, uitkomst: 'toegewezen', beslotenOp: '2027-03-01' });
    expect(geregistreerd).toMatchObject({
      status: 'besloten-door-schoolleider',
      besluit: null,
      schoolleiderBeslissing: { uitkomst: 'toegewezen', verleendVan: '2027-03-15', verleendTotEnMet: '2027-03-22', verleendeSchooldagen: 6, beslotenOp: '2027-03-01', vastgelegdDoor: 'lpa.zwolle' },
    });
    expect(geregistreerd.brieven).toHaveLength(eerste.brieven.length);
    expect((await doorgezonden()).find((a) => a.id === eerste.id)?.schoolleiderBeslissing?.uitkomst).toBe('toegewezen');
    expect(await aanvraagVan(bsn, '2027-06-07', '2027-06-11')).toMatchObject({ route: 'leerplichtambtenaar', schooljaarSchooldagen: 11 });
    // The administration may record it too, also for vakantieverlof (Lpw art 13a).
    const vakantie = await dienIn({ soort: 'vakantieverlof' });
    const doorAdmin = await stap('registreerSchoolleider', { aanvraagId: vakantie.id, uitkomst: 'afgewezen', beslotenOp: '2027-03-01' }, admin);
    expect(doorAdmin.schoolleiderBeslissing).toMatchObject({ uitkomst: 'afgewezen', vastgelegdDoor: 'admin.zwolle' });
  });

  it('who may record: the school for its own pupils, staff of the gemeente; a request the officer decides is not the head’s', async () => {
    const aanvraag = await dienIn();
    const invoer = { i: { aanvraagId: aanvraag.id, uitkomst: 'afgewezen', beslotenOp: '2027-03-01' } };
    expect(errorCodes(await graphql(URL, VERLOF.registreerSchoolleider, invoer, school))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(URL, VERLOF.meldSchoolleider, invoer, lpa))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(URL, VERLOF.registreerSchoolleider, invoer, coach))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(URL, VERLOF.registreerSchoolleider, invoer, lpaKampen))).toEqual(['NIET_GEVONDEN']);
    await ongewijzigd(aanvraag);
    const bijLpa = await dienIn({ laatsteVerlofdag: '2027-03-22' });
    expect(errorCodes(await graphql(URL, VERLOF.registreerSchoolleider, { i: { aanvraagId: bijLpa.id, uitkomst: 'afgewezen', beslotenOp: '2027-03-01' } }, lpa))).toEqual(['NIET_BEVOEGD']);
    expect((await lees(bijLpa.id))).toMatchObject({ status: 'in-behandeling', schoolleiderBeslissing: null });
    // The school's client acts for Zwolle and Utrechtse Heuvelrug: a pupil from Doorn at its BRIN is its own too.
    const heuvelrug = (await voerUit<{ dienVerlofaanvraagIn: Aanvraag }>(URL, VERLOF.dienIn, { i: verlofaanvraag(nieuwBsn(), { gemeente: '1581' }) }, lpaHeuvelrug)).dienVerlofaanvraagIn;
    expect((await meld({ aanvraagId: heuvelrug.id, uitkomst: 'toegewezen', beslotenOp: '2027-03-01' })).status).toBe('besloten-door-schoolleider');
  });

  it('the school cannot record for another school’s pupil or a request it was not sent: NIET_GEVONDEN, nothing changed', async () => {
    const andereSchool = await dienIn({ schoolBrin: '12AB', schoolNaam: 'De Ander' });
    const eigen = await dienIn();
    const bijLpa = await dienIn({ laatsteVerlofdag: '2027-03-22' });
    const pogingen = [
      [andereSchool.id, school],
      [eigen.id, schoolEnschede],
      [bijLpa.id, school],
      ['00000000-0000-4000-8000-000000000000', school],
    ] as const;
    const fouten: string[] = [];
    for (const [aanvraagId, token] of pogingen) {
      const antwoord = await graphql(URL, VERLOF.meldSchoolleider, { i: { aanvraagId, uitkomst: 'afgewezen', beslotenOp: '2027-03-01' } }, token);
      expect(errorCodes(antwoord)).toEqual(['NIET_GEVONDEN']);
      fouten.push(JSON.stringify(antwoord.errors?.map((e) => e.message)));
    }
    // One answer for all: it does not tell whether another school's request exists.
    expect(new Set(fouten).size).toBe(1);
    await ongewijzigd(andereSchool);
    await ongewijzigd(eigen);
    expect(await lees(bijLpa.id)).toMatchObject({ status: 'in-behandeling', schoolleiderBeslissing: null });
  });

  it.each([
    ['a partial period with its days reversed', { uitkomst: 'gedeeltelijkToegewezen', verleendVan: '2027-03-17', verleendTotEnMet: '2027-03-15' }, 'ONGELDIGE_PERIODE'],
    ['a partial period outside the request', { uitkomst: 'gedeeltelijkToegewezen', verleendVan: '2027-03-12', verleendTotEnMet: '2027-03-16' }, 'ONGELDIGE_PERIODE'],
    ['a partial grant without its days', { uitkomst: 'gedeeltelijkToegewezen' }, 'ONGELDIGE_PERIODE'],
    ['a partial grant of only the weekend', { uitkomst: 'gedeeltelijkToegewezen', verleendVan: '2027-03-20', verleendTotEnMet: '2027-03-21' }, 'GEEN_SCHOOLDAGEN'],
    ['a decision in the future', { beslotenOp: '2027-03-02' }, 'DATUM_IN_TOEKOMST'],
    ['a decision before the request was received', { beslotenOp: '2027-02-28' }, 'ONGELDIGE_DATUM'],
    ['a non-existent date', { beslotenOp: '2027-02-30' }, 'ONGELDIGE_DATUM'],
  ])('%s is refused and changes nothing', async (_naam, overrides, code) => {
    const aanvraag = await dienIn({ eersteVerlofdag: '2027-03-15', laatsteVerlofdag: '2027-03-22' });
    const input = { aanvraagId: aanvraag.id, uitkomst: 'afgewezen', beslotenOp: '2027-03-01', ...overrides };
    expect(errorCodes(await graphql(URL, VERLOF.meldSchoolleider, { i: input }, school))).toEqual([code]);
    expect(errorCodes(await graphql(URL, VERLOF.registreerSchoolleider, { i: input }, lpa))).toEqual([code]);
    await ongewijzigd(aanvraag);
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
