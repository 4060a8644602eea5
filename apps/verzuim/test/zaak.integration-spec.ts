import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { absoluutVerzuimVermoedV1 } from '@leerrecht/shared/contracts-events';
import { KafkaBus } from '@leerrecht/shared/data-access-bus';
import { pseudonimiseerBsn } from '@leerrecht/shared/util-bsn';
import { DEVELOPMENT_PSEUDONYM_KEY } from '@leerrecht/shared/util-config';
import { startDuoSimulatorInWorker, type DuoSimulatorHandle } from '@leerrecht/verzuim/data-access-duo';
import { TEST_ENV, clientToken, errorCodes, eventually, graphql, testBsn, userToken, type ServiceProcess } from '@leerrecht/shared/util-testing';
import { DUO_SLEUTEL, OPERATIES, apiMelding, duoMelding, haalOpTotZaak, verzuimProces, zeker } from './verzuim-hulp';

/**
 * The case along the MAS on the real stack: deadlines in werkdagen across a weekend and
 * Christmas, the feedback due within a week and flagged when late, pas toe of leg uit, the
 * 16-hours-in-4-lesweken rule through the API, luxe verzuim as configuration (IJssel-Vecht vs Zuid
 * Oost Utrecht), first offence and recidive, 18+ without enforcement, consent for substantive
 * feedback, closure with DUO's reason back to DUO, screening by the administration, assignment.
 */
const PORT = 5322;
const URL = `http://127.0.0.1:${PORT}/graphql`;
const KLOK = '2027-03-01T10:00:00+01:00';

interface Taak { id: string; soort: string; uiterlijk: string | null; bron: string; status: string; uitleg: string | null; teLaat: boolean; meldingId: string | null }
interface Zaak {
  id: string; soort: string; status: string; triage: string; behandelaar: string | null; fase: string | null; fasen: string[]; routes: string[]; classificatie: string; bewarenTot: string | null; bewaartermijnGrondslag: string; leeftijd: number | null;
  meldingen: { id: string; verzuimsoort: string; status: string; beoordeling: { wettelijkVerzuim: string; vensterVan: string | null; urenInVenster: number | null; zaaksoortToelichting: string | null; luxeVerzuimVoorstel: string | null; luxeVerzuimBron: string | null; eersteOvertreding: boolean | null; teLaatActie: string | null } | null }[];
  taken: Taak[];
  tijdlijn: { soort: string; omschrijving: string; uitleg: string | null; afwijkingMas: boolean; datum: string; actor: string }[];
  mogelijkeMaatregelen: { maatregel: string }[];
  berichten: { soort: string; ontvanger: string; inhoudelijk: boolean; tekst: string }[];
}

let sim: DuoSimulatorHandle;
let service: ServiceProcess;
let db: Client;
let admin: string;
let lpa: string;
let school: string;
let lpaHeuvelrug: string;
let beheer: string;

async function zaak(id: string, token = lpa, peildatum?: string): Promise<Zaak> {
  const antwoord = await graphql<{ verzuimzaak: Zaak }>(URL, OPERATIES.zaak, { id, p: peildatum ?? null }, token);
  if (antwoord.errors) throw new Error(JSON.stringify(antwoord.errors));
  return zeker(antwoord.data).verzuimzaak;
}

function taak(z: Zaak, soort: string): Taak {
  return zeker(z.taken.find((t) => t.soort === soort && t.status === 'open') ?? z.taken.find((t) => t.soort === soort));
}

async function viaDuo(bsn: string, overrides: Record<string, unknown> = {}): Promise<{ zaakId: string; meldingId: string; meldingsnummer: string }> {
  const melding = duoMelding(bsn, overrides);
  await sim.meldingen([melding]);
  return { ...(await haalOpTotZaak(URL, beheer, db, String(melding.meldingsnummer))), meldingsnummer: String(melding.meldingsnummer) };
}

async function viaApi(bsn: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const antwoord = await graphql<{ dienVerzuimmeldingIn: { id: string } }>(URL, OPERATIES.meld, { i: apiMelding(bsn, { berichtId: `las-${bsn}-${Object.keys(overrides).length}`, ...overrides }) }, school);
  if (antwoord.errors) throw new Error(JSON.stringify(antwoord.errors));
  const id = zeker(antwoord.data).dienVerzuimmeldingIn.id;
  return (await db.query<{ zaak_id: string }>('SELECT zaak_id FROM verzuim.verzuimmelding WHERE id = $1', [id])).rows[0].zaak_id;
}

async function voer(stap: keyof typeof OPERATIES, input: Record<string, unknown>, token = lpa): Promise<ReturnType<typeof graphql>> {
  return graphql(URL, OPERATIES[stap], { i: input }, token);
}

