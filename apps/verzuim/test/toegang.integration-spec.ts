import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startDuoSimulatorInWorker, type DuoSimulatorHandle } from '@leerrecht/verzuim/data-access-duo';
import { TEST_ENV, clientToken, errorCodes, userToken, type GraphQLResponse, type ServiceProcess } from '@leerrecht/shared/util-testing';
import { DUO_SLEUTEL, OPERATIES, apiMelding, duoMelding, haalOpTotZaak, testBsn, verzuimProces, zeker } from './verzuim-hulp';

/**
 * Who may do what in the verzuim subgraph, on the real stack (Keycloak tokens, row-level
 * security, the Logboek): every query and mutation against every demo principal, the denials
 * included (style.md: role × gemeente × operation). A denial must show the code, change nothing
 * in the verzuim schema, return no personal data and record no permitted processing of a person;
 * refusals by the guard and the Wpg rule are themselves in the Logboek (privacy-retentie.md §2–§3,
 * §8). Zwolle (0193) and Kampen (0166) are IJssel-Vecht (AVG, the administration screens first);
 * Utrechtse Heuvelrug (1581) is Zuid Oost Utrecht, where every melding and case is Wpg (003
 * toelichting art 4).
 */
const PORT = 5331;
const URL = `http://127.0.0.1:${PORT}/graphql`;
const KLOK = '2027-01-20T09:00:00+01:00';
const VANDAAG = '2027-01-20';

// ---------------------------------------------------------------------------------------------
// Principals

const PARTNERS = { school: 'school-demo-secret', 'school-enschede': 'school-enschede-demo-secret', wijkteam: 'wijkteam-demo-secret' } as const;
const MEDEWERKERS = ['lpa.zwolle', 'lpa.kampen', 'lpa.zeist', 'lpa.heuvelrug', 'admin.zwolle', 'admin.heuvelrug', 'coach.zwolle', 'coordinator.ijsselvecht', 'beheer.regio', 'auditor.regio'] as const;
type Partner = keyof typeof PARTNERS;
type Wie = Partner | (typeof MEDEWERKERS)[number];
const IEDEREEN: readonly Wie[] = [...(Object.keys(PARTNERS) as Partner[]), ...MEDEWERKERS];

const SCHOLEN: readonly Wie[] = ['school', 'school-enschede'];
const LPA: readonly Wie[] = ['lpa.zwolle', 'lpa.kampen', 'lpa.zeist', 'lpa.heuvelrug'];
const ADMIN: readonly Wie[] = ['admin.zwolle', 'admin.heuvelrug'];
const COORDINATOR: Wie = 'coordinator.ijsselvecht';
const BEHEER: Wie = 'beheer.regio';

/** The realm role that gets each principal through the guard (audit.verwerking.actor_rollen). */
const ROL: Record<Wie, string> = {
  school: 'partner-school',
  'school-enschede': 'partner-school',
  wijkteam: 'partner-wijkteam',
  'lpa.zwolle': 'leerplichtambtenaar',
  'lpa.kampen': 'leerplichtambtenaar',
  'lpa.zeist': 'leerplichtambtenaar',
  'lpa.heuvelrug': 'leerplichtambtenaar',
  'admin.zwolle': 'administratief-medewerker',
  'admin.heuvelrug': 'administratief-medewerker',
  'coach.zwolle': 'doorstroomcoach',
  'coordinator.ijsselvecht': 'coordinator',
  'beheer.regio': 'functioneel-beheerder',
  'auditor.regio': 'privacy-auditor',
};

const tokens = new Map<Wie, { token: string; gehaald: number }>();

/** Keycloak access tokens live 5 minutes; fetch again after 3. */
async function tokenVan(wie: Wie | 'anoniem'): Promise<string | undefined> {
  if (wie === 'anoniem') return undefined;
  const bewaard = tokens.get(wie);
  if (bewaard && Date.now() - bewaard.gehaald < 180_000) return bewaard.token;
  const token = wie in PARTNERS ? await clientToken(wie, PARTNERS[wie as Partner]) : await userToken(wie);
  tokens.set(wie, { token, gehaald: Date.now() });
  return token;
}

// ---------------------------------------------------------------------------------------------
// The data every row works on (set up once in beforeAll)

/** One case with what the operations need to point at it. */
interface Doelzaak {
  gemeente: string;
  zaakId: string;
  meldingId: string;
  /** An open prescribed task of the case. */
  taakId: string;
  /** A consent recorded on the case. */
  toestemmingId: string;
  /** An assignment rule of the gemeente. */
  regelId: string;
  bsn: string;
  /** The keyed pseudonym the Logboek uses for this youth. */
  sleutel: string;
}

type Doel = 'zwolle' | 'kampen' | 'heuvelrug';
const doelen = {} as Record<Doel, Doelzaak>;

/** Z2: a Zwolle case still to be screened, worked on by the allowed roles at the end. */
let zwolleTeBeoordelen: Doelzaak;
/** Z3: a Zwolle case the coördinator (wrongly) assigned to the Kampen officer. */
let zwolleBijKampen: Doelzaak;
/** W2: a 1581 (Wpg) case the administration assigned to lpa.zeist, who has no Wpg authorisation. */
let heuvelrugBijZeist: Doelzaak;
/** A melding of the `school` client that it withdraws at the end. */
let intrekbaar: Doelzaak;

function alleZaken(): Doelzaak[] {
  return [doelen.zwolle, doelen.kampen, doelen.heuvelrug, zwolleTeBeoordelen, zwolleBijKampen, heuvelrugBijZeist, intrekbaar];
}

/** Never stored: the BSN of every submission that is meant to be refused. */
const GEWEIGERD_BSN = testBsn(6190);
const NAMEN = ['Sanne Jansen', 'Lotte Bakker'];

function kennisgeving(bsn: string, gemeente: string): Record<string, unknown> {
  return {
    bsn, geboortedatum: '2013-03-03', leerlingNaam: 'Lotte Bakker', gemeente, schoolBrin: '77ZZ', onderwijssoort: 'VO', verzuimsoort: 'overig',
    beginDatum: '2027-01-11', verzuimUren: 6, melder: { naam: 'M. Visser', functie: 'directeur', isDirecteur: true }, ontvangenOp: '2027-01-13',
  };
}

// ---------------------------------------------------------------------------------------------
// Every query and mutation of the subgraph, with who may call it at all (role), per the rules of
// privacy-retentie.md §3 and the brief of each role; the gemeente and Wpg limits come on top.

interface Operatie {
  query: string;
  vars: (d: Doelzaak, wie: Wie | 'anoniem') => Record<string, unknown>;
  mag: readonly Wie[];
}

const STAP_INPUT = {
  zaak: (d: Doelzaak) => ({ zaakId: d.zaakId }),
};

