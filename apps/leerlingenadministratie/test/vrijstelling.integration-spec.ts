import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startBrpSimulatorInWorker, type BrpSimulatorHandle } from '@leerrecht/leerlingenadministratie/data-access-brp';
import {
  kennisgevingNietVoldaanV1,
  vervangendeLeerplichtBeeindigdV1,
  vervangendeLeerplichtToegestaanV1,
  vrijstellingBeeindigdV1,
  vrijstellingVerleendV1,
  type EventContract,
  type EventEnvelope,
} from '@leerrecht/shared/contracts-events';
import { KafkaBus, deadLetterTopic } from '@leerrecht/shared/data-access-bus';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { ServiceProcess, TEST_ENV, eventually, graphql, serviceEnv, testBsn, userToken } from '@leerrecht/shared/util-testing';
import { hcPersoon } from './brp-hulp';
import { registreerScholen } from './scholen';
import { zeker } from './zeker';

/**
 * What verlof-vrijstelling decides about a youth's duty to be enrolled, consumed by the real
 * leerlingenadministratie process from the run's Kafka broker (verlof-vrijstelling.md §9): the
 * plicht status shows the exemption with its article (administratie.md §3 overlays), and the
 * absolute-verzuim check (Lpw art 19; §5.2 step 1) leaves out a youth while an exemption or
 * vervangende leerplicht runs, and before the parents' term to enrol after a kennisgeving niet
 * voldaan has passed (000 art 12 lid 9; 003 art 11 lid 5) — and takes the youth in again after.
 * The events are built with the contracts and published as verlof-vrijstelling's outbox relay
 * does (keyed by the pseudonym, the envelope as JSON).
 */
const PORT = 5315;
const URL = `http://127.0.0.1:${PORT}/graphql`;
const API_KEY = 'brp-test-sleutel-vr';
const JONGERE = `query($bsn: String!) { jongere(bsn: $bsn) { plichtstatus {
  soort vrijgesteld vrijstellingen { artikel van totEnMet } vervangendeLeerplicht { artikel van totEnMet } reden bron } } }`;
const CONTROLE = 'mutation($i: VoerInschrijvingscontroleUitInput!) { voerInschrijvingscontroleUit(input: $i) { kandidaten } }';

interface Plichtstatus {
  soort: string;
  vrijgesteld: boolean;
  vrijstellingen: { artikel: string; van: string; totEnMet: string | null }[];
  vervangendeLeerplicht: { artikel: string; van: string; totEnMet: string | null } | null;
  reden: string;
  bron: string[];
}

const vrijgesteld = testBsn(3800); // 12, art 5 onder b
const vervangend = testBsn(3801); // 15, vervangende leerplicht art 3b
const kennisgeving = testBsn(3802); // 11, kennisgeving niet voldaan
const onbekend = testBsn(3803); // not in the BRP: the exemption makes the administration know the youth

function dag(offset: number, vanaf = new Date()): string {
  return new Date(Date.UTC(vanaf.getUTCFullYear(), vanaf.getUTCMonth(), vanaf.getUTCDate() + offset)).toISOString().slice(0, 10);
}
/** The peildatum of the checks: the first Monday at least a week ahead (a werkdag, after "today"). */
const PEIL = (() => {
  for (let i = 7; ; i += 1) if (new Date(`${dag(i)}T00:00:00Z`).getUTCDay() === 1) return dag(i);
})();
const naPeil = (dagen: number) => dag(dagen, new Date(`${PEIL}T00:00:00Z`));

const vrijstellingId = randomUUID();
const vervangendId = randomUUID();
const kennisgevingId = randomUUID();
const uiterlijk = naPeil(7);

let sim: BrpSimulatorHandle;
let service: ServiceProcess;
let db: Client;
let bus: KafkaBus;
let admin: string;
let lpa: string;
const sleutel = new Map<string, string>();
const instructieVersie = InstructieRegister.laad().voorGemeente('0193').versieSleutel;

function envelop<P>(contract: EventContract<P>, subjectKey: string, payload: P): EventEnvelope<P> {
  return contract.parse({
    eventId: randomUUID(),
    type: contract.type,
    version: contract.version,
    occurredAt: new Date().toISOString(),
    gemeente: '0193',
    subjectKey,
    classification: 'AVG',
    correlationId: randomUUID(),
    causationId: null,
    actor: { type: 'gebruiker', id: 'lpa.zwolle' },
    payload,
  });
}

