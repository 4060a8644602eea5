import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startBrpSimulatorInWorker, type BrpSimulatorHandle } from '@leerrecht/leerlingenadministratie/data-access-brp';
import {
  AFSLUITREDEN_IN_WOORDEN,
  verzuimbriefGevraagdV1,
  verzuimmeldingOntvangenV1,
  verzuimmeldingStatusGewijzigdV1,
  type Classification,
  type EventContract,
  type EventEnvelope,
  type VerzuimbriefGevraagdV1,
  type VerzuimmeldingStatusGewijzigdV1,
} from '@leerrecht/shared/contracts-events';
import { KafkaBus, deadLetterTopic } from '@leerrecht/shared/data-access-bus';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { ServiceProcess, TEST_ENV, eventually, graphql, serviceEnv, testBsn, userToken } from '@leerrecht/shared/util-testing';
import { hcPersoon } from './brp-hulp';
import { registreerScholen } from './scholen';
import { zeker } from './zeker';

/**
 * What verzuim reports after a melding, consumed by the real leerlingenadministratie process from
 * the run's Kafka broker, with PostgreSQL, Keycloak and a BRP simulator: the melding's history in
 * the dossier timeline (verzuim.md §5), even when a status change overtakes the melding itself on
 * another topic; the closure letters to the parents with gezag or to the youth, in the gemeente's
 * words (000 art 6 lid 8; 001 §3.2; 003 art 6 lid 4 a), once per briefId; and Wpg hiding. The
 * events are built with the contracts and published the way verzuim's outbox relay does.
 */
const PORT = 5314;
const URL = `http://127.0.0.1:${PORT}/graphql`;
const API_KEY = 'brp-test-sleutel-vk';
const DOSSIER = `query($bsn: String!) { leerlingdossier(bsn: $bsn) {
  verborgenWpgMeldingen verborgenWpgBrieven
  meldingen { meldingId status classificatie historie { status afsluitreden toelichting op } }
  brieven { soort aan verzondenOp kenmerk tekst meldingId } } }`;

interface Dossier {
  verborgenWpgMeldingen: number;
  verborgenWpgBrieven: number;
  meldingen: { meldingId: string; status: string; classificatie: string; historie: { status: string; afsluitreden: string | null; toelichting: string | null; op: string }[] }[];
  brieven: { soort: string; aan: string[]; verzondenOp: string; kenmerk: string; tekst: string; meldingId: string | null }[];
}

const zwolle = testBsn(3600); // 0193, 14 years old; mother with gezag, father without
const heuvelrug = testBsn(3601); // 1581 (Zuid Oost Utrecht: every melding is Wpg, 003 toelichting art 4)

let sim: BrpSimulatorHandle;
let service: ServiceProcess;
let db: Client;
let bus: KafkaBus;
const sleutel = new Map<string, string>();
const instructies = InstructieRegister.laad();

function envelop<P>(contract: EventContract<P>, gemeente: string, subjectKey: string, classification: Classification, payload: P, occurredAt = new Date().toISOString()): EventEnvelope<P> {
  return contract.parse({
    eventId: randomUUID(),
    type: contract.type,
    version: contract.version,
    occurredAt,
    gemeente,
    subjectKey,
    classification,
    correlationId: randomUUID(),
    causationId: null,
    actor: { type: 'systeem', id: 'verzuim' },
    payload,
  });
}

/** As verzuim's outbox relay sends it: keyed by the person's pseudonym, the envelope as JSON. */
async function publiceer<P>(contract: EventContract<P>, ...events: EventEnvelope<P>[]): Promise<void> {
  await bus.send(events.map((event) => ({ topic: contract.topic, key: event.subjectKey, value: JSON.stringify(event), headers: { 'event-id': event.eventId } })));
}

function statusEvent(gemeente: string, bsn: string, classification: Classification, payload: VerzuimmeldingStatusGewijzigdV1): EventEnvelope<VerzuimmeldingStatusGewijzigdV1> {
  return envelop(verzuimmeldingStatusGewijzigdV1, gemeente, zeker(sleutel.get(bsn)), classification, payload);
}

function ontvangenEvent(gemeente: string, bsn: string, classification: Classification, meldingId: string, occurredAt: string) {
  return envelop(verzuimmeldingOntvangenV1, gemeente, zeker(sleutel.get(bsn)), classification, {
    meldingId, bsn, schoolBrin: '12AB', verzuimsoort: 'wettelijk', beginDatum: '2026-10-26', status: 'geregistreerd', instructieVersie: instructies.voorGemeente(gemeente).versieSleutel,
  }, occurredAt);
}

