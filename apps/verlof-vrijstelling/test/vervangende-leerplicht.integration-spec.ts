import { Client } from 'pg';
import { vervangendeLeerplichtToegestaanV1 } from '@leerrecht/shared/contracts-events';
import { KafkaBus } from '@leerrecht/shared/data-access-bus';
import { pseudonimiseerBsn } from '@leerrecht/shared/util-bsn';
import { DEVELOPMENT_PSEUDONYM_KEY } from '@leerrecht/shared/util-config';
import { TEST_ENV, eventually, graphql, testBsn, userToken, type ServiceProcess } from '@leerrecht/shared/util-testing';
import { VVL, codes, opening, plan, verlofVrijstellingProces, voer, zeker, type Vvl } from './vvl-hulp';

/**
 * Vervangende leerplicht (Lpw art 3a, 3b) on the real stack, the service as its own process, the
 * clock on Monday 1 March 2027: a 3b approval in Zwolle within the 4 weeks with its event, DUO and
 * Arbeidsinspectie letter; the GGD capacity statement in Noordoostpolder (001 §3.3); no decision
 * without the parents' signature; the 10 and 5 werkdagen terms across Christmas; the 4-week term
 * lapsing; role × gemeente denials with nothing changed; bad input with no row written; audit lines.
 */
const PORT = 5391;
const URL = `http://127.0.0.1:${PORT}/graphql`;

let service: ServiceProcess;
let db: Client;
let lpa: string;
let lpaKampen: string;
let lpaNop: string;
let lpaHeuvelrug: string;
let admin: string;
let coach: string;

const open = (input: Record<string, unknown>, token = lpa) => voer<Vvl>(URL, VVL.open, { i: input }, token);
const stap = (operatie: keyof typeof VVL, input: Record<string, unknown>, token = lpa) => voer<Vvl>(URL, VVL[operatie], { i: input }, token);
const zaak = (id: string, token = lpa, peildatum?: string) => voer<Vvl>(URL, VVL.zaak, { id, p: peildatum ?? null }, token);

/** Conversations, plan, agreements and designers informed: ready for the parents' request. */
async function voorbereid(zaakId: string, artikel: 'art3a' | 'art3b', token = lpa, data: { gesprek?: string; afspraken?: string } = {}): Promise<Vvl> {
  await stap('gesprek', { zaakId, soort: 'voorbereiding', datum: data.gesprek ?? '2027-02-17', deelnemers: ['ouders', 'jongere', 'leerplichtambtenaar', 'mentor'], verslag: 'Programma en werkzaamheden besproken.' }, token);
  await stap('plan', { zaakId, ...plan(artikel) }, token);
  await stap('afspraken', {
    zaakId,
    vastgelegdOp: data.afspraken ?? '2027-02-24',
    afspraken: 'Drie dagdelen werk, één dag school; evaluatie na zes weken.',
    ontwerpers: [{ naam: artikel === 'art3b' ? 'Deltion College' : 'Thorbecke Scholengemeenschap', adres: 'Postbus 565, 8000 AN Zwolle' }, { naam: 'Fietsenmakerij De Spaak', adres: 'Assendorperstraat 1, 8012 DA Zwolle' }],
  }, token);
  return stap('informeer', { zaakId }, token);
}

async function rij(id: string): Promise<Record<string, unknown>> {
  return zeker((await db.query('SELECT * FROM verlof_vrijstelling.vervangende_leerplicht WHERE id = $1', [id])).rows[0] as Record<string, unknown>);
}

beforeAll(async () => {
  service = verlofVrijstellingProces(PORT);
  await service.start();
  db = new Client({ connectionString: TEST_ENV.adminDatabaseUrl });
  await db.connect();
  [lpa, lpaKampen, lpaNop, lpaHeuvelrug, admin, coach] = await Promise.all(
    ['lpa.zwolle', 'lpa.kampen', 'lpa.nop', 'lpa.heuvelrug', 'admin.zwolle', 'coach.zwolle'].map((u) => userToken(u)),
  );
});

afterAll(async () => {
  await db?.end();
  await service?.stop();
});