beforeAll(async () => {
  sim = await startDuoSimulatorInWorker({ apiKey: DUO_SLEUTEL });
  service = verzuimProces(PORT, sim.url, KLOK);
  await service.start();
  db = new Client({ connectionString: TEST_ENV.adminDatabaseUrl });
  await db.connect();
  await db.query('DELETE FROM verzuim.duo_ophaling');
  [admin, lpa, school, lpaHeuvelrug, beheer] = await Promise.all([userToken('admin.zwolle'), userToken('lpa.zwolle'), clientToken('school', 'school-demo-secret'), userToken('lpa.heuvelrug'), userToken('beheer.regio')]);
});

afterAll(async () => {
  await db?.end();
  await service?.stop();
  await sim?.stop();
});

describe('deadlines in werkdagen from the instructie, across a weekend and Christmas', () => {
  it('Zwolle, received Wednesday 23 December 2026: contact with parents and youth by Monday 28 December (2 werkdagen; 25 Dec is a feestdag)', async () => {
    const { zaakId } = await viaDuo(testBsn(5101), { registratietijdstip: '2026-12-23T10:00:00+01:00', begindatumVerzuim: '2026-11-30', einddatumVerzuim: '2026-12-18' });
    const z = await zaak(zaakId);
    expect(taak(z, 'contact-ouders')).toMatchObject({ uiterlijk: '2026-12-28', bron: '000 art 6 lid 2' });
    // The youth is 14: contact with the youth too (000 art 6 lid 2: "12 jaar of ouder").
    expect(taak(z, 'contact-jongere').uiterlijk).toBe('2026-12-28');
    // A week after receipt (Lpw art 21a lid 6): Wednesday 30 December.
    expect(taak(z, 'terugkoppeling-melder').uiterlijk).toBe('2026-12-30');
  });

  it('Zwolle, received Friday 18 December 2026: the week ends on Christmas Day, so the feedback is due Monday 28 December (Atw art 1)', async () => {
    const { zaakId } = await viaDuo(testBsn(5102), { registratietijdstip: '2026-12-18T14:00:00+01:00', begindatumVerzuim: '2026-11-30', einddatumVerzuim: '2026-12-18' });
    expect(taak(await zaak(zaakId), 'terugkoppeling-melder').uiterlijk).toBe('2026-12-28');
  });

  it('Utrechtse Heuvelrug, the same Wednesday: 3 werkdagen per its profile, so Tuesday 29 December', async () => {
    const { zaakId } = await viaDuo(testBsn(5103), { gemeente: '1581', registratietijdstip: '2026-12-23T10:00:00+01:00', begindatumVerzuim: '2026-11-30', einddatumVerzuim: '2026-12-18' });
    const z = await zaak(zaakId, lpaHeuvelrug);
    expect(z.classificatie).toBe('Wpg');
    expect(taak(z, 'contact-ouders')).toMatchObject({ uiterlijk: '2026-12-29', bron: '003 art 6 lid 2 a' });
  });
});

describe('feedback due within a week, flagged when late (Lpw art 21a lid 6)', () => {
  let zaakId: string;
  let meldingId: string;

  beforeAll(async () => {
    ({ zaakId, meldingId } = await viaDuo(testBsn(5111), { registratietijdstip: '2026-12-18T09:00:00+01:00', begindatumVerzuim: '2026-11-30', einddatumVerzuim: '2026-12-18' }));
  });

  async function terugkoppelingstaken(peildatum: string, alleenTeLaat: boolean): Promise<{ meldingId: string | null; uiterlijk: string | null; teLaat: boolean; dagenTeLaat: number }[]> {
    const antwoord = await graphql<{ verzuimtaken: { taken: { meldingId: string | null; uiterlijk: string | null; teLaat: boolean; dagenTeLaat: number }[] } }>(URL, OPERATIES.taken, { i: { gemeente: '0193', soort: 'terugkoppeling-melder', alleenTeLaat, peildatum } }, admin);
    if (antwoord.errors) throw new Error(JSON.stringify(antwoord.errors));
    return zeker(antwoord.data).verzuimtaken.taken.filter((t) => t.meldingId === meldingId).map(({ meldingId: m, uiterlijk, teLaat, dagenTeLaat }) => ({ meldingId: m, uiterlijk, teLaat, dagenTeLaat }));
  }

  it('on the last day it is due, not late; the day after, late by one day', async () => {
    expect(await terugkoppelingstaken('2026-12-28', false)).toEqual([{ meldingId, uiterlijk: '2026-12-28', teLaat: false, dagenTeLaat: 0 }]);
    expect(await terugkoppelingstaken('2026-12-28', true)).toEqual([]);
    expect(await terugkoppelingstaken('2026-12-29', true)).toEqual([{ meldingId, uiterlijk: '2026-12-28', teLaat: true, dagenTeLaat: 1 }]);
  });

  it('sent late, the timeline says so and the task stays marked late', async () => {
    expect((await voer('koppelTerug', { meldingId, acties: ['Contact met ouders'], datum: '2026-12-29' }, admin)).errors).toBeUndefined();
    const z = await zaak(zaakId);
    expect(z.taken.find((t) => t.soort === 'terugkoppeling-melder')).toMatchObject({ status: 'uitgevoerd', teLaat: true });
    expect(z.tijdlijn.map((g) => g.omschrijving)).toContainEqual(expect.stringContaining('te laat, termijn was 2026-12-28'));
    expect(await terugkoppelingstaken('2026-12-29', true)).toEqual([]);
  });
});