async function publiceer<P>(contract: EventContract<P>, ...events: EventEnvelope<P>[]): Promise<void> {
  await bus.send(events.map((event) => ({ topic: contract.topic, key: event.subjectKey, value: JSON.stringify(event), headers: { 'event-id': event.eventId } })));
}

async function telling(sql: string, params: unknown[]): Promise<number> {
  return (await db.query(sql, params)).rows[0].n as number;
}

const vrijstellingRij = (id: string) => db.query('SELECT soort, artikel, to_char(van, \'YYYY-MM-DD\') AS van, to_char(tot_en_met, \'YYYY-MM-DD\') AS tot_en_met, to_char(beeindigd_op, \'YYYY-MM-DD\') AS beeindigd_op, einde_reden FROM leerlingenadministratie.leerling_vrijstelling WHERE id = $1', [id]).then((r) => r.rows);

async function wachtOp(sql: string, params: unknown[], wat: string): Promise<void> {
  await eventually(async () => ((await telling(sql, params)) > 0 ? true : undefined), 30_000, wat);
}

async function plichtstatus(bsn: string): Promise<Plichtstatus> {
  const response = await graphql<{ jongere: { plichtstatus: Plichtstatus | null } | null }>(URL, JONGERE, { bsn }, lpa);
  expect(response.errors).toBeUndefined();
  return zeker(response.data?.jongere?.plichtstatus);
}

async function controle(peildatum: string): Promise<void> {
  const response = await graphql(URL, CONTROLE, { i: { gemeente: '0193', peildatum } }, admin);
  expect(response.errors).toBeUndefined();
}

/** Whether the check started a procedure for the youth (i.e. found it a candidate in some run). */
async function heeftProcedure(bsn: string): Promise<boolean> {
  return (await telling(`SELECT count(*)::int AS n FROM leerlingenadministratie.absoluut_verzuim_procedure p JOIN leerlingenadministratie.leerling l ON l.id = p.leerling_id WHERE l.bsn = $1 AND l.gemeente = '0193'`, [bsn])) > 0;
}

async function dlqBerichten(topic: string): Promise<number> {
  const offsets = await bus.fetchTopicOffsets(deadLetterTopic(topic));
  return offsets.reduce((som, p) => som + Number(p.high), 0);
}