const OPERATIE_LIJST = {
  // intake (verzuimmelding.resolver.ts)
  dienVerzuimmeldingIn: {
    query: OPERATIES.meld,
    vars: (d, wie) => ({ i: apiMelding(GEWEIGERD_BSN, { gemeente: d.gemeente, schoolBrin: wie === 'school-enschede' ? '98YY' : '99XX', berichtId: `toegang-geweigerd-${d.gemeente}` }) }),
    mag: [...SCHOLEN, ...LPA, ...ADMIN],
  },
  registreerPapierenKennisgeving: { query: OPERATIES.papier, vars: (d) => ({ i: kennisgeving(GEWEIGERD_BSN, d.gemeente) }), mag: [...LPA, ...ADMIN] },
  verzuimmeldingStatus: { query: OPERATIES.status, vars: (d) => ({ id: d.meldingId }), mag: [...SCHOLEN, ...LPA, ...ADMIN] },
  trekVerzuimmeldingIn: { query: OPERATIES.trekIn, vars: (d) => ({ id: d.meldingId }), mag: SCHOLEN },
  // DUO (duo.resolver.ts)
  haalDuoMeldingenOp: {
    query: 'mutation($i: HaalDuoMeldingenOpInput) { haalDuoMeldingenOp(input: $i) { opgehaald ingetrokken onverwerkbaar } }',
    vars: (d) => ({ i: { gemeenten: [d.gemeente] } }),
    mag: [...ADMIN, BEHEER],
  },
  verstuurDuoTerugkoppelingen: { query: OPERATIES.verstuur, vars: () => ({}), mag: [...ADMIN, BEHEER] },
  onverwerkbareDuoLeveringen: { query: OPERATIES.onverwerkbaar, vars: (d) => ({ g: d.gemeente }), mag: [...ADMIN, BEHEER] },
  // work distribution (toewijzing.resolver.ts)
  toewijzingsregels: {
    query: 'query($g: String!) { toewijzingsregels(gemeente: $g) { id gemeente schoolBrin behandelaar } }',
    vars: (d) => ({ g: d.gemeente }),
    mag: [BEHEER, COORDINATOR, ...ADMIN, ...LPA],
  },
  legToewijzingsregelVast: { query: OPERATIES.toewijzing, vars: (d) => ({ i: { gemeente: d.gemeente, schoolBrin: '99XX', behandelaar: 'lpa.zwolle' } }), mag: [BEHEER, COORDINATOR] },
  verwijderToewijzingsregel: { query: 'mutation($id: ID!) { verwijderToewijzingsregel(id: $id) }', vars: (d) => ({ id: d.regelId }), mag: [BEHEER, COORDINATOR] },
  // the case (verzuimzaak.resolver.ts)
  verzuimzaak: { query: OPERATIES.zaak, vars: (d) => ({ id: d.zaakId, p: null }), mag: LPA },
  mijnVerzuimzaken: { query: OPERATIES.mijnZaken, vars: () => ({ p: null }), mag: LPA },
  verzuimzakenVanGemeente: { query: OPERATIES.zakenVanGemeente, vars: (d) => ({ g: d.gemeente, p: null }), mag: LPA },
  verzuimtaken: { query: OPERATIES.taken, vars: (d) => ({ i: { gemeente: d.gemeente, alleenTeLaat: false } }), mag: [...LPA, ...ADMIN] },
  verzuimmeldingentelling: { query: OPERATIES.telling, vars: (d) => ({ i: { gemeente: d.gemeente, van: '2027-01-01', totEnMet: VANDAAG } }), mag: [...LPA, ...ADMIN, COORDINATOR] },
  verzuimtriage: { query: OPERATIES.triage, vars: (d) => ({ g: d.gemeente }), mag: ADMIN },
  beoordeelVerzuimmelding: { query: OPERATIES.beoordeel, vars: (d) => ({ i: { zaakId: d.zaakId, uitkomst: 'DOORZETTEN', behandelaar: 'lpa.zwolle' } }), mag: ADMIN },
  wijsVerzuimzaakToe: { query: OPERATIES.wijsToe, vars: (d) => ({ i: { zaakId: d.zaakId, behandelaar: 'lpa.zwolle' } }), mag: [COORDINATOR, ...ADMIN] },
  koppelVerzuimmeldingTerug: { query: OPERATIES.koppelTerug, vars: (d) => ({ i: { meldingId: d.meldingId, acties: ['Gesprek met ouders en leerling gepland'] } }), mag: [...ADMIN, ...LPA] },
  registreerZaakstap: { query: OPERATIES.stap, vars: (d) => ({ i: { taakId: d.taakId, actie: 'UITGEVOERD' } }), mag: LPA },
  voegZaaktaakToe: { query: 'mutation($i: VoegZaaktaakToeInput!) { voegZaaktaakToe(input: $i) { id soort status } }', vars: (d) => ({ i: { ...STAP_INPUT.zaak(d), soort: 'huisbezoek' } }), mag: LPA },
  registreerVerzuimgesprek: { query: OPERATIES.gesprek, vars: (d) => ({ i: { ...STAP_INPUT.zaak(d), ongeoorloofdVastgesteld: true, afschriftGevraagd: false } }), mag: LPA },
  wijzigVerzuimfase: { query: OPERATIES.fase, vars: (d) => ({ i: { ...STAP_INPUT.zaak(d), fase: 'analyseren' } }), mag: LPA },
  kiesMasRoute: { query: OPERATIES.route, vars: (d) => ({ i: { ...STAP_INPUT.zaak(d), route: 'jeugdhulp' } }), mag: LPA },
  registreerZatBespreking: { query: OPERATIES.zat, vars: (d) => ({ i: STAP_INPUT.zaak(d) }), mag: LPA },
  legToestemmingVast: { query: OPERATIES.toestemming, vars: (d) => ({ i: { ...STAP_INPUT.zaak(d), gever: 'ouders', reikwijdte: 'multidisciplinairOverleg', gegevenOp: VANDAAG } }), mag: LPA },
  trekToestemmingIn: { query: 'mutation($i: TrekToestemmingInInput!) { trekToestemmingIn(input: $i) { id ingetrokkenOp } }', vars: (d) => ({ i: { toestemmingId: d.toestemmingId, ingetrokkenOp: VANDAAG } }), mag: LPA },
  vraagMaatregelAan: {
    query: OPERATIES.maatregel,
    vars: (d) => ({ i: { ...STAP_INPUT.zaak(d), maatregel: 'waarschuwing', tegen: 'ouders', verwijtbaar: 'ouders', zorg: false, geenVrijstelling: true } }),
    mag: LPA,
  },
  sluitVerzuimzaak: { query: OPERATIES.sluit, vars: (d) => ({ i: { ...STAP_INPUT.zaak(d), afsluitreden: 'terug-naar-school', toelichting: 'leerling-gezien-door-gemeente' } }), mag: LPA },
} satisfies Record<string, Operatie>;

type OpNaam = keyof typeof OPERATIE_LIJST;
const OPS: Record<OpNaam, Operatie> = OPERATIE_LIJST;
const ALLE_OPS = Object.keys(OPS) as OpNaam[];

/** The leerplichtambtenaar's work on one case (each loads the case first: gemeente, then Wpg). */
const ZAAKSTAPPEN: readonly OpNaam[] = [
  'registreerZaakstap', 'voegZaaktaakToe', 'registreerVerzuimgesprek', 'wijzigVerzuimfase', 'kiesMasRoute', 'registreerZatBespreking',
  'legToestemmingVast', 'trekToestemmingIn', 'vraagMaatregelAan', 'sluitVerzuimzaak',
];

// ---------------------------------------------------------------------------------------------
// Calls, state and Logboek

let sim: DuoSimulatorHandle;
let service: ServiceProcess;
let db: Client;

