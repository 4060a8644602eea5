// Demo data for `npm start`: a few verzuimmeldingen, submitted the way a school system does it
// (client credentials token, GraphQL mutation through the gateway), so the demo shows the real
// flow. Fictional BSNs (valid elfproef, 99999xxxx range). Seeds once: a second start finds them.
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