function briefEvent(gemeente: string, subjectKey: string, classification: Classification, payload: Partial<VerzuimbriefGevraagdV1> & Pick<VerzuimbriefGevraagdV1, 'meldingId'>): EventEnvelope<VerzuimbriefGevraagdV1> {
  return envelop(verzuimbriefGevraagdV1, gemeente, subjectKey, classification, {
    briefId: randomUUID(),
    soort: 'verzuim-afsluiting-ouders',
    zaakId: randomUUID(),
    schoolBrin: '12AB',
    meldingsdatum: '2026-11-02',
    afsluitreden: 'terug-naar-school',
    datum: '2026-12-18',
    kenmerk: 'VZ-TEST',
    instructieVersie: instructies.voorGemeente(gemeente).versieSleutel,
    ...payload,
  });
}

async function telling(sql: string, params: unknown[]): Promise<number> {
  return (await db.query(sql, params)).rows[0].n as number;
}

const historieRijen = (meldingId: string) => telling('SELECT count(*)::int AS n FROM leerlingenadministratie.dossier_melding_historie WHERE melding_id = $1', [meldingId]);
/** Letters by their kenmerk (unique per letter in this file), so a second letter under another id is counted too. */
const briefRijen = (kenmerk: string) => telling('SELECT count(*)::int AS n FROM leerlingenadministratie.brief WHERE kenmerk = $1', [kenmerk]);

/** Waits until the consumer has processed a row-producing event (polling the database, not the clock). */
async function wachtOp(probe: () => Promise<number>, minstens: number, wat: string): Promise<void> {
  await eventually(async () => ((await probe()) >= minstens ? true : undefined), 30_000, wat);
}

async function dossier(bsn: string, token: string): Promise<Dossier> {
  const response = await graphql<{ leerlingdossier: Dossier | null }>(URL, DOSSIER, { bsn }, token);
  expect(response.errors).toBeUndefined();
  return zeker(response.data?.leerlingdossier);
}

/** Every fixed piece of the gemeente's template is in the letter: the text is the gemeente's, only the placeholders filled. */
function volgtSjabloon(tekst: string, sjabloon: string): void {
  const stukken = sjabloon.split(/\{\{[A-Za-z][A-Za-z0-9]*\}\}/).map((s) => s.trim()).filter((s) => s.length > 0);
  expect(stukken.length).toBeGreaterThan(3);
  for (const stuk of stukken) expect(tekst).toContain(stuk);
}

async function dlqBerichten(): Promise<number> {
  const offsets = await bus.fetchTopicOffsets(deadLetterTopic(verzuimbriefGevraagdV1.topic));
  return offsets.reduce((som, p) => som + Number(p.high), 0);
}

beforeAll(async () => {
  sim = await startBrpSimulatorInWorker({ apiKey: API_KEY, personen: [hcPersoon(zwolle, '2012-05-04', '0193', 3700), hcPersoon(heuvelrug, '2011-09-15', '1581', 3702)] });
  await sim.mutaties([zwolle, heuvelrug].map((bsn, i) => ({
    mutatieId: `vk-${i}`, burgerservicenummer: bsn, soort: 'inschrijving', gemeenteVanInschrijving: bsn === heuvelrug ? '1581' : '0193', datumGebeurtenis: '2026-10-01',
  })));
  service = new ServiceProcess('leerlingenadministratie', PORT, serviceEnv({ LEERLINGENADMINISTRATIE_PORT: String(PORT), BRP_URL: sim.url, BRP_API_KEY: API_KEY }));
  await service.start();
  db = new Client({ connectionString: TEST_ENV.adminDatabaseUrl });
  await db.connect();
  // Each test file has its own simulator, whose feed starts at 1: forget the cursors another file left behind.
  await db.query('DELETE FROM leerlingenadministratie.brp_synchronisatie');
  const beheer = await userToken('beheer.regio');
  await registreerScholen(URL, beheer);
  const sync = await graphql(URL, 'mutation { synchroniseerBrp(input: { gemeenten: ["0193", "1581"] }) { verwerkt } }', {}, beheer);
  expect(sync.errors).toBeUndefined();
  // The pseudonym the administration keyed the youth by; verzuim's events carry the same (same PSEUDONYM_KEY).
  const rijen = await db.query('SELECT bsn, persoon_sleutel FROM leerlingenadministratie.leerling WHERE bsn = ANY($1)', [[zwolle, heuvelrug]]);
  for (const rij of rijen.rows as { bsn: string; persoon_sleutel: string }[]) sleutel.set(rij.bsn, rij.persoon_sleutel);
  expect([...sleutel.keys()].sort()).toEqual([zwolle, heuvelrug].sort());
  bus = new KafkaBus({ brokers: TEST_ENV.kafkaBrokers.split(','), clientId: 'test' }, { logLevel: 'error' });
  await bus.connect();
  await bus.ensureTopics([verzuimmeldingOntvangenV1.topic, verzuimmeldingStatusGewijzigdV1.topic, verzuimbriefGevraagdV1.topic]);
});

