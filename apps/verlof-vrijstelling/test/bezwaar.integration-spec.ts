import { TEST_ENV, errorCodes, graphql, testBsn, userToken, type ServiceProcess } from '@leerrecht/shared/util-testing';
import { Client } from 'pg';
import { VERLOF, verlofProces, verlofaanvraag, voerUit, zeker } from './verlof-hulp';

/**
 * Bezwaar against a leave decision (Awb ch 6–7) on the real stack. The decisions are taken on
 * Monday 1 March 2027 (objection term to 12 April); a second instance of the service, on the same
 * database with its clock at 20 April 2027, registers the objections that came in since — the way
 * a file grows over weeks.
 */
const PORT_MAART = 5533;
const PORT_APRIL = 5534;
const MAART = `http://127.0.0.1:${PORT_MAART}/graphql`;
const APRIL = `http://127.0.0.1:${PORT_APRIL}/graphql`;

interface Besluit { id: string; bezwaarUiterlijk: string }
interface Bezwaar { id: string; tijdigheid: string; status: string; beslisUiterlijk: string; bezwaartermijnUiterlijk: string; uitkomst: string | null; brieven: { id: string; sjabloon: string }[] }

let maart: ServiceProcess;
let april: ServiceProcess;
let db: Client;
let lpa: string;
let admin: string;
let lpaHeuvelrug: string;
let lpaKampen: string;
let volgnummer = 7600;

/** A request of 11 schooldagen, decided (refused) on 1 March with both views on file. */
async function afgewezenBesluit(gemeente: string, token: string): Promise<Besluit> {
  volgnummer += 1;
  const aanvraag = (await voerUit<{ dienVerlofaanvraagIn: { id: string } }>(MAART, VERLOF.dienIn, { i: verlofaanvraag(testBsn(volgnummer), { gemeente, laatsteVerlofdag: '2027-03-22' }) }, token)).dienVerlofaanvraagIn;
  for (const partij of ['directeur', 'ouder']) {
    await voerUit(MAART, VERLOF.zienswijze, { i: { aanvraagId: aanvraag.id, partij, vorm: 'schriftelijk', datum: '2027-03-01', inhoud: `Zienswijze van de ${partij}.` } }, token);
  }
  const besloten = await voerUit<{ neemVerlofbesluit: { besluit: Besluit } }>(MAART, VERLOF.besluit, { i: { aanvraagId: aanvraag.id, uitkomst: 'afgewezen', motivering: 'Geen omstandigheid buiten de wil van ouders of leerling.' } }, token);
  return besloten.neemVerlofbesluit.besluit;
}

async function bezwaar(besluitId: string, invoer: Record<string, unknown>, token = admin): Promise<Bezwaar> {
  return (await voerUit<{ dienBezwaarIn: Bezwaar }>(APRIL, VERLOF.bezwaar, { i: { besluitId, indiener: 'P. Jansen', indienerAdres: 'Dorpsstraat 1, 8011 AA Zwolle', gronden: 'Het verlof was nodig voor de uitvaart van grootvader.', ...invoer } }, token)).dienBezwaarIn;
}

beforeAll(async () => {
  maart = verlofProces(PORT_MAART, '2027-03-01T09:00:00+01:00');
  april = verlofProces(PORT_APRIL, '2027-04-20T09:00:00+02:00');
  await Promise.all([maart.start(), april.start()]);
  db = new Client({ connectionString: TEST_ENV.adminDatabaseUrl });
  await db.connect();
  [lpa, admin, lpaHeuvelrug, lpaKampen] = await Promise.all([userToken('lpa.zwolle'), userToken('admin.zwolle'), userToken('lpa.heuvelrug'), userToken('lpa.kampen')]);
});

afterAll(async () => {
  await db?.end();
  await Promise.all([maart?.stop(), april?.stop()]);
});

it('within 6 weeks: on time; the decision on objection is due 12 weeks after the objection term', async () => {
  const besluit = await afgewezenBesluit('0193', lpa);
  expect(besluit.bezwaarUiterlijk).toBe('2027-04-12');
  const tijdig = await bezwaar(besluit.id, { ontvangenOp: '2027-04-12' });
  expect(tijdig).toMatchObject({ tijdigheid: 'tijdig', status: 'in-behandeling', bezwaartermijnUiterlijk: '2027-04-12', beslisUiterlijk: '2027-07-05' });
  const ontvangst = (await voerUit<{ brief: { tekst: string } }>(APRIL, VERLOF.brief, { id: zeker(tijdig.brieven[0]).id }, lpa)).brief.tekst;
  expect(ontvangst).toContain('5 juli 2027');
  expect(ontvangst).toContain('Zwolle');
  // Zwolle follows the procedure of the responsible gemeente (000 art 5 lid 11): no committee advice required here.
  const beslist = await voerUit<{ beslisOpBezwaar: { status: string; uitkomst: string; beslissing: { soort: string; bezwaarUiterlijk: string | null } } }>(
    APRIL,
    VERLOF.beslisBezwaar,
    { i: { bezwaarId: tijdig.id, uitkomst: 'ongegrond', motivering: 'De uitvaart viel buiten de gevraagde periode.' } },
    lpa,
  );
  expect(beslist.beslisOpBezwaar).toMatchObject({ status: 'besloten', uitkomst: 'ongegrond', beslissing: { soort: 'besluit-op-bezwaar', bezwaarUiterlijk: null } });
});

