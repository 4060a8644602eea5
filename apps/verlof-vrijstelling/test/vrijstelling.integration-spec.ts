import { Client } from 'pg';
import type { Consumer } from 'kafkajs';
import { vrijstellingVerleendV1 } from '@leerrecht/shared/contracts-events';
import { KafkaBus } from '@leerrecht/shared/data-access-bus';
import { pseudonimiseerBsn } from '@leerrecht/shared/util-bsn';
import { DEVELOPMENT_PSEUDONYM_KEY } from '@leerrecht/shared/util-config';
import { TEST_ENV, errorCodes, eventually, graphql, testBsn, userToken, type GraphQLResponse, type ServiceProcess } from '@leerrecht/shared/util-testing';
import { OPS, duoRegistraties, kennisgeving, logregels, stand, vraag, vrijstellingProces, wijsDeskundigeAan, zeker } from './vrijstelling-hulp';

/**
 * Kennisgevingen art 6 and exemptions (Lpw art 5, 5a, 15) on the real stack, the service as its
 * own process on Monday 1 March 2027: a 5b claim in Enschede (Twente, 004) that needs the extended
 * review at the first claim and again in the year the child turns 12, its exemption on Kafka, in
 * the letter and in the renewal list; ground a refused on an expert statement older than 3 months
 * and its enrolment order; ground c with the Burgerzaken signal and the Arbeidsinspectie notice;
 * art 15 weighed and decided, then ended; the 000 extension of the 5b term; the denials by role and
 * gemeente, bad input, and the Logboek lines of reads and writes.
 */
const PORT = 5361;
const URL = `http://127.0.0.1:${PORT}/graphql`;
const KLOK = '2027-03-01T09:00:00+01:00';

interface Termijn { soort: string; uiterlijk: string; bron: string; afgerond: boolean; verlopen: boolean }
interface Kennisgeving {
  id: string; gemeente: string; grond: string; schooljaar: string; status: string; eersteKennisgeving: boolean; teLaat: boolean; indienenUiterlijk: string; leeftijd: number; classificatie: string;
  berichtUiterlijk: string; berichtBron: string; berichtVerlopen: boolean; uitgebreidOnderzoekRedenen: string[]; uitgebreidOnderzoekOp: string | null; termijnen: Termijn[];
  deskundigeNaam: string | null; toestemmingJongereNodig: boolean; overlegSamenwerkingsverbandToegestaan: boolean; verklaringDatum: string | null; verklaringTeOud: boolean | null;
  bezwaarRichtingAlleScholen: boolean | null; verlengdOp: string | null; verklaringSchoolleiderAanwezig: boolean; burgerzakenSignaalMogelijk: boolean; burgerzakenGesignaleerdOp: string | null; inschrijvenUiterlijk: string | null;
  verklaringen: { soort: string; uitgever: string; datum: string; strekking: string | null }[];
  zienswijzen: { partij: string; vorm: string; inhoud: string }[];
  besluit: { id: string; soort: string; uitkomst: string; grondslag: string; namens: string; bezwaarUiterlijk: string | null } | null;
  vrijstelling: { id: string; artikel: string; van: string; totEnMet: string | null; schooljaar: string | null; volgendeKennisgevingVoor: string | null; status: string; arbeidsinspectieBericht: boolean } | null;
  brieven: { id: string; sjabloon: string; onderwerp: string; geadresseerde: string; geadresseerdeRol: string; datum: string }[];
}

let service: ServiceProcess;
let db: Client;
let lpa: string;
let admin: string;
let lpaKampen: string;
let lpaEnschede: string;
let coach: string;

async function moet<T>(query: string, variabelen: Record<string, unknown>, token = lpa): Promise<T> {
  const antwoord = await graphql<T>(URL, query, variabelen, token);
  if (antwoord.errors) throw new Error(JSON.stringify(antwoord.errors));
  return zeker(antwoord.data);
}

async function registreer(invoer: Record<string, unknown>, token = lpa): Promise<Kennisgeving> {
  return (await moet<{ registreerKennisgevingVrijstelling: Kennisgeving }>(OPS.registreer, { i: invoer }, token)).registreerKennisgevingVrijstelling;
}

async function stap(op: keyof typeof OPS, input: Record<string, unknown>, token = lpa): Promise<Kennisgeving> {
  const data = await moet<Record<string, Kennisgeving>>(OPS[op], { i: input }, token);
  return zeker(Object.values(data)[0]);
}

async function lees(id: string, token = lpa, peildatum: string | null = null): Promise<Kennisgeving> {
  return (await moet<{ kennisgevingVrijstelling: Kennisgeving }>(OPS.kennisgeving, { id, p: peildatum }, token)).kennisgevingVrijstelling;
}

async function brieftekst(id: string, token = lpa): Promise<string> {
  return (await moet<{ brief: { tekst: string } }>(OPS.brief, { id }, token)).brief.tekst;
}

function sjablonen(k: Kennisgeving): string[] {
  return k.brieven.map((b) => b.sjabloon);
}