afterAll(async () => {
  await bus?.disconnect();
  await db?.end();
  await service?.stop();
  await sim?.stop();
});

describe('the melding history in the dossier timeline (verzuim.md §5)', () => {
  const melding = randomUUID();
  const afgesloten = () => statusEvent('0193', zwolle, 'AVG', { meldingId: melding, status: 'afgesloten', afsluitreden: 'terug-naar-school', toelichting: null, gewijzigdOp: '2026-12-18T12:00:00.000Z' });
  let afsluiting: EventEnvelope<VerzuimmeldingStatusGewijzigdV1>;

  it('a status change consumed before its verzuimmelding-ontvangen is kept, and the melding arrives in that status', async () => {
    await publiceer(verzuimmeldingStatusGewijzigdV1, statusEvent('0193', zwolle, 'AVG', { meldingId: melding, status: 'in-behandeling', afsluitreden: null, toelichting: null, gewijzigdOp: '2026-11-03T10:00:00.000Z' }));
    await wachtOp(() => historieRijen(melding), 1, 'statuswijziging verwerkt');
    // Consumed first indeed: there is no melding in the dossier yet, and the handler did not fail on that.
    expect(await telling('SELECT count(*)::int AS n FROM leerlingenadministratie.dossier_melding WHERE melding_id = $1', [melding])).toBe(0);

    await publiceer(verzuimmeldingOntvangenV1, ontvangenEvent('0193', zwolle, 'AVG', melding, '2026-11-02T09:00:00.000Z'));
    await wachtOp(() => telling('SELECT count(*)::int AS n FROM leerlingenadministratie.dossier_melding WHERE melding_id = $1', [melding]), 1, 'melding verwerkt');

    const [gevonden] = (await dossier(zwolle, await userToken('lpa.zwolle'))).meldingen.filter((m) => m.meldingId === melding);
    expect(gevonden).toEqual({
      meldingId: melding,
      status: 'in-behandeling',
      classificatie: 'AVG',
      historie: [
        { status: 'geregistreerd', afsluitreden: null, toelichting: null, op: '2026-11-02T09:00:00.000Z' },
        { status: 'in-behandeling', afsluitreden: null, toelichting: null, op: '2026-11-03T10:00:00.000Z' },
      ],
    });
  });

  it('a later closure moves the melding on and adds to its history, with DUO\'s reason', async () => {
    afsluiting = afgesloten();
    await publiceer(verzuimmeldingStatusGewijzigdV1, afsluiting);
    await wachtOp(() => historieRijen(melding), 3, 'afsluiting verwerkt');
    const [gevonden] = (await dossier(zwolle, await userToken('lpa.zwolle'))).meldingen.filter((m) => m.meldingId === melding);
    expect(gevonden?.status).toBe('afgesloten');
    expect(gevonden?.historie.map((h) => [h.status, h.afsluitreden])).toEqual([['geregistreerd', null], ['in-behandeling', null], ['afgesloten', 'terug-naar-school']]);
  });

  it('a duplicate status event adds no second history row, also when the inbox no longer remembers it (replay)', async () => {
    const marker = randomUUID();
    // A redelivery (same event id), then the same event after its inbox row is gone, then a marker on
    // the same partition (same key): once the marker is in, both duplicates were processed before it.
    await publiceer(verzuimmeldingStatusGewijzigdV1, afsluiting);
    await db.query('DELETE FROM leerlingenadministratie.inbox_message WHERE event_id = $1', [afsluiting.eventId]);
    await publiceer(verzuimmeldingStatusGewijzigdV1, afsluiting, statusEvent('0193', zwolle, 'AVG', { meldingId: marker, status: 'in-behandeling', afsluitreden: null, toelichting: null, gewijzigdOp: '2026-12-19T08:00:00.000Z' }));
    await wachtOp(() => historieRijen(marker), 1, 'marker verwerkt');
    expect(await historieRijen(melding)).toBe(3);
    const [gevonden] = (await dossier(zwolle, await userToken('lpa.zwolle'))).meldingen.filter((m) => m.meldingId === melding);
    expect(gevonden?.historie).toHaveLength(3);
  });
});