describe('Zwolle, art 3b: decided within 4 weeks, event, Arbeidsinspectie, copies, evaluation, end', () => {
  const bsn = testBsn(7001);
  let id: string;
  let besloten: Vvl;

  beforeAll(async () => {
    // The administration registers the officer's finding (000 art 10: the file); the officer decides.
    const geopend = await open(opening(bsn), admin);
    id = geopend.id;
    expect(geopend).toMatchObject({ status: 'gesprekken', artikel: '3b', planAuteurSoort: 'instelling', leeftijdOpIngang: 14 });
    // 000 art 10 lid 2: 10 werkdagen after Monday 15 February.
    expect(geopend.termijnen.gesprekken).toMatchObject({ uiterlijk: '2027-03-01', status: 'loopt', bron: '000 art 10 lid 2', opmerking: '"indien mogelijk"' });
    const voorbereidZaak = await voorbereid(id, 'art3b', admin);
    expect(voorbereidZaak.termijnen.gesprekken).toMatchObject({ gedaanOp: '2027-02-17', status: 'tijdig', teLaat: false });
    // Agreements Wednesday 24 February, informed today: 5 werkdagen run to Wednesday 3 March.
    expect(voorbereidZaak.termijnen.informeren).toMatchObject({ uiterlijk: '2027-03-03', gedaanOp: '2027-03-01', status: 'tijdig' });
    const ingediend = await stap('verzoek', { zaakId: id, ontvangenOp: '2027-02-26', oudersOndertekendOp: '2027-02-25', jongereOndertekendOp: '2027-02-25' }, admin);
    // Four weeks after Friday 26 February is Good Friday 26 March; with Easter Monday the last day is Tuesday 30 March (Atw art 1, 3).
    expect(ingediend.termijnen.beslissen).toMatchObject({ uiterlijk: '2027-03-30', status: 'loopt', bron: 'Lpw art 3a–3c' });
    besloten = await stap('beslis', { zaakId: id, beslissing: 'toegestaan', motivering: 'Het plan sluit aan bij wat de jongere aankan; de instelling begeleidt.' });
  });

  it('is decided on behalf of the college within the 4 weeks: tijdig-besloten', () => {
    expect(besloten.status).toBe('toegestaan');
    expect(besloten.besluit).toMatchObject({ soort: 'vervangende-leerplicht', uitkomst: 'toegewezen', namens: 'college', bekendgemaaktOp: '2027-03-01', genomenDoor: 'lpa.zwolle' });
    expect(besloten.besluit?.grondslag).toContain('Lpw art 3b');
    expect(besloten.besluit?.bezwaarUiterlijk).not.toBeNull();
    expect(besloten.termijnen.beslissen).toMatchObject({ status: 'tijdig-besloten', teLaat: false });
  });

  it('sends the decision to the parents with a copy to the institution (2 weeks, Lpw art 3a–3c) and informs the Arbeidsinspectie (000 art 10 lid 4: every approval)', async () => {
    const besluitbrief = zeker(besloten.brieven.find((b) => b.sjabloon === 'vervangendeLeerplichtBesluit'));
    expect(besluitbrief).toMatchObject({ geadresseerdeRol: 'ouders', geadresseerde: 'P. de Boer en M. de Boer-Smit', afschriftAan: ['Deltion College'], datum: '2027-03-01' });
    expect(besloten.afschriften).toEqual([{ aan: 'Deltion College', rol: 'instelling', verzondenOp: '2027-03-01' }]);
    expect(besloten.termijnen.afschrift).toMatchObject({ uiterlijk: '2027-03-15', gedaanOp: '2027-03-01', status: 'tijdig' });
    expect(besloten.arbeidsinspectieVereist).toBe(true);
    const inspectiebrief = zeker(besloten.brieven.find((b) => b.sjabloon === 'vervangendeLeerplichtArbeidsinspectie'));
    expect(inspectiebrief).toMatchObject({ id: besloten.arbeidsinspectieBriefId, geadresseerdeRol: 'arbeidsinspectie' });
    expect(besloten.brieven.filter((b) => b.sjabloon === 'vervangendeLeerplichtInformatieOntwerpers').map((b) => b.geadresseerde).sort()).toEqual(['Deltion College', 'Fietsenmakerij De Spaak']);
    const teksten = await db.query<{ sjabloon: string; tekst: string }>('SELECT sjabloon, tekst FROM verlof_vrijstelling.brief WHERE zaak_id = $1', [id]);
    const besluit = zeker(teksten.rows.find((r) => r.sjabloon === 'vervangendeLeerplichtBesluit')).tekst;
    expect(besluit).toContain('artikel 3b');
    expect(besluit).toContain('15 maart 2027 tot en met 16 juli 2027');
    expect(besluit).toContain('fietsenwerkplaats');
    expect(besluit).toContain('bezwaar');
    expect(zeker(teksten.rows.find((r) => r.sjabloon === 'vervangendeLeerplichtArbeidsinspectie')).tekst).toContain('Lichte werkzaamheden in een fietsenwerkplaats');
  });

  it('puts vervangende-leerplicht-toegestaan on the outbox in the same transaction, and the relay publishes it to Kafka', async () => {
    const uit = await db.query<{ envelope: { payload: Record<string, unknown>; gemeente: string; subjectKey: string } }>(
      `SELECT envelope FROM verlof_vrijstelling.outbox_message WHERE topic = $1 AND envelope->'payload'->>'vervangendeLeerplichtId' = $2`,
      [vervangendeLeerplichtToegestaanV1.topic, id],
    );
    expect(uit.rows).toHaveLength(1);
    expect(uit.rows[0].envelope.payload).toMatchObject({ bsn, geboortedatum: '2012-09-10', artikel: '3b', van: '2027-03-15', totEnMet: '2027-07-16', besluitId: besloten.besluit?.id });
    expect(uit.rows[0].envelope.subjectKey).toBe(pseudonimiseerBsn(bsn, DEVELOPMENT_PSEUDONYM_KEY));
    await eventually(async () => {
      const gepubliceerd = await db.query(`SELECT 1 FROM verlof_vrijstelling.outbox_message WHERE topic = $1 AND envelope->'payload'->>'vervangendeLeerplichtId' = $2 AND published_at IS NOT NULL`, [vervangendeLeerplichtToegestaanV1.topic, id]);
      return gepubliceerd.rowCount === 1 ? true : undefined;
    }, 30_000, 'event gepubliceerd');
    const bus = new KafkaBus({ brokers: TEST_ENV.kafkaBrokers.split(','), clientId: 'test-vvl' }, { logLevel: 'error' });
    await bus.connect();
    try {
      const offsets = await bus.fetchTopicOffsets(vervangendeLeerplichtToegestaanV1.topic);
      expect(offsets.reduce((som, p) => som + p.high, 0n)).toBeGreaterThanOrEqual(1n);
    } finally {
      await bus.disconnect();
    }
  });

  it("queues the registration in DUO's register in the decision's transaction (Lpw art 3a–3c; koppelingen §3)", async () => {
    const rijen = await db.query(
      'SELECT handeling, soort, artikel, bsn, postcode, begindatum::text, einddatum::text, eerder_verleend, persoonsgegevens, status, besluit_id FROM verlof_vrijstelling.duo_registratie WHERE zaak_id = $1',
      [id],
    );
    expect(rijen.rows).toEqual([
      { handeling: 'registratie', soort: 'vervangende-leerplicht', artikel: '3b', bsn, postcode: '8011MC', begindatum: '2027-03-15', einddatum: '2027-07-16', eerder_verleend: false, persoonsgegevens: null, status: 'wachtend', besluit_id: besloten.besluit?.id },
    ]);
  });

  it('records an evaluation conversation after the positive decision (001 §3.3), and a later copy', async () => {
    const na = await stap('gesprek', { zaakId: id, soort: 'evaluatie', datum: '2027-03-01', deelnemers: ['ouders', 'jongere'], verslag: 'Start besproken.' }, admin);
    expect(na.gesprekken.map((g) => g.soort)).toEqual(['voorbereiding', 'evaluatie']);
    const met = await stap('afschrift', { zaakId: id, aan: 'Daan de Boer', rol: 'jongere', verzondenOp: '2027-03-01' }, admin);
    expect(met.afschriften).toHaveLength(2);
  });

  it('ends it early: vervangende-leerplicht-beeindigd, only by the officer', async () => {
    const doorAdmin = await graphql(URL, VVL.beeindig, { i: { zaakId: id, laatsteDag: '2027-05-31', reden: 'nietMeerVanToepassing', toelichting: 'Ingeschreven in de BBL.' } }, admin);
    expect(codes(doorAdmin)).toEqual(['FORBIDDEN']);
    const beeindigd = await stap('beeindig', { zaakId: id, laatsteDag: '2027-05-31', reden: 'nietMeerVanToepassing', toelichting: 'Ingeschreven in de BBL.' });
    expect(beeindigd).toMatchObject({ status: 'beeindigd', laatsteDag: '2027-05-31', eindeReden: 'niet-meer-van-toepassing' });
    const uit = await db.query(`SELECT envelope FROM verlof_vrijstelling.outbox_message WHERE topic = 'leerrecht.verlof-vrijstelling.vervangende-leerplicht-beeindigd.v1' AND envelope->'payload'->>'vervangendeLeerplichtId' = $1`, [id]);
    expect(uit.rows[0]?.envelope.payload).toEqual({ vervangendeLeerplichtId: id, laatsteDag: '2027-05-31', reden: 'niet-meer-van-toepassing' });
    const duo = await db.query(`SELECT einddatum::text, status FROM verlof_vrijstelling.duo_registratie WHERE zaak_id = $1 AND handeling = 'beeindiging'`, [id]);
    expect(duo.rows).toEqual([{ einddatum: '2027-05-31', status: 'wachtend' }]);
  });

  it('writes an audit line for every read and step, under the pseudonym, never the BSN', async () => {
    await zaak(id);
    const regels = await db.query<{ operatie: string; verwerkingsactiviteit: string; status: string }>(
      'SELECT operatie, verwerkingsactiviteit, status FROM audit.verwerking WHERE betrokkene = $1 ORDER BY tijdstip',
      [pseudonimiseerBsn(bsn, DEVELOPMENT_PSEUDONYM_KEY)],
    );
    expect(regels.rows.length).toBeGreaterThanOrEqual(10);
    expect(new Set(regels.rows.map((r) => r.verwerkingsactiviteit))).toEqual(new Set(['vervangende-leerplicht-behandelen']));
    // operatie is "mutation (naamloos) / Mutation.beslisVervangendeLeerplicht".
    expect(regels.rows.map((r) => r.operatie.split('.').pop())).toEqual(expect.arrayContaining(['openVervangendeLeerplicht', 'beslisVervangendeLeerplicht', 'vervangendeLeerplicht']));
    expect(regels.rows.every((r) => r.status === 'toegestaan')).toBe(true);
    expect((await db.query('SELECT count(*)::int AS n FROM audit.verwerking WHERE betrokkene = $1', [bsn])).rows[0].n).toBe(0);
  });
});