describe('pas toe of leg uit (000 art 2 lid 6; 003 art 2 lid 7)', () => {
  let zaakId: string;

  beforeAll(async () => {
    ({ zaakId } = await viaDuo(testBsn(5121), { registratietijdstip: '2027-01-11T09:00:00+01:00' }));
  });

  it('skipping a prescribed step without a written reason is refused and changes nothing', async () => {
    const contact = taak(await zaak(zaakId), 'contact-ouders');
    expect(errorCodes(await voer('stap', { taakId: contact.id, actie: 'OVERGESLAGEN' }))).toEqual(['REDEN_VEREIST']);
    expect(errorCodes(await voer('stap', { taakId: contact.id, actie: 'ANDERS_UITGEVOERD', uitleg: 'kort' }))).toEqual(['REDEN_VEREIST']);
    const na = await zaak(zaakId);
    expect(taak(na, 'contact-ouders').status).toBe('open');
    expect(na.tijdlijn.some((g) => g.afwijkingMas)).toBe(false);
  });

  it('with a reason it is accepted, and the reason is kept in the case timeline', async () => {
    const contact = taak(await zaak(zaakId), 'contact-ouders');
    const uitleg = 'De ouders zijn deze week al door de mentor gesproken; dubbel contact is niet nodig.';
    const antwoord = await voer('stap', { taakId: contact.id, actie: 'OVERGESLAGEN', uitleg, datum: '2027-01-12' });
    expect(antwoord.errors).toBeUndefined();
    const na = await zaak(zaakId);
    expect(na.taken.find((t) => t.id === contact.id)).toMatchObject({ status: 'overgeslagen', uitleg });
    expect(na.tijdlijn).toContainEqual(expect.objectContaining({ soort: 'afwijking-mas', afwijkingMas: true, uitleg, datum: '2027-01-12', actor: 'lpa.zwolle' }));
  });

  it('a step dated in the future or before the case is refused', async () => {
    const jongere = taak(await zaak(zaakId), 'contact-jongere');
    expect(errorCodes(await voer('stap', { taakId: jongere.id, actie: 'UITGEVOERD', datum: '2027-03-02' }))).toEqual(['DATUM_IN_TOEKOMST']);
    expect(errorCodes(await voer('stap', { taakId: jongere.id, actie: 'UITGEVOERD', datum: '2027-01-01' }))).toEqual(['DATUM_VOOR_ZAAK']);
  });

  it('a phase skipped or a MAS route out of order needs an explanation too', async () => {
    expect(errorCodes(await voer('fase', { zaakId, fase: 'plannen' }))).toEqual(['REDEN_VEREIST']);
    expect((await voer('fase', { zaakId, fase: 'analyseren' })).errors).toBeUndefined();
    expect(errorCodes(await voer('fase', { zaakId, fase: 'nergens' }))).toEqual(['ONBEKENDE_FASE']);
    expect(errorCodes(await voer('route', { zaakId, route: 'strafrechtelijk' }))).toEqual(['REDEN_VEREIST']);
    expect((await voer('route', { zaakId, route: 'strafrechtelijk', uitleg: 'Herhaald verzuim na eerdere Halt-afdoening; direct doorpakken (002 §7).' })).errors).toBeUndefined();
    const z = await zaak(zaakId);
    expect(z).toMatchObject({ fase: 'analyseren', routes: ['strafrechtelijk'] });
    expect(z.tijdlijn.filter((g) => g.afwijkingMas)).toHaveLength(2);
  });
});