describe('closure letters (000 art 6 lid 8; 001 §3.2; 003 art 6 lid 4 a)', () => {
  const melding = randomUUID();
  let ouders: EventEnvelope<VerzuimbriefGevraagdV1>;
  let jongere: EventEnvelope<VerzuimbriefGevraagdV1>;

  beforeAll(async () => {
    await publiceer(verzuimmeldingOntvangenV1, ontvangenEvent('0193', zwolle, 'AVG', melding, '2026-11-02T09:00:00.000Z'));
    ouders = briefEvent('0193', zeker(sleutel.get(zwolle)), 'AVG', { meldingId: melding, kenmerk: 'VZ-0193-1' });
    jongere = briefEvent('0193', zeker(sleutel.get(zwolle)), 'AVG', { meldingId: melding, soort: 'verzuim-afsluiting-jongere', kenmerk: 'VZ-0193-2', afsluitreden: 'geen-verzuim-legitiem-afwezig' });
  });

  it('the letter to the parents names the parent with gezag and not the other one, in the gemeente\'s words', async () => {
    await publiceer(verzuimbriefGevraagdV1, ouders);
    await wachtOp(() => briefRijen('VZ-0193-1'), 1, 'brief ouders geschreven');
    const brieven = (await dossier(zwolle, await userToken('lpa.zwolle'))).brieven.filter((b) => b.meldingId === melding);
    expect(brieven).toHaveLength(1);
    const [brief] = brieven;
    expect(brief).toMatchObject({ soort: 'verzuim-afsluiting-ouders', aan: ['Anna Jansen'], verzondenOp: '2026-12-18', kenmerk: 'VZ-0193-1', meldingId: melding });
    expect(brief?.tekst).not.toMatch(/Piet|Vries/);
    expect(brief?.tekst).toContain('Aan: Anna Jansen');
    expect(brief?.tekst).toContain('Op 2 november 2026 ontvingen wij van Isala College een melding van schoolverzuim van Sanne Jansen.');
    expect(brief?.tekst).toContain(AFSLUITREDEN_IN_WOORDEN['terug-naar-school']);
    expect(brief?.tekst).toContain('namens het college van burgemeester en wethouders van Zwolle');
    expect(brief?.tekst).not.toContain('{{');
    volgtSjabloon(zeker(brief).tekst, instructies.voorGemeente('0193').regels.brieven.verzuimAfsluitingOuders.waarde);
    // The event's briefId is the letter's id: that is what makes a second request for it a no-op.
    const rij = await db.query('SELECT id, verzonden_door, zaak_id, classificatie FROM leerlingenadministratie.brief WHERE kenmerk = $1', ['VZ-0193-1']);
    expect(rij.rows).toEqual([{ id: ouders.payload.briefId, verzonden_door: 'verzuim', zaak_id: ouders.payload.zaakId, classificatie: 'AVG' }]);
  });

  it('the same verzuimbrief-gevraagd sent twice, and once more under a new event id, gives one letter', async () => {
    // Redelivery (same event), verzuim publishing the request again (new event, same briefId), then
    // the youth's letter on the same partition as a marker.
    await publiceer(verzuimbriefGevraagdV1, ouders, { ...ouders, eventId: randomUUID() }, jongere);
    await wachtOp(() => briefRijen('VZ-0193-2'), 1, 'brief jongere geschreven');
    expect(await briefRijen('VZ-0193-1')).toBe(1);
    const brieven = (await dossier(zwolle, await userToken('lpa.zwolle'))).brieven.filter((b) => b.meldingId === melding);
    expect(brieven.map((b) => b.soort)).toEqual(['verzuim-afsluiting-ouders', 'verzuim-afsluiting-jongere']);
  });

  it('the letter to the youth is addressed to the youth at the youth\'s address', async () => {
    const brief = (await dossier(zwolle, await userToken('lpa.zwolle'))).brieven.find((b) => b.kenmerk === 'VZ-0193-2');
    expect(brief?.aan).toEqual(['Sanne Jansen']);
    expect(brief?.tekst).toContain('Aan: Sanne Jansen\nKerkstraat 12, 8011AB Zwolle');
    expect(brief?.tekst).toContain('Beste Sanne Jansen,');
    expect(brief?.tekst).toContain(AFSLUITREDEN_IN_WOORDEN['geen-verzuim-legitiem-afwezig']);
    expect(brief?.tekst).not.toMatch(/Anna|Piet/);
    volgtSjabloon(zeker(brief).tekst, instructies.voorGemeente('0193').regels.brieven.verzuimAfsluitingJongere.waarde);
  });

  it('a letter for a person the administration does not know is not written but dead-lettered (replayable), with no personal data in the logs', async () => {
    const voor = await dlqBerichten();
    const vreemd = briefEvent('0193', 'f'.repeat(64), 'AVG', { meldingId: randomUUID(), kenmerk: 'VZ-0193-3' });
    await publiceer(verzuimbriefGevraagdV1, vreemd);
    await eventually(async () => ((await dlqBerichten()) > voor ? true : undefined), 60_000, 'dead letter');
    expect(await briefRijen('VZ-0193-3')).toBe(0);
    expect(await telling('SELECT count(*)::int AS n FROM leerlingenadministratie.leerling WHERE persoon_sleutel = $1', ['f'.repeat(64)])).toBe(0);
    const logs = service.output.join('');
    expect(logs).toContain('event dead-lettered');
    for (const persoonsgegeven of [zwolle, heuvelrug, 'Jansen', 'Kerkstraat']) expect(logs).not.toContain(persoonsgegeven);
  });
});