/** A refused call: exactly this code, nothing in the data, nothing changed. */
async function geweigerd(query: string, variabelen: Record<string, unknown>, token: string, code: string): Promise<GraphQLResponse<unknown>> {
  const voor = await stand(db);
  const antwoord = await graphql(URL, query, variabelen, token);
  expect(errorCodes(antwoord)).toEqual([code]);
  expect(Object.values(antwoord.data ?? {}).filter((v) => v !== null)).toEqual([]);
  expect(await stand(db)).toEqual(voor);
  return antwoord;
}

async function outbox(topic: string, veld: string, waarde: string): Promise<Record<string, unknown>[]> {
  const rijen = await db.query<{ envelope: { payload: Record<string, unknown> } }>(
    `SELECT envelope FROM verlof_vrijstelling.outbox_message WHERE topic = $1 AND envelope->'payload'->>$2 = $3 ORDER BY seq`,
    [topic, veld, waarde],
  );
  return rijen.rows.map((r) => r.envelope.payload);
}

beforeAll(async () => {
  service = vrijstellingProces(PORT, KLOK);
  await service.start();
  db = new Client({ connectionString: TEST_ENV.adminDatabaseUrl });
  await db.connect();
  [lpa, admin, lpaKampen, lpaEnschede, coach] = await Promise.all([userToken('lpa.zwolle'), userToken('admin.zwolle'), userToken('lpa.kampen'), userToken('lpa.enschede'), userToken('coach.zwolle')]);
});

afterAll(async () => {
  await db?.end();
  await service?.stop();
});