describe('the Arbeidsinspectie rule per profile', () => {
  it('Utrechtse Heuvelrug, art 3a: not reported (003 art 9 lid 6: only art 3b); no Dutch education history: DUO gets name, address, sex and birth date', async () => {
    const { id } = await open(
      opening(testBsn(7011), {
        gemeente: '1581',
        artikel: 'art3a',
        adres: 'Dorpsstraat 1A, 3941 JK Doorn',
        postcode: '3941JK',
        ouders: [{ naam: 'A. Jansen', adres: 'Dorpsstraat 1A, 3941 JK Doorn' }],
        geenNederlandseOnderwijsgeschiedenis: true,
        duoPersoonsgegevens: { voornamen: 'Daan', geslachtsnaam: 'Boer', voorvoegsel: 'de', straat: 'Dorpsstraat', huisnummer: 1, huisletter: 'A', woonplaats: 'Doorn' },
      }),
      lpaHeuvelrug,
    );
    await voorbereid(id, 'art3a', lpaHeuvelrug);
    await stap('verzoek', { zaakId: id, ontvangenOp: '2027-02-26', oudersOndertekendOp: '2027-02-26' }, lpaHeuvelrug);
    const besloten = await stap('beslis', { zaakId: id, beslissing: 'toegestaan', motivering: 'Passend programma.' }, lpaHeuvelrug);
    expect(besloten).toMatchObject({ status: 'toegestaan', arbeidsinspectieVereist: false, arbeidsinspectieBriefId: null });
    expect(besloten.brieven.map((b) => b.sjabloon)).not.toContain('vervangendeLeerplichtArbeidsinspectie');
    expect(besloten.afschriften).toEqual([{ aan: 'Thorbecke Scholengemeenschap', rol: 'school', verzondenOp: '2027-03-01' }]);
    const duo = await db.query('SELECT artikel, postcode, persoonsgegevens FROM verlof_vrijstelling.duo_registratie WHERE zaak_id = $1', [id]);
    expect(duo.rows).toEqual([
      {
        artikel: '3a',
        postcode: '3941JK',
        persoonsgegevens: {
          naam: { voornamen: 'Daan', voorvoegsel: 'de', geslachtsnaam: 'Boer' },
          adres: { straat: 'Dorpsstraat', huisnummer: 1, huisletter: 'A', toevoeging: null, postcode: '3941JK', woonplaats: 'Doorn' },
          geslacht: 'M',
          geboortedatum: '2012-09-10',
        },
      },
    ]);
  });
});