/** One GraphQL call with its own W3C trace id, so its Logboek lines can be found exactly. */
async function vraag<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, wie: Wie | 'anoniem'): Promise<{ antwoord: GraphQLResponse<T>; trace: string }> {
  const trace = randomBytes(16).toString('hex');
  const token = await tokenVan(wie);
  const response = await fetch(URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', traceparent: `00-${trace}-${randomBytes(8).toString('hex')}-01`, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { antwoord: (await response.json()) as GraphQLResponse<T>, trace };
}

/** The same call, for setup and allowed steps: an error fails the test at once. */
async function moet<T = Record<string, unknown>>(op: OpNaam, variables: Record<string, unknown>, wie: Wie): Promise<{ data: T; trace: string }> {
  const { antwoord, trace } = await vraag<T>(OPS[op].query, variables, wie);
  if (antwoord.errors) throw new Error(`${op} als ${wie}: ${JSON.stringify(antwoord.errors)}`);
  return { data: zeker(antwoord.data), trace };
}

interface Logregel {
  status: string;
  reden: string | null;
  betrokkene: string | null;
  gemeente: string | null;
  actor_type: string;
  actor_rollen: string[];
  actor_gemeenten: string[];
  operatie: string;
  verwerkingsactiviteit: string;
}

async function logregels(trace: string): Promise<Logregel[]> {
  const rijen = await db.query<Logregel>(
    `SELECT status, reden, betrokkene, gemeente, actor_type, actor_rollen, actor_gemeenten, operatie, verwerkingsactiviteit
       FROM audit.verwerking WHERE trace_id = $1 ORDER BY tijdstip`,
    [trace],
  );
  return rijen.rows;
}

/** Every table of the verzuim schema that holds case data, plus what went into the outbox. */
const TABELLEN = [
  'verzuimzaak', 'verzuimmelding', 'zaak_taak', 'zaak_gebeurtenis', 'zaak_toestemming', 'terugkoppeling', 'bericht', 'maatregelverzoek',
  'toewijzingsregel', 'duo_ophaling', 'duo_melding_index', 'duo_onverwerkbaar',
];

async function stand(): Promise<Record<string, string>> {
  const delen = TABELLEN.map((t) => `(SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') FROM verzuim.${t} x) AS "${t}"`);
  const rij = await db.query<Record<string, string>>(`SELECT ${delen.join(', ')}, (SELECT count(*) || ':' || coalesce(max(seq), 0) FROM verzuim.outbox_message) AS outbox`);
  return rij.rows[0];
}

/** No BSN and no name of any youth of this file in what the caller got back. */
function geenPersoonsgegevens(antwoord: GraphQLResponse<unknown>): void {
  const tekst = JSON.stringify(antwoord);
  for (const zaak of alleZaken()) expect(tekst).not.toContain(zaak.bsn);
  expect(tekst).not.toContain(GEWEIGERD_BSN);
  for (const naam of NAMEN) expect(tekst).not.toContain(naam);
}

type Code = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NIET_GEVONDEN' | 'GEMEENTE_NIET_TOEGESTAAN' | 'WPG_GEEN_TOEGANG' | 'WPG_AUTORISATIE_VEREIST';

/**
 * A refused call: exactly this code, no data, nothing changed, no personal data in the answer,
 * and no line in the Logboek that says a person's data were processed. Returns the call's lines.
 */
async function weigering(op: OpNaam, wie: Wie | 'anoniem', variables: Record<string, unknown>, code: Code): Promise<Logregel[]> {
  const voor = await stand();
  const { antwoord, trace } = await vraag(OPS[op].query, variables, wie);
  expect(errorCodes(antwoord)).toEqual([code]);
  expect(antwoord.data?.[op] ?? null).toBeNull();
  geenPersoonsgegevens(antwoord);
  expect(await stand()).toEqual(voor);
  const regels = await logregels(trace);
  expect(regels.filter((r) => r.status === 'toegestaan')).toEqual([]);
  return regels;
}

function eigenDoel(wie: Wie): Doel {
  if (wie === 'lpa.zeist' || wie === 'lpa.heuvelrug' || wie === 'admin.heuvelrug') return 'heuvelrug';
  if (wie === 'lpa.kampen') return 'kampen';
  return 'zwolle';
}

// ---------------------------------------------------------------------------------------------
// Setup helpers

async function zaakVan(meldingId: string): Promise<{ zaakId: string; sleutel: string }> {
  const rij = await db.query<{ zaak_id: string; persoon_sleutel: string }>('SELECT zaak_id, persoon_sleutel FROM verzuim.verzuimmelding WHERE id = $1', [meldingId]);
  return { zaakId: zeker(rij.rows[0]?.zaak_id), sleutel: zeker(rij.rows[0]?.persoon_sleutel) };
}

/** An open task of the case, a prescribed contact rather than the feedback when there is one. */
async function openTaak(zaakId: string): Promise<string> {
  const rij = await db.query<{ id: string }>(
    `SELECT id FROM verzuim.zaak_taak WHERE zaak_id = $1 AND status = 'open' ORDER BY (soort = 'terugkoppeling-melder'), created_at LIMIT 1`,
    [zaakId],
  );
  return zeker(rij.rows[0]?.id);
}

async function viaSchool(seed: number, gemeente: string, wie: Wie = 'school', extra: Record<string, unknown> = {}): Promise<Doelzaak> {
  const bsn = testBsn(seed);
  const { data } = await moet<{ dienVerzuimmeldingIn: { id: string } }>('dienVerzuimmeldingIn', { i: apiMelding(bsn, { gemeente, berichtId: `toegang-${seed}`, ...extra }) }, wie);
  const meldingId = data.dienVerzuimmeldingIn.id;
  const { zaakId, sleutel } = await zaakVan(meldingId);
  return { gemeente, zaakId, meldingId, taakId: await openTaak(zaakId), toestemmingId: randomUUID(), regelId: randomUUID(), bsn, sleutel };
}

async function toestemming(d: Doelzaak, wie: Wie): Promise<string> {
  const { data } = await moet<{ legToestemmingVast: { id: string } }>('legToestemmingVast', OPS.legToestemmingVast.vars(d, wie), wie);
  return data.legToestemmingVast.id;
}

beforeAll(async () => {
  sim = await startDuoSimulatorInWorker({ apiKey: DUO_SLEUTEL, nu: '2027-01-11T09:00:00+01:00' });
  service = verzuimProces(PORT, sim.url, KLOK);
  await service.start();
  db = new Client({ connectionString: TEST_ENV.adminDatabaseUrl });
  await db.connect();
  // Each test file has its own simulator, whose feed starts at 1: forget cursors another file left.
  await db.query('DELETE FROM verzuim.duo_ophaling');

  // Who gets new cases: Zwolle's school 99XX to lpa.zwolle (coördinator), all of 1581 to lpa.heuvelrug (beheer).
  const regel0193 = (await moet<{ legToewijzingsregelVast: { id: string } }>('legToewijzingsregelVast', { i: { gemeente: '0193', schoolBrin: '99XX', behandelaar: 'lpa.zwolle' } }, COORDINATOR)).data.legToewijzingsregelVast.id;
  const regel1581 = (await moet<{ legToewijzingsregelVast: { id: string } }>('legToewijzingsregelVast', { i: { gemeente: '1581', behandelaar: 'lpa.heuvelrug' } }, BEHEER)).data.legToewijzingsregelVast.id;

  // Z1, Zwolle: a DUO melding fetched by the administration; it waits for screening (000 art 3 lid 9).
  const bsnZwolle = testBsn(6101);
  const melding = duoMelding(bsnZwolle);
  await sim.meldingen([melding]);
  const z1 = await haalOpTotZaak(URL, zeker(await tokenVan('admin.zwolle')), db, String(melding.meldingsnummer));
  const zwolle: Doelzaak = { gemeente: '0193', ...z1, taakId: await openTaak(z1.zaakId), toestemmingId: '', regelId: regel0193, bsn: bsnZwolle, sleutel: (await zaakVan(z1.meldingId)).sleutel };
  zwolle.toestemmingId = await toestemming(zwolle, 'lpa.zwolle');
  doelen.zwolle = zwolle;

  // W1, Utrechtse Heuvelrug: the `school` client serves 1581 too; Wpg from the melding on, assigned to lpa.heuvelrug.
  const heuvelrug = await viaSchool(6111, '1581');
  heuvelrug.regelId = regel1581;
  heuvelrug.toestemmingId = await toestemming(heuvelrug, 'lpa.heuvelrug');
  doelen.heuvelrug = heuvelrug;

  // K1, Kampen: entered by its own officer.
  doelen.kampen = await viaSchool(6121, '0166', 'lpa.kampen', { schoolBrin: '12AB' });

  zwolleTeBeoordelen = await viaSchool(6102, '0193');
  zwolleBijKampen = await viaSchool(6103, '0193');
  await moet('wijsVerzuimzaakToe', { i: { zaakId: zwolleBijKampen.zaakId, behandelaar: 'lpa.kampen' } }, COORDINATOR);
  intrekbaar = await viaSchool(6104, '0193');
  heuvelrugBijZeist = await viaSchool(6112, '1581');
  await moet('wijsVerzuimzaakToe', { i: { zaakId: heuvelrugBijZeist.zaakId, behandelaar: 'lpa.zeist' } }, 'admin.heuvelrug');

  // Fetch every token now, so a slow Keycloak does not count against a single row.
  for (const wie of IEDEREEN) await tokenVan(wie);
}, 240_000);

afterAll(async () => {
  await db?.end();
  await service?.stop();
  await sim?.stop();
});

it('the setup is what the rows assume', async () => {
  const rijen = await db.query<{ id: string; gemeente: string; classificatie: string; triage: string; behandelaar: string | null }>(
    'SELECT id, gemeente, classificatie, triage, behandelaar FROM verzuim.verzuimzaak WHERE id = ANY($1)',
    [alleZaken().map((z) => z.zaakId)],
  );
  const per = new Map(rijen.rows.map((r) => [r.id, r]));
  expect(per.get(doelen.zwolle.zaakId)).toMatchObject({ gemeente: '0193', classificatie: 'AVG', triage: 'te-beoordelen', behandelaar: null });
  expect(per.get(zwolleTeBeoordelen.zaakId)).toMatchObject({ gemeente: '0193', classificatie: 'AVG', triage: 'te-beoordelen' });
  expect(per.get(zwolleBijKampen.zaakId)).toMatchObject({ gemeente: '0193', behandelaar: 'lpa.kampen' });
  expect(per.get(doelen.kampen.zaakId)).toMatchObject({ gemeente: '0166', classificatie: 'AVG' });
  // 003 toelichting art 4: in Zuid Oost Utrecht the case is Wpg and nobody screens it first.
  expect(per.get(doelen.heuvelrug.zaakId)).toMatchObject({ gemeente: '1581', classificatie: 'Wpg', triage: 'niet-van-toepassing', behandelaar: 'lpa.heuvelrug' });
  expect(per.get(heuvelrugBijZeist.zaakId)).toMatchObject({ gemeente: '1581', classificatie: 'Wpg', behandelaar: 'lpa.zeist' });
});

// ---------------------------------------------------------------------------------------------
// 1. No token

describe('without a token every operation is UNAUTHENTICATED', () => {
  it.each(ALLE_OPS.map((op) => ({ op })))('$op', async ({ op }) => {
    const regels = await weigering(op, 'anoniem', OPS[op].vars(doelen.zwolle, 'anoniem'), 'UNAUTHENTICATED');
    expect(regels).toEqual([expect.objectContaining({ status: 'geweigerd', reden: 'niet-geauthenticeerd', actor_type: 'anoniem', operatie: expect.stringMatching(new RegExp(`\\.${op}$`)) })]);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Role: everyone outside an operation's roles is FORBIDDEN, on a case of their own gemeente

const ROLWEIGERINGEN = ALLE_OPS.flatMap((op) => IEDEREEN.filter((wie) => !OPS[op].mag.includes(wie)).map((wie) => ({ op, wie, doel: eigenDoel(wie) })));

describe('a role that does not do this work is FORBIDDEN', () => {
  it.each(ROLWEIGERINGEN)('$op as $wie ($doel) → FORBIDDEN', async ({ op, wie, doel }) => {
    const regels = await weigering(op, wie, OPS[op].vars(doelen[doel], wie), 'FORBIDDEN');
    expect(regels).toEqual([
      expect.objectContaining({
        status: 'geweigerd',
        reden: 'rol-niet-toegestaan',
        actor_type: wie in PARTNERS ? 'partner' : 'gebruiker',
        actor_rollen: expect.arrayContaining([ROL[wie]]),
        operatie: expect.stringMatching(new RegExp(`\\.${op}$`)),
      }),
    ]);
  });

  it('the matrix covers the brief: partners, coach, auditor, coördinator, administration and beheer', () => {
    const geweigerd = (wie: Wie): OpNaam[] => ROLWEIGERINGEN.filter((r) => r.wie === wie).map((r) => r.op);
    // The wijkteam, the doorstroomcoach and the privacy auditor do nothing in verzuim.
    for (const wie of ['wijkteam', 'coach.zwolle', 'auditor.regio'] as const) expect(geweigerd(wie).sort()).toEqual([...ALLE_OPS].sort());
    // A school system: submit, withdraw its own, read the status of its own; nothing else.
    expect(ALLE_OPS.filter((op) => !geweigerd('school').includes(op)).sort()).toEqual(['dienVerzuimmeldingIn', 'trekVerzuimmeldingIn', 'verzuimmeldingStatus']);
    // The coördinator: counts and (re)assignment only, never the case, its tasks or a step.
    expect(ALLE_OPS.filter((op) => !geweigerd(COORDINATOR).includes(op)).sort()).toEqual(
      ['legToewijzingsregelVast', 'toewijzingsregels', 'verwijderToewijzingsregel', 'verzuimmeldingentelling', 'wijsVerzuimzaakToe'],
    );
    // The administration: never the case itself nor an officer's step, in Zwolle nor on a Wpg case of 1581.
    for (const wie of ADMIN) expect(geweigerd(wie)).toEqual(expect.arrayContaining(['verzuimzaak', 'mijnVerzuimzaken', 'verzuimzakenVanGemeente', ...ZAAKSTAPPEN]));
    expect(ROLWEIGERINGEN.filter((r) => r.wie === 'admin.heuvelrug').every((r) => r.doel === 'heuvelrug')).toBe(true);
    // Functioneel beheer: DUO and the assignment rules, no case data.
    expect(ALLE_OPS.filter((op) => !geweigerd(BEHEER).includes(op)).sort()).toEqual(
      ['haalDuoMeldingenOp', 'legToewijzingsregelVast', 'onverwerkbareDuoLeveringen', 'toewijzingsregels', 'verstuurDuoTerugkoppelingen', 'verwijderToewijzingsregel'],
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Gemeente: another gemeente's case is no case; another gemeente's list is refused

interface Gemeenterij {
  op: OpNaam;
  wie: Wie;
  doel: Doel;
  code: Code;
  vars?: () => Record<string, unknown>;
}

const GEMEENTEWEIGERINGEN: Gemeenterij[] = [
  // Row-level security: a Zwolle case for the Kampen officer, and across regions both ways.
  ...(['verzuimzaak', ...ZAAKSTAPPEN, 'koppelVerzuimmeldingTerug'] as OpNaam[]).map((op) => ({ op, wie: 'lpa.kampen' as Wie, doel: 'zwolle' as Doel, code: 'NIET_GEVONDEN' as Code })),
  { op: 'verzuimzaak', wie: 'lpa.heuvelrug', doel: 'zwolle', code: 'NIET_GEVONDEN' },
  { op: 'registreerVerzuimgesprek', wie: 'lpa.heuvelrug', doel: 'zwolle', code: 'NIET_GEVONDEN' },
  { op: 'verzuimzaak', wie: 'lpa.zwolle', doel: 'heuvelrug', code: 'NIET_GEVONDEN' },
  { op: 'registreerZaakstap', wie: 'lpa.zwolle', doel: 'heuvelrug', code: 'NIET_GEVONDEN' },
  { op: 'trekToestemmingIn', wie: 'lpa.zwolle', doel: 'heuvelrug', code: 'NIET_GEVONDEN' },
  { op: 'beoordeelVerzuimmelding', wie: 'admin.heuvelrug', doel: 'zwolle', code: 'NIET_GEVONDEN', vars: () => OPS.beoordeelVerzuimmelding.vars(zwolleTeBeoordelen, 'admin.heuvelrug') },
  { op: 'wijsVerzuimzaakToe', wie: 'admin.heuvelrug', doel: 'zwolle', code: 'NIET_GEVONDEN' },
  { op: 'wijsVerzuimzaakToe', wie: COORDINATOR, doel: 'heuvelrug', code: 'NIET_GEVONDEN' },
  { op: 'koppelVerzuimmeldingTerug', wie: 'admin.heuvelrug', doel: 'zwolle', code: 'NIET_GEVONDEN' },
  { op: 'koppelVerzuimmeldingTerug', wie: 'admin.zwolle', doel: 'heuvelrug', code: 'NIET_GEVONDEN' },
  // A school withdraws only its own: not a DUO melding, not another school's.
  { op: 'trekVerzuimmeldingIn', wie: 'school', doel: 'zwolle', code: 'NIET_GEVONDEN' },
  { op: 'trekVerzuimmeldingIn', wie: 'school-enschede', doel: 'zwolle', code: 'NIET_GEVONDEN', vars: () => ({ id: intrekbaar.meldingId }) },
  // Lists and settings named by gemeente.
  ...(['verzuimtaken', 'verzuimzakenVanGemeente', 'verzuimmeldingentelling', 'toewijzingsregels'] as OpNaam[]).map((op) => ({ op, wie: 'lpa.kampen' as Wie, doel: 'zwolle' as Doel, code: 'GEMEENTE_NIET_TOEGESTAAN' as Code })),
  { op: 'verzuimzakenVanGemeente', wie: 'lpa.zeist', doel: 'zwolle', code: 'GEMEENTE_NIET_TOEGESTAAN' },
  { op: 'verzuimtaken', wie: 'lpa.heuvelrug', doel: 'zwolle', code: 'GEMEENTE_NIET_TOEGESTAAN' },
  { op: 'verzuimtriage', wie: 'admin.heuvelrug', doel: 'zwolle', code: 'GEMEENTE_NIET_TOEGESTAAN' },
  { op: 'onverwerkbareDuoLeveringen', wie: 'admin.heuvelrug', doel: 'zwolle', code: 'GEMEENTE_NIET_TOEGESTAAN' },
  { op: 'verzuimtaken', wie: 'admin.heuvelrug', doel: 'zwolle', code: 'GEMEENTE_NIET_TOEGESTAAN' },
  { op: 'verzuimtriage', wie: 'admin.zwolle', doel: 'heuvelrug', code: 'GEMEENTE_NIET_TOEGESTAAN' },
  { op: 'onverwerkbareDuoLeveringen', wie: 'admin.zwolle', doel: 'heuvelrug', code: 'GEMEENTE_NIET_TOEGESTAAN' },
  { op: 'verzuimtaken', wie: 'admin.zwolle', doel: 'heuvelrug', code: 'GEMEENTE_NIET_TOEGESTAAN' },
  { op: 'verzuimmeldingentelling', wie: 'admin.zwolle', doel: 'heuvelrug', code: 'GEMEENTE_NIET_TOEGESTAAN' },
  { op: 'toewijzingsregels', wie: 'admin.zwolle', doel: 'heuvelrug', code: 'GEMEENTE_NIET_TOEGESTAAN' },
  { op: 'haalDuoMeldingenOp', wie: 'admin.zwolle', doel: 'heuvelrug', code: 'GEMEENTE_NIET_TOEGESTAAN' },
  { op: 'verzuimmeldingentelling', wie: COORDINATOR, doel: 'heuvelrug', code: 'GEMEENTE_NIET_TOEGESTAAN' },
  { op: 'toewijzingsregels', wie: COORDINATOR, doel: 'heuvelrug', code: 'GEMEENTE_NIET_TOEGESTAAN' },
  { op: 'legToewijzingsregelVast', wie: COORDINATOR, doel: 'heuvelrug', code: 'GEMEENTE_NIET_TOEGESTAAN' },
  // Beheer works for five gemeenten, not for Zeist (0355).
  { op: 'legToewijzingsregelVast', wie: BEHEER, doel: 'zwolle', code: 'GEMEENTE_NIET_TOEGESTAAN', vars: () => ({ i: { gemeente: '0355', behandelaar: 'lpa.zeist' } }) },
  { op: 'haalDuoMeldingenOp', wie: BEHEER, doel: 'zwolle', code: 'GEMEENTE_NIET_TOEGESTAAN', vars: () => ({ i: { gemeenten: ['0193', '0355'] } }) },
  // Submitting for a gemeente one does not serve.
  { op: 'dienVerzuimmeldingIn', wie: 'school', doel: 'kampen', code: 'GEMEENTE_NIET_TOEGESTAAN' },
  { op: 'dienVerzuimmeldingIn', wie: 'school-enschede', doel: 'zwolle', code: 'GEMEENTE_NIET_TOEGESTAAN' },
  { op: 'dienVerzuimmeldingIn', wie: 'lpa.kampen', doel: 'zwolle', code: 'GEMEENTE_NIET_TOEGESTAAN' },
  { op: 'registreerPapierenKennisgeving', wie: 'admin.heuvelrug', doel: 'zwolle', code: 'GEMEENTE_NIET_TOEGESTAAN' },
  { op: 'registreerPapierenKennisgeving', wie: 'lpa.zwolle', doel: 'heuvelrug', code: 'GEMEENTE_NIET_TOEGESTAAN' },
];

describe('gemeente: another gemeente\'s case is no case, another gemeente\'s list is refused', () => {
  it.each(GEMEENTEWEIGERINGEN)('$op as $wie on $doel → $code', async ({ op, wie, doel, code, vars }) => {
    const regels = await weigering(op, wie, vars ? vars() : OPS[op].vars(doelen[doel], wie), code);
    // A refused gemeente is a refusal of access, so the Logboek has it (README "Audit").
    if (code === 'GEMEENTE_NIET_TOEGESTAAN') {
      expect(regels).toContainEqual(expect.objectContaining({ status: 'geweigerd', reden: 'gemeente-niet-toegestaan' }));
    }
  });

  it('a foreign case is answered exactly like a case that does not exist', async () => {
    const kampen = await vraag(OPS.verzuimzaak.query, { id: doelen.zwolle.zaakId, p: null }, 'lpa.kampen');
    const niemand = await vraag(OPS.verzuimzaak.query, { id: randomUUID(), p: null }, 'lpa.kampen');
    expect(kampen.antwoord).toEqual(niemand.antwoord);
    const stap = await vraag(OPS.registreerZaakstap.query, { i: { taakId: doelen.zwolle.taakId, actie: 'UITGEVOERD' } }, 'lpa.kampen');
    const geenStap = await vraag(OPS.registreerZaakstap.query, { i: { taakId: randomUUID(), actie: 'UITGEVOERD' } }, 'lpa.kampen');
    expect(stap.antwoord).toEqual(geenStap.antwoord);
  });

  it.each<{ wie: Wie; doel: Doel | 'ander'; waarom: string }>([
    { wie: 'school-enschede', doel: 'ander', waarom: 'another school\'s client, for a melding it did not send' },
    { wie: 'school', doel: 'zwolle', waarom: 'the school client, for a DUO melding of its own gemeente' },
    { wie: 'lpa.kampen', doel: 'zwolle', waarom: 'an officer of another gemeente' },
    { wie: 'admin.heuvelrug', doel: 'zwolle', waarom: 'the administration of another gemeente' },
    { wie: 'lpa.zwolle', doel: 'heuvelrug', waarom: 'a Wpg-authorised officer of another gemeente' },
  ])('verzuimmeldingStatus is null for $wie ($waarom)', async ({ wie, doel }) => {
    const melding = doel === 'ander' ? zwolleTeBeoordelen : doelen[doel];
    const voor = await stand();
    const { antwoord, trace } = await vraag<{ verzuimmeldingStatus: unknown }>(OPS.verzuimmeldingStatus.query, { id: melding.meldingId }, wie);
    expect(antwoord.errors).toBeUndefined();
    expect(antwoord.data?.verzuimmeldingStatus).toBeNull();
    geenPersoonsgegevens(antwoord);
    expect(await stand()).toEqual(voor);
    // The look-up is on record, about nobody.
    expect((await logregels(trace)).filter((r) => r.betrokkene !== null)).toEqual([]);
  });

  it('the coördinator cannot delete another gemeente\'s assignment rule: false, and the rule stays', async () => {
    const voor = await stand();
    const { antwoord } = await vraag<{ verwijderToewijzingsregel: boolean }>(OPS.verwijderToewijzingsregel.query, { id: doelen.heuvelrug.regelId }, COORDINATOR);
    expect(antwoord.errors).toBeUndefined();
    expect(antwoord.data?.verwijderToewijzingsregel).toBe(false);
    expect(await stand()).toEqual(voor);
  });

  it('the Kampen officer sees none of Zwolle\'s cases in mijnVerzuimzaken, not even the one assigned to him', async () => {
    const { antwoord } = await vraag<{ mijnVerzuimzaken: { verborgenWpg: number; zaken: { id: string }[] } }>(OPS.mijnVerzuimzaken.query, { p: null }, 'lpa.kampen');
    expect(antwoord.errors).toBeUndefined();
    const lijst = zeker(antwoord.data).mijnVerzuimzaken;
    const zwolseZaken = (await db.query<{ id: string }>(`SELECT id FROM verzuim.verzuimzaak WHERE gemeente = '0193'`)).rows.map((r) => r.id);
    expect(zwolseZaken).toContain(zwolleBijKampen.zaakId);
    expect(lijst.zaken.filter((z) => zwolseZaken.includes(z.id))).toEqual([]);
    expect(lijst.verborgenWpg).toBe(0);
    geenPersoonsgegevens(antwoord);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Wpg (1581): only with the Wpg authorisation

describe('Wpg (Zuid Oost Utrecht): an officer without the Wpg authorisation is refused, and the refusal is logged', () => {
  it.each((['verzuimzaak', ...ZAAKSTAPPEN, 'koppelVerzuimmeldingTerug'] as OpNaam[]).map((op) => ({ op })))('$op as lpa.zeist on a 1581 case → WPG_GEEN_TOEGANG', async ({ op }) => {
    const d = doelen.heuvelrug;
    const regels = await weigering(op, 'lpa.zeist', OPS[op].vars(d, 'lpa.zeist'), 'WPG_GEEN_TOEGANG');
    expect(regels).toEqual([
      expect.objectContaining({
        status: 'geweigerd',
        reden: 'geen-wpg-autorisatie',
        betrokkene: d.sleutel,
        gemeente: '1581',
        actor_rollen: ['leerplichtambtenaar'],
        actor_gemeenten: ['1581', '0355'],
        operatie: expect.stringMatching(new RegExp(`\\.${op}$`)),
      }),
    ]);
  });

  it('nor does he read the status of a 1581 melding: that too is Wpg data', async () => {
    const d = doelen.heuvelrug;
    const regels = await weigering('verzuimmeldingStatus', 'lpa.zeist', { id: d.meldingId }, 'WPG_GEEN_TOEGANG');
    expect(regels).toEqual([expect.objectContaining({ status: 'geweigerd', reden: 'geen-wpg-autorisatie', betrokkene: d.sleutel, gemeente: '1581' })]);
  });

  it('his counts of 1581 meldingen leave the Wpg meldingen out, and say so', async () => {
    type Telling = { verzuimmeldingentelling: { totaal: number; zonderWpg: boolean } };
    const q = 'query($i: MeldingentellingInput!) { verzuimmeldingentelling(input: $i) { totaal zonderWpg } }';
    const periode = { gemeente: '1581', van: '2026-01-01', totEnMet: '2027-12-31' };
    const zeist = zeker((await vraag<Telling>(q, { i: periode }, 'lpa.zeist')).antwoord.data).verzuimmeldingentelling;
    const heuvelrug = zeker((await vraag<Telling>(q, { i: periode }, 'lpa.heuvelrug')).antwoord.data).verzuimmeldingentelling;
    expect(zeist).toEqual({ totaal: 0, zonderWpg: true });
    expect(heuvelrug.zonderWpg).toBe(false);
    expect(heuvelrug.totaal).toBeGreaterThanOrEqual(2);
  });

  it('an officer without the Wpg authorisation cannot request an enforcement measure, not even in his own gemeente', async () => {
    const d = doelen.kampen;
    const regels = await weigering('vraagMaatregelAan', 'lpa.kampen', OPS.vraagMaatregelAan.vars(d, 'lpa.kampen'), 'WPG_AUTORISATIE_VEREIST');
    expect(regels).toEqual([expect.objectContaining({ status: 'geweigerd', reden: 'geen-wpg-autorisatie', betrokkene: d.sleutel, gemeente: '0166' })]);
  });

  it('even the Wpg case assigned to him stays closed to lpa.zeist', async () => {
    const regels = await weigering('verzuimzaak', 'lpa.zeist', { id: heuvelrugBijZeist.zaakId, p: null }, 'WPG_GEEN_TOEGANG');
    expect(regels).toEqual([expect.objectContaining({ status: 'geweigerd', reden: 'geen-wpg-autorisatie', betrokkene: heuvelrugBijZeist.sleutel })]);
  });

  it('verzuimzakenVanGemeente hides the 1581 cases from lpa.zeist and counts them; lpa.heuvelrug sees them', async () => {
    const open = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM verzuim.verzuimzaak WHERE gemeente = '1581' AND status = 'open' AND classificatie = 'Wpg'`)).rows[0]?.n);
    expect(open).toBeGreaterThanOrEqual(2);
    type Lijst = { verzuimzakenVanGemeente: { verborgenWpg: number; zaken: { id: string; bsn: string }[] } };
    const zeist = await vraag<Lijst>(OPS.verzuimzakenVanGemeente.query, { g: '1581', p: null }, 'lpa.zeist');
    expect(zeist.antwoord.errors).toBeUndefined();
    expect(zeker(zeist.antwoord.data).verzuimzakenVanGemeente).toEqual({ verborgenWpg: open, zaken: [] });
    geenPersoonsgegevens(zeist.antwoord);
    expect((await logregels(zeist.trace)).filter((r) => r.betrokkene !== null)).toEqual([]);

    const heuvelrug = await vraag<Lijst>(OPS.verzuimzakenVanGemeente.query, { g: '1581', p: null }, 'lpa.heuvelrug');
    const lijst = zeker(heuvelrug.antwoord.data).verzuimzakenVanGemeente;
    expect(lijst.verborgenWpg).toBe(0);
    expect(lijst.zaken).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: doelen.heuvelrug.zaakId, bsn: doelen.heuvelrug.bsn }),
      expect.objectContaining({ id: heuvelrugBijZeist.zaakId, bsn: heuvelrugBijZeist.bsn }),
    ]));
    // One Logboek line per person shown.
    const regels = await logregels(heuvelrug.trace);
    expect(regels.map((r) => r.betrokkene)).toEqual(expect.arrayContaining([doelen.heuvelrug.sleutel, heuvelrugBijZeist.sleutel]));
    expect(regels.every((r) => r.status === 'toegestaan' && r.actor_rollen.includes('wpg-verwerking'))).toBe(true);
  });

  it('mijnVerzuimzaken and verzuimtaken hide Wpg cases from lpa.zeist too, with the count', async () => {
    const mijn = await vraag<{ mijnVerzuimzaken: { verborgenWpg: number; zaken: unknown[] } }>(OPS.mijnVerzuimzaken.query, { p: null }, 'lpa.zeist');
    expect(zeker(mijn.antwoord.data).mijnVerzuimzaken).toEqual({ verborgenWpg: 1, zaken: [] });
    const openTaken = Number((await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM verzuim.zaak_taak t JOIN verzuim.verzuimzaak z ON z.id = t.zaak_id WHERE t.gemeente = '1581' AND t.status = 'open' AND z.status = 'open'`,
    )).rows[0]?.n);
    const taken = await vraag<{ verzuimtaken: { verborgenWpg: number; taken: unknown[] } }>(OPS.verzuimtaken.query, { i: { gemeente: '1581', alleenTeLaat: false } }, 'lpa.zeist');
    expect(zeker(taken.antwoord.data).verzuimtaken).toEqual({ verborgenWpg: openTaken, taken: [] });
    for (const trace of [mijn.trace, taken.trace]) expect((await logregels(trace)).filter((r) => r.betrokkene !== null)).toEqual([]);
  });

  it('lpa.heuvelrug reads the 1581 case, and the read is in the Logboek', async () => {
    const { data, trace } = await moet<{ verzuimzaak: { id: string; classificatie: string; bsn: string } }>('verzuimzaak', { id: doelen.heuvelrug.zaakId, p: null }, 'lpa.heuvelrug');
    expect(data.verzuimzaak).toMatchObject({ id: doelen.heuvelrug.zaakId, classificatie: 'Wpg', bsn: doelen.heuvelrug.bsn });
    expect(await logregels(trace)).toEqual([
      expect.objectContaining({ status: 'toegestaan', betrokkene: doelen.heuvelrug.sleutel, gemeente: '1581', verwerkingsactiviteit: 'verzuimzaak-inzien', actor_rollen: expect.arrayContaining(['wpg-verwerking']) }),
    ]);
  });

  it('the administration of 1581 sees only the feedback tasks of Wpg cases (intake fields), the rest counted', async () => {
    const { data } = await moet<{ verzuimtaken: { verborgenWpg: number; taken: { soort: string; zaakId: string; meldingId: string | null }[] } }>('verzuimtaken', { i: { gemeente: '1581', alleenTeLaat: false } }, 'admin.heuvelrug');
    const lijst = data.verzuimtaken;
    expect(lijst.taken.length).toBeGreaterThan(0);
    expect(lijst.taken.every((t) => t.soort === 'terugkoppeling-melder')).toBe(true);
    expect(lijst.taken.map((t) => t.meldingId)).toEqual(expect.arrayContaining([doelen.heuvelrug.meldingId, heuvelrugBijZeist.meldingId]));
    const anders = Number((await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM verzuim.zaak_taak t JOIN verzuim.verzuimzaak z ON z.id = t.zaak_id
        WHERE t.gemeente = '1581' AND t.status = 'open' AND z.status = 'open' AND z.classificatie = 'Wpg' AND t.soort <> 'terugkoppeling-melder'`,
    )).rows[0]?.n);
    expect(anders).toBeGreaterThan(0);
    expect(lijst.verborgenWpg).toBe(anders);
  });

  it('the administration of 1581 has nothing to screen (no triage in Zuid Oost Utrecht)', async () => {
    const { data } = await moet<{ verzuimtriage: unknown[] }>('verzuimtriage', { g: '1581' }, 'admin.heuvelrug');
    expect(data.verzuimtriage).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. What the allowed roles get: every read works, changes nothing, and every person shown is logged

interface Leesrij {
  op: OpNaam;
  wie: Wie;
  doel: Doel;
  vars?: () => Record<string, unknown>;
}

const LEZEN: Leesrij[] = [
  { op: 'verzuimzaak', wie: 'lpa.zwolle', doel: 'zwolle' },
  { op: 'verzuimzaak', wie: 'lpa.kampen', doel: 'kampen' },
  { op: 'mijnVerzuimzaken', wie: 'lpa.zwolle', doel: 'zwolle' },
  { op: 'mijnVerzuimzaken', wie: 'lpa.heuvelrug', doel: 'heuvelrug' },
  { op: 'verzuimzakenVanGemeente', wie: 'lpa.zwolle', doel: 'zwolle' },
  { op: 'verzuimzakenVanGemeente', wie: 'lpa.kampen', doel: 'kampen' },
  { op: 'verzuimtaken', wie: 'lpa.zwolle', doel: 'zwolle' },
  { op: 'verzuimtaken', wie: 'lpa.heuvelrug', doel: 'heuvelrug' },
  { op: 'verzuimtaken', wie: 'admin.zwolle', doel: 'zwolle' },
  { op: 'verzuimmeldingentelling', wie: 'lpa.zwolle', doel: 'zwolle' },
  { op: 'verzuimmeldingentelling', wie: 'lpa.heuvelrug', doel: 'heuvelrug' },
  { op: 'verzuimmeldingentelling', wie: 'admin.zwolle', doel: 'zwolle' },
  { op: 'verzuimmeldingentelling', wie: 'admin.heuvelrug', doel: 'heuvelrug' },
  { op: 'verzuimmeldingentelling', wie: COORDINATOR, doel: 'zwolle' },
  { op: 'verzuimmeldingentelling', wie: COORDINATOR, doel: 'kampen' },
  { op: 'verzuimtriage', wie: 'admin.zwolle', doel: 'zwolle' },
  { op: 'onverwerkbareDuoLeveringen', wie: 'admin.zwolle', doel: 'zwolle' },
  { op: 'onverwerkbareDuoLeveringen', wie: 'admin.heuvelrug', doel: 'heuvelrug' },
  { op: 'onverwerkbareDuoLeveringen', wie: BEHEER, doel: 'heuvelrug' },
  { op: 'toewijzingsregels', wie: BEHEER, doel: 'heuvelrug' },
  { op: 'toewijzingsregels', wie: COORDINATOR, doel: 'zwolle' },
  { op: 'toewijzingsregels', wie: 'admin.zwolle', doel: 'zwolle' },
  { op: 'toewijzingsregels', wie: 'lpa.zwolle', doel: 'zwolle' },
  { op: 'verzuimmeldingStatus', wie: 'school', doel: 'zwolle', vars: () => ({ id: zwolleTeBeoordelen.meldingId }) },
  { op: 'verzuimmeldingStatus', wie: 'school', doel: 'heuvelrug' },
  { op: 'verzuimmeldingStatus', wie: 'admin.zwolle', doel: 'zwolle' },
  { op: 'verzuimmeldingStatus', wie: 'lpa.zwolle', doel: 'zwolle' },
  { op: 'verzuimmeldingStatus', wie: 'admin.heuvelrug', doel: 'heuvelrug' },
  { op: 'verzuimmeldingStatus', wie: 'lpa.heuvelrug', doel: 'heuvelrug' },
];

describe('the roles that may read get an answer, change nothing, and every person shown is in the Logboek', () => {
  it.each(LEZEN)('$op as $wie ($doel)', async ({ op, wie, doel, vars }) => {
    const voor = await stand();
    const variabelen = vars ? vars() : OPS[op].vars(doelen[doel], wie);
    const { antwoord, trace } = await vraag(OPS[op].query, variabelen, wie);
    expect(antwoord.errors).toBeUndefined();
    expect(antwoord.data?.[op]).not.toBeNull();
    expect(await stand()).toEqual(voor);
    const regels = await logregels(trace);
    expect(regels.every((r) => r.status === 'toegestaan' && r.actor_rollen.includes(ROL[wie]) && r.operatie.endsWith(`.${op}`))).toBe(true);
    if (['verzuimzaak', 'verzuimmeldingStatus', 'verzuimmeldingentelling', 'toewijzingsregels', 'onverwerkbareDuoLeveringen'].includes(op)) expect(regels.length).toBeGreaterThan(0);
    // Every youth of this file that the answer shows (by BSN or by its case) has its line.
    const tekst = JSON.stringify(antwoord.data);
    for (const zaak of alleZaken()) {
      if (tekst.includes(zaak.bsn) || tekst.includes(zaak.zaakId)) expect(regels.map((r) => r.betrokkene)).toContain(zaak.sleutel);
    }
    // A single case or melding is logged against its youth even when the answer shows no BSN.
    if (op === 'verzuimzaak' || op === 'verzuimmeldingStatus') {
      const zaak = alleZaken().find((z) => z.meldingId === variabelen.id || z.zaakId === variabelen.id);
      expect(regels.map((r) => r.betrokkene)).toContain(zeker(zaak).sleutel);
    }
  });

  it('the administration\'s screening list shows Zwolle\'s new case with its intake fields', async () => {
    const { data } = await moet<{ verzuimtriage: { zaakId: string; bsn: string; meldingen: { id: string }[] }[] }>('verzuimtriage', { g: '0193' }, 'admin.zwolle');
    expect(data.verzuimtriage).toEqual(expect.arrayContaining([expect.objectContaining({ zaakId: zwolleTeBeoordelen.zaakId, bsn: zwolleTeBeoordelen.bsn, meldingen: [expect.objectContaining({ id: zwolleTeBeoordelen.meldingId })] })]));
  });

  it('the coördinator\'s counts name no person', async () => {
    const { data, trace } = await moet<{ verzuimmeldingentelling: { totaal: number } }>('verzuimmeldingentelling', OPS.verzuimmeldingentelling.vars(doelen.zwolle, COORDINATOR), COORDINATOR);
    expect(data.verzuimmeldingentelling.totaal).toBeGreaterThanOrEqual(4);
    geenPersoonsgegevens({ data });
    expect(await logregels(trace)).toEqual([expect.objectContaining({ status: 'toegestaan', betrokkene: null, gemeente: '0193', actor_rollen: ['coordinator'] })]);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. What the allowed roles may change (each on a case kept for it)

describe('the roles that may act can do so', () => {
  it('the administration forwards Zwolle\'s new case to an officer (000 art 3 lid 9), logged against the youth', async () => {
    const { data, trace } = await moet<{ beoordeelVerzuimmelding: { id: string; triage: string; behandelaar: string } }>(
      'beoordeelVerzuimmelding', OPS.beoordeelVerzuimmelding.vars(zwolleTeBeoordelen, 'admin.zwolle'), 'admin.zwolle');
    expect(data.beoordeelVerzuimmelding).toMatchObject({ id: zwolleTeBeoordelen.zaakId, triage: 'doorgezet', behandelaar: 'lpa.zwolle' });
    expect(await logregels(trace)).toEqual([expect.objectContaining({ status: 'toegestaan', betrokkene: zwolleTeBeoordelen.sleutel, actor_rollen: ['administratief-medewerker'] })]);
  });

  it('the coördinator reassigns it, and keeps and removes an assignment rule; so does beheer', async () => {
    const { data } = await moet<{ wijsVerzuimzaakToe: { behandelaar: string } }>('wijsVerzuimzaakToe', OPS.wijsVerzuimzaakToe.vars(zwolleTeBeoordelen, COORDINATOR), COORDINATOR);
    expect(data.wijsVerzuimzaakToe.behandelaar).toBe('lpa.zwolle');
    for (const [wie, gemeente, behandelaar] of [[COORDINATOR, '0166', 'lpa.kampen'], [BEHEER, '0153', 'lpa.enschede']] as const) {
      const regel = (await moet<{ legToewijzingsregelVast: { id: string; gemeente: string; behandelaar: string } }>('legToewijzingsregelVast', { i: { gemeente, schoolBrin: '55TG', behandelaar } }, wie)).data.legToewijzingsregelVast;
      expect(regel).toMatchObject({ gemeente, behandelaar });
      expect((await moet<{ verwijderToewijzingsregel: boolean }>('verwijderToewijzingsregel', { id: regel.id }, wie)).data.verwijderToewijzingsregel).toBe(true);
    }
  });

  it('the administration gives the feedback, and the school reads it in the status of its own melding', async () => {
    await moet('koppelVerzuimmeldingTerug', OPS.koppelVerzuimmeldingTerug.vars(zwolleTeBeoordelen, 'admin.zwolle'), 'admin.zwolle');
    const { data } = await moet<{ verzuimmeldingStatus: { status: string; terugkoppelingen: { acties: string[] }[] } }>('verzuimmeldingStatus', { id: zwolleTeBeoordelen.meldingId }, 'school');
    expect(data.verzuimmeldingStatus).toMatchObject({ status: 'in-behandeling', terugkoppelingen: [{ acties: ['Gesprek met ouders en leerling gepland'] }] });
  });

  it('admin.heuvelrug gives the intake feedback on a Wpg melding (privacy-retentie.md §2.2 rule 6), logged against the youth', async () => {
    const { data, trace } = await moet<{ koppelVerzuimmeldingTerug: { status: string } }>('koppelVerzuimmeldingTerug', OPS.koppelVerzuimmeldingTerug.vars(heuvelrugBijZeist, 'admin.heuvelrug'), 'admin.heuvelrug');
    expect(data.koppelVerzuimmeldingTerug.status).toBe('in-behandeling');
    expect(await logregels(trace)).toEqual([expect.objectContaining({ status: 'toegestaan', betrokkene: heuvelrugBijZeist.sleutel, gemeente: '1581', actor_rollen: ['administratief-medewerker'] })]);
  });

  it('lpa.heuvelrug works on the Wpg case', async () => {
    const { trace } = await moet('registreerVerzuimgesprek', { i: { zaakId: doelen.heuvelrug.zaakId, ongeoorloofdVastgesteld: false, afschriftGevraagd: false } }, 'lpa.heuvelrug');
    expect(await logregels(trace)).toEqual([expect.objectContaining({ status: 'toegestaan', betrokkene: doelen.heuvelrug.sleutel })]);
  });

  it('the officer takes every step of the case and closes it (every step logged)', async () => {
    const d = zwolleTeBeoordelen;
    const wie: Wie = 'lpa.zwolle';
    const sporen: string[] = [];
    const stap = async (op: OpNaam, variabelen: Record<string, unknown>): Promise<Record<string, unknown>> => {
      const { data, trace } = await moet(op, variabelen, wie);
      sporen.push(trace);
      return data;
    };
    const huisbezoek = (await stap('voegZaaktaakToe', OPS.voegZaaktaakToe.vars(d, wie))) as { voegZaaktaakToe: { id: string } };
    await stap('registreerZaakstap', { i: { taakId: huisbezoek.voegZaaktaakToe.id, actie: 'UITGEVOERD' } });
    await stap('registreerVerzuimgesprek', { i: { zaakId: d.zaakId, ongeoorloofdVastgesteld: false, afschriftGevraagd: false } });
    await stap('wijzigVerzuimfase', OPS.wijzigVerzuimfase.vars(d, wie));
    await stap('kiesMasRoute', OPS.kiesMasRoute.vars(d, wie));
    await stap('registreerZatBespreking', OPS.registreerZatBespreking.vars(d, wie));
    const toestemmingId = await toestemming(d, wie);
    await stap('trekToestemmingIn', { i: { toestemmingId, ingetrokkenOp: VANDAAG } });
    await stap('vraagMaatregelAan', OPS.vraagMaatregelAan.vars(d, wie));
    const open = await db.query<{ id: string }>(`SELECT id FROM verzuim.zaak_taak WHERE zaak_id = $1 AND status = 'open' AND soort <> 'terugkoppeling-melder'`, [d.zaakId]);
    for (const taak of open.rows) await stap('registreerZaakstap', { i: { taakId: taak.id, actie: 'OVERGESLAGEN', uitleg: 'Niet meer nodig: de leerling is terug op school.' } });
    const gesloten = (await stap('sluitVerzuimzaak', OPS.sluitVerzuimzaak.vars(d, wie))) as { sluitVerzuimzaak: { zaak: { status: string } } };
    expect(gesloten.sluitVerzuimzaak.zaak.status).toBe('gesloten');
    for (const trace of sporen) {
      expect(await logregels(trace)).toEqual([expect.objectContaining({ status: 'toegestaan', betrokkene: d.sleutel, gemeente: '0193', actor_rollen: expect.arrayContaining(['leerplichtambtenaar']) })]);
    }
  });

  it('the school withdraws its own melding (and the state check the denials rely on sees that change)', async () => {
    const voor = await stand();
    const { data } = await moet<{ trekVerzuimmeldingIn: { status: string } }>('trekVerzuimmeldingIn', { id: intrekbaar.meldingId }, 'school');
    expect(data.trekVerzuimmeldingIn.status).toBe('ingetrokken');
    const na = await stand();
    for (const tabel of ['verzuimmelding', 'verzuimzaak', 'zaak_taak', 'zaak_gebeurtenis', 'outbox']) expect(na[tabel]).not.toBe(voor[tabel]);
  });

  it('the administration and beheer fetch from DUO and send the feedback', async () => {
    await moet('haalDuoMeldingenOp', OPS.haalDuoMeldingenOp.vars(doelen.zwolle, 'admin.zwolle'), 'admin.zwolle');
    await moet('haalDuoMeldingenOp', {}, BEHEER);
    await moet('verstuurDuoTerugkoppelingen', {}, 'admin.heuvelrug');
    await moet('verstuurDuoTerugkoppelingen', {}, BEHEER);
  });

  it('the administration registers a paper kennisgeving and an officer submits a melding for their own gemeente', async () => {
    await moet('registreerPapierenKennisgeving', { i: kennisgeving(testBsn(6131), '0193') }, 'admin.zwolle');
    await moet('dienVerzuimmeldingIn', { i: apiMelding(testBsn(6132), { gemeente: '1581', berichtId: 'toegang-6132' }) }, 'lpa.heuvelrug');
  });
});

describe('afterwards', () => {
  it('no refused submission was stored, and the service printed no BSN of this file', async () => {
    expect((await db.query('SELECT 1 FROM verzuim.verzuimmelding WHERE bsn = $1', [GEWEIGERD_BSN])).rows).toEqual([]);
    const uitvoer = service.output.join('');
    for (const zaak of alleZaken()) expect(uitvoer).not.toContain(zaak.bsn);
    expect(uitvoer).not.toContain(GEWEIGERD_BSN);
  });
});