describe('ground b in Enschede (Twente, 004 Hfst 2.1): extended review at the first claim, granted, renewed when the child turns 12', () => {
  const bsn = testBsn(7701);
  // Turns 12 on 3 November 2027: in schooljaar 2027-2028.
  const geboortedatum = '2015-11-03';
  let eerste: Kennisgeving;
  let bus: KafkaBus;
  let consumer: Consumer;
  const verleend: { payload: Record<string, unknown> }[] = [];

  beforeAll(async () => {
    bus = new KafkaBus({ brokers: TEST_ENV.kafkaBrokers.split(','), clientId: 'test-vrijstelling' }, { logLevel: 'error' });
    await bus.connect();
    consumer = bus.createConsumer(`test-vrijstelling-${Date.now()}`);
    await consumer.connect();
    await consumer.subscribe({ topic: vrijstellingVerleendV1.topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        if (message.value) verleend.push(JSON.parse(message.value.toString()) as { payload: Record<string, unknown> });
      },
    });
  });

  afterAll(async () => {
    await consumer?.disconnect();
    await bus?.disconnect();
  });

  it('registers a late first kennisgeving for the running schooljaar, with the acknowledgement and the Awb term (Twente sets none)', async () => {
    eerste = await registreer(
      kennisgeving(bsn, { gemeente: '0153', geboortedatum, jongereNaam: 'Noor Bakker', ouders: [{ naam: 'M. Bakker', adres: 'Hengelosestraat 10, 7511 AA Enschede' }], postcode: '7511AA', ontvangenOp: '2027-01-20', schooljaar: '2026-2027', eerderIngeschreven: false }),
      lpaEnschede,
    );
    expect(eerste).toMatchObject({
      gemeente: '0153',
      grond: '5 onder b',
      status: 'in-behandeling',
      eersteKennisgeving: true,
      // Lpw art 6: before 1 July 2026 for schooljaar 2026-2027; still handled.
      teLaat: true,
      indienenUiterlijk: '2026-06-30',
      uitgebreidOnderzoekRedenen: ['eerste-kennisgeving'],
      // Twente's art5b is aan-te-leveren (null): the Awb's 8 weeks after 20 January 2027.
      berichtUiterlijk: '2027-03-17',
      berichtBron: 'Awb art 4:13 lid 2',
      berichtVerlopen: false,
      classificatie: 'AVG',
    });
    expect(sjablonen(eerste)).toEqual(['kennisgevingOntvangstbevestiging']);
    const tekst = await brieftekst(zeker(eerste.brieven[0]).id, lpaEnschede);
    expect(tekst).toContain('17 maart 2027');
    expect(tekst).toContain('bedenkingen tegen de richting');
  });

  it('cannot be assessed before the extended review is recorded; nothing is decided', async () => {
    await stap('uitnodiging', { kennisgevingId: eerste.id, gespreksdatum: '2027-03-01', gesprekslocatie: 'Stadhuis Enschede, 10.00 uur' }, lpaEnschede);
    const na = await stap(
      'toelichting',
      { kennisgevingId: eerste.id, datum: '2027-03-01', inhoud: 'De ouders hebben levensbeschouwelijke bedenkingen tegen alle scholen in de omgeving.', bezwaarRichtingAlleScholen: true, eerderIngeschreven: false },
      lpaEnschede,
    );
    expect(na.zienswijzen).toEqual([{ partij: 'ouder', vorm: 'mondeling', inhoud: 'De ouders hebben levensbeschouwelijke bedenkingen tegen alle scholen in de omgeving.' }]);
    expect(sjablonen(na)).toContain('vrijstellingUitnodigingToelichting');
    const antwoord = await geweigerd(OPS.beoordeel, { i: { kennisgevingId: eerste.id, uitkomst: 'voldaan', motivering: 'Voldoet aan artikel 8.' } }, lpaEnschede, 'UITGEBREID_ONDERZOEK_ONTBREEKT');
    expect(antwoord.errors?.[0]?.message).toContain('004 Hfst 2.1');
    expect((await db.query('SELECT count(*)::int AS n FROM verlof_vrijstelling.besluit WHERE zaak_id = $1', [eerste.id])).rows[0].n).toBe(0);
  });

  it('granted after the review: exemption for the rest of the schooljaar, the confirmation letter names Enschede and the next kennisgeving, the event reaches Kafka', async () => {
    await stap('uitgebreid', { kennisgevingId: eerste.id, datum: '2027-03-01', verslag: 'Gesprek met ouders en kind volgens het toetsingskader; bedenkingen bestendig.' }, lpaEnschede);
    const k = await stap('beoordeel', { kennisgevingId: eerste.id, uitkomst: 'voldaan', motivering: 'De bedenkingen betreffen de richting van alle scholen binnen redelijke afstand.' }, lpaEnschede);
    expect(k.status).toBe('voldaan');
    expect(k.besluit).toMatchObject({ soort: 'vrijstelling-art5', uitkomst: 'voldaan', grondslag: 'Lpw art 5 onder b, art 6 en 8', namens: 'college' });
    expect(k.vrijstelling).toMatchObject({ artikel: '5 onder b', van: '2027-01-20', totEnMet: '2027-07-31', schooljaar: '2026-2027', volgendeKennisgevingVoor: '2027-07-01', status: 'verleend', arbeidsinspectieBericht: false });
    const bevestiging = zeker(k.brieven.find((b) => b.sjabloon === 'vrijstellingBevestiging'));
    const tekst = await brieftekst(bevestiging.id, lpaEnschede);
    expect(tekst).toContain('Enschede');
    expect(tekst).toContain('vóór 1 juli 2027');
    expect(tekst).toContain('20 januari 2027 tot en met 31 juli 2027');
    // Twente asks for no Arbeidsinspectie notice (004 silent).
    expect(sjablonen(k)).not.toContain('vrijstellingArbeidsinspectie');

    // Queued for DUO's register in the same transaction: art 5 ground b, first claim.
    expect(await duoRegistraties(db, eerste.id)).toEqual([
      { handeling: 'registratie', soort: 'vrijstelling-art5', grond: 'b', postcode: '7511AA', begindatum: '2027-01-20', einddatum: '2027-07-31', eerder_beroep: false, status: 'wachtend' },
    ]);

    const vrijstellingId = zeker(k.vrijstelling).id;
    const bericht = await eventually(async () => verleend.find((e) => e.payload.vrijstellingId === vrijstellingId), 60_000, 'vrijstelling-verleend op Kafka');
    expect(bericht).toMatchObject({
      type: vrijstellingVerleendV1.type,
      gemeente: '0153',
      subjectKey: pseudonimiseerBsn(bsn, DEVELOPMENT_PSEUDONYM_KEY),
      payload: { vrijstellingId, bsn, geboortedatum, artikel: '5 onder b', van: '2027-01-20', totEnMet: '2027-07-31', besluitId: zeker(k.besluit).id },
    });
  });

  it('a second kennisgeving for the same schooljaar is refused: the exemption is running', async () => {
    await geweigerd(OPS.registreer, { i: kennisgeving(bsn, { gemeente: '0153', geboortedatum, ontvangenOp: '2027-02-01', schooljaar: '2026-2027' }) }, lpaEnschede, 'VRIJSTELLING_LOOPT');
  });

  it('shows in the renewal list for 2027-2028 (before 1 July 2027), with the extended review again because the child turns 12', async () => {
    const vrijstellingId = zeker((await lees(eerste.id, lpaEnschede)).vrijstelling).id;
    // No schooljaar given: the next one after today (1 March 2027).
    const lijst = (await moet<{ vrijstellingenTeVernieuwen: Record<string, unknown>[] }>(OPS.teVernieuwen, { i: { gemeente: '0153', grond: 'onderB' } }, lpaEnschede)).vrijstellingenTeVernieuwen;
    expect(lijst).toContainEqual({
      vrijstellingId,
      bsn,
      artikel: '5 onder b',
      totEnMet: '2027-07-31',
      volgendeKennisgevingVoor: '2027-07-01',
      nieuwSchooljaar: '2027-2028',
      nieuweKennisgevingId: null,
      uitgebreidOnderzoekRedenen: ['leeftijd'],
      leeftijdEindeNieuwSchooljaar: 12,
    });
  });

  it('the renewal kennisgeving for 2027-2028 is no first claim, is in time, and needs the extended review for the age', async () => {
    const tweede = await registreer(kennisgeving(bsn, { gemeente: '0153', geboortedatum, jongereNaam: 'Noor Bakker', ontvangenOp: '2027-03-01', schooljaar: '2027-2028', eerderIngeschreven: false }), lpaEnschede);
    expect(tweede).toMatchObject({ eersteKennisgeving: false, teLaat: false, indienenUiterlijk: '2027-06-30', uitgebreidOnderzoekRedenen: ['leeftijd'] });
    const lijst = (await moet<{ vrijstellingenTeVernieuwen: { bsn: string; nieuweKennisgevingId: string | null }[] }>(OPS.teVernieuwen, { i: { gemeente: '0153', schooljaar: '2027-2028' } }, lpaEnschede)).vrijstellingenTeVernieuwen;
    expect(lijst.find((r) => r.bsn === bsn)?.nieuweKennisgevingId).toBe(tweede.id);
    await geweigerd(OPS.beoordeel, { i: { kennisgevingId: tweede.id, uitkomst: 'nietVoldaan', motivering: 'Niet toegelicht.' } }, lpaEnschede, 'UITGEBREID_ONDERZOEK_ONTBREEKT');
  });
});