describe('Noordoostpolder: the GGD capacity statement is required (001 §3.3)', () => {
  let id: string;

  beforeAll(async () => {
    ({ id } = await open(opening(testBsn(7021), { gemeente: '0171', artikel: 'art3a', adres: 'Harm Smeengekade 1, 8302 GA Emmeloord', ouders: [{ naam: 'K. Bakker', adres: 'Harm Smeengekade 1, 8302 GA Emmeloord' }] }), lpaNop));
    await voorbereid(id, 'art3a', lpaNop);
    await stap('verzoek', { zaakId: id, ontvangenOp: '2027-02-26', oudersOndertekendOp: '2027-02-26' }, lpaNop);
  });

  it('has no conversations or informing term (001 §3.3 sets none), and asks for the statement', async () => {
    const z = await zaak(id, lpaNop);
    expect(z.belastbaarheidsverklaringVereist).toBe(true);
    expect(z.termijnen.gesprekken).toMatchObject({ uiterlijk: null, status: 'gedaan', teLaat: false });
    expect(z.termijnen.informeren).toMatchObject({ uiterlijk: null, teLaat: false });
  });

  it('refuses the decision without the statement, and nothing is decided', async () => {
    const zonder = await graphql(URL, VVL.beslis, { i: { zaakId: id, beslissing: 'toegestaan', motivering: 'Passend.' } }, lpaNop);
    expect(codes(zonder)).toEqual(['BELASTBAARHEIDSVERKLARING_ONTBREEKT']);
    expect(await rij(id)).toMatchObject({ status: 'verzoek-ingediend', besluit_id: null });
    expect((await db.query('SELECT count(*)::int AS n FROM verlof_vrijstelling.besluit WHERE zaak_id = $1', [id])).rows[0].n).toBe(0);
  });

  it('accepts it with the statement of the GGD Flevoland youth doctor; no Arbeidsinspectie letter for art 3a (001 §3.6)', async () => {
    const met = await stap('belastbaarheid', { zaakId: id, uitgever: 'Jeugdarts GGD Flevoland', datum: '2027-02-26', strekking: 'belastbaar voor drie dagen per week' }, lpaNop);
    expect(met.verklaringen).toEqual([{ soort: 'belastbaarheid', uitgever: 'Jeugdarts GGD Flevoland', datum: '2027-02-26' }]);
    const besloten = await stap('beslis', { zaakId: id, beslissing: 'toegestaan', motivering: 'Op grond van de verklaring van de jeugdarts.' }, lpaNop);
    expect(besloten).toMatchObject({ status: 'toegestaan', arbeidsinspectieVereist: false });
    const klasse = await db.query<{ classificatie: string }>('SELECT classificatie FROM verlof_vrijstelling.verklaring WHERE zaak_id = $1', [id]);
    expect(klasse.rows.map((r) => r.classificatie)).toEqual(['AVG-bijzonder']);
  });
});

