import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ServiceProcess, TEST_ENV, errorCodes, eventually, graphql, serviceEnv, testBsn, userToken } from '@leerrecht/shared/util-testing';
import { startDuoRegisterSimulatorInWorker, type DuoRegisterSimulatorHandle } from '@leerrecht/verlof-vrijstelling/data-access-duo-register';

/**
 * The sending queue to DUO's register vrijstellingen en vervangende leerplicht (koppelingen §3),
 * without the decisions: rows are queued with SQL as DuoRegistratieService.plan writes them, and
 * the real service process sends them to the DUO simulator — by its job (every second here) and
 * by the operator's mutation — with backoff while DUO is down, a refusal kept for beheer, a
 * beëindiging never before its registration, an audit line per row and no BSN in the logs.
 */
const PORT = 5341;
const URL = `http://127.0.0.1:${PORT}/graphql`;
const API_KEY = 'duo-register-test-sleutel';
const VERSTUUR = 'mutation { verstuurDuoRegistraties { verzonden uitgesteld geweigerd } }';
const LIJST = 'query($g: String!, $s: String) { duoRegistraties(gemeente: $g, status: $s) { id handeling registratieId soort grond artikel begindatum einddatum status pogingen laatsteFout verzondenOp duoRegistratienummer bsn } }';

interface Registratie {
  id: string;
  handeling: string;
  soort: string;
  status: string;
  pogingen: number;
  laatsteFout: string | null;
  duoRegistratienummer: string | null;
  bsn: string | null;
}

let sim: DuoRegisterSimulatorHandle;
let service: ServiceProcess;
let db: Client;
let beheer: string;

/** A waiting row as DuoRegistratieService.plan writes it (art 5 onder b unless overridden). */
async function zetInWachtrij(kolommen: Record<string, unknown> = {}): Promise<string> {
  const id = randomUUID();
  const rij: Record<string, unknown> = {
    id,
    gemeente: '0193',
    handeling: 'registratie',
    registratie_id: null,
    persoon_sleutel: 'b'.repeat(64),
    bsn: testBsn(3820),
    soort: 'vrijstelling-art5',
    grond: 'b',
    artikel: null,
    postcode: '8011AB',
    begindatum: '2026-08-01',
    einddatum: '2027-07-31',
    eerder_beroep: false,
    eerder_verleend: null,
    persoonsgegevens: null,
    zaak_id: randomUUID(),
    besluit_id: randomUUID(),
    status: 'wachtend',
    ...kolommen,
  };
  const namen = Object.keys(rij);
  await db.query(`INSERT INTO verlof_vrijstelling.duo_registratie (${namen.join(', ')}) VALUES (${namen.map((_, i) => `$${i + 1}`).join(', ')})`, namen.map((n) => rij[n]));
  return id;
}

async function rij(id: string): Promise<{ status: string; pogingen: number; laatste_fout: string | null; wacht_s: number | null; duo_registratienummer: string | null }> {
  const { rows } = await db.query(
    `SELECT status, pogingen, laatste_fout, duo_registratienummer, extract(epoch FROM volgende_poging_op - now())::int AS wacht_s FROM verlof_vrijstelling.duo_registratie WHERE id = $1`,
    [id],
  );
  return rows[0];
}

const status = async (id: string) => (await rij(id)).status;
const wachtOpStatus = (id: string, verwacht: string) => eventually(async () => ((await status(id)) === verwacht ? true : undefined), 30_000, `registratie ${verwacht}`);

beforeAll(async () => {
  sim = await startDuoRegisterSimulatorInWorker({ apiKey: API_KEY });
  service = new ServiceProcess(
    'verlof-vrijstelling',
    PORT,
    serviceEnv({ VERLOF_VRIJSTELLING_PORT: String(PORT), DUO_URL: sim.url, DUO_API_KEY: API_KEY, DUO_TIMEOUT_MS: '2000', DUO_REGISTRATIE_INTERVAL_S: '1' }),
  );
  await service.start();
  db = new Client({ connectionString: TEST_ENV.adminDatabaseUrl });
  await db.connect();
  beheer = await userToken('beheer.regio');
});

afterAll(async () => {
  await db?.end();
  await service?.stop();
  await sim?.stop();
});