describe('ground a in Zwolle (000 art 12 lid 2–4; Lpw art 7)', () => {
  const bsn = testBsn(7711);
  let k: Kennisgeving;
  let deskundigeId: string;

  beforeAll(async () => {
    deskundigeId = await wijsDeskundigeAan(db, '0193', 'Dr. A. Visser');
    k = await registreer(kennisgeving(bsn, { grond: 'onderA', ontvangenOp: '2027-02-15', schooljaar: '2027-2028' }));
  });

  it('the acknowledgement states the date the parents can expect: 20 werkdagen examination + 10 werkdagen message, across Easter', async () => {
    expect(k).toMatchObject({ classificatie: 'AVG-bijzonder', berichtUiterlijk: '2027-03-31', berichtBron: '000 art 12 lid 2; 000 art 12 lid 4', teLaat: false, uitgebreidOnderzoekRedenen: [] });
  });

  it('asks the designated expert to examine within 20 werkdagen, and the parents for consent (the youth is 11: no letter to the youth)', async () => {
    const na = await stap('onderzoek', { kennisgevingId: k.id, deskundigeId });
    expect(na.deskundigeNaam).toBe('Dr. A. Visser');
    expect(na.termijnen).toContainEqual({ soort: 'onderzoek', uiterlijk: '2027-03-31', bron: '000 art 12 lid 2; 003 art 11 lid 2 a', afgerond: false, verlopen: false });
    const brief = zeker(na.brieven.find((b) => b.sjabloon === 'vrijstellingOnderzoeksverzoek'));
    expect(brief).toMatchObject({ geadresseerdeRol: 'deskundige', geadresseerde: 'Dr. A. Visser, GGD IJsselland' });
    const toestemming = await stap('toestemmingVragen', { kennisgevingId: k.id });
    expect(toestemming.brieven.filter((b) => b.sjabloon === 'vrijstellingToestemmingsverzoek').map((b) => b.geadresseerdeRol)).toEqual(['ouders']);
    expect(toestemming.toestemmingJongereNodig).toBe(false);
  });

  it('the expert consults the samenwerkingsverband only after the parents consented', async () => {
    await geweigerd(OPS.overleg, { i: { kennisgevingId: k.id, datum: '2027-03-01' } }, lpa, 'TOESTEMMING_ONTBREEKT');
    const na = await stap('toestemming', { kennisgevingId: k.id, gever: 'ouders', gegevenOp: '2027-02-26' });
    expect(na.overlegSamenwerkingsverbandToegestaan).toBe(true);
    await stap('overleg', { kennisgevingId: k.id, datum: '2027-03-01' });
  });

  it("refuses the treating doctor's statement; nothing is recorded", async () => {
    await geweigerd(OPS.verklaring, { i: { kennisgevingId: k.id, datum: '2027-02-20', ontvangenOp: '2027-02-22', behandelendArts: true, nooitGeschikt: false, strekking: 'ongeschikt' } }, lpa, 'BEHANDELEND_ARTS');
  });

  it('a statement older than 3 months: recorded, flagged, and the kennisgeving cannot be granted on it', async () => {
    const na = await stap('verklaring', { kennisgevingId: k.id, datum: '2026-11-20', ontvangenOp: '2027-02-22', behandelendArts: false, nooitGeschikt: false, strekking: 'niet geschikt voor toelating tot een school' });
    expect(na).toMatchObject({ verklaringDatum: '2026-11-20', verklaringTeOud: true, berichtUiterlijk: '2027-03-08', berichtBron: '000 art 12 lid 4' });
    expect(na.verklaringen).toEqual([{ soort: 'deskundige-art-7', uitgever: 'Dr. A. Visser', datum: '2026-11-20', strekking: 'niet geschikt voor toelating tot een school' }]);
    // The administration reads the kennisgeving, not the bearing of a health statement (AVG art 9).
    expect((await lees(k.id, admin)).verklaringen[0]?.strekking).toBeNull();
    const antwoord = await geweigerd(OPS.beoordeel, { i: { kennisgevingId: k.id, uitkomst: 'voldaan', motivering: 'Deskundige verklaart ongeschiktheid.' } }, lpa, 'VERKLARING_TE_OUD');
    expect(antwoord.errors?.[0]?.message).toContain('3 maanden');
  });

  it('not met: decision, enrolment order within 20 werkdagen (31 March 2027, across Easter), kennisgeving-niet-voldaan', async () => {
    const na = await stap('beoordeel', { kennisgevingId: k.id, uitkomst: 'nietVoldaan', motivering: 'De verklaring van de deskundige is ouder dan drie maanden.' });
    expect(na).toMatchObject({ status: 'niet-voldaan', inschrijvenUiterlijk: '2027-03-31', vrijstelling: null });
    expect(na.besluit).toMatchObject({ uitkomst: 'niet-voldaan', grondslag: 'Lpw art 5 onder a, art 6 en 7' });
    expect(zeker(na.besluit).bezwaarUiterlijk).not.toBeNull();
    const opdracht = zeker(na.brieven.find((b) => b.sjabloon === 'vrijstellingInschrijvingsopdracht'));
    expect(await brieftekst(opdracht.id)).toContain('31 maart 2027');
    expect(await outbox('leerrecht.verlof-vrijstelling.kennisgeving-niet-voldaan.v1', 'kennisgevingId', k.id)).toEqual([
      expect.objectContaining({ kennisgevingId: k.id, bsn, artikel: '5 onder a', inschrijvenUiterlijk: '2027-03-31' }),
    ]);
    expect(await duoRegistraties(db, k.id)).toEqual([]);
    await geweigerd(OPS.beoordeel, { i: { kennisgevingId: k.id, uitkomst: 'voldaan', motivering: 'Toch.' } }, lpa, 'AL_BEOORDEELD');
  });
});

