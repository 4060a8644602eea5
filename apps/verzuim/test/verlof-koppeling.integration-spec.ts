import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { verlofBeslotenV1, type EventEnvelope, type VerlofBeslotenV1 } from '@leerrecht/shared/contracts-events';
import { KafkaBus, deadLetterTopic } from '@leerrecht/shared/data-access-bus';
import { pseudonimiseerBsn } from '@leerrecht/shared/util-bsn';
import { DEVELOPMENT_PSEUDONYM_KEY } from '@leerrecht/shared/util-config';
import { TEST_ENV, clientToken, eventually, graphql, testBsn, userToken, type ServiceProcess } from '@leerrecht/shared/util-testing';
import { startDuoSimulatorInWorker, type DuoSimulatorHandle } from '@leerrecht/verzuim/data-access-duo';
import { DUO_SLEUTEL, OPERATIES, apiMelding, verzuimProces, zeker } from './verzuim-hulp';

/**
 * Granted leave before luxe verzuim (Lpw art 11 onder g, art 14; verzuim.md §7 rule 5), on the real
 * stack: verlof-vrijstelling's `verlof-besloten` is published onto the run's Kafka broker as its
 * outbox relay does, the verzuim process keeps it, and a school's luxe-verzuim melding over the
 * same days is judged without the granted schooldagen. A refusal changes nothing, another
 * gemeente's leave counts not, a redelivery stores nothing twice, a malformed or self-contradicting
 * decision is dead-lettered.
 */
const PORT = 5631;
const URL = `http://127.0.0.1:${PORT}/graphql`;
const KLOK = '2027-04-01T10:00:00+02:00';
const ZAAK = `query($id: ID!) { verzuimzaak(id: $id) { id soort meldingen { id beoordeling {
  luxeVerzuimVoorstel luxeVerzuimBron luxeVerzuimToelichting luxeVerzuimSchooldagen luxeVerzuimSchooldagenBinnenVerlof luxeVerzuimVerleendVerlof { van totEnMet } eersteOvertreding } } } }`;

interface Beoordeling {
  luxeVerzuimVoorstel: string | null;
  luxeVerzuimBron: string | null;
  luxeVerzuimToelichting: string | null;
  luxeVerzuimSchooldagen: number | null;
  luxeVerzuimSchooldagenBinnenVerlof: number | null;
  luxeVerzuimVerleendVerlof: { van: string; totEnMet: string }[] | null;
  eersteOvertreding: boolean | null;
}

/** Monday 8 to Friday 12 March 2027: five schooldagen in every region. */
const WEEK = { beginDatum: '2027-03-08', eindDatum: '2027-03-12', verzuimUren: 30, verzuimdagen: 5 };

let sim: DuoSimulatorHandle;
let service: ServiceProcess;
let db: Client;
let bus: KafkaBus;
let school: string;
let lpa: string;
let lpaHeuvelrug: string;

const sleutel = (bsn: string): string => pseudonimiseerBsn(bsn, DEVELOPMENT_PSEUDONYM_KEY);

function besluit(gemeente: string, bsn: string, payload: Partial<VerlofBeslotenV1>): EventEnvelope<VerlofBeslotenV1> {
  return verlofBeslotenV1.parse({
    eventId: randomUUID(),
    type: verlofBeslotenV1.type,
    version: 1,
    occurredAt: '2027-02-15T09:00:00.000Z',
    gemeente,
    subjectKey: sleutel(bsn),
    classification: 'AVG',
    correlationId: randomUUID(),
    causationId: null,
    actor: { type: 'gebruiker', id: 'lpa' },
    payload: {
      aanvraagId: randomUUID(),
      besluitId: randomUUID(),
      bsn,
      schoolBrin: '99XX',
      uitkomst: 'toegewezen',
      gevraagdVan: '2027-03-08',
      gevraagdTotEnMet: '2027-03-12',
      verleendVan: '2027-03-08',
      verleendTotEnMet: '2027-03-12',
      instructieVersie: 'test',
      ...payload,
    },
  });
}

/** As verlof-vrijstelling's outbox relay sends it: keyed by the person's pseudonym, the envelope as JSON. */
async function publiceer(...berichten: { subjectKey: string; value: string }[]): Promise<void> {
  await bus.send(berichten.map((b) => ({ topic: verlofBeslotenV1.topic, key: b.subjectKey, value: b.value })));
}