describe('the 16-hours-in-4-lesweken rule through the API (Lpw art 21a), regio noord', () => {
  async function beoordeling(seed: number, registratie: { datum: string; uren: number }[], eindDatum: string, soort = 'overig'): Promise<Zaak> {
    const zaakId = await viaApi(testBsn(seed), { verzuimsoort: soort, beginDatum: registratie[0].datum, eindDatum, verzuimUren: registratie.reduce((s, r) => s + r.uren, 0), verzuimregistratie: registratie });
    return zaak(zaakId);
  }

  it('exactly 16 hours in 4 lesweken is wettelijk verzuim, even when the school reported overig verzuim', async () => {
    const z = await beoordeling(5131, [{ datum: '2027-01-11', uren: 4 }, { datum: '2027-01-18', uren: 4 }, { datum: '2027-01-25', uren: 4 }, { datum: '2027-02-01', uren: 4 }], '2027-02-05');
    expect(z.meldingen[0].beoordeling).toMatchObject({ wettelijkVerzuim: 'bereikt', vensterVan: '2027-01-11', urenInVenster: 16 });
    expect(z.soort).toBe('wettelijk');
    expect(z.meldingen[0].beoordeling?.zaaksoortToelichting).toEqual(expect.any(String));
  });

  it('15.5 hours is not', async () => {
    const z = await beoordeling(5132, [{ datum: '2027-01-11', uren: 4 }, { datum: '2027-01-18', uren: 4 }, { datum: '2027-01-25', uren: 4 }, { datum: '2027-02-01', uren: 3.5 }], '2027-02-05');
    expect(z.meldingen[0].beoordeling?.wettelijkVerzuim).toBe('niet-bereikt');
    expect(z.soort).toBe('overig');
  });

  it('16 hours spread over 5 lesweken, no 4 of them holding 16, is not', async () => {
    const z = await beoordeling(5133, [{ datum: '2027-01-11', uren: 8 }, { datum: '2027-02-08', uren: 8 }], '2027-02-12');
    expect(z.meldingen[0].beoordeling?.wettelijkVerzuim).toBe('niet-bereikt');
  });

  it('the voorjaarsvakantie is no lesweek: 8 + 8 hours four calendar weeks apart lie within 4 lesweken', async () => {
    // noord: voorjaarsvakantie 13–21 February 2027; lesweken 1 Feb, 8 Feb, 22 Feb.
    const z = await beoordeling(5134, [{ datum: '2027-02-01', uren: 8 }, { datum: '2027-02-22', uren: 8 }], '2027-02-26');
    expect(z.meldingen[0].beoordeling).toMatchObject({ wettelijkVerzuim: 'bereikt', urenInVenster: 16 });
  });
});

describe('luxe verzuim: the regional protocol as configuration (002 §7 vs 003 art 6 lid 11)', () => {
  const eenDag = { verzuimsoort: 'luxe', beginDatum: '2027-02-12', eindDatum: '2027-02-12', verzuimUren: 6, verzuimdagen: 1 };
  let zwolleZaak: string;

  it('Zwolle: one school day, first time → a waarschuwing is proposed, not a proces-verbaal', async () => {
    zwolleZaak = await viaApi(testBsn(5141), eenDag);
    const b = zeker((await zaak(zwolleZaak)).meldingen[0].beoordeling);
    expect(b).toMatchObject({ luxeVerzuimVoorstel: 'waarschuwing', luxeVerzuimBron: '002 §7', eersteOvertreding: true });
  });

  it('Utrechtse Heuvelrug: the same day → investigation (a PV is possible from one day); three days → proces-verbaal', async () => {
    const een = await viaApi(testBsn(5142), { ...eenDag, gemeente: '1581' });
    expect(zeker((await zaak(een, lpaHeuvelrug)).meldingen[0].beoordeling)).toMatchObject({ luxeVerzuimVoorstel: 'onderzoek', eersteOvertreding: true });
    const drie = await viaApi(testBsn(5143), { ...eenDag, gemeente: '1581', beginDatum: '2027-02-17', eindDatum: '2027-02-19', verzuimdagen: 3 });
    expect(zeker((await zaak(drie, lpaHeuvelrug)).meldingen[0].beoordeling)).toMatchObject({ luxeVerzuimVoorstel: 'proces-verbaal', luxeVerzuimBron: expect.stringContaining('003 art 6 lid 11') });
  });

  it('the waarschuwing is requested from handhaving with the facts and the proposal, on a Wpg topic', async () => {
    const verzoek = await voer('maatregel', { zaakId: zwolleZaak, maatregel: 'waarschuwing', tegen: 'ouders', verwijtbaar: 'ouders', zorg: false, geenVrijstelling: true });
    expect(verzoek.errors).toBeUndefined();
    expect((verzoek.data as { vraagMaatregelAan: unknown }).vraagMaatregelAan).toMatchObject({ maatregel: 'waarschuwing', voorstel: 'waarschuwing', eersteOvertreding: true });
    const uit = await db.query(`SELECT envelope FROM verzuim.outbox_message WHERE topic = 'leerrecht.verzuim.handhaving-gevraagd.v1' AND envelope->'payload'->>'zaakId' = $1`, [zwolleZaak]);
    expect(uit.rows).toHaveLength(1);
    expect(uit.rows[0].envelope).toMatchObject({ classification: 'Wpg', payload: { maatregel: 'waarschuwing', zaaksoort: 'luxe', feiten: { geenVrijstelling: true, eersteOvertreding: true, luxeVerzuimSchooldagen: 1 } } });
    expect(JSON.stringify(uit.rows[0].envelope)).not.toContain('Sanne');
  });

  it('a second luxe melding after that warning is recidive: no warning proposed', async () => {
    const z = await zaak(zwolleZaak);
    for (const t of z.taken.filter((x) => x.status === 'open' && x.soort !== 'terugkoppeling-melder')) {
      expect((await voer('stap', { taakId: t.id, actie: 'UITGEVOERD' })).errors).toBeUndefined();
    }
    expect((await voer('sluit', { zaakId: zwolleZaak, afsluitreden: 'terug-naar-school', toelichting: 'leerling-gezien-door-gemeente' })).errors).toBeUndefined();
    const tweede = await viaApi(testBsn(5141), { ...eenDag, beginDatum: '2027-02-26', eindDatum: '2027-02-26', berichtId: 'las-luxe-2' });
    expect(tweede).not.toBe(zwolleZaak);
    expect(zeker((await zaak(tweede)).meldingen[0].beoordeling)).toMatchObject({ eersteOvertreding: false, luxeVerzuimVoorstel: 'onderzoek' });
  });
});