describe('Wpg: a Wpg-classified melding\'s history and letter only for users with wpg-verwerking (003 toelichting art 4)', () => {
  const melding = randomUUID();
  let brief: EventEnvelope<VerzuimbriefGevraagdV1>;

  beforeAll(async () => {
    await publiceer(verzuimmeldingOntvangenV1, ontvangenEvent('1581', heuvelrug, 'Wpg', melding, '2026-11-09T09:00:00.000Z'));
    await publiceer(verzuimmeldingStatusGewijzigdV1, statusEvent('1581', heuvelrug, 'Wpg', { meldingId: melding, status: 'afgesloten', afsluitreden: 'geen-verzuim-langdurig-ziek', toelichting: null, gewijzigdOp: '2026-12-01T09:00:00.000Z' }));
    brief = briefEvent('1581', zeker(sleutel.get(heuvelrug)), 'Wpg', { meldingId: melding, kenmerk: 'VZ-1581-1', afsluitreden: 'geen-verzuim-langdurig-ziek', meldingsdatum: '2026-11-09', datum: '2026-12-02' });
    await publiceer(verzuimbriefGevraagdV1, brief);
    await wachtOp(() => historieRijen(melding), 2, 'Wpg-historie verwerkt');
    await wachtOp(() => briefRijen('VZ-1581-1'), 1, 'Wpg-brief geschreven');
  });

  it('lpa.heuvelrug (wpg-verwerking) sees the melding, its history and the letter in the gemeente\'s name', async () => {
    const gezien = await dossier(heuvelrug, await userToken('lpa.heuvelrug'));
    expect(gezien.verborgenWpgMeldingen).toBe(0);
    expect(gezien.verborgenWpgBrieven).toBe(0);
    expect(gezien.meldingen.find((m) => m.meldingId === melding)).toMatchObject({ status: 'afgesloten', classificatie: 'Wpg' });
    expect(gezien.meldingen.find((m) => m.meldingId === melding)?.historie.map((h) => h.status)).toEqual(['geregistreerd', 'afgesloten']);
    const [eigen] = gezien.brieven.filter((b) => b.meldingId === melding);
    expect(eigen?.aan).toEqual(['Anna Jansen']);
    expect(eigen?.tekst).toContain('namens het college van burgemeester en wethouders van Utrechtse Heuvelrug');
    expect(eigen?.tekst.startsWith('Utrechtse Heuvelrug, 2 december 2026')).toBe(true);
  });

  it.each(['admin.heuvelrug', 'lpa.zeist'])('%s (may read the dossier, no wpg-verwerking) sees neither, only how many are hidden', async (gebruiker) => {
    const gezien = await dossier(heuvelrug, await userToken(gebruiker));
    expect(gezien.meldingen).toEqual([]);
    expect(gezien.brieven).toEqual([]);
    expect(gezien.verborgenWpgMeldingen).toBe(1);
    expect(gezien.verborgenWpgBrieven).toBe(1);
  });
});