describe("no decision without the parents' signature (000 art 10 lid 4; 003 art 9 lid 5 a)", () => {
  it('refuses with ONTBREKENDE_HANDTEKENING and decides once the signature is recorded', async () => {
    const { id } = await open(opening(testBsn(7031)));
    await voorbereid(id, 'art3b');
    await stap('verzoek', { zaakId: id, ontvangenOp: '2027-02-26' });
    const zonder = await graphql<unknown>(URL, VVL.beslis, { i: { zaakId: id, beslissing: 'toegestaan', motivering: 'Passend.' } }, lpa);
    expect(codes(zonder)).toEqual(['ONTBREKENDE_HANDTEKENING']);
    expect(zeker(zonder.errors)[0].message.toLowerCase()).toContain('ontbrekende handtekening');
    expect(await rij(id)).toMatchObject({ status: 'verzoek-ingediend', besluit_id: null });
    expect((await db.query('SELECT count(*)::int AS n FROM verlof_vrijstelling.brief WHERE zaak_id = $1 AND sjabloon = $2', [id, 'vervangendeLeerplichtBesluit'])).rows[0].n).toBe(0);

    await stap('ondertekening', { zaakId: id, oudersOndertekendOp: '2027-03-01' }, admin);
    const afgewezen = await stap('beslis', { zaakId: id, beslissing: 'afgewezen', motivering: 'De werkzaamheden passen niet bij de leeftijd.' });
    expect(afgewezen).toMatchObject({ status: 'afgewezen', arbeidsinspectieVereist: false });
    expect(afgewezen.besluit?.uitkomst).toBe('afgewezen');
    // A refusal is no event: the youth's plicht does not change.
    expect((await db.query(`SELECT count(*)::int AS n FROM verlof_vrijstelling.outbox_message WHERE envelope->'payload'->>'vervangendeLeerplichtId' = $1`, [id])).rows[0].n).toBe(0);
  });
});