describe('18+: no enforcement steps (000 art 7)', () => {
  let zaakId: string;

  beforeAll(async () => {
    ({ zaakId } = await viaDuo(testBsn(5151), { leerling: { burgerservicenummer: testBsn(5151), onderwijsnummer: null, geboortedatum: '2008-06-01', naam: 'Tim Bos' }, school: { brin: '99XX', onderwijssoort: 'MBO', naamLeslocatie: null }, vermoedelijkeSoortVerzuim: 'rmc-18-plus' }));
  });

  it('the case offers no measure, no parents contact, and the school first', async () => {
    const z = await zaak(zaakId);
    expect(z.soort).toBe('achttien-plus');
    expect(z.mogelijkeMaatregelen).toEqual([]);
    const soorten = z.taken.map((t) => t.soort);
    expect(soorten).toEqual(expect.arrayContaining(['contact-school', 'uitnodiging-jongere', 'terugkoppeling-melder']));
    expect(soorten).not.toContain('contact-ouders');
  });

  it('a measure or an enforcement route is refused', async () => {
    expect(errorCodes(await voer('maatregel', { zaakId, maatregel: 'waarschuwing', tegen: 'jongere', verwijtbaar: 'jongere', zorg: true, geenVrijstelling: true }))).toEqual(['MAATREGEL_NIET_MOGELIJK']);
    expect(errorCodes(await voer('route', { zaakId, route: 'halt', uitleg: 'Een poging om het via Halt te doen.' }))).toEqual(['ROUTE_NIET_MOGELIJK']);
    expect((await voer('route', { zaakId, route: 'jeugdhulp' })).errors).toBeUndefined();
    expect((await db.query(`SELECT count(*)::int AS n FROM verzuim.maatregelverzoek WHERE zaak_id = $1`, [zaakId])).rows[0].n).toBe(0);
  });

  it('the Doorstroompunt is told, with the facts it needs and no reasons', async () => {
    const uit = await db.query(`SELECT envelope FROM verzuim.outbox_message WHERE topic = 'leerrecht.verzuim.verzuim-achttien-plus-gemeld.v1' AND envelope->'payload'->>'zaakId' = $1`, [zaakId]);
    expect(uit.rows).toHaveLength(1);
    expect(uit.rows[0].envelope.payload).toMatchObject({ overdracht: false, onderwijssoort: 'MBO', geboortedatum: '2008-06-01' });
    expect(JSON.stringify(uit.rows[0].envelope)).not.toContain('Spijbelt');
  });
});

