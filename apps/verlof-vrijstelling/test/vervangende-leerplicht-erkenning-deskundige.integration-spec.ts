import { Client } from 'pg';
import { pseudonimiseerBsn } from '@leerrecht/shared/util-bsn';
import { DEVELOPMENT_PSEUDONYM_KEY } from '@leerrecht/shared/util-config';
import { TEST_ENV, graphql, testBsn, userToken, type ServiceProcess } from '@leerrecht/shared/util-testing';
import { codes, verlofVrijstellingProces, voer, zeker } from './vvl-hulp';

/**
 * "Is this a school?" (000 art 13; 003 art 12) and the designated experts (Lpw art 7; 000 art 14;
 * 003 art 13) on the real stack, the clock on Monday 1 March 2027.
 */
const PORT = 5392;
const URL = `http://127.0.0.1:${PORT}/graphql`;

const VRAAG = `id gemeente voorzieningNaam status inspectieVerzochtOp adviestermijn { uiterlijk gedaanOp teLaat bron } advies adviesDatum conclusie conclusieOp
  oudersInformeren { uiterlijk gedaanOp teLaat bron } uitschrijvingToegestaan
  leerlingen { id bsn naam huidigeInschrijving oudersGeinformeerdOp oudersTeLaat briefIds }
  brieven { id sjabloon geadresseerde geadresseerdeRol datum } peildatum`;

const SE = {
  lijst: `query($g: String!, $p: String) { schoolErkenningsvragen(gemeente: $g, peildatum: $p) { ${VRAAG} } }`,
  vraag: `query($id: ID!, $p: String) { schoolErkenningsvraag(id: $id, peildatum: $p) { ${VRAAG} } }`,
  open: `mutation($i: OpenSchoolErkenningsvraagInput!) { openSchoolErkenningsvraag(input: $i) { ${VRAAG} } }`,
  voegToe: `mutation($i: VoegLeerlingToeAanSchoolErkenningsvraagInput!) { voegLeerlingToeAanSchoolErkenningsvraag(input: $i) { ${VRAAG} } }`,
  advies: `mutation($i: LegInspectieAdviesVastInput!) { legInspectieAdviesVast(input: $i) { ${VRAAG} } }`,
  stelVast: `mutation($i: StelSchoolErkenningVastInput!) { stelSchoolErkenningVast(input: $i) { ${VRAAG} } }`,
};

const DESKUNDIGE = 'id gemeente naam beroep organisatie afspraak werkwijze aangewezenOp geldigTotEnMet ingetrokkenOp aangewezen briefId besluitId';
const DK = {
  lijst: `query($g: String!, $p: String) { aangewezenDeskundigen(gemeente: $g, peildatum: $p) { ${DESKUNDIGE} } }`,
  wijsAan: `mutation($i: WijsDeskundigeAanInput!) { wijsDeskundigeAan(input: $i) { ${DESKUNDIGE} } }`,
  trekIn: `mutation($i: TrekAanwijzingDeskundigeInInput!) { trekAanwijzingDeskundigeIn(input: $i) { ${DESKUNDIGE} } }`,
};

interface Vraag {
  id: string; status: string; adviestermijn: { uiterlijk: string; gedaanOp: string | null; teLaat: boolean }; advies: string | null; conclusie: string | null;
  oudersInformeren: { uiterlijk: string; gedaanOp: string | null; teLaat: boolean; bron: string } | null; uitschrijvingToegestaan: boolean;
  leerlingen: { id: string; bsn: string; naam: string; huidigeInschrijving: string | null; oudersGeinformeerdOp: string | null; oudersTeLaat: boolean; briefIds: string[] }[];
  brieven: { id: string; sjabloon: string; geadresseerde: string; geadresseerdeRol: string; datum: string }[];
}
interface Deskundige { id: string; naam: string; beroep: string; afspraak: string; aangewezen: boolean; ingetrokkenOp: string | null; briefId: string | null; besluitId: string | null }

let service: ServiceProcess;
let db: Client;
let lpa: string;
let lpaKampen: string;
let admin: string;
let coach: string;

const VOORZIENING = 'Leerhuis De Vrije Vlinder';