const alsBericht = (event: EventEnvelope<VerlofBeslotenV1>) => ({ subjectKey: event.subjectKey, value: JSON.stringify(event) });

async function rijen(aanvraagId: string): Promise<{ uitkomst: string; verleend_van: string | null; verleend_tot_en_met: string | null; gemeente: string; persoon_sleutel: string }[]> {
  return (
    await db.query(
      `SELECT uitkomst, to_char(verleend_van, 'YYYY-MM-DD') AS verleend_van, to_char(verleend_tot_en_met, 'YYYY-MM-DD') AS verleend_tot_en_met, gemeente, persoon_sleutel
         FROM verzuim.verleend_verlof WHERE aanvraag_id = $1`,
      [aanvraagId],
    )
  ).rows;
}

/** Publishes decisions and waits until verzuim has stored each. */
async function besluitGenomen(...events: EventEnvelope<VerlofBeslotenV1>[]): Promise<void> {
  await publiceer(...events.map(alsBericht));
  for (const event of events) {
    await eventually(async () => ((await rijen(event.payload.aanvraagId)).length === 1 ? true : undefined), 30_000, 'verlofbesluit opgeslagen');
  }
}

async function luxeMelding(bsn: string, gemeente: string, token: string, overrides: Record<string, unknown> = {}): Promise<Beoordeling> {
  const antwoord = await graphql<{ dienVerzuimmeldingIn: { id: string } }>(
    URL,
    OPERATIES.meld,
    { i: apiMelding(bsn, { berichtId: `las-verlof-${bsn}-${randomUUID()}`, gemeente, verzuimsoort: 'luxe', ...WEEK, ...overrides }) },
    school,
  );
  if (antwoord.errors) throw new Error(JSON.stringify(antwoord.errors));
  const meldingId = zeker(antwoord.data).dienVerzuimmeldingIn.id;
  const zaakId = (await db.query<{ zaak_id: string }>('SELECT zaak_id FROM verzuim.verzuimmelding WHERE id = $1', [meldingId])).rows[0].zaak_id;
  const zaak = await graphql<{ verzuimzaak: { meldingen: { id: string; beoordeling: Beoordeling | null }[] } }>(URL, ZAAK, { id: zaakId }, token);
  if (zaak.errors) throw new Error(JSON.stringify(zaak.errors));
  return zeker(zeker(zaak.data).verzuimzaak.meldingen.find((m) => m.id === meldingId)?.beoordeling);
}

async function dlqBerichten(): Promise<number> {
  const offsets = await bus.fetchTopicOffsets(deadLetterTopic(verlofBeslotenV1.topic));
  return offsets.reduce((som, p) => som + Number(p.high), 0);
}

beforeAll(async () => {
  sim = await startDuoSimulatorInWorker({ apiKey: DUO_SLEUTEL });
  service = verzuimProces(PORT, sim.url, KLOK);
  await service.start();
  db = new Client({ connectionString: TEST_ENV.adminDatabaseUrl });
  await db.connect();
  bus = new KafkaBus({ brokers: TEST_ENV.kafkaBrokers.split(','), clientId: 'test-verlof-koppeling' }, { logLevel: 'error' });
  await bus.connect();
  await bus.ensureTopics([verlofBeslotenV1.topic]);
  [school, lpa, lpaHeuvelrug] = await Promise.all([clientToken('school', 'school-demo-secret'), userToken('lpa.zwolle'), userToken('lpa.heuvelrug')]);
});

afterAll(async () => {
  await bus?.disconnect();
  await db?.end();
  await service?.stop();
  await sim?.stop();
});