beforeAll(async () => {
  sim = await startBrpSimulatorInWorker({
    apiKey: API_KEY,
    personen: [hcPersoon(vrijgesteld, '2014-05-10', '0193', 3850), hcPersoon(vervangend, '2011-03-10', '0193', 3852), hcPersoon(kennisgeving, '2015-06-10', '0193', 3854)],
  });
  await sim.mutaties([vrijgesteld, vervangend, kennisgeving].map((bsn, i) => ({
    mutatieId: `vr-${i}`, burgerservicenummer: bsn, soort: 'inschrijving', gemeenteVanInschrijving: '0193', datumGebeurtenis: dag(-200),
  })));
  service = new ServiceProcess('leerlingenadministratie', PORT, serviceEnv({ LEERLINGENADMINISTRATIE_PORT: String(PORT), BRP_URL: sim.url, BRP_API_KEY: API_KEY }));
  await service.start();
  db = new Client({ connectionString: TEST_ENV.adminDatabaseUrl });
  await db.connect();
  // Each test file has its own simulator, whose feed starts at 1: forget the cursors another file left behind.
  await db.query('DELETE FROM leerlingenadministratie.brp_synchronisatie');
  const beheer = await userToken('beheer.regio');
  await registreerScholen(URL, beheer);
  const sync = await graphql(URL, 'mutation { synchroniseerBrp(input: { gemeenten: ["0193"] }) { verwerkt } }', {}, beheer);
  expect(sync.errors).toBeUndefined();
  const rijen = await db.query(`SELECT bsn, persoon_sleutel FROM leerlingenadministratie.leerling WHERE gemeente = '0193' AND bsn = ANY($1)`, [[vrijgesteld, vervangend, kennisgeving]]);
  for (const rij of rijen.rows as { bsn: string; persoon_sleutel: string }[]) sleutel.set(rij.bsn, rij.persoon_sleutel);
  expect(sleutel.size).toBe(3);
  admin = await userToken('admin.zwolle');
  lpa = await userToken('lpa.zwolle');
  bus = new KafkaBus({ brokers: TEST_ENV.kafkaBrokers.split(','), clientId: 'test' }, { logLevel: 'error' });
  await bus.connect();
  await bus.ensureTopics([vrijstellingVerleendV1.topic, vrijstellingBeeindigdV1.topic, vervangendeLeerplichtToegestaanV1.topic, vervangendeLeerplichtBeeindigdV1.topic, kennisgevingNietVoldaanV1.topic]);
  // Without a decision every one of them would be a candidate of the check (leerplichtig, not enrolled).
  for (const bsn of [vrijgesteld, vervangend, kennisgeving]) expect(await plichtstatus(bsn)).toMatchObject({ soort: 'leerplichtig', vrijgesteld: false, vrijstellingen: [], vervangendeLeerplicht: null });
  // All decisions before the first check; each describe below then ends one of them.
  await publiceer(vrijstellingVerleendV1, verleend());
  await publiceer(vervangendeLeerplichtToegestaanV1, envelop(vervangendeLeerplichtToegestaanV1, zeker(sleutel.get(vervangend)), {
    vervangendeLeerplichtId: vervangendId, bsn: vervangend, geboortedatum: '2011-03-10', artikel: '3b', van: dag(-30), totEnMet: dag(100), besluitId: randomUUID(), instructieVersie,
  }));
  await publiceer(kennisgevingNietVoldaanV1, envelop(kennisgevingNietVoldaanV1, zeker(sleutel.get(kennisgeving)), {
    kennisgevingId, bsn: kennisgeving, geboortedatum: '2015-06-10', artikel: '5 onder b', inschrijvenUiterlijk: uiterlijk, instructieVersie,
  }));
  await wachtOp('SELECT count(*)::int AS n FROM leerlingenadministratie.leerling_vrijstelling WHERE id = ANY($1)', [[vrijstellingId]], 'vrijstelling verwerkt');
  await wachtOp('SELECT count(*)::int AS n FROM leerlingenadministratie.leerling_vrijstelling WHERE id = ANY($1)', [[vervangendId]], 'vervangende leerplicht verwerkt');
  await wachtOp('SELECT count(*)::int AS n FROM leerlingenadministratie.kennisgeving_niet_voldaan WHERE id = $1', [kennisgevingId], 'kennisgeving verwerkt');
  await controle(PEIL);
});

let eersteVerleend: EventEnvelope<ReturnType<typeof vrijstellingVerleendV1.payload.parse>> | undefined;
function verleend(): EventEnvelope<ReturnType<typeof vrijstellingVerleendV1.payload.parse>> {
  eersteVerleend ??= envelop(vrijstellingVerleendV1, zeker(sleutel.get(vrijgesteld)), {
    vrijstellingId, bsn: vrijgesteld, geboortedatum: '2014-05-10', artikel: '5 onder b', van: dag(-60), totEnMet: dag(200), besluitId: randomUUID(), instructieVersie,
  });
  return eersteVerleend;
}

afterAll(async () => {
  await bus?.disconnect();
  await db?.end();
  await service?.stop();
  await sim?.stop();
});