describe('the job sends what waits (every DUO_REGISTRATIE_INTERVAL_S)', () => {
  it('an art 5 exemption reaches DUO with the law\'s fields, DUO\'s number is kept, and the sending is in the audit log as system processing', async () => {
    const id = await zetInWachtrij();
    await wachtOpStatus(id, 'verzonden');
    const [ontvangen] = (await sim.ontvangen('0193')).verzoeken.filter((v) => v.registratieId === id);
    expect(ontvangen).toMatchObject({
      handeling: 'registratie',
      soort: 'vrijstelling-art5',
      grond: 'b',
      persoonsgebondenNummer: testBsn(3820),
      postcode: '8011AB',
      begindatum: '2026-08-01',
      einddatum: '2027-07-31',
      eerderBeroep: false,
      eerderVerleend: null,
      persoonsgegevens: null,
    });
    expect(await rij(id)).toMatchObject({ pogingen: 1, laatste_fout: null, duo_registratienummer: expect.stringMatching(/^RV-\d{7}$/) });
    const audit = await db.query(
      `SELECT verwerkingsactiviteit, betrokkene, actor_type, actor_id, status FROM audit.verwerking WHERE service = 'verlof-vrijstelling' AND operatie = 'duo registratie vrijstelling' AND betrokkene = $1`,
      ['b'.repeat(64)],
    );
    expect(audit.rows).toContainEqual({ verwerkingsactiviteit: 'vrijstelling-registreren-duo', betrokkene: 'b'.repeat(64), actor_type: 'systeem', actor_id: 'verlof-vrijstelling', status: 'toegestaan' });
  });

  it('vervangende leerplicht with the person block of a youth without Dutch education history, and its beëindiging after it', async () => {
    const registratie = await zetInWachtrij({
      soort: 'vervangende-leerplicht', grond: null, artikel: '3a', eerder_beroep: null, eerder_verleend: true, begindatum: '2026-09-01', einddatum: '2027-06-30',
      persoonsgegevens: JSON.stringify({ naam: { voornamen: 'Noor', voorvoegsel: null, geslachtsnaam: 'Dijk' }, adres: { straat: 'Kerkstraat', huisnummer: 12, huisletter: null, toevoeging: null, postcode: '8011AB', woonplaats: 'Zwolle' }, geslacht: 'V', geboortedatum: '2011-04-05' }),
    });
    // Queued a moment later, as planBeeindiging does; it may not overtake the registration.
    const beeindiging = await zetInWachtrij({
      handeling: 'beeindiging', registratie_id: registratie, soort: 'vervangende-leerplicht', grond: null, artikel: '3a', eerder_beroep: null, eerder_verleend: true, begindatum: '2026-09-01', einddatum: '2027-01-31',
    });
    await wachtOpStatus(beeindiging, 'verzonden');
    const verzoeken = (await sim.ontvangen('0193')).verzoeken.filter((v) => v.registratieId === registratie);
    expect(verzoeken.map((v) => v.handeling)).toEqual(['registratie', 'beeindiging']);
    expect(verzoeken[0]).toMatchObject({ artikel: '3a', eerderVerleend: true, persoonsgegevens: { adres: { straatnaam: 'Kerkstraat', huisnummer: 12 }, geslacht: 'V' } });
    expect(verzoeken[1]).toMatchObject({ einddatum: '2027-01-31' });
  });

  it('a refusal is permanent: geweigerd with DUO\'s reason code, and a beëindiging of it is not sent', async () => {
    // 999990018 has nine digits (the table's check) but fails the elfproef (DUO's).
    const id = await zetInWachtrij({ bsn: '999990018' });
    const beeindiging = await zetInWachtrij({ handeling: 'beeindiging', registratie_id: id, bsn: '999990018', einddatum: '2026-12-31' });
    await wachtOpStatus(beeindiging, 'geweigerd');
    expect(await rij(id)).toMatchObject({ status: 'geweigerd', pogingen: 1, laatste_fout: 'ONGELDIG_VERZOEK' });
    expect(await rij(beeindiging)).toMatchObject({ status: 'geweigerd', laatste_fout: 'REGISTRATIE_NIET_VERZONDEN' });
    expect((await sim.ontvangen()).verzoeken.some((v) => v.registratieId === id)).toBe(false);
    // Sent and refused: the line says so, with the code.
    const audit = await db.query(`SELECT status, reden FROM audit.verwerking WHERE service = 'verlof-vrijstelling' AND operatie = 'duo registratie vrijstelling' AND status = 'fout' AND reden = 'ONGELDIG_VERZOEK'`);
    expect(audit.rows.length).toBeGreaterThanOrEqual(1);
  });
});