describe('granted leave is subtracted before luxe verzuim is judged (Lpw art 11 onder g)', () => {
  it('Zwolle: a week of luxe verzuim wholly inside granted leave is no verzuim: no sanction proposed, the period shown', async () => {
    const bsn = testBsn(5601);
    const zonderVerlof = await luxeMelding(testBsn(5602), '0193', lpa);
    // The reference: the same week without leave is investigated (002 §7: more than 1 day).
    expect(zonderVerlof).toMatchObject({ luxeVerzuimVoorstel: 'onderzoek', luxeVerzuimSchooldagen: 5, luxeVerzuimSchooldagenBinnenVerlof: null, luxeVerzuimVerleendVerlof: null });

    await besluitGenomen(besluit('0193', bsn, {}));
    const b = await luxeMelding(bsn, '0193', lpa);
    expect(b).toMatchObject({
      luxeVerzuimVoorstel: 'geen-verzuim',
      luxeVerzuimSchooldagen: 0,
      luxeVerzuimSchooldagenBinnenVerlof: 5,
      luxeVerzuimVerleendVerlof: [{ van: '2027-03-08', totEnMet: '2027-03-12' }],
      luxeVerzuimBron: expect.stringContaining('Lpw art 11 onder g'),
    });
    expect(b.luxeVerzuimToelichting).toContain('Verleend verlof meegenomen: 8 maart 2027 tot en met 12 maart 2027.');
    expect(b.luxeVerzuimToelichting).toContain('geen waarschuwing of proces-verbaal');
  });

  it('a measure asked anyway goes to handhaving without a proposal and with 0 luxe-verzuim days (handhaving-gevraagd v1 knows only measures)', async () => {
    const bsn = testBsn(5603);
    await besluitGenomen(besluit('0193', bsn, {}));
    await luxeMelding(bsn, '0193', lpa);
    const zaakId = (await db.query<{ zaak_id: string }>('SELECT zaak_id FROM verzuim.verzuimmelding WHERE persoon_sleutel = $1', [sleutel(bsn)])).rows[0].zaak_id;
    const verzoek = await graphql(URL, OPERATIES.maatregel, { i: { zaakId, maatregel: 'waarschuwing', tegen: 'ouders', verwijtbaar: 'ouders', zorg: false, geenVrijstelling: true } }, lpa);
    expect(verzoek.errors).toBeUndefined();
    expect((verzoek.data as { vraagMaatregelAan: unknown }).vraagMaatregelAan).toMatchObject({ maatregel: 'waarschuwing', voorstel: null });
    const uit = await db.query(`SELECT envelope FROM verzuim.outbox_message WHERE topic = 'leerrecht.verzuim.handhaving-gevraagd.v1' AND envelope->'payload'->>'zaakId' = $1`, [zaakId]);
    expect(uit.rows).toHaveLength(1);
    expect(uit.rows[0].envelope.payload).toMatchObject({ voorstel: null, feiten: { luxeVerzuimSchooldagen: 0 } });
  });

  it('Utrechtse Heuvelrug: leave granted in part (3 of 5 days) leaves 2 days: investigation instead of a proces-verbaal (003 art 6 lid 11 a: "meer dan twee dagen")', async () => {
    const bsn = testBsn(5604);
    await besluitGenomen(besluit('1581', bsn, { uitkomst: 'gedeeltelijk-toegewezen', gevraagdVan: '2027-03-08', gevraagdTotEnMet: '2027-03-19', verleendVan: '2027-03-08', verleendTotEnMet: '2027-03-10' }));
    const b = await luxeMelding(bsn, '1581', lpaHeuvelrug);
    expect(b).toMatchObject({
      luxeVerzuimVoorstel: 'onderzoek',
      luxeVerzuimSchooldagen: 2,
      luxeVerzuimSchooldagenBinnenVerlof: 3,
      luxeVerzuimVerleendVerlof: [{ van: '2027-03-08', totEnMet: '2027-03-10' }],
    });
    expect(b.luxeVerzuimToelichting).toContain('3 schooldagen binnen verleend verlof tellen niet als verzuim');
  });

  it('a refused or set-aside request changes nothing, nor does leave granted by another gemeente: 5 days → proces-verbaal', async () => {
    const bsn = testBsn(5605);
    await besluitGenomen(
      besluit('1581', bsn, { uitkomst: 'afgewezen', verleendVan: undefined, verleendTotEnMet: undefined }),
      besluit('1581', bsn, { uitkomst: 'buiten-behandeling', verleendVan: undefined, verleendTotEnMet: undefined }),
      besluit('0193', bsn, {}),
    );
    const b = await luxeMelding(bsn, '1581', lpaHeuvelrug);
    expect(b).toMatchObject({ luxeVerzuimVoorstel: 'proces-verbaal', luxeVerzuimSchooldagen: 5, luxeVerzuimSchooldagenBinnenVerlof: null, luxeVerzuimVerleendVerlof: null });
    expect(b.luxeVerzuimToelichting).not.toContain('verlof');
  });

  it('leave on other days than the melding is not taken into account', async () => {
    const bsn = testBsn(5606);
    await besluitGenomen(besluit('0193', bsn, { gevraagdVan: '2027-03-15', gevraagdTotEnMet: '2027-03-19', verleendVan: '2027-03-15', verleendTotEnMet: '2027-03-19' }));
    expect(await luxeMelding(bsn, '0193', lpa)).toMatchObject({ luxeVerzuimVoorstel: 'onderzoek', luxeVerzuimSchooldagen: 5, luxeVerzuimVerleendVerlof: null });
  });
});