describe('closure: letters, consent for substantive feedback, DUO (000 art 6 lid 8)', () => {
  let zaakId: string;
  let meldingsnummer: string;

  beforeAll(async () => {
    ({ zaakId, meldingsnummer } = await viaDuo(testBsn(5161), { registratietijdstip: '2027-01-11T09:00:00+01:00' }));
  });

  it('a case with prescribed steps neither done nor explained does not close', async () => {
    const antwoord = await voer('sluit', { zaakId, afsluitreden: 'terug-naar-school', toelichting: 'leerling-gezien-door-gemeente' });
    expect(errorCodes(antwoord)).toEqual(['OPEN_STAPPEN']);
    expect(antwoord.errors?.[0]?.message).toContain('Contact met de ouders');
    expect((await zaak(zaakId)).status).toBe('open');
  });

  it('substantive feedback to others without consent is refused, and nothing changes', async () => {
    const z = await zaak(zaakId);
    for (const t of z.taken.filter((x) => x.status === 'open' && x.soort !== 'terugkoppeling-melder')) {
      expect((await voer('stap', { taakId: t.id, actie: 'UITGEVOERD', datum: '2027-01-13' })).errors).toBeUndefined();
    }
    const antwoord = await voer('sluit', { zaakId, afsluitreden: 'terug-naar-school', toelichting: 'leerling-gezien-door-gemeente', datum: '2027-01-20', betrokkenen: [{ ontvanger: 'zorgcoördinator van de school', inhoudelijk: true }] });
    expect(errorCodes(antwoord)).toEqual(['TOESTEMMING_ONTBREEKT']);
    expect((await zaak(zaakId)).status).toBe('open');
    expect((await db.query(`SELECT count(*)::int AS n FROM verzuim.bericht WHERE zaak_id = $1`, [zaakId])).rows[0].n).toBe(0);
  });

  it('a 14-year-old cannot give that consent himself; the parents can', async () => {
    expect(errorCodes(await voer('toestemming', { zaakId, gever: 'jongere', reikwijdte: 'inhoudelijkeTerugkoppeling', gegevenOp: '2027-01-14' }))).toEqual(['JONGERE_TE_JONG']);
    expect((await voer('toestemming', { zaakId, gever: 'ouders', reikwijdte: 'inhoudelijkeTerugkoppeling', gegevenOp: '2027-01-14' })).errors).toBeUndefined();
  });

  it('closed with consent: substantive message to the zorgcoördinator, a plain one to the mentor, letters to parents and youth, DUO told', async () => {
    const antwoord = await graphql<{ sluitVerzuimzaak: { zaak: { status: string; afsluitreden: string; bewarenTot: string }; berichten: { ontvanger: string; inhoudelijk: boolean; tekst: string }[]; brieven: string[] } }>(URL, OPERATIES.sluit, {
      i: { zaakId, afsluitreden: 'terug-naar-school', toelichting: 'leerling-gezien-door-gemeente', datum: '2027-01-20', betrokkenen: [{ ontvanger: 'zorgcoördinator van de school', inhoudelijk: true }, { ontvanger: 'mentor', inhoudelijk: false }] },
    }, lpa);
    expect(antwoord.errors).toBeUndefined();
    const uit = zeker(antwoord.data).sluitVerzuimzaak;
    // Selectielijst 2020 cat 12.1.3: a leerplicht file, 19 years from birth (2012-05-01).
    expect(uit.zaak).toMatchObject({ status: 'gesloten', afsluitreden: 'terug-naar-school', bewarenTot: '2031-05-01' });
    expect(uit.brieven.sort()).toEqual(['verzuim-afsluiting-jongere', 'verzuim-afsluiting-ouders']);
    const zorg = zeker(uit.berichten.find((b) => b.ontvanger.startsWith('zorgcoördinator')));
    const mentor = zeker(uit.berichten.find((b) => b.ontvanger === 'mentor'));
    expect(zorg).toMatchObject({ inhoudelijk: true });
    expect(zorg.tekst).toContain('weer naar school');
    expect(mentor).toMatchObject({ inhoudelijk: false });
    expect(mentor.tekst).toContain('alleen met toestemming van de ouders of van de leerling vanaf 16 jaar');
    expect(mentor.tekst).not.toContain('weer naar school');
    // 000 art 6 lid 8: in IJssel-Vecht the reporter is told through the closure in DUO, not by letter.
    expect(uit.berichten).toHaveLength(2);
    await graphql(URL, OPERATIES.verstuur, {}, admin);
    const bijDuo = await sim.terugkoppelingen(meldingsnummer);
    expect(bijDuo.statussen[meldingsnummer]).toBe('afgesloten');
    expect(bijDuo.terugkoppelingen.at(-1)).toMatchObject({ status: 'afgesloten', afsluitreden: 'terug-naar-school', toelichting: 'leerling-gezien-door-gemeente' });
    const brieven = await db.query(`SELECT envelope->'payload'->>'soort' AS soort FROM verzuim.outbox_message WHERE topic = 'leerrecht.verzuim.verzuimbrief-gevraagd.v1' AND envelope->'payload'->>'zaakId' = $1`, [zaakId]);
    expect(brieven.rows.map((r) => r.soort).sort()).toEqual(['verzuim-afsluiting-jongere', 'verzuim-afsluiting-ouders']);
  });

  it('a closure reason outside DUO\'s list is refused', async () => {
    const { zaakId: ander } = await viaDuo(testBsn(5162));
    expect(errorCodes(await voer('sluit', { zaakId: ander, afsluitreden: 'overgedragen-aan-derden', toelichting: 'geen-actie-meer' }))).toEqual(['ONGELDIGE_AFSLUITREDEN']);
  });
});

