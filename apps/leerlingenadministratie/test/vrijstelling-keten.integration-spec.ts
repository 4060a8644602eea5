import { Client } from 'pg';
import { startBrpSimulatorInWorker, type BrpSimulatorHandle } from '@leerrecht/leerlingenadministratie/data-access-brp';
import { ServiceProcess, TEST_ENV, eventually, graphql, serviceEnv, testBsn, userToken } from '@leerrecht/shared/util-testing';
import { zeker } from './zeker';

async function voerUit<T>(url: string, query: string, variabelen: Record<string, unknown>, token: string): Promise<T> {
  const antwoord = await graphql<T>(url, query, variabelen, token);
  if (antwoord.errors) throw new Error(JSON.stringify(antwoord.errors));
  return zeker(antwoord.data);
}

/**
 * The chain on the real stack, both services as their own processes: the leerplichtambtenaar
 * grants an exemption (Lpw art 15) in verlof-vrijstelling; the event reaches the
 * leerlingenadministratie over Kafka, whose plicht status then shows the exemption with its
 * article, and whose absolute-verzuim check (Lpw art 19) leaves the youth out while a youth in the
 * same situation without an exemption becomes a candidate. Real time: the dates follow today.
 */
const LA_PORT = 5541;
const VV_PORT = 5542;
const LA = `http://127.0.0.1:${LA_PORT}/graphql`;
const VV = `http://127.0.0.1:${VV_PORT}/graphql`;
const API_KEY = 'brp-test-sleutel-keten';

const vrijgesteld = testBsn(3900);
const zonder = testBsn(3901);

function dag(offset: number): string {
  const nu = new Date();
  return new Date(Date.UTC(nu.getUTCFullYear(), nu.getUTCMonth(), nu.getUTCDate() + offset)).toISOString().slice(0, 10);
}
/** Sixteen years and three months ago: leerplichtig until the end of the schooljaar, then kwalificatieplichtig; not yet 18. */
function geboren(): string {
  const nu = new Date();
  return new Date(Date.UTC(nu.getUTCFullYear() - 16, nu.getUTCMonth() - 3, 10)).toISOString().slice(0, 10);
}
/** The first Monday at least a week ahead: a werkdag inside the exemption. */
const PEIL = (() => {
  for (let i = 7; ; i += 1) if (new Date(`${dag(i)}T00:00:00Z`).getUTCDay() === 1) return dag(i);
})();

function persoon(bsn: string, ouderSeed: number): Record<string, unknown> {
  return {
    burgerservicenummer: bsn,
    naam: { voornamen: 'Daan', geslachtsnaam: 'de Boer' },
    geboorte: { datum: { type: 'Datum', datum: geboren() } },
    gemeenteVanInschrijving: { code: '0193', omschrijving: 'Zwolle' },
    verblijfplaats: { type: 'Adres', verblijfadres: { officieleStraatnaam: 'Kerkstraat', huisnummer: 2, postcode: '8011 BB', woonplaats: 'Zwolle' } },
    ouders: [{ burgerservicenummer: testBsn(ouderSeed), naam: { voornamen: 'Karin', geslachtsnaam: 'de Boer' }, ouderAanduiding: '1' }],
    gezag: [{ type: 'EenhoofdigOuderlijkGezag', ouder: { burgerservicenummer: testBsn(ouderSeed) }, minderjarige: { burgerservicenummer: bsn } }],
  };
}

let sim: BrpSimulatorHandle;
let la: ServiceProcess;
let vv: ServiceProcess;
let db: Client;
let lpa: string;
let admin: string;

async function plichtstatus(bsn: string): Promise<{ soort: string; vrijgesteld: boolean; vrijstellingen: { artikel: string }[]; bron: string[] }> {
  const data = await voerUit<{ jongere: { plichtstatus: { soort: string; vrijgesteld: boolean; vrijstellingen: { artikel: string }[]; bron: string[] } } }>(
    LA,
    'query($bsn: String!) { jongere(bsn: $bsn) { plichtstatus { soort vrijgesteld vrijstellingen { artikel van totEnMet } bron } } }',
    { bsn },
    lpa,
  );
  return data.jongere.plichtstatus;
}