describe('the decisions as verzuim keeps them', () => {
  it('stores the granted period under the gemeente and the pseudonym, with one audit line and no BSN', async () => {
    const bsn = testBsn(5611);
    const event = besluit('0193', bsn, { uitkomst: 'gedeeltelijk-toegewezen', gevraagdVan: '2027-03-08', gevraagdTotEnMet: '2027-03-19', verleendVan: '2027-03-15', verleendTotEnMet: '2027-03-19' });
    await besluitGenomen(event);
    expect(await rijen(event.payload.aanvraagId)).toEqual([{ uitkomst: 'gedeeltelijk-toegewezen', verleend_van: '2027-03-15', verleend_tot_en_met: '2027-03-19', gemeente: '0193', persoon_sleutel: sleutel(bsn) }]);
    const kolommen = (await db.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'verzuim' AND table_name = 'verleend_verlof'`)).rows.map((r) => r.column_name);
    expect(kolommen).not.toContain('bsn');
    const audit = await db.query(`SELECT verwerkingsactiviteit, actor_type, gemeente, betrokkene FROM audit.verwerking WHERE trace_id = $1`, [event.correlationId]);
    expect(audit.rows).toEqual([{ verwerkingsactiviteit: 'verzuimzaak-behandelen', actor_type: 'systeem', gemeente: '0193', betrokkene: sleutel(bsn) }]);
  });

  it('a redelivered event, and the same decision under a new event id, insert nothing twice and change nothing', async () => {
    const bsn = testBsn(5612);
    const event = besluit('0193', bsn, {});
    // The same message twice (a redelivery), then the same request again under a new event id with another outcome.
    const opnieuw = besluit('0193', bsn, { aanvraagId: event.payload.aanvraagId, uitkomst: 'afgewezen', verleendVan: undefined, verleendTotEnMet: undefined });
    await publiceer(alsBericht(event), alsBericht(event), alsBericht(opnieuw));
    await eventually(
      async () => ((await db.query('SELECT 1 FROM verzuim.inbox_message WHERE event_id = $1', [opnieuw.eventId])).rows.length === 1 ? true : undefined),
      30_000,
      'tweede besluit verwerkt',
    );
    expect(await rijen(event.payload.aanvraagId)).toEqual([expect.objectContaining({ uitkomst: 'toegewezen', verleend_van: '2027-03-08' })]);
    const audit = await db.query('SELECT count(*)::int AS n FROM audit.verwerking WHERE trace_id = ANY($1)', [[event.correlationId, opnieuw.correlationId]]);
    expect(audit.rows[0].n).toBe(1);
    // And the leave still counts for a melding.
    expect((await luxeMelding(bsn, '0193', lpa)).luxeVerzuimVoorstel).toBe('geen-verzuim');
  });

  it('a malformed event (contract violation) and a self-contradicting decision go to the DLQ, store nothing, and log no BSN', async () => {
    const voor = await dlqBerichten();
    const bsn = testBsn(5613);
    const goed = besluit('0193', bsn, {});
    const kapot = { ...goed, eventId: randomUUID(), payload: { ...goed.payload, bsn: '12345678', aanvraagId: randomUUID() } };
    const tegenstrijdig = besluit('0193', bsn, { uitkomst: 'gedeeltelijk-toegewezen', verleendVan: undefined, verleendTotEnMet: undefined });
    await publiceer({ subjectKey: goed.subjectKey, value: JSON.stringify(kapot) }, alsBericht(tegenstrijdig));
    await eventually(async () => ((await dlqBerichten()) >= voor + 2 ? true : undefined), 60_000, 'twee dead letters');
    expect(await rijen(kapot.payload.aanvraagId)).toHaveLength(0);
    expect(await rijen(tegenstrijdig.payload.aanvraagId)).toHaveLength(0);
    const logs = service.output.join('');
    expect(logs).toContain('event dead-lettered');
    expect(logs).not.toContain(bsn);
  });
});