describe('screening by the administration and assignment (000 art 3 lid 9)', () => {
  it('handling a melding itself needs a reason; then DUO hears "ter kennisgeving aangenomen" and the case closes', async () => {
    const { zaakId, meldingsnummer } = await viaDuo(testBsn(5171), { vermoedelijkeSoortVerzuim: 'overig-verzuim-ziekte-schorsing', verzuimspecificatie: { verzuimdagen: 0, verzuimuren: 2 } });
    expect(errorCodes(await voer('beoordeel', { zaakId, uitkomst: 'ZELF_AFHANDELEN' }, admin))).toEqual(['REDEN_VEREIST']);
    const antwoord = await voer('beoordeel', { zaakId, uitkomst: 'ZELF_AFHANDELEN', toelichting: 'Preventieve melding van 2 uur; school heeft het zelf opgepakt.' }, admin);
    expect(antwoord.errors).toBeUndefined();
    expect((antwoord.data as { beoordeelVerzuimmelding: unknown }).beoordeelVerzuimmelding).toMatchObject({ status: 'gesloten', triage: 'zelf-afgehandeld' });
    await graphql(URL, OPERATIES.verstuur, {}, admin);
    expect((await sim.terugkoppelingen(meldingsnummer)).statussen[meldingsnummer]).toBe('ter-kennisgeving-aangenomen');
  });

  it('forwarding assigns the officer of the school; the case shows in his work list by urgency', async () => {
    expect((await voer('toewijzing', { gemeente: '0193', schoolBrin: '99XX', behandelaar: 'lpa.zwolle' }, await userToken('coordinator.ijsselvecht'))).errors).toBeUndefined();
    const { zaakId } = await viaDuo(testBsn(5172));
    const antwoord = await voer('beoordeel', { zaakId, uitkomst: 'DOORZETTEN' }, admin);
    expect((antwoord.data as { beoordeelVerzuimmelding: unknown }).beoordeelVerzuimmelding).toMatchObject({ triage: 'doorgezet', behandelaar: 'lpa.zwolle' });
    const lijst = await graphql<{ mijnVerzuimzaken: { zaken: { id: string; teLaat: number }[] } }>(URL, OPERATIES.mijnZaken, { p: '2027-03-01' }, lpa);
    expect(lijst.errors).toBeUndefined();
    const zaken = zeker(lijst.data).mijnVerzuimzaken.zaken;
    expect(zaken.map((z) => z.id)).toContain(zaakId);
    // Most overdue first.
    expect(zaken.map((z) => z.teLaat)).toEqual([...zaken.map((z) => z.teLaat)].sort((a, b) => b - a));
  });

  it('in a gemeente without screening the rule assigns the case at once', async () => {
    expect((await voer('toewijzing', { gemeente: '1581', behandelaar: 'lpa.heuvelrug' }, await userToken('beheer.regio'))).errors).toBeUndefined();
    const zaakId = await viaApi(testBsn(5173), { gemeente: '1581' });
    const z = await zaak(zaakId, lpaHeuvelrug);
    expect(z).toMatchObject({ triage: 'niet-van-toepassing', behandelaar: 'lpa.heuvelrug' });
  });
});

