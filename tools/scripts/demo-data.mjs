// Demo data for `npm start`: a few verzuimmeldingen, submitted the way a school system does it
// (client credentials token, GraphQL mutation through the gateway), so the demo shows the real
// flow. Fictional BSNs (valid elfproef, 99999xxxx range). Seeds once: a second start finds them.
import fs from 'node:fs';
import readline from 'node:readline';
import pg from 'pg';

// A school system's meldingen (the `school` partner client), with the fields of the Besluit verzuimmelding.
const melder = { naam: 'J. de Vries', functie: 'verzuimcoördinator', isDirecteur: false };
const DEMO_MELDINGEN = [
  { berichtId: 'demo-las-1', bsn: '999990007', geboortedatum: '2012-03-14', gemeente: '0193', client: 'school', secret: 'school-demo-secret', schoolBrin: '99XX', onderwijssoort: 'VO', verzuimsoort: 'wettelijk', beginDatum: '2026-11-02', eindDatum: '2026-11-27', verzuimUren: 16, melder },
  { berichtId: 'demo-las-2', bsn: '999990019', geboortedatum: '2013-06-02', gemeente: '0193', client: 'school', secret: 'school-demo-secret', schoolBrin: '99XX', onderwijssoort: 'VO', verzuimsoort: 'luxe', beginDatum: '2026-10-09', eindDatum: '2026-10-09', verzuimUren: 6, verzuimdagen: 1, melder },
  { berichtId: 'demo-las-3', bsn: '999990020', geboortedatum: '2011-09-21', gemeente: '1581', client: 'school', secret: 'school-demo-secret', schoolBrin: '99XX', onderwijssoort: 'VO', verzuimsoort: 'wettelijk', beginDatum: '2026-11-09', eindDatum: '2026-11-27', verzuimUren: 18, melder },
  { berichtId: 'demo-las-4', bsn: '999990032', geboortedatum: '2012-01-30', gemeente: '0153', client: 'school-enschede', secret: 'school-enschede-demo-secret', schoolBrin: '98YY', onderwijssoort: 'VO', verzuimsoort: 'overig', beginDatum: '2026-11-16', verzuimUren: 9, keerTeLaat: 10, melder },
];

const MUTATION = 'mutation Meld($input: VerzuimmeldingInput!) { dienVerzuimmeldingIn(input: $input) { id status duplicaat } }';

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

/** Who handles which gemeente's meldingen (a gemeente rule; per school is possible too). */
const DEMO_TOEWIJZING = { '0193': 'lpa.zwolle', '0166': 'lpa.kampen', '0171': 'lpa.nop', '1581': 'lpa.heuvelrug', '0153': 'lpa.enschede' };

/** A DUO verzuimmelding in the simulator's wire format (tools/duo-simulator/README.md). */
function duoDemoMelding(nummer, persoon, gemeente, soort, dagenGeleden) {
  const geregistreerd = new Date(Date.now() - dagenGeleden * 86_400_000);
  const begin = new Date(geregistreerd.getTime() - 21 * 86_400_000).toISOString().slice(0, 10);
  return {
    meldingsnummer: `VM-DEMO-${gemeente}-${nummer}`,
    registratietijdstip: geregistreerd.toISOString(),
    gemeente,
    status: 'geregistreerd',
    leerling: { burgerservicenummer: persoon.bsn, onderwijsnummer: null, geboortedatum: persoon.geboren, naam: persoon.naam },
    school: { brin: persoon.brin, onderwijssoort: persoon.soort, naamLeslocatie: null },
    begindatumVerzuim: begin,
    einddatumVerzuim: null,
    vermoedelijkeSoortVerzuim: soort,
    vermoedelijkeRedenVerzuim: 'Reden onbekend; school kreeg geen ziekmelding',
    alleLessenGemist: false,
    doorSchoolOndernomenActie: 'Mentor heeft ouders gebeld',
    actieDoorGemeenteGewenst: { gewenst: true, toelichting: null },
    melder: { naam: 'S. Prins', functie: 'verzuimcoördinator', telefoonnummer: null, emailadres: null, isDirecteur: false },
    telefoonnummerOuderOfLeerling: null,
    afwijkendVerblijfadres: null,
    verzuimspecificatie: { verzuimdagen: 3, verzuimuren: soort === '16-uur-in-4-weken' ? 18 : 6 },
    toelichtingSchool: null,
    overnemendePartij: null,
  };
}