describe('ground c in Zwolle: proof of education abroad, the Burgerzaken signal at a second claim, the Arbeidsinspectie notice at 16', () => {
  const bsn = testBsn(7721);
  let k: Kennisgeving;

  it('registers the second claim of a 16-year-old who does not commute daily', async () => {
    k = await registreer(kennisgeving(bsn, { grond: 'onderC', geboortedatum: '2010-09-01', eerderBeroep: true, buitenlandseSchool: 'Lycée International', buitenlandseSchoolLand: 'Frankrijk', dagelijksPendelen: false }));
    expect(k).toMatchObject({ eersteKennisgeving: false, burgerzakenSignaalMogelijk: true, verklaringSchoolleiderAanwezig: false, berichtBron: 'Awb art 4:13 lid 2' });
  });

  it('asks the parents how and when to prove the education abroad, then records the head’s statement', async () => {
    const gevraagd = await stap('bewijs', { kennisgevingId: k.id, bewijsUiterlijk: '2027-04-01', bewijsWijze: 'een verklaring van de directeur van de school' });
    expect(gevraagd.termijnen).toContainEqual({ soort: 'bewijs-buitenland', uiterlijk: '2027-04-01', bron: '000 art 12 lid 11; 003 art 11 lid 4 a', afgerond: false, verlopen: false });
    expect((await lees(k.id, lpa, '2027-04-02')).termijnen.find((t) => t.soort === 'bewijs-buitenland')?.verlopen).toBe(true);
    const na = await stap('schoolleider', { kennisgevingId: k.id, uitgever: 'M. Dupont, directeur Lycée International', datum: '2027-02-25' });
    expect(na.verklaringSchoolleiderAanwezig).toBe(true);
  });

  it('signals Burgerzaken once', async () => {
    const na = await stap('burgerzaken', { kennisgevingId: k.id });
    expect(na.brieven.find((b) => b.sjabloon === 'vrijstellingBurgerzakenSignaal')?.geadresseerdeRol).toBe('burgerzaken');
    expect(na.burgerzakenGesignaleerdOp).toBe('2027-03-01');
    await geweigerd(OPS.burgerzaken, { i: { kennisgevingId: k.id } }, lpa, 'AL_GESIGNALEERD');
  });

  it('granted for 2027-2028, and the Arbeidsinspectie hears of it (000 art 12 lid 14: 16 to 18)', async () => {
    const na = await stap('beoordeel', { kennisgevingId: k.id, uitkomst: 'voldaan', motivering: 'Ingeschreven op een school buiten Nederland, verklaring van de directeur overgelegd.' });
    expect(na.vrijstelling).toMatchObject({ artikel: '5 onder c', van: '2027-08-01', totEnMet: '2028-07-31', volgendeKennisgevingVoor: '2028-07-01', arbeidsinspectieBericht: true });
    const melding = zeker(na.brieven.find((b) => b.sjabloon === 'vrijstellingArbeidsinspectie'));
    expect(melding.geadresseerdeRol).toBe('arbeidsinspectie');
    const tekst = await brieftekst(melding.id);
    expect(tekst).toContain('1 augustus 2027 tot en met 31 juli 2028');
    expect(tekst).toContain('artikel 5, onder c');
    expect(await outbox(vrijstellingVerleendV1.topic, 'vrijstellingId', zeker(na.vrijstelling).id)).toHaveLength(1);
    expect(await duoRegistraties(db, k.id)).toEqual([expect.objectContaining({ soort: 'vrijstelling-art5', grond: 'c', eerder_beroep: true, begindatum: '2027-08-01', einddatum: '2028-07-31' })]);
  });
});