describe('DUO down: 503 → waits with backoff → sent later', () => {
  it('the first attempt fails with STORING; the row waits about 30 s and the job leaves it alone meanwhile; the operator\'s "send now" gets it through', async () => {
    await sim.storingVoorVolgende(1);
    const id = await zetInWachtrij({ bsn: testBsn(3821) });
    await eventually(async () => ((await rij(id)).pogingen === 1 ? true : undefined), 30_000, 'eerste poging');
    const na = await rij(id);
    expect(na).toMatchObject({ status: 'wachtend', laatste_fout: 'STORING' });
    expect(na.wacht_s).toBeGreaterThan(20);
    expect(na.wacht_s).toBeLessThanOrEqual(30);
    // Several job runs later: still one attempt (the backoff holds).
    await new Promise((r) => setTimeout(r, 2_500));
    expect(await rij(id)).toMatchObject({ status: 'wachtend', pogingen: 1 });

    const response = await graphql<{ verstuurDuoRegistraties: { verzonden: number; uitgesteld: number; geweigerd: number } }>(URL, VERSTUUR, {}, beheer);
    expect(response.errors).toBeUndefined();
    expect(response.data?.verstuurDuoRegistraties).toEqual({ verzonden: 1, uitgesteld: 0, geweigerd: 0 });
    expect(await rij(id)).toMatchObject({ status: 'verzonden', pogingen: 2, laatste_fout: null, wacht_s: null });
    expect((await sim.ontvangen()).verzoeken.filter((v) => v.registratieId === id)).toHaveLength(1);
  });

  it('a longer outage: the job keeps the rows waiting and nothing is lost; after it, the next attempt sends them', async () => {
    await sim.storing(true);
    const id = await zetInWachtrij({ bsn: testBsn(3822) });
    await eventually(async () => ((await rij(id)).pogingen >= 1 ? true : undefined), 30_000, 'poging tijdens storing');
    const tijdens = await graphql<{ verstuurDuoRegistraties: { verzonden: number; uitgesteld: number } }>(URL, VERSTUUR, {}, beheer);
    expect(tijdens.data?.verstuurDuoRegistraties).toMatchObject({ verzonden: 0, uitgesteld: 1 });
    expect(await rij(id)).toMatchObject({ status: 'wachtend', laatste_fout: 'STORING' });
    await sim.storing(false);
    // As if the waiting time had passed: the job itself picks it up.
    await db.query('UPDATE verlof_vrijstelling.duo_registratie SET volgende_poging_op = now() - interval \'1 second\' WHERE id = $1', [id]);
    await wachtOpStatus(id, 'verzonden');
  });

  it('no BSN and no name in the service\'s logs', () => {
    const logs = service.output.join('');
    expect(logs).toContain('DUO niet bereikbaar');
    for (const persoonsgegeven of [testBsn(3820), testBsn(3821), testBsn(3822), '999990018', 'Dijk', 'Kerkstraat']) expect(logs).not.toContain(persoonsgegeven);
  });
});

describe('who sees and sends what (role × gemeente)', () => {
  it('functioneel beheer sees the queue and the refusals, without BSN', async () => {
    const response = await graphql<{ duoRegistraties: Registratie[] }>(URL, LIJST, { g: '0193', s: 'geweigerd' }, beheer);
    expect(response.errors).toBeUndefined();
    const rijen = response.data?.duoRegistraties ?? [];
    expect(rijen.length).toBeGreaterThanOrEqual(2);
    expect(rijen.every((r) => r.status === 'geweigerd' && r.bsn === null)).toBe(true);
    expect(rijen.map((r) => r.laatsteFout)).toEqual(expect.arrayContaining(['ONGELDIG_VERZOEK', 'REGISTRATIE_NIET_VERZONDEN']));
  });

  it.each(['admin.zwolle', 'lpa.zwolle'])('%s sees the BSN, and the read is logged per person', async (gebruiker) => {
    const response = await graphql<{ duoRegistraties: Registratie[] }>(URL, LIJST, { g: '0193', s: 'verzonden' }, await userToken(gebruiker));
    expect(response.errors).toBeUndefined();
    expect(response.data?.duoRegistraties.map((r) => r.bsn)).toContain(testBsn(3820));
    const audit = await db.query(`SELECT count(*)::int AS n FROM audit.verwerking WHERE service = 'verlof-vrijstelling' AND verwerkingsactiviteit = 'vrijstelling-inzien' AND actor_id IS NOT NULL AND betrokkene = $1`, ['b'.repeat(64)]);
    expect(audit.rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it.each<[string, string, string]>([
    ['lpa.kampen', '0193', 'GEMEENTE_NIET_TOEGESTAAN'],
    ['coach.zwolle', '0193', 'FORBIDDEN'],
  ])('%s on %s: %s', async (gebruiker, gemeente, code) => {
    expect(errorCodes(await graphql(URL, LIJST, { g: gemeente }, await userToken(gebruiker)))).toEqual([code]);
  });

  it('an unknown status filter is refused', async () => {
    expect(errorCodes(await graphql(URL, LIJST, { g: '0193', s: 'kwijt' }, beheer))).toEqual(['ONGELDIGE_INVOER']);
  });

  it.each(['lpa.zwolle', 'coach.zwolle'])('%s may not send (only beheer and the administration)', async (gebruiker) => {
    expect(errorCodes(await graphql(URL, VERSTUUR, {}, await userToken(gebruiker)))).toEqual(['FORBIDDEN']);
  });

  it('the administration of Zwolle sends only Zwolle\'s rows: Kampen\'s waits for Kampen or the job', async () => {
    await sim.storing(true);
    // Both are attempted by the job during the storing and then wait ~30 s.
    const kampen = await zetInWachtrij({ gemeente: '0166', bsn: testBsn(3823) });
    const zwolle = await zetInWachtrij({ bsn: testBsn(3824) });
    await eventually(async () => ((await rij(kampen)).pogingen >= 1 && (await rij(zwolle)).pogingen >= 1 ? true : undefined), 30_000, 'pogingen tijdens storing');
    await sim.storing(false);
    const response = await graphql<{ verstuurDuoRegistraties: { verzonden: number } }>(URL, VERSTUUR, {}, await userToken('admin.zwolle'));
    expect(response.data?.verstuurDuoRegistraties.verzonden).toBe(1);
    expect([await status(zwolle), await status(kampen)]).toEqual(['verzonden', 'wachtend']);
  });
});