describe('the 10 and 5 werkdagen terms across Christmas (000 art 10 lid 2–3)', () => {
  it('finding Wednesday 16 December 2026: conversations by 31 December; agreements 23 December: designers by 31 December, then flagged late', async () => {
    const { id } = await open(opening(testBsn(7041), { bevindingOp: '2026-12-16' }));
    const z = await zaak(id, lpa, '2026-12-17');
    expect(z.termijnen.gesprekken).toMatchObject({ uiterlijk: '2026-12-31', status: 'loopt' });
    await stap('gesprek', { zaakId: id, soort: 'voorbereiding', datum: '2026-12-18', deelnemers: ['ouders', 'jongere'], verslag: 'Eerste gesprek.' });
    const vastgelegd = await stap('afspraken', { zaakId: id, vastgelegdOp: '2026-12-23', afspraken: 'Werkplek zoeken.', ontwerpers: [{ naam: 'Deltion College' }] });
    expect(vastgelegd.termijnen.gesprekken).toMatchObject({ uiterlijk: '2026-12-31', gedaanOp: '2026-12-18', status: 'tijdig' });
    expect(vastgelegd.termijnen.informeren).toMatchObject({ uiterlijk: '2026-12-31', gedaanOp: null, status: 'verstreken', teLaat: true, bron: '000 art 10 lid 3' });
    const werklijst = await voer<{ id: string; teLaat: boolean; teLaatStappen: string[]; volgendeStap: string | null }[]>(URL, VVL.werklijst, { g: '0193', p: null }, admin);
    expect(werklijst.find((r) => r.id === id)).toMatchObject({ teLaat: true, teLaatStappen: ['ontwerpers informeren'], volgendeStap: 'ontwerpers informeren' });
    // Late ones come first.
    expect(werklijst.findIndex((r) => r.teLaat)).toBe(0);
  });
});