describe('an exemption (Lpw art 5 onder b): vrijgesteld with the article, no absolute-verzuim candidate while it runs', () => {
  it('after vrijstelling-verleend the plicht status says vrijgesteld under Lpw art 5 onder b, with the period', async () => {
    const status = await plichtstatus(vrijgesteld);
    expect(status).toMatchObject({ soort: 'leerplichtig', vrijgesteld: true, vrijstellingen: [{ artikel: '5 onder b', van: dag(-60), totEnMet: dag(200) }], vervangendeLeerplicht: null });
    expect(status.bron).toContain('Lpw art 5 onder b');
    expect(status.reden).toContain('Vrijgesteld op grond van Lpw art 5 onder b');
  });

  it('the check on the peildatum started no procedure for the exempted youth', async () => {
    await controle(PEIL);
    expect(await heeftProcedure(vrijgesteld)).toBe(false);
  });

  it('a redelivery, and the same decision under a new event id, change nothing', async () => {
    // The same event, then republished under a new id with other dates, then a marker on the same partition (same key).
    const marker = randomUUID();
    const eerste = verleend();
    await publiceer(vrijstellingVerleendV1, eerste, { ...eerste, eventId: randomUUID(), payload: { ...eerste.payload, van: dag(-1), totEnMet: dag(1) } },
      envelop(vrijstellingVerleendV1, zeker(sleutel.get(vrijgesteld)), { ...eerste.payload, vrijstellingId: marker, van: '2021-01-04', totEnMet: '2021-01-29' }));
    await wachtOp('SELECT count(*)::int AS n FROM leerlingenadministratie.leerling_vrijstelling WHERE id = $1', [marker], 'marker verwerkt');
    expect(await vrijstellingRij(vrijstellingId)).toEqual([{ soort: 'vrijstelling', artikel: '5 onder b', van: dag(-60), tot_en_met: dag(200), beeindigd_op: null, einde_reden: null }]);
  });

  it('after vrijstelling-beeindigd (last day yesterday) the youth is no longer vrijgesteld and is a candidate again', async () => {
    await publiceer(vrijstellingBeeindigdV1, envelop(vrijstellingBeeindigdV1, zeker(sleutel.get(vrijgesteld)), { vrijstellingId, artikel: '5 onder b', laatsteDag: dag(-1), reden: 'ingetrokken' }));
    await wachtOp(`SELECT count(*)::int AS n FROM leerlingenadministratie.leerling_vrijstelling WHERE id = $1 AND beeindigd_op IS NOT NULL`, [vrijstellingId], 'beëindiging verwerkt');
    expect(await vrijstellingRij(vrijstellingId)).toEqual([expect.objectContaining({ tot_en_met: dag(200), beeindigd_op: dag(-1), einde_reden: 'ingetrokken' })]);
    expect(await plichtstatus(vrijgesteld)).toMatchObject({ vrijgesteld: false, vrijstellingen: [] });
    await controle(PEIL);
    expect(await heeftProcedure(vrijgesteld)).toBe(true);
  });
});

describe('vervangende leerplicht (Lpw art 3b): shown in the plicht status, no candidate while it runs', () => {
  const id = vervangendId;

  it('while it runs: the overlay with its article, not vrijgesteld, and no procedure', async () => {
    const status = await plichtstatus(vervangend);
    expect(status).toMatchObject({ soort: 'leerplichtig', vrijgesteld: false, vervangendeLeerplicht: { artikel: '3b', van: dag(-30), totEnMet: dag(100) } });
    expect(status.bron).toContain('Lpw art 3b');
    expect(status.reden).toContain('Vervangende leerplicht op grond van Lpw art 3b');
    await controle(PEIL);
    expect(await heeftProcedure(vervangend)).toBe(false);
  });

  it('ended: no overlay, and the next check takes the youth in', async () => {
    await publiceer(vervangendeLeerplichtBeeindigdV1, envelop(vervangendeLeerplichtBeeindigdV1, zeker(sleutel.get(vervangend)), { vervangendeLeerplichtId: id, laatsteDag: dag(-1), reden: 'niet-meer-van-toepassing' }));
    await wachtOp(`SELECT count(*)::int AS n FROM leerlingenadministratie.leerling_vrijstelling WHERE id = $1 AND beeindigd_op IS NOT NULL`, [id], 'beëindiging verwerkt');
    expect((await plichtstatus(vervangend)).vervangendeLeerplicht).toBeNull();
    await controle(PEIL);
    expect(await heeftProcedure(vervangend)).toBe(true);
  });
});

describe('kennisgeving niet voldaan: the parents\' term to enrol first (000 art 12 lid 9; 003 art 11 lid 5)', () => {
  it('before and on the last day of the term the youth is no candidate; the day after, it is', async () => {
    // Not an exemption: the plicht status is unchanged.
    expect(await plichtstatus(kennisgeving)).toMatchObject({ soort: 'leerplichtig', vrijgesteld: false });
    await controle(PEIL);
    await controle(uiterlijk);
    expect(await heeftProcedure(kennisgeving)).toBe(false);
    await controle(naPeil(8));
    expect(await heeftProcedure(kennisgeving)).toBe(true);
  });

  it('the same kennisgeving again (new event id) adds nothing', async () => {
    await publiceer(kennisgevingNietVoldaanV1, envelop(kennisgevingNietVoldaanV1, zeker(sleutel.get(kennisgeving)), {
      kennisgevingId, bsn: kennisgeving, geboortedatum: '2015-06-10', artikel: '5 onder b', inschrijvenUiterlijk: naPeil(30), instructieVersie,
    }));
    const marker = randomUUID();
    await publiceer(kennisgevingNietVoldaanV1, envelop(kennisgevingNietVoldaanV1, zeker(sleutel.get(kennisgeving)), {
      kennisgevingId: marker, bsn: kennisgeving, geboortedatum: '2015-06-10', artikel: '5 onder a', inschrijvenUiterlijk: '2021-02-01', instructieVersie,
    }));
    await wachtOp('SELECT count(*)::int AS n FROM leerlingenadministratie.kennisgeving_niet_voldaan WHERE id = $1', [marker], 'marker verwerkt');
    const rijen = await db.query(`SELECT to_char(inschrijven_uiterlijk, 'YYYY-MM-DD') AS d FROM leerlingenadministratie.kennisgeving_niet_voldaan WHERE id = $1`, [kennisgevingId]);
    expect(rijen.rows).toEqual([{ d: uiterlijk }]);
  });
});