/**
 * The verzuim demo: assignment rules per gemeente (as beheer.regio), and DUO meldingen for a few
 * school-age youths of the BRP demo population placed in the DUO simulator and fetched the way
 * the service fetches them (ROD → bus → intake). Seeds once: a second start finds them.
 */
export async function seedVerzuim({ gatewayUrl, keycloakUrl, databaseUrl, brpBestand, duo, log }) {
  const token = await userToken(keycloakUrl, 'beheer.regio');
  for (const [gemeente, behandelaar] of Object.entries(DEMO_TOEWIJZING)) {
    await gql(gatewayUrl, token, 'mutation($i: ToewijzingsregelInput!) { legToewijzingsregelVast(input: $i) { id } }', { i: { gemeente, behandelaar } });
  }
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const al = await db.query(`SELECT count(*)::int AS n FROM verzuim.verzuimmelding WHERE kanaal = 'duo' AND extern_id LIKE 'VM-DEMO-%'`);
    if (al.rows[0].n === 0) {
      const personen = await schoolgaanden(brpBestand, Object.keys(DEMO_TOEWIJZING));
      const soorten = ['16-uur-in-4-weken', 'overig-verzuim-ziekte-schorsing', 'luxe-verzuim'];
      const meldingen = personen.slice(0, 15).map((persoon, i) => duoDemoMelding(i + 1, persoon, persoon.gemeente, soorten[i % soorten.length], 1 + (i % 10)));
      const response = await fetch(`${duo.url}/_sim/meldingen`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': duo.apiKey },
        body: JSON.stringify({ meldingen }),
      });
      if (!response.ok) throw new Error(`DUO-simulator weigerde de demomeldingen (${response.status})`);
    }
  } finally {
    await db.end();
  }
  const opgehaald = await gql(gatewayUrl, token, 'mutation { haalDuoMeldingenOp { opgehaald onverwerkbaar } }');
  // IJssel-Vecht screens first (000 art 3 lid 9): the administration forwards what waits, so
  // lpa.zwolle's work list is not empty. The intake runs through the bus: give it a moment.
  const admin = await userToken(keycloakUrl, 'admin.zwolle');
  let doorgezet = 0;
  for (let poging = 0; poging < 20 && doorgezet === 0; poging += 1) {
    const { verzuimtriage } = await gql(gatewayUrl, admin, '{ verzuimtriage(gemeente: "0193") { zaakId } }');
    for (const { zaakId } of verzuimtriage.slice(0, 3)) {
      await gql(gatewayUrl, admin, 'mutation($i: BeoordeelMeldingInput!) { beoordeelVerzuimmelding(input: $i) { id } }', { i: { zaakId, uitkomst: 'DOORZETTEN' } });
      doorgezet += 1;
    }
    if (doorgezet === 0) await new Promise((r) => setTimeout(r, 500));
  }
  log(`demodata: toewijzing per gemeente; DUO-meldingen opgehaald (${opgehaald.haalDuoMeldingenOp.opgehaald} nieuw); ${doorgezet} doorgezet naar lpa.zwolle`);
}