it('after 6 weeks: late, only niet-ontvankelijk — unless sent by post in time or the lateness is excusable', async () => {
  const besluit = await afgewezenBesluit('0193', lpa);
  const teLaat = await bezwaar(besluit.id, { ontvangenOp: '2027-04-13' });
  expect(teLaat.tijdigheid).toBe('te-laat');
  const ongegrond = await graphql(APRIL, VERLOF.beslisBezwaar, { i: { bezwaarId: teLaat.id, uitkomst: 'ongegrond', motivering: 'Inhoudelijk ongegrond.' } }, lpa);
  expect(errorCodes(ongegrond)).toEqual(['BEZWAAR_TE_LAAT']);
  const nietOntvankelijk = await voerUit<{ beslisOpBezwaar: { uitkomst: string } }>(APRIL, VERLOF.beslisBezwaar, { i: { bezwaarId: teLaat.id, uitkomst: 'nietOntvankelijk', motivering: 'Het bezwaar is na de termijn ontvangen.' } }, lpa);
  expect(nietOntvankelijk.beslisOpBezwaar.uitkomst).toBe('niet-ontvankelijk');

  expect((await bezwaar(besluit.id, { ontvangenOp: '2027-04-16', perPostVerzondenOp: '2027-04-12' })).tijdigheid).toBe('tijdig-per-post');
  expect((await bezwaar(besluit.id, { ontvangenOp: '2027-04-15', verschoonbaarReden: 'Het besluit is naar een oud adres gestuurd.' })).tijdigheid).toBe('te-laat-verschoonbaar');
});

it('in Utrechtse Heuvelrug the officer decides after the committee’s advice, and departing from it needs a reason', async () => {
  const besluit = await afgewezenBesluit('1581', lpaHeuvelrug);
  const ingediend = await bezwaar(besluit.id, { ontvangenOp: '2027-04-01', indienerAdres: 'Laan 2, 3941 AA Doorn' }, lpaHeuvelrug);
  const zonderAdvies = await graphql(APRIL, VERLOF.beslisBezwaar, { i: { bezwaarId: ingediend.id, uitkomst: 'ongegrond', motivering: 'Ongegrond.' } }, lpaHeuvelrug);
  expect(errorCodes(zonderAdvies)).toEqual(['BEZWAARADVIES_ONTBREEKT']);
  await voerUit(APRIL, VERLOF.advies, { i: { bezwaarId: ingediend.id, datum: '2027-04-19', strekking: 'gegrond', advies: 'De commissie acht de omstandigheid buiten de wil van de ouders.' } }, lpaHeuvelrug);
  const zonderReden = await graphql(APRIL, VERLOF.beslisBezwaar, { i: { bezwaarId: ingediend.id, uitkomst: 'ongegrond', motivering: 'Ongegrond.' } }, lpaHeuvelrug);
  expect(errorCodes(zonderReden)).toEqual(['ONGELDIGE_INVOER']);
  const beslist = await voerUit<{ beslisOpBezwaar: { uitkomst: string; beslissing: { motivering: string }; brieven: { id: string; sjabloon: string }[] } }>(
    APRIL,
    VERLOF.beslisBezwaar,
    { i: { bezwaarId: ingediend.id, uitkomst: 'ongegrond', motivering: 'De reis was vooraf geboekt.', afwijkingVanAdvies: 'De commissie ging uit van een ander reisschema dan het geboekte.' } },
    lpaHeuvelrug,
  );
  expect(beslist.beslisOpBezwaar.beslissing.motivering).toContain('Wij wijken af van het advies');
  const brief = zeker(beslist.beslisOpBezwaar.brieven.find((b) => b.sjabloon === 'besluitOpBezwaar'));
  const tekst = (await voerUit<{ brief: { tekst: string } }>(APRIL, VERLOF.brief, { id: brief.id }, lpaHeuvelrug)).brief.tekst;
  expect(tekst).toContain('Utrechtse Heuvelrug');
  expect(tekst).toContain('19 april 2027');
});

it('bad input and other gemeenten change nothing', async () => {
  const besluit = await afgewezenBesluit('0193', lpa);
  const voor = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM verlof_vrijstelling.bezwaar')).rows[0]?.n);
  const basis = { besluitId: besluit.id, indiener: 'P. Jansen', gronden: 'Oneens.' };
  expect(errorCodes(await graphql(APRIL, VERLOF.bezwaar, { i: { ...basis, ontvangenOp: '2027-02-27' } }, admin))).toEqual(['ONGELDIGE_DATUM']);
  expect(errorCodes(await graphql(APRIL, VERLOF.bezwaar, { i: { ...basis, ontvangenOp: '2027-04-21' } }, admin))).toEqual(['DATUM_IN_TOEKOMST']);
  expect(errorCodes(await graphql(APRIL, VERLOF.bezwaar, { i: { ...basis, ontvangenOp: '2027-04-01', gronden: '  ' } }, admin))).toEqual(['ONGELDIGE_INVOER']);
  expect(errorCodes(await graphql(APRIL, VERLOF.bezwaar, { i: { ...basis, ontvangenOp: '2027-04-01' } }, lpaKampen))).toEqual(['NIET_GEVONDEN']);
  expect(Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM verlof_vrijstelling.bezwaar')).rows[0]?.n)).toBe(voor);
  const ingediend = await bezwaar(besluit.id, { ontvangenOp: '2027-04-01' });
  expect(errorCodes(await graphql(APRIL, VERLOF.beslisBezwaar, { i: { bezwaarId: ingediend.id, uitkomst: 'gegrond', motivering: 'x' } }, admin))).toEqual(['FORBIDDEN']);
});