describe('ground b in Zwolle (000 art 12 lid 6): the longer term announced within the 20 werkdagen', () => {
  it('20 werkdagen after receipt, extended once to 30 werkdagen with a letter', async () => {
    const k = await registreer(kennisgeving(testBsn(7731)));
    expect(k).toMatchObject({ berichtUiterlijk: '2027-03-15', berichtBron: '000 art 12 lid 6' });
    const na = await stap('verleng', { kennisgevingId: k.id, aantal: 30, eenheid: 'werkdagen', reden: 'Wij wachten op informatie van de scholen in de omgeving.' });
    expect(na).toMatchObject({ berichtUiterlijk: '2027-03-31', verlengdOp: '2027-03-01' });
    const brief = zeker(na.brieven.find((b) => b.sjabloon === 'vrijstellingVerlengingsbericht'));
    expect(await brieftekst(brief.id)).toContain('31 maart 2027');
    await geweigerd(OPS.verleng, { i: { kennisgevingId: k.id, aantal: 40, eenheid: 'werkdagen', reden: 'Nog meer tijd.' } }, lpa, 'AL_VERLENGD');
    // Assessment on ground b needs the check of the richting of all schools first.
    await geweigerd(OPS.beoordeel, { i: { kennisgevingId: k.id, uitkomst: 'voldaan', motivering: 'Voldoet.' } }, lpa, 'RICHTING_NIET_VASTGESTELD');
  });

  it('the work list shows the open kennisgevingen and, after the due day, the overdue message', async () => {
    const voor = (await moet<{ kennisgevingenVrijstelling: { id: string; berichtVerlopen: boolean }[] }>(OPS.werkvoorraad, { g: '0193', p: null, open: true })).kennisgevingenVrijstelling;
    expect(voor.length).toBeGreaterThan(0);
    expect(voor.every((r) => !r.berichtVerlopen)).toBe(true);
    const later = (await moet<{ kennisgevingenVrijstelling: { id: string; berichtVerlopen: boolean; verlopenTermijnen: number }[] }>(OPS.werkvoorraad, { g: '0193', p: '2027-04-15', open: true })).kennisgevingenVrijstelling;
    expect(later.every((r) => r.berichtVerlopen)).toBe(true);
    expect(later[0]?.verlopenTermijnen).toBeGreaterThanOrEqual(1);
  });
});

describe('art 15 in Zwolle (000 art 11; Awb art 4:13)', () => {
  const bsn = testBsn(7741);
  let aanvraagId: string;

  it('the administration registers the application; the decision term is 8 weeks', async () => {
    const a = (await moet<{ dienArt15AanvraagIn: { id: string; status: string; beslistermijn: { uiterlijk: string; status: string } } }>(
      OPS.art15In,
      { i: { gemeente: '0193', bsn, jongereNaam: 'Daan de Boer', geboortedatum: '2010-03-01', aanvragers: [{ naam: 'K. de Boer', adres: 'Kerkstraat 2, 8011 BB Zwolle' }], postcode: '8011BB', ontvangenOp: '2027-02-15', onderwijs: 'Topsportprogramma met afstandsonderwijs havo', aanbieder: 'Stichting Topsport Onderwijs', gevraagdVan: '2027-03-15', gevraagdTotEnMet: '2027-07-31' } },
      admin,
    )).dienArt15AanvraagIn;
    expect(a).toMatchObject({ status: 'in-behandeling', beslistermijn: { uiterlijk: '2027-04-12', status: 'loopt' } });
    aanvraagId = a.id;
  });

  const besluit = { draagtBijAanStartkwalificatie: true, startkwalificatieToelichting: 'Het programma leidt op voor het havodiploma.', tijdInRedelijkeVerhouding: true, tijdToelichting: '20 uur onderwijs per week naast de training.', voorwaarden: ['Elk kwartaal een voortgangsrapport'], motivering: 'Beide criteria zijn voldaan.' };

  it('the administration cannot decide', async () => {
    await geweigerd(OPS.art15Beslis, { i: { aanvraagId, uitkomst: 'toegewezen', ...besluit } }, admin, 'FORBIDDEN');
  });

  it('a grant without either criterion is refused', async () => {
    await geweigerd(OPS.art15Beslis, { i: { aanvraagId, uitkomst: 'toegewezen', ...besluit, draagtBijAanStartkwalificatie: false, tijdInRedelijkeVerhouding: false } }, lpa, 'CRITERIA_NIET_VOLDAAN');
  });

  it('granted with a condition: decision, letter, exemption art 15 (event, Arbeidsinspectie), decided in time', async () => {
    const a = (await moet<{ beslisArt15Aanvraag: { status: string; beslistermijn: { status: string }; besluit: { soort: string; uitkomst: string }; vrijstelling: { id: string; artikel: string; van: string; totEnMet: string; voorwaarden: string[]; arbeidsinspectieBericht: boolean }; brieven: { id: string; sjabloon: string }[] } }>(
      OPS.art15Beslis,
      { i: { aanvraagId, uitkomst: 'toegewezen', ...besluit } },
    )).beslisArt15Aanvraag;
    expect(a).toMatchObject({ status: 'besloten', beslistermijn: { status: 'tijdig-besloten' }, besluit: { soort: 'vrijstelling-art15', uitkomst: 'toegewezen' } });
    expect(a.vrijstelling).toMatchObject({ artikel: '15', van: '2027-03-15', totEnMet: '2027-07-31', voorwaarden: ['Elk kwartaal een voortgangsrapport'], arbeidsinspectieBericht: true });
    const brief = zeker(a.brieven.find((b) => b.sjabloon === 'art15Besluit'));
    const tekst = await brieftekst(brief.id);
    expect(tekst).toContain('15 maart 2027 tot en met 31 juli 2027');
    expect(tekst).toContain('Elk kwartaal een voortgangsrapport');
    expect(await outbox(vrijstellingVerleendV1.topic, 'vrijstellingId', a.vrijstelling.id)).toEqual([expect.objectContaining({ artikel: '15', van: '2027-03-15', totEnMet: '2027-07-31' })]);
  });

  it('ended early: vrijstelling-beeindigd, and the youth’s exemptions show it', async () => {
    const [v] = (await moet<{ vrijstellingenVanJongere: { id: string; status: string }[] }>(OPS.vanJongere, { bsn })).vrijstellingenVanJongere;
    const einde = (await moet<{ beeindigVrijstelling: { status: string; laatsteDag: string; eindeReden: string } }>(OPS.beeindig, { i: { vrijstellingId: zeker(v).id, reden: 'nietMeerVanToepassing', laatsteDag: '2027-05-31', toelichting: 'De jongere volgt weer regulier onderwijs.' } })).beeindigVrijstelling;
    expect(einde).toEqual({ id: zeker(v).id, status: 'beeindigd', laatsteDag: '2027-05-31', eindeReden: 'niet-meer-van-toepassing' });
    expect(await outbox('leerrecht.verlof-vrijstelling.vrijstelling-beeindigd.v1', 'vrijstellingId', zeker(v).id)).toEqual([{ vrijstellingId: zeker(v).id, artikel: '15', laatsteDag: '2027-05-31', reden: 'niet-meer-van-toepassing' }]);
    expect((await moet<{ vrijstellingenVanJongere: { status: string }[] }>(OPS.vanJongere, { bsn })).vrijstellingenVanJongere).toEqual([expect.objectContaining({ status: 'beeindigd', laatsteDag: '2027-05-31' })]);
    await geweigerd(OPS.beeindig, { i: { vrijstellingId: zeker(v).id, reden: 'ingetrokken', laatsteDag: '2027-05-01', toelichting: 'Nogmaals.' } }, lpa, 'AL_BEEINDIGD');
    // The registration and then its end, both queued for DUO's register.
    expect(await duoRegistraties(db, aanvraagId)).toEqual([
      expect.objectContaining({ handeling: 'registratie', soort: 'vrijstelling-art15', grond: null, postcode: '8011BB', begindatum: '2027-03-15', einddatum: '2027-07-31', eerder_beroep: false }),
      expect.objectContaining({ handeling: 'beeindiging', einddatum: '2027-05-31' }),
    ]);
  });
});