function leerling(seed: number, naam: string, ouders: { naam: string; adres: string }[], huidigeInschrijving: string | null = null): Record<string, unknown> {
  return { bsn: testBsn(seed), naam, geboortedatum: '2016-05-04', ouders, huidigeInschrijving };
}

function opening(leerlingen: Record<string, unknown>[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { gemeente: '0193', voorzieningNaam: VOORZIENING, voorzieningAdres: 'Hanzelaan 5, 8017 JE Zwolle', meldingOntvangenOp: '2027-02-24', leerlingen, inspectieAdres: 'Postbus 2730, 3500 GS Utrecht', ...overrides };
}

beforeAll(async () => {
  service = verlofVrijstellingProces(PORT);
  await service.start();
  db = new Client({ connectionString: TEST_ENV.adminDatabaseUrl });
  await db.connect();
  [lpa, lpaKampen, admin, coach] = await Promise.all(['lpa.zwolle', 'lpa.kampen', 'admin.zwolle', 'coach.zwolle'].map((u) => userToken(u)));
});

afterAll(async () => {
  await db?.end();
  await service?.stop();
});

describe('is this a school? (000 art 13; 003 art 12)', () => {
  let vraag: Vraag;

  beforeAll(async () => {
    vraag = await voer<Vraag>(URL, SE.open, {
      i: opening([
        leerling(7201, 'Noor Visser', [{ naam: 'J. Visser', adres: 'Thorbeckegracht 3, 8011 VL Zwolle' }, { naam: 'E. Visser-Mol', adres: 'Thorbeckegracht 3, 8011 VL Zwolle' }], 'Basisschool De Sprong (12AB)'),
        leerling(7202, 'Sem Kok', [{ naam: 'R. Kok', adres: 'Luttekestraat 9, 8011 LP Zwolle' }]),
      ]),
    }, admin);
  });

  it('asks the Inspectie to advise within the stated term, with no data of any child in the letter', async () => {
    expect(vraag).toMatchObject({ status: 'inspectie-verzocht', advies: null, conclusie: null, oudersInformeren: null, uitschrijvingToegestaan: false });
    expect(vraag.adviestermijn).toMatchObject({ uiterlijk: '2027-04-12', gedaanOp: null, teLaat: false });
    expect(vraag.brieven).toEqual([expect.objectContaining({ sjabloon: 'schoolErkenningVerzoekInspectie', geadresseerde: 'Inspectie van het Onderwijs', geadresseerdeRol: 'inspectie', datum: '2027-03-01' })]);
    const brief = (await db.query<{ tekst: string; persoon_sleutel: string | null }>('SELECT tekst, persoon_sleutel FROM verlof_vrijstelling.brief WHERE id = $1', [vraag.brieven[0].id])).rows[0];
    expect(brief.persoon_sleutel).toBeNull();
    expect(brief.tekst).toContain(VOORZIENING);
    expect(brief.tekst).toContain('12 april 2027');
    for (const verboden of ['Noor', 'Sem', 'Visser', 'Kok', testBsn(7201), testBsn(7202)]) expect(brief.tekst).not.toContain(verboden);
  });

  it('keeps an existing enrolment until recognition (003 art 12 lid 2)', () => {
    expect(vraag.leerlingen.find((l) => l.naam === 'Noor Visser')?.huidigeInschrijving).toBe('Basisschool De Sprong (12AB)');
    expect(vraag.uitschrijvingToegestaan).toBe(false);
  });

  it('refuses a conclusion before the advice', async () => {
    expect(codes(await graphql(URL, SE.stelVast, { i: { vraagId: vraag.id, conclusie: 'geenSchool' } }, lpa))).toEqual(['ADVIES_ONTBREEKT']);
  });

  it('records the advice "not a school": the parents are due a letter within 7 days, flagged when they pass', async () => {
    const metAdvies = await voer<Vraag>(URL, SE.advies, { i: { vraagId: vraag.id, advies: 'geenSchool', adviesDatum: '2027-03-01', toelichting: 'Geen bevoegde leraren, geen onderwijsprogramma.' } }, admin);
    expect(metAdvies).toMatchObject({ status: 'advies-ontvangen', advies: 'geen-school' });
    expect(metAdvies.oudersInformeren).toMatchObject({ uiterlijk: '2027-03-08', gedaanOp: null, teLaat: false, bron: '000 art 13 lid 3' });
    const later = await voer<Vraag>(URL, SE.vraag, { id: vraag.id, p: '2027-03-09' }, lpa);
    expect(later.oudersInformeren?.teLaat).toBe(true);
    expect(later.leerlingen.every((l) => l.oudersTeLaat)).toBe(true);
  });

  it('refuses a conclusion contrary to the advice (000 art 13 lid 2; 003 art 12 lid 3), and the administration concluding; nothing changes', async () => {
    const tegen = await graphql(URL, SE.stelVast, { i: { vraagId: vraag.id, conclusie: 'school' } }, lpa);
    expect(codes(tegen)).toEqual(['CONCLUSIE_WIJKT_AF_VAN_ADVIES']);
    expect(codes(await graphql(URL, SE.stelVast, { i: { vraagId: vraag.id, conclusie: 'geenSchool' } }, admin))).toEqual(['FORBIDDEN']);
    const rij = (await db.query('SELECT conclusie, status FROM verlof_vrijstelling.school_erkenningsvraag WHERE id = $1', [vraag.id])).rows[0];
    expect(rij).toEqual({ conclusie: null, status: 'advies-ontvangen' });
    expect((await db.query(`SELECT count(*)::int AS n FROM verlof_vrijstelling.brief WHERE zaak_id = $1 AND sjabloon = 'schoolNietErkendOuders'`, [vraag.id])).rows[0].n).toBe(0);
    // The database holds the rule too.
    await expect(db.query(`UPDATE verlof_vrijstelling.school_erkenningsvraag SET conclusie = 'school' WHERE id = $1`, [vraag.id])).rejects.toThrow(/school_erkenningsvraag_volgt_advies/);
  });

  it('"not a school": one letter to the parents of each pupil, naming the provision and the gemeente, within the 7 days', async () => {
    const vastgesteld = await voer<Vraag>(URL, SE.stelVast, { i: { vraagId: vraag.id, conclusie: 'geenSchool' } }, lpa);
    expect(vastgesteld).toMatchObject({ status: 'vastgesteld', conclusie: 'geen-school', uitschrijvingToegestaan: false });
    expect(vastgesteld.oudersInformeren).toMatchObject({ uiterlijk: '2027-03-08', gedaanOp: '2027-03-01', teLaat: false });
    const brieven = vastgesteld.brieven.filter((b) => b.sjabloon === 'schoolNietErkendOuders');
    expect(brieven.map((b) => b.geadresseerde).sort()).toEqual(['J. Visser en E. Visser-Mol', 'R. Kok']);
    expect(brieven.every((b) => b.geadresseerdeRol === 'ouders' && b.datum === '2027-03-01')).toBe(true);
    for (const l of vastgesteld.leerlingen) {
      expect(l).toMatchObject({ oudersGeinformeerdOp: '2027-03-01', oudersTeLaat: false });
      expect(l.briefIds).toHaveLength(1);
      const brief = (await db.query<{ tekst: string; persoon_sleutel: string }>('SELECT tekst, persoon_sleutel FROM verlof_vrijstelling.brief WHERE id = $1', [l.briefIds[0]])).rows[0];
      expect(brief.persoon_sleutel).toBe(pseudonimiseerBsn(l.bsn, DEVELOPMENT_PSEUDONYM_KEY));
      expect(brief.tekst).toContain(VOORZIENING);
      expect(brief.tekst).toContain('Zwolle');
      expect(brief.tekst).toContain(l.naam);
      expect(brief.tekst).toContain('1 maart 2027');
      // Each letter is about its own pupil only.
      const ander = zeker(vastgesteld.leerlingen.find((x) => x.id !== l.id));
      expect(brief.tekst).not.toContain(ander.naam);
    }
  });

  it('a pupil found later gets the letter at once', async () => {
    const bijgevoegd = await voer<Vraag>(URL, SE.voegToe, { i: { vraagId: vraag.id, leerling: leerling(7203, 'Lotte Mulder', [{ naam: 'S. Mulder', adres: 'Diezerstraat 20, 8011 RJ Zwolle' }]) } }, admin);
    expect(bijgevoegd.leerlingen).toHaveLength(3);
    expect(bijgevoegd.leerlingen.find((l) => l.naam === 'Lotte Mulder')).toMatchObject({ oudersGeinformeerdOp: '2027-03-01', oudersTeLaat: false });
    expect(bijgevoegd.brieven.filter((b) => b.sjabloon === 'schoolNietErkendOuders')).toHaveLength(3);
  });

  it('lists the gemeente’s cases, refuses other gemeenten and roles', async () => {
    const lijst = await voer<Vraag[]>(URL, SE.lijst, { g: '0193', p: null }, admin);
    expect(lijst.map((v) => v.id)).toContain(vraag.id);
    expect(codes(await graphql(URL, SE.vraag, { id: vraag.id }, lpaKampen))).toEqual(['NIET_GEVONDEN']);
    expect(codes(await graphql(URL, SE.lijst, { g: '0193' }, lpaKampen))).toEqual(['GEMEENTE_NIET_TOEGESTAAN']);
    expect(codes(await graphql(URL, SE.lijst, { g: '0193' }, coach))).toEqual(['FORBIDDEN']);
    expect(codes(await graphql(URL, SE.open, { i: opening([leerling(7204, 'X', [{ naam: 'Y', adres: 'Z' }])]) }, coach))).toEqual(['FORBIDDEN']);
  });

  it('writes an audit line per pupil for every read and step', async () => {
    const regels = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit.verwerking WHERE betrokkene = $1 AND verwerkingsactiviteit = 'school-erkenning-behandelen' AND status = 'toegestaan'`,
      [pseudonimiseerBsn(testBsn(7201), DEVELOPMENT_PSEUDONYM_KEY)],
    );
    // open, advies, vraag (peildatum), stelVast, voegToe, lijst.
    expect(regels.rows[0].n).toBeGreaterThanOrEqual(6);
  });

  it('refuses bad input without writing anything', async () => {
    const voor = (await db.query('SELECT (SELECT count(*) FROM verlof_vrijstelling.school_erkenningsvraag)::int AS v, (SELECT count(*) FROM verlof_vrijstelling.brief)::int AS b')).rows[0];
    const fout = await graphql(URL, SE.open, { i: opening([leerling(7205, 'A', [{ naam: 'B', adres: 'C' }]), { ...leerling(7206, 'D', [{ naam: 'E', adres: 'F' }]), bsn: '123456788' }]) }, lpa);
    expect(codes(fout)).toEqual(['ONGELDIG_BSN']);
    expect(zeker(fout.errors)[0].extensions?.veld).toBe('leerlingen[1].bsn');
    expect(codes(await graphql(URL, SE.open, { i: opening([]) }, lpa))).toEqual(['ONGELDIGE_INVOER']);
    const na = (await db.query('SELECT (SELECT count(*) FROM verlof_vrijstelling.school_erkenningsvraag)::int AS v, (SELECT count(*) FROM verlof_vrijstelling.brief)::int AS b')).rows[0];
    expect(na).toEqual(voor);
  });
});

describe('designated experts (Lpw art 7; 000 art 14; 003 art 13)', () => {
  let deskundige: Deskundige;

  beforeAll(async () => {
    deskundige = await voer<Deskundige>(URL, DK.wijsAan, {
      i: { gemeente: '0193', naam: 'Dr. A. Visser', beroep: 'arts', organisatie: 'GGD IJsselland', adres: 'Zeven Alleetjes 1, 7411 AB Deventer', afspraak: 'structureel', werkwijze: 'Onderzoek binnen 20 werkdagen op het spreekuur; verklaring op het formulier van de gemeente.' },
    }, lpa);
  });

  it('designates on behalf of the college with a decision and a letter to the expert', async () => {
    expect(deskundige).toMatchObject({ naam: 'Dr. A. Visser', beroep: 'arts', afspraak: 'structureel', aangewezen: true, ingetrokkenOp: null });
    const besluit = (await db.query('SELECT soort, uitkomst, namens, grondslag, persoon_sleutel FROM verlof_vrijstelling.besluit WHERE id = $1', [deskundige.besluitId])).rows[0];
    expect(besluit).toEqual({ soort: 'aanwijzing-deskundige', uitkomst: 'toegewezen', namens: 'college', grondslag: 'Lpw art 7', persoon_sleutel: null });
    const brief = (await db.query<{ sjabloon: string; geadresseerde_rol: string; tekst: string }>('SELECT sjabloon, geadresseerde_rol, tekst FROM verlof_vrijstelling.brief WHERE id = $1', [deskundige.briefId])).rows[0];
    expect(brief).toMatchObject({ sjabloon: 'aanwijzingDeskundige', geadresseerde_rol: 'deskundige' });
    expect(brief.tekst).toContain('Dr. A. Visser, arts');
    expect(brief.tekst).toContain('Structureel: Onderzoek binnen 20 werkdagen');
  });

  it('lists the gemeente’s experts for the officer and the administration; other gemeenten do not see them', async () => {
    expect((await voer<Deskundige[]>(URL, DK.lijst, { g: '0193', p: null }, admin)).map((d) => d.id)).toContain(deskundige.id);
    expect((await voer<Deskundige[]>(URL, DK.lijst, { g: '0166', p: null }, lpaKampen)).map((d) => d.id)).not.toContain(deskundige.id);
    expect(codes(await graphql(URL, DK.lijst, { g: '0193' }, lpaKampen))).toEqual(['GEMEENTE_NIET_TOEGESTAAN']);
  });

  it('only the officer designates or withdraws', async () => {
    const invoer = { gemeente: '0193', naam: 'Drs. B. de Wit', beroep: 'psycholoog', afspraak: 'adHoc', werkwijze: 'Per verzoek.' };
    expect(codes(await graphql(URL, DK.wijsAan, { i: invoer }, admin))).toEqual(['FORBIDDEN']);
    expect(codes(await graphql(URL, DK.wijsAan, { i: invoer }, coach))).toEqual(['FORBIDDEN']);
    expect(codes(await graphql(URL, DK.wijsAan, { i: invoer }, lpaKampen))).toEqual(['GEMEENTE_NIET_TOEGESTAAN']);
    expect(codes(await graphql(URL, DK.trekIn, { i: { deskundigeId: deskundige.id } }, lpaKampen))).toEqual(['NIET_GEVONDEN']);
    expect((await db.query(`SELECT count(*)::int AS n FROM verlof_vrijstelling.deskundige WHERE naam = 'Drs. B. de Wit'`)).rows[0].n).toBe(0);
  });

  it('withdraws the designation: no longer designated', async () => {
    const ingetrokken = await voer<Deskundige>(URL, DK.trekIn, { i: { deskundigeId: deskundige.id } }, lpa);
    expect(ingetrokken).toMatchObject({ ingetrokkenOp: '2027-03-01', aangewezen: false });
    const eerder = await voer<Deskundige[]>(URL, DK.lijst, { g: '0193', p: '2027-02-28' }, lpa);
    // Designated today, so on 28 February it was not designated yet either.
    expect(eerder.find((d) => d.id === deskundige.id)?.aangewezen).toBe(false);
  });

  it('audits every read and change as deskundige-aanwijzen, without a data subject', async () => {
    const regels = await db.query<{ betrokkene: string | null; operatie: string }>(`SELECT betrokkene, operatie FROM audit.verwerking WHERE verwerkingsactiviteit = 'deskundige-aanwijzen' AND status = 'toegestaan'`);
    expect(regels.rows.length).toBeGreaterThanOrEqual(5);
    expect(regels.rows.every((r) => r.betrokkene === null)).toBe(true);
    expect(regels.rows.map((r) => r.operatie.split('.').pop())).toEqual(expect.arrayContaining(['wijsDeskundigeAan', 'aangewezenDeskundigen', 'trekAanwijzingDeskundigeIn']));
  });
});