/** Three school-age youths per gemeente from the BRP demo file, with the school the demo enrols them at. */
async function schoolgaanden(brpBestand, gemeenten) {
  const perGemeente = new Map(gemeenten.map((g) => [g, []]));
  const vandaag = new Date();
  for await (const regel of readline.createInterface({ input: fs.createReadStream(brpBestand) })) {
    if (!regel.trim()) continue;
    const p = JSON.parse(regel);
    const gemeente = p.gemeenteVanInschrijving?.code;
    const geboren = p.geboorte?.datum?.datum;
    const lijst = perGemeente.get(gemeente);
    if (!lijst || lijst.length >= 3 || !geboren || p.overlijden || Number(p.burgerservicenummer) % 25 === 0) continue;
    const leeftijd = (vandaag - new Date(`${geboren}T00:00:00Z`)) / (365.25 * 86_400_000);
    if (leeftijd < 12 || leeftijd >= 17) continue;
    const naam = [p.naam?.voornamen, p.naam?.voorvoegsel, p.naam?.geslachtsnaam].filter(Boolean).join(' ') || null;
    lijst.push({ bsn: p.burgerservicenummer, geboren, gemeente, naam, brin: '99XX', soort: 'VO' });
  }
  return [...perGemeente.values()].flat();
}

/** The Monday at least `weken` weeks after today (JJJJ-MM-DD), and the day `dagen` calendar days after it. */
function maandagNa(weken, dagen = 0) {
  const dag = new Date();
  dag.setUTCDate(dag.getUTCDate() + weken * 7);
  dag.setUTCDate(dag.getUTCDate() + ((8 - dag.getUTCDay()) % 7) + dagen);
  return dag.toISOString().slice(0, 10);
}

/**
 * The verlof demo: for two youths in Zwolle a request of one week (forwarded to the head of
 * the school) and one of more than two weeks (with lpa.zwolle, the acknowledgement and its
 * decision term), entered by admin.zwolle through the gateway. Seeds once. A request the
 * calendar cannot count yet (a schooljaar whose roster is not loaded) is skipped with a note.
 */
export async function seedVerlof({ gatewayUrl, keycloakUrl, databaseUrl, brpBestand, log }) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const al = await db.query(`SELECT count(*)::int AS n FROM verlof_vrijstelling.verlofaanvraag WHERE toelichting LIKE 'Demo:%'`);
    if (al.rows[0].n > 0) return;
  } finally {
    await db.end();
  }
  const admin = await userToken(keycloakUrl, 'admin.zwolle');
  const [kort, lang] = (await schoolgaanden(brpBestand, ['0193'])).slice(0, 2);
  const vandaag = new Date().toISOString().slice(0, 10);
  const aanvragen = [
    { persoon: kort, van: maandagNa(6), tot: maandagNa(6, 4), toelichting: 'Demo: huwelijk van een tante in het buitenland' },
    { persoon: lang, van: maandagNa(14), tot: maandagNa(14, 25), toelichting: 'Demo: ernstige ziekte van een grootouder in het buitenland' },
  ].filter((a) => a.persoon);
  let ingediend = 0;
  for (const { persoon, van, tot, toelichting } of aanvragen) {
    const input = {
      gemeente: persoon.gemeente,
      bsn: persoon.bsn,
      jongereNaam: persoon.naam ?? 'onbekend',
      geboortedatum: persoon.geboren,
      schoolBrin: persoon.brin,
      schoolNaam: 'Demoschool Zwolle',
      aanvragers: [{ naam: 'de ouders van de jongere', adres: 'adres volgens de BRP' }],
      soort: 'gewichtigeOmstandigheden',
      eersteVerlofdag: van,
      laatsteVerlofdag: tot,
      omstandigheid: 'overig',
      toelichting,
      ondertekendOp: vandaag,
    };
    try {
      await gql(gatewayUrl, admin, 'mutation($i: DienVerlofaanvraagInInput!) { dienVerlofaanvraagIn(input: $i) { id } }', { i: input });
      ingediend += 1;
    } catch (fout) {
      log(`demodata: verlofaanvraag ${van} t/m ${tot} overgeslagen (${fout.message})`);
    }
  }
  log(`demodata: ${ingediend} verlofaanvragen in Zwolle (doorgezonden en bij lpa.zwolle)`);
}