describe('who may do what: role × gemeente × operation', () => {
  const bsn = testBsn(7751);
  let k: Kennisgeving;

  beforeAll(async () => {
    // The administration registers the kennisgeving and sends the acknowledgement.
    k = await registreer(kennisgeving(bsn, { grond: 'trekkendBestaan' }), admin);
  });

  it('the administration registered it, and may read it, but may not assess it', async () => {
    expect(sjablonen(k)).toEqual(['kennisgevingOntvangstbevestiging']);
    expect((await lees(k.id, admin)).status).toBe('in-behandeling');
    await geweigerd(OPS.beoordeel, { i: { kennisgevingId: k.id, uitkomst: 'voldaan', motivering: 'Trekkend bestaan.' } }, admin, 'FORBIDDEN');
    await geweigerd(OPS.uitgebreid, { i: { kennisgevingId: k.id, datum: '2027-03-01', verslag: 'x' } }, admin, 'FORBIDDEN');
  });

  it('the officer of Kampen cannot see, assess or register a Zwolle kennisgeving', async () => {
    await geweigerd(OPS.kennisgeving, { id: k.id, p: null }, lpaKampen, 'NIET_GEVONDEN');
    await geweigerd(OPS.beoordeel, { i: { kennisgevingId: k.id, uitkomst: 'voldaan', motivering: 'Trekkend bestaan.' } }, lpaKampen, 'NIET_GEVONDEN');
    await geweigerd(OPS.registreer, { i: kennisgeving(testBsn(7752)) }, lpaKampen, 'GEMEENTE_NIET_TOEGESTAAN');
    await geweigerd(OPS.werkvoorraad, { g: '0193', p: null, open: true }, lpaKampen, 'GEMEENTE_NIET_TOEGESTAAN');
    const eigen = (await moet<{ vrijstellingenVanJongere: unknown[] }>(OPS.vanJongere, { bsn }, lpaKampen)).vrijstellingenVanJongere;
    expect(eigen).toEqual([]);
  });

  it('the doorstroomcoach is refused everything', async () => {
    await geweigerd(OPS.kennisgeving, { id: k.id, p: null }, coach, 'FORBIDDEN');
    await geweigerd(OPS.registreer, { i: kennisgeving(testBsn(7753)) }, coach, 'FORBIDDEN');
    await geweigerd(OPS.vanJongere, { bsn }, coach, 'FORBIDDEN');
  });

  it('the officer of Zwolle grants it (art 5a: the Awb term)', async () => {
    const na = await stap('beoordeel', { kennisgevingId: k.id, uitkomst: 'voldaan', motivering: 'Het gezin leidt een trekkend bestaan.' });
    expect(na.vrijstelling).toMatchObject({ artikel: '5a', van: '2027-08-01', totEnMet: '2028-07-31' });
    // Art 5a is not in the register's field list (koppelingen §3): nothing queued for DUO.
    expect(await duoRegistraties(db, k.id)).toEqual([]);
  });
});