describe('the 4-week decision term lapsing (Lpw art 3a–3c)', () => {
  let id: string;

  beforeAll(async () => {
    ({ id } = await open(opening(testBsn(7051), { bevindingOp: '2027-01-11' })));
    await voorbereid(id, 'art3b', lpa, { gesprek: '2027-01-13', afspraken: '2027-01-18' });
    // Received Monday 25 January: the last day is Monday 22 February.
    await stap('verzoek', { zaakId: id, ontvangenOp: '2027-01-25', oudersOndertekendOp: '2027-01-22' });
  });

  it.each([
    ['2027-02-01', 'loopt', false],
    ['2027-02-15', 'bijna-verstreken', false],
    ['2027-02-22', 'bijna-verstreken', false],
    ['2027-02-23', 'verstreken', true],
  ])('on %s: %s', async (peildatum, status, teLaat) => {
    expect((await zaak(id, lpa, peildatum)).termijnen.beslissen).toMatchObject({ uiterlijk: '2027-02-22', waarschuwenVanaf: '2027-02-15', status, teLaat });
  });

  it('today it has lapsed: in the work list as late, and a decision now is te-laat-besloten', async () => {
    const werklijst = await voer<{ id: string; teLaat: boolean; teLaatStappen: string[]; beslistermijnStatus: string | null; volgendeStap: string | null }[]>(URL, VVL.werklijst, { g: '0193', p: null }, lpa);
    expect(werklijst.find((r) => r.id === id)).toMatchObject({ teLaat: true, beslistermijnStatus: 'verstreken', volgendeStap: 'besluiten', teLaatStappen: expect.arrayContaining(['besluiten']) });
    const besloten = await stap('beslis', { zaakId: id, beslissing: 'toegestaan', motivering: 'Passend, te laat besloten door drukte.' });
    expect(besloten.termijnen.beslissen).toMatchObject({ status: 'te-laat-besloten', teLaat: true });
  });
});

describe('denials: role × gemeente × operation, nothing changed', () => {
  let id: string;
  let voor: Record<string, unknown>;

  beforeAll(async () => {
    ({ id } = await open(opening(testBsn(7061))));
    await voorbereid(id, 'art3b');
    await stap('verzoek', { zaakId: id, ontvangenOp: '2027-02-26', oudersOndertekendOp: '2027-02-26' });
    voor = await rij(id);
  });

  const beslis = () => ({ i: { zaakId: id, beslissing: 'toegestaan', motivering: 'Passend.' } });

  it.each([
    { wat: 'lpa.kampen (another gemeente) reads', doe: () => graphql(URL, VVL.zaak, { id }, lpaKampen), code: 'NIET_GEVONDEN' },
    { wat: 'lpa.kampen decides', doe: () => graphql(URL, VVL.beslis, beslis(), lpaKampen), code: 'NIET_GEVONDEN' },
    { wat: 'lpa.kampen records a conversation', doe: () => graphql(URL, VVL.gesprek, { i: { zaakId: id, soort: 'voorbereiding', datum: '2027-02-20', deelnemers: ['x'], verslag: 'x' } }, lpaKampen), code: 'NIET_GEVONDEN' },
    { wat: 'lpa.kampen opens a Zwolle case', doe: () => graphql(URL, VVL.open, { i: opening(testBsn(7062)) }, lpaKampen), code: 'GEMEENTE_NIET_TOEGESTAAN' },
    { wat: "lpa.kampen reads Zwolle's work list", doe: () => graphql(URL, VVL.werklijst, { g: '0193' }, lpaKampen), code: 'GEMEENTE_NIET_TOEGESTAAN' },
    { wat: 'admin.zwolle decides', doe: () => graphql(URL, VVL.beslis, beslis(), admin), code: 'FORBIDDEN' },
    { wat: 'coach.zwolle reads', doe: () => graphql(URL, VVL.zaak, { id }, coach), code: 'FORBIDDEN' },
    { wat: 'coach.zwolle opens', doe: () => graphql(URL, VVL.open, { i: opening(testBsn(7063)) }, coach), code: 'FORBIDDEN' },
    { wat: 'coach.zwolle decides', doe: () => graphql(URL, VVL.beslis, beslis(), coach), code: 'FORBIDDEN' },
  ])('$wat: $code', async ({ doe, code }) => {
    expect(codes(await doe())).toEqual([code]);
    expect(await rij(id)).toEqual(voor);
  });

  it('wrote no case for the refused openings and no decision', async () => {
    const n = await db.query('SELECT count(*)::int AS n FROM verlof_vrijstelling.vervangende_leerplicht WHERE bsn = ANY($1)', [[testBsn(7062), testBsn(7063)]]);
    expect(n.rows[0].n).toBe(0);
    expect((await db.query('SELECT count(*)::int AS n FROM verlof_vrijstelling.besluit WHERE zaak_id = $1', [id])).rows[0].n).toBe(0);
  });

  it('logs the refusals in the audit log', async () => {
    const geweigerd = await db.query(`SELECT count(*)::int AS n FROM audit.verwerking WHERE status = 'geweigerd' AND operatie LIKE '%.beslisVervangendeLeerplicht'`);
    expect(geweigerd.rows[0].n).toBeGreaterThanOrEqual(2);
  });
});