async function procedures(bsn: string): Promise<number> {
  const rij = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM leerlingenadministratie.absoluut_verzuim_procedure p JOIN leerlingenadministratie.leerling l ON l.id = p.leerling_id WHERE l.bsn = $1 AND l.gemeente = '0193'`,
    [bsn],
  );
  return zeker(rij.rows[0]).n;
}

beforeAll(async () => {
  sim = await startBrpSimulatorInWorker({ apiKey: API_KEY, personen: [persoon(vrijgesteld, 3950), persoon(zonder, 3952)] });
  await sim.mutaties([vrijgesteld, zonder].map((bsn, i) => ({ mutatieId: `keten-${i}`, burgerservicenummer: bsn, soort: 'inschrijving', gemeenteVanInschrijving: '0193', datumGebeurtenis: dag(-200) })));
  la = new ServiceProcess('leerlingenadministratie', LA_PORT, serviceEnv({ LEERLINGENADMINISTRATIE_PORT: String(LA_PORT), BRP_URL: sim.url, BRP_API_KEY: API_KEY }));
  vv = new ServiceProcess('verlof-vrijstelling', VV_PORT, serviceEnv({ VERLOF_VRIJSTELLING_PORT: String(VV_PORT), DUO_REGISTRATIE_INTERVAL_S: '0' }));
  await Promise.all([la.start(), vv.start()]);
  db = new Client({ connectionString: TEST_ENV.adminDatabaseUrl });
  await db.connect();
  await db.query('DELETE FROM leerlingenadministratie.brp_synchronisatie');
  const beheer = await userToken('beheer.regio');
  const sync = await graphql(LA, 'mutation { synchroniseerBrp(input: { gemeenten: ["0193"] }) { verwerkt } }', {}, beheer);
  expect(sync.errors).toBeUndefined();
  [lpa, admin] = await Promise.all([userToken('lpa.zwolle'), userToken('admin.zwolle')]);
});

afterAll(async () => {
  await db?.end();
  await Promise.all([la?.stop(), vv?.stop()]);
  await sim?.stop();
});

it('an art 15 exemption granted in verlof-vrijstelling makes the youth vrijgesteld and no absolute-verzuim candidate', async () => {
  for (const bsn of [vrijgesteld, zonder]) expect(await plichtstatus(bsn)).toMatchObject({ soort: expect.stringMatching(/^(leerplichtig|kwalificatieplichtig)$/), vrijgesteld: false, vrijstellingen: [] });

  const aanvraag = await voerUit<{ dienArt15AanvraagIn: { id: string } }>(
    VV,
    'mutation($i: DienArt15AanvraagInInput!) { dienArt15AanvraagIn(input: $i) { id } }',
    {
      i: {
        gemeente: '0193',
        bsn: vrijgesteld,
        jongereNaam: 'Daan de Boer',
        geboortedatum: geboren(),
        aanvragers: [{ naam: 'K. de Boer', adres: 'Kerkstraat 2, 8011 BB Zwolle' }],
        postcode: '8011BB',
        ontvangenOp: dag(0),
        onderwijs: 'Topsportprogramma met afstandsonderwijs havo',
        aanbieder: 'Stichting Topsport Onderwijs',
        gevraagdVan: dag(0),
        gevraagdTotEnMet: dag(60),
      },
    },
    admin,
  );
  const besloten = await voerUit<{ beslisArt15Aanvraag: { vrijstelling: { id: string; artikel: string } } }>(
    VV,
    'mutation($i: BeslisArt15AanvraagInput!) { beslisArt15Aanvraag(input: $i) { vrijstelling { id artikel } } }',
    {
      i: {
        aanvraagId: aanvraag.dienArt15AanvraagIn.id,
        uitkomst: 'toegewezen',
        draagtBijAanStartkwalificatie: true,
        startkwalificatieToelichting: 'Het programma leidt op voor het havodiploma.',
        tijdInRedelijkeVerhouding: true,
        tijdToelichting: '20 uur onderwijs per week naast de training.',
        voorwaarden: [],
        motivering: 'Beide criteria zijn voldaan.',
      },
    },
    lpa,
  );
  const vrijstellingId = besloten.beslisArt15Aanvraag.vrijstelling.id;
  // The outbox relay publishes, the administration's consumer takes it in.
  await eventually(async () => {
    const rij = await db.query('SELECT 1 FROM leerlingenadministratie.leerling_vrijstelling WHERE id = $1', [vrijstellingId]);
    return rij.rowCount ? true : undefined;
  }, 30_000, 'vrijstelling in de leerlingenadministratie');

  const status = await plichtstatus(vrijgesteld);
  expect(status).toMatchObject({ vrijgesteld: true, vrijstellingen: [{ artikel: '15' }] });
  expect(status.bron).toContain('Lpw art 15');

  const controle = await graphql(LA, 'mutation($i: VoerInschrijvingscontroleUitInput!) { voerInschrijvingscontroleUit(input: $i) { kandidaten } }', { i: { gemeente: '0193', peildatum: PEIL } }, admin);
  expect(controle.errors).toBeUndefined();
  expect(await procedures(vrijgesteld)).toBe(0);
  expect(await procedures(zonder)).toBe(1);
});