describe('bad input: a clear error and no row written', () => {
  async function geenRij(bsn: string): Promise<void> {
    expect((await db.query('SELECT count(*)::int AS n FROM verlof_vrijstelling.kennisgeving WHERE bsn = $1', [bsn])).rows[0].n).toBe(0);
  }

  it.each<[string, Record<string, unknown>, string, string]>([
    ['an invalid BSN', { bsn: '123456789' }, 'ONGELDIG_BSN', 'bsn'],
    ['a birth date after receipt', { geboortedatum: '2027-03-01', ontvangenOp: '2027-02-15' }, 'ONGELDIGE_DATUM', 'geboortedatum'],
    ['a receipt in the future', { ontvangenOp: '2027-03-02' }, 'DATUM_IN_TOEKOMST', 'ontvangenOp'],
    ['a schooljaar two years ahead', { schooljaar: '2028-2029' }, 'ONGELDIG_SCHOOLJAAR', 'schooljaar'],
    ['a 19-year-old', { geboortedatum: '2008-01-01' }, 'NIET_LEERPLICHTIG', 'geboortedatum'],
    ['a child who is not leerplichtig in the schooljaar', { geboortedatum: '2023-01-10', schooljaar: '2026-2027' }, 'NIET_LEERPLICHTIG', 'geboortedatum'],
    ['ground c without the foreign school', { grond: 'onderC' }, 'ONGELDIGE_INVOER', 'buitenlandseSchool'],
    ['a postcode that is none', { postcode: '801 AA' }, 'ONGELDIGE_INVOER', 'postcode'],
  ])('%s', async (_naam, overrides, code, veld) => {
    const invoer = kennisgeving(testBsn(7761), overrides);
    const antwoord = await geweigerd(OPS.registreer, { i: invoer }, lpa, code);
    expect(antwoord.errors?.[0]?.extensions?.veld).toBe(veld);
    expect(JSON.stringify(antwoord)).not.toContain(String(invoer.bsn));
    await geenRij(String(invoer.bsn));
  });

  it('accepts a youth who becomes leerplichtig during the schooljaar (Lpw art 6: a month before)', async () => {
    // 5 on 15 October 2027: leerplichtig from November 2027; the kennisgeving is due a month before.
    const k = await registreer(kennisgeving(testBsn(7762), { geboortedatum: '2022-10-15', schooljaar: '2027-2028' }));
    expect(k).toMatchObject({ teLaat: false, indienenUiterlijk: '2027-10-01' });
  });

  it('a second open kennisgeving on the same ground and schooljaar is refused', async () => {
    const bsn = testBsn(7763);
    await registreer(kennisgeving(bsn));
    await geweigerd(OPS.registreer, { i: kennisgeving(bsn, { ontvangenOp: '2027-02-20' }) }, lpa, 'KENNISGEVING_BESTAAT');
  });
});

describe('the Logboek: a line for every read and write, with the youth’s pseudonym', () => {
  it('registration and reading each write one line in the same transaction', async () => {
    const bsn = testBsn(7771);
    const sleutel = pseudonimiseerBsn(bsn, DEVELOPMENT_PSEUDONYM_KEY);
    const schrijf = await vraag<{ registreerKennisgevingVrijstelling: { id: string } }>(URL, OPS.registreer, { i: kennisgeving(bsn) }, lpa);
    expect(schrijf.antwoord.errors).toBeUndefined();
    expect(await logregels(db, schrijf.trace)).toEqual([
      expect.objectContaining({ status: 'toegestaan', betrokkene: sleutel, gemeente: '0193', verwerkingsactiviteit: 'vrijstelling-behandelen' }),
    ]);
    const id = zeker(schrijf.antwoord.data).registreerKennisgevingVrijstelling.id;
    const lees1 = await vraag(URL, OPS.kennisgeving, { id, p: null }, admin);
    expect(await logregels(db, lees1.trace)).toEqual([
      expect.objectContaining({ status: 'toegestaan', betrokkene: sleutel, gemeente: '0193', verwerkingsactiviteit: 'vrijstelling-inzien', actor_rollen: expect.arrayContaining(['administratief-medewerker']) }),
    ]);
    const lijst = await vraag(URL, OPS.werkvoorraad, { g: '0193', p: null, open: true }, lpa);
    expect((await logregels(db, lijst.trace)).map((r) => r.betrokkene)).toContain(sleutel);
    const jongere = await vraag(URL, OPS.vanJongere, { bsn }, lpa);
    expect(await logregels(db, jongere.trace)).toEqual([expect.objectContaining({ betrokkene: sleutel, verwerkingsactiviteit: 'vrijstelling-inzien' })]);
  });

  it('a refusal by another gemeente leaves no line that says the data were processed', async () => {
    const id = (await registreer(kennisgeving(testBsn(7772)))).id;
    const { antwoord, trace } = await vraag(URL, OPS.kennisgeving, { id, p: null }, lpaKampen);
    expect(errorCodes(antwoord)).toEqual(['NIET_GEVONDEN']);
    expect((await logregels(db, trace)).filter((r) => r.status === 'toegestaan')).toEqual([]);
  });
});