describe('counts per school, kind and channel', () => {
  it('a gemeente\'s meldingen of a period, without personal data', async () => {
    const antwoord = await graphql<{ verzuimmeldingentelling: { totaal: number; perKanaal: { sleutel: string; aantal: number }[]; perVerzuimsoort: { sleutel: string; aantal: number }[]; perSchool: { sleutel: string }[] } }>(URL, OPERATIES.telling, { i: { gemeente: '0193', van: '2026-12-01', totEnMet: '2027-03-01' } }, await userToken('coordinator.ijsselvecht'));
    expect(antwoord.errors).toBeUndefined();
    const telling = zeker(antwoord.data).verzuimmeldingentelling;
    expect(telling.totaal).toBeGreaterThanOrEqual(10);
    // Other test files share the database: assert what this file put there, not the whole.
    expect(telling.perKanaal.map((k) => k.sleutel)).toEqual(expect.arrayContaining(['duo', 'school-api']));
    expect(telling.perVerzuimsoort.map((k) => k.sleutel)).toEqual(expect.arrayContaining(['wettelijk', 'luxe', 'overig', 'achttien-plus']));
    expect(telling.perSchool.map((k) => k.sleutel)).toContain('99XX');
    const som = (lijst: { aantal: number }[]): number => lijst.reduce((n, k) => n + k.aantal, 0);
    expect(som(telling.perKanaal)).toBe(telling.totaal);
    expect(som(telling.perVerzuimsoort)).toBe(telling.totaal);
    expect(JSON.stringify(telling)).not.toMatch(/\d{9}/);
  });
});

describe('the te-laat-komen ladder is IJssel-Vecht\'s regional agreement (002 §7), not Zuid Oost Utrecht\'s', () => {
  it('12 times late in Zwolle: invite parents and pupil and investigate; in Utrechtse Heuvelrug no ladder applies', async () => {
    const zwolle = await viaApi(testBsn(5181), { verzuimsoort: 'overig', verzuimUren: 6, keerTeLaat: 12 });
    expect(zeker((await zaak(zwolle)).meldingen[0].beoordeling).teLaatActie).toBe('uitnodiging-en-onderzoek');
    const heuvelrug = await viaApi(testBsn(5182), { gemeente: '1581', verzuimsoort: 'overig', verzuimUren: 6, keerTeLaat: 12 });
    expect(zeker((await zaak(heuvelrug, lpaHeuvelrug)).meldingen[0].beoordeling).teLaatActie).toBeNull();
  });
});

describe('absolute verzuim handed over by the administration (absoluut-verzuim-vermoed)', () => {
  it('opens one absolute-verzuim case with the start term of the instructie, the former school and the parents', async () => {
    const bus = new KafkaBus({ brokers: TEST_ENV.kafkaBrokers.split(','), clientId: 'test-zaak' }, { logLevel: 'error' });
    await bus.connect();
    try {
      const bsn = testBsn(5191);
      const procedureId = randomUUID();
      // As the leerlingenadministratie sends it: keyed by the person's pseudonym (the services' development key).
      const sleutel = pseudonimiseerBsn(bsn, DEVELOPMENT_PSEUDONYM_KEY);
      const event = absoluutVerzuimVermoedV1.parse({
        eventId: randomUUID(), type: absoluutVerzuimVermoedV1.type, version: 1, occurredAt: '2027-01-21T08:00:00.000Z', gemeente: '1581', subjectKey: sleutel,
        classification: 'Wpg', correlationId: randomUUID(), causationId: null, actor: { type: 'systeem', id: 'leerlingenadministratie' },
        payload: { procedureId, bsn, geboortedatum: '2013-04-04', laatsteSchoolBrin: '99XX', vervolg: 'onderzoek-absoluut-verzuim', uiterlijk: '2027-01-28', vastgesteldOp: '2027-01-21', instructieVersie: 'test' },
      });
      await bus.ensureTopics([absoluutVerzuimVermoedV1.topic]);
      const bericht = { topic: absoluutVerzuimVermoedV1.topic, key: event.subjectKey, value: JSON.stringify(event) };
      // Delivered twice: still one case.
      await bus.send([bericht, bericht]);
      const zaakId = await eventually(async () => (await db.query<{ id: string }>('SELECT id FROM verzuim.verzuimzaak WHERE absoluut_procedure_id = $1', [procedureId])).rows[0]?.id, 30_000, 'zaak absoluut verzuim');
      const z = await zaak(zaakId, lpaHeuvelrug);
      expect(z.soort).toBe('absoluut');
      // 003 art 7 lid 1: the investigation starts within 5 werkdagen (the date the administration computed).
      expect(taak(z, 'start-onderzoek-absoluut-verzuim').uiterlijk).toBe('2027-01-28');
      expect(z.taken.map((t) => t.soort)).toEqual(expect.arrayContaining(['zienswijze-vorige-school', 'contact-ouders', 'contact-jongere']));
      // No reporter, so no feedback task.
      expect(z.taken.map((t) => t.soort)).not.toContain('terugkoppeling-melder');
      await new Promise((r) => setTimeout(r, 1000));
      expect((await db.query('SELECT count(*)::int AS n FROM verzuim.verzuimzaak WHERE absoluut_procedure_id = $1', [procedureId])).rows[0].n).toBe(1);
    } finally {
      await bus.disconnect();
    }
  });
});
