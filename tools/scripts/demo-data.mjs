// Demo data for `npm start`: a few verzuimmeldingen, submitted the way a school system does it
// (client credentials token, GraphQL mutation through the gateway), so the demo shows the real
// flow. Fictional BSNs (valid elfproef, 99999xxxx range). Seeds once: a second start finds them.
import fs from 'node:fs';
import readline from 'node:readline';
import pg from 'pg';

const DEMO_MELDINGEN = [
  { bsn: '999990007', gemeente: '0193', client: 'school', secret: 'school-demo-secret', schoolBrin: '99XX', verzuimsoort: 'wettelijk', beginDatum: '2026-11-02', verzuimUren: 16 },
  { bsn: '999990019', gemeente: '0193', client: 'school', secret: 'school-demo-secret', schoolBrin: '99XX', verzuimsoort: 'luxe', beginDatum: '2026-10-16', verzuimUren: 6 },
  { bsn: '999990020', gemeente: '1581', client: 'school', secret: 'school-demo-secret', schoolBrin: '99XX', verzuimsoort: 'wettelijk', beginDatum: '2026-11-09', verzuimUren: 18 },
  { bsn: '999990032', gemeente: '0153', client: 'school-enschede', secret: 'school-enschede-demo-secret', schoolBrin: '98YY', verzuimsoort: 'overig', beginDatum: '2026-11-16', verzuimUren: 9 },
];

const MUTATION = 'mutation Meld($input: VerzuimmeldingInput!) { dienVerzuimmeldingIn(input: $input) { id status } }';

async function clientToken(keycloakUrl, clientId, secret) {
  const response = await fetch(`${keycloakUrl}/realms/leerrecht/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }),
  });
  if (!response.ok) throw new Error(`token voor ${clientId} geweigerd (${response.status})`);
  return (await response.json()).access_token;
}

export async function seedDemo({ gatewayUrl, keycloakUrl, databaseUrl, log }) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const existing = await db.query('SELECT bsn FROM verzuim.verzuimmelding WHERE bsn = ANY($1)', [DEMO_MELDINGEN.map((m) => m.bsn)]);
    const seeded = new Set(existing.rows.map((row) => row.bsn));
    let added = 0;
    for (const { client, secret, ...input } of DEMO_MELDINGEN) {
      if (seeded.has(input.bsn)) continue;
      const token = await clientToken(keycloakUrl, client, secret);
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: MUTATION, variables: { input } }),
      });
      const body = await response.json();
      if (body.errors) throw new Error(`demomelding geweigerd: ${body.errors.map((e) => e.extensions?.code).join(', ')}`);
      added += 1;
    }
    log(added > 0 ? `demodata: ${added} verzuimmeldingen ingediend` : 'demodata: al aanwezig');
  } finally {
    await db.end();
  }
}

async function demoInschrijvingen(brpBestand, gemeenten) {
  const regels = [];
  const vandaag = new Date();
  for await (const regel of readline.createInterface({ input: fs.createReadStream(brpBestand) })) {
    if (!regel.trim()) continue;
    const p = JSON.parse(regel);
    const gemeente = p.gemeenteVanInschrijving?.code;
    const geboren = p.geboorte?.datum?.datum;
    if (!gemeenten.includes(gemeente) || !geboren || p.overlijden || Number(p.burgerservicenummer) % 25 === 0) continue;
    const leeftijd = (vandaag - new Date(`${geboren}T00:00:00Z`)) / (365.25 * 86_400_000);
    if (leeftijd < 4 || leeftijd >= 18) continue;
    const [brin, soort] = leeftijd < 12 ? ['34CD', 'PO'] : ['99XX', 'VO'];
    regels.push(`${p.burgerservicenummer};${gemeente};${brin};;${soort};2025-08-25;`);
  }
  return regels;
}

/** Schools of the demo (public register data); the register refuses enrolments at unknown schools. */
const DEMO_SCHOLEN = [
  { brin: '99XX', naam: 'Testschool Zwolle', plaats: 'Zwolle', onderwijssoorten: ['VO'] },
  { brin: '98YY', naam: 'Testcollege Enschede', plaats: 'Enschede', onderwijssoorten: ['VO', 'MBO'] },
  { brin: '34CD', naam: 'Basisschool De Kampen', plaats: 'Kampen', onderwijssoorten: ['PO'] },
];

async function userToken(keycloakUrl, username) {
  const response = await fetch(`${keycloakUrl}/realms/leerrecht/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'leerrecht-cli', username, password: 'leerrecht-demo' }),
  });
  if (!response.ok) throw new Error(`token voor ${username} geweigerd (${response.status})`);
  return (await response.json()).access_token;
}

async function gql(gatewayUrl, token, query, variables = {}) {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`demodata geweigerd: ${body.errors.map((e) => e.extensions?.code ?? e.message).join(', ')}`);
  return body.data;
}

/**
 * The administration's demo: the school register, a BRP mutation run, and today's absolute-verzuim
 * check for each demo gemeente (as beheer.regio), so the work lists are not empty. Idempotent: a
 * second run registers nothing new and starts no second check for the same youth.
 */
export async function seedAdministratie({ gatewayUrl, keycloakUrl, brpBestand, log }) {
  const token = await userToken(keycloakUrl, 'beheer.regio');
  for (const school of DEMO_SCHOLEN) {
    await gql(gatewayUrl, token, 'mutation($i: RegistreerSchoolInput!) { registreerSchool(input: $i) { brin } }', { i: school });
  }
  const gemeenten = ['0193', '0166', '0171', '1581', '0153'];
  // Most school-age youths are enrolled (as DUO would tell us); one in 25 is not, so the check has work.
  const inschrijvingen = await demoInschrijvingen(brpBestand, gemeenten);
  const csv = ['bsn;gemeente;brin;onderwijslocatie;onderwijssoort;datum_inschrijving;datum_uitschrijving', ...inschrijvingen].join('\n');
  const imp = await gql(gatewayUrl, token, 'mutation($i: ImporteerInput!) { importeerUitVorigSysteem(input: $i) { opgeslagen alAanwezig } }', { i: { soort: 'INSCHRIJVINGEN', inhoud: csv } });
  log(`demodata: inschrijvingen geïmporteerd (${imp.importeerUitVorigSysteem.opgeslagen} nieuw, ${imp.importeerUitVorigSysteem.alAanwezig} al aanwezig)`);
  await gql(gatewayUrl, token, 'mutation($i: SynchroniseerBrpInput!) { synchroniseerBrp(input: $i) { gemeente } }', { i: { gemeenten } });
  const peildatum = new Date().toISOString().slice(0, 10);
  let nieuw = 0;
  for (const gemeente of gemeenten) {
    const data = await gql(gatewayUrl, token, 'mutation($i: VoerInschrijvingscontroleUitInput!) { voerInschrijvingscontroleUit(input: $i) { kandidaten } }', { i: { gemeente, peildatum } });
    nieuw += data.voerInschrijvingscontroleUit.kandidaten;
  }
  log(`demodata: scholenregister, BRP-mutaties en controle absoluut verzuim (${nieuw} nieuwe controles)`);
}