describe('a youth first known through a decision, and events that cannot be applied', () => {
  it('an exemption for a youth the administration did not know yet creates the youth (bron besluit)', async () => {
    const id = randomUUID();
    const subjectKey = 'a'.repeat(64);
    await publiceer(vrijstellingVerleendV1, envelop(vrijstellingVerleendV1, subjectKey, {
      vrijstellingId: id, bsn: onbekend, geboortedatum: '2013-01-15', artikel: '15', van: dag(-10), besluitId: randomUUID(), instructieVersie,
    }));
    await wachtOp('SELECT count(*)::int AS n FROM leerlingenadministratie.leerling_vrijstelling WHERE id = $1', [id], 'vrijstelling verwerkt');
    const rij = await db.query(`SELECT bron, persoon_sleutel, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum FROM leerlingenadministratie.leerling WHERE gemeente = '0193' AND bsn = $1`, [onbekend]);
    expect(rij.rows).toEqual([{ bron: 'besluit', persoon_sleutel: subjectKey, geboortedatum: '2013-01-15' }]);
    expect(await plichtstatus(onbekend)).toMatchObject({ vrijgesteld: true, vrijstellingen: [{ artikel: '15', van: dag(-10), totEnMet: null }] });
  });

  it('a malformed event goes to the dead-letter topic and changes nothing', async () => {
    const voor = await dlqBerichten(vrijstellingVerleendV1.topic);
    const id = randomUUID();
    const kapot = { ...envelop(vrijstellingVerleendV1, zeker(sleutel.get(vervangend)), {
      vrijstellingId: id, bsn: vervangend, geboortedatum: '2011-03-10', artikel: '15', van: dag(-1), besluitId: randomUUID(), instructieVersie,
    }) };
    // "5b" is no article of the contract (ambiguous between art 5 onder b and 5a): a contract violation.
    const waarde = JSON.stringify({ ...kapot, payload: { ...kapot.payload, artikel: '5b' } });
    await bus.send([{ topic: vrijstellingVerleendV1.topic, key: kapot.subjectKey, value: waarde, headers: { 'event-id': kapot.eventId } }]);
    await eventually(async () => ((await dlqBerichten(vrijstellingVerleendV1.topic)) > voor ? true : undefined), 60_000, 'dead letter');
    expect(await telling('SELECT count(*)::int AS n FROM leerlingenadministratie.leerling_vrijstelling WHERE id = $1', [id])).toBe(0);
    expect(await plichtstatus(vervangend)).toMatchObject({ vrijgesteld: false });
  });

  it('a beëindiging of an exemption the administration does not know is retried and dead-lettered, with no personal data in the logs', async () => {
    const voor = await dlqBerichten(vrijstellingBeeindigdV1.topic);
    await publiceer(vrijstellingBeeindigdV1, envelop(vrijstellingBeeindigdV1, zeker(sleutel.get(vrijgesteld)), { vrijstellingId: randomUUID(), artikel: '5 onder a', laatsteDag: dag(-1), reden: 'ingetrokken' }));
    await eventually(async () => ((await dlqBerichten(vrijstellingBeeindigdV1.topic)) > voor ? true : undefined), 60_000, 'dead letter');
    const logs = service.output.join('');
    expect(logs).toContain('event dead-lettered');
    for (const persoonsgegeven of [vrijgesteld, vervangend, kennisgeving, onbekend, 'Jansen']) expect(logs).not.toContain(persoonsgegeven);
  });

  it('another gemeente\'s officer does not see the youth\'s plicht status', async () => {
    const response = await graphql<{ jongere: unknown }>(URL, JONGERE, { bsn: vrijgesteld }, await userToken('lpa.kampen'));
    expect(response.data?.jongere ?? null).toBeNull();
  });
});