describe('bad input is refused and no row is written', () => {
  it.each([
    ['13 on the first day', { geboortedatum: '2013-06-01' }, 'TE_JONG', 'geboortedatum'],
    ['end before start', { van: '2027-04-01', totEnMet: '2027-03-31' }, 'ONGELDIGE_PERIODE', 'totEnMet'],
    ['invalid BSN (elfproef)', { bsn: '123456788' }, 'ONGELDIG_BSN', 'bsn'],
    ['not leerplichtig any more (19)', { geboortedatum: '2008-01-01' }, 'NIET_LEERPLICHTIG', 'geboortedatum'],
    ['invalid postcode', { postcode: '0123 AB' }, 'ONGELDIGE_INVOER', 'postcode'],
    ['no parents', { ouders: [] }, 'ONGELDIGE_INVOER', 'ouders'],
    ['finding in the future', { bevindingOp: '2027-03-02' }, 'DATUM_IN_TOEKOMST', 'bevindingOp'],
    ['no Dutch education history without the data DUO needs', { geenNederlandseOnderwijsgeschiedenis: true }, 'ONGELDIGE_INVOER', 'duoPersoonsgegevens'],
  ])('%s', async (_wat, overrides, code, veld) => {
    const bsn = testBsn(7071);
    const voor = (await db.query('SELECT count(*)::int AS n FROM verlof_vrijstelling.vervangende_leerplicht')).rows[0].n as number;
    const antwoord = await graphql(URL, VVL.open, { i: opening(bsn, overrides) }, lpa);
    expect(codes(antwoord)).toEqual([code]);
    expect(zeker(antwoord.errors)[0].extensions?.veld).toBe(veld);
    // Never the BSN or the name in the message.
    expect(JSON.stringify(antwoord.errors)).not.toMatch(/\d{9}|Daan/);
    expect((await db.query('SELECT count(*)::int AS n FROM verlof_vrijstelling.vervangende_leerplicht')).rows[0].n).toBe(voor);
  });

  it('refuses a plan by the wrong author: the school for art 3a, the institution for art 3b (003 art 9 lid 2)', async () => {
    const { id } = await open(opening(testBsn(7081)));
    const fout = await graphql(URL, VVL.plan, { i: { zaakId: id, ...plan('art3a'), werkzaamheden: 'Werk' } }, lpa);
    expect(codes(fout)).toEqual(['ONJUISTE_PLANAUTEUR']);
    expect((await rij(id)).plan).toBeNull();
  });

  it('refuses an evaluation before a positive decision and a second open request for the same youth', async () => {
    const bsn = testBsn(7091);
    const { id } = await open(opening(bsn));
    expect(codes(await graphql(URL, VVL.gesprek, { i: { zaakId: id, soort: 'evaluatie', datum: '2027-02-20', deelnemers: ['ouders'], verslag: 'x' } }, lpa))).toEqual(['NIET_TOEGESTAAN']);
    expect(codes(await graphql(URL, VVL.open, { i: opening(bsn) }, lpa))).toEqual(['AL_LOPEND']);
  });
});
