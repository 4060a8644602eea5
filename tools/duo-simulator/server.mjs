// DUO simulator: a stand-in for the Register Onderwijsdeelnemers (ROD) as far as verzuimmeldingen
// go — the feed a gemeente fetches its meldingen from and the terugkoppeling it sends back — for
// tests and `npm start`. The real M2M connection needs a PKIoverheid certificate and DUO's
// koppelvlakspecificatie, which is only available under a supplier agreement (koppelingen §1.2).
// Dependency-free on purpose: it must start wherever Node starts. See README.md for what is
// faithful to DUO and what is invented.
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const LEVERINGEN_PAD = '/rod/verzuimmeldingen/leveringen';
export const TERUGKOPPELING_PAD = '/rod/verzuimmeldingen/terugkoppeling';

/** Status set since 12 August 2020 (koppelingen §1.4). */
export const MELDING_STATUSSEN = Object.freeze(['geregistreerd', 'in-behandeling', 'afgesloten', 'ingetrokken', 'ter-kennisgeving-aangenomen']);
/** The statuses a gemeente may send (Besluit verzuimmelding, bijlage: "status melding"). */
export const TERUGKOPPELING_STATUSSEN = Object.freeze(['in-behandeling', 'afgesloten', 'ter-kennisgeving-aangenomen']);
/** "Reden melding afgesloten" (Besluit verzuimmelding, bijlage; koppelingen §1.3). */
export const AFSLUITREDENEN = Object.freeze([
  'terug-naar-school',
  'inschrijving-beeindigd-andere-opleiding',
  'inschrijving-beeindigd-werk',
  'inschrijving-beeindigd-overige-redenen',
  'inschrijving-beeindigd-leerling-overleden',
  'geen-verzuim-langdurig-ziek',
  'geen-verzuim-legitiem-afwezig',
]);
/** "Toelichting afsluiting" (Besluit verzuimmelding, bijlage; koppelingen §1.3). */
export const TOELICHTINGEN = Object.freeze(['leerling-gezien-door-gemeente', 'actie-richting-leerling', 'geen-actie-meer']);

/**
 * Which status may follow which. A closed, acknowledged or withdrawn melding is final: the
 * gemeente cannot reopen it, the school would make a new melding (koppelingen §1.4).
 */
const OVERGANGEN = Object.freeze({
  geregistreerd: ['in-behandeling', 'afgesloten', 'ter-kennisgeving-aangenomen'],
  'in-behandeling': ['in-behandeling', 'afgesloten'],
  afgesloten: [],
  'ter-kennisgeving-aangenomen': [],
  ingetrokken: [],
});
/** The school may withdraw a melding the gemeente has not finished with. */
const INTREKBAAR = Object.freeze(['geregistreerd', 'in-behandeling']);

const MAX_PAGINA = 1000;
const STANDAARD_PAGINA = 500;
const MAX_GEMEENTEN = 100;
const MAX_ACTIES = 50;
const MAX_TEKST = 2000;
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const GEMEENTE_PATROON = /^[0-9]{4}$/;
const UUID_PATROON = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RFC9110 = 'https://www.rfc-editor.org/rfc/rfc9110#section-';
const PROBLEM_TYPES = {
  400: `${RFC9110}15.5.1`,
  401: `${RFC9110}15.5.2`,
  404: `${RFC9110}15.5.5`,
  405: `${RFC9110}15.5.6`,
  409: `${RFC9110}15.5.10`,
  413: `${RFC9110}15.5.14`,
  415: `${RFC9110}15.5.16`,
  422: `${RFC9110}15.5.21`,
  500: `${RFC9110}15.6.1`,
  503: `${RFC9110}15.6.4`,
};

class ProblemFout extends Error {
  /**
   * @param {number} status
   * @param {string} title fixed text; never a value from the request
   * @param {string} code DUO-style reason code the client acts on
   * @param {{ detail?: string, invalidParams?: Array<{ name: string, code: string, reason: string }> }} [extra]
   */
  constructor(status, title, code, { detail, invalidParams = [] } = {}) {
    super(title);
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.invalidParams = invalidParams;
  }
}

function ongeldig(invalidParams) {
  return new ProblemFout(400, 'Een of meerdere parameters zijn niet correct.', 'ONGELDIG_VERZOEK', { invalidParams });
}

function isObject(waarde) {
  return typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde);
}

/**
 * Starts the simulator on 127.0.0.1. `meldingen` are the raw start-up meldingen (README.md,
 * "Melding"): objects, JSON text lines, or one NDJSON string. `klok` is injectable so tests can
 * stand on any day; it fills a missing `registratietijdstip` and stamps terugkoppelingen.
 * @param {{ port?: number, apiKey: string, meldingen?: Iterable<object|string> | string, klok?: () => Date }} opties
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void> }>}
 */
export async function startDuoSimulator({ port = 0, apiKey, meldingen = [], klok = () => new Date() } = {}) {
  if (typeof apiKey !== 'string' || apiKey.length === 0) {
    throw new Error('startDuoSimulator: apiKey is verplicht');
  }
  const beginMeldingen = leesBeginMeldingen(meldingen);
  const staat = nieuweStaat();
  laadBeginMeldingen(staat, beginMeldingen, klok);
  const host = '127.0.0.1';

  const server = createServer((request, response) => {
    behandel(request, response, { apiKey, staat, klok, beginMeldingen }).catch((fout) => {
      if (!response.headersSent) {
        stuurProblem(response, (request.url ?? '').split('?')[0], new ProblemFout(500, 'Interne fout in de DUO-simulator.', 'INTERNE_FOUT'));
      }
      process.stderr.write(`duo-simulator: ${fout instanceof Error ? fout.message : String(fout)}\n`);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const adres = server.address();
  const gekozenPort = typeof adres === 'object' && adres !== null ? adres.port : port;
  return {
    url: `http://${host}:${gekozenPort}`,
    port: gekozenPort,
    stop: () =>
      new Promise((resolve, reject) => {
        server.close((fout) => (fout ? reject(fout) : resolve()));
        // fetch keeps connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// State. The feed is an append-only log; each entry is kept as its JSON text, so a page of 1000
// out of 20,000 meldingen is a join of strings, not a re-serialisation of objects.

function nieuweStaat() {
  return {
    /** @type {Array<{ volgnummer: number, gemeente: string, tekst: string }>} */
    leveringen: [],
    /** meldingsnummer → { gemeente, status }: the register's current view of each melding. */
    meldingen: new Map(),
    /** Accepted terugkoppelingen in arrival order (the wire body plus ontvangenOp). */
    terugkoppelingen: [],
    /** terugkoppelingId → ontvangenOp: DUO is idempotent on the id. */
    perTerugkoppelingId: new Map(),
    storing: false,
  };
}

/** Start-up meldingen as objects; JSON text (a line, or NDJSON) is parsed once, here. */
function leesBeginMeldingen(meldingen) {
  const bron = typeof meldingen === 'string' ? meldingen.split(/\r?\n/) : [...meldingen];
  const objecten = [];
  bron.forEach((melding, index) => {
    if (typeof melding !== 'string') {
      objecten.push(melding);
      return;
    }
    const tekst = melding.replace(/^\uFEFF/, '').trim();
    if (tekst.length === 0) return;
    try {
      objecten.push(JSON.parse(tekst));
    } catch {
      throw new Error(`melding ${index + 1}: geen geldige JSON`);
    }
  });
  return objecten;
}

function laadBeginMeldingen(staat, beginMeldingen, klok) {
  beginMeldingen.forEach((melding, index) => {
    if (routeringVan(melding) === undefined) {
      throw new Error(`melding ${index + 1}: gemeente ontbreekt of heeft geen 4 cijfers; de melding kan niet worden gerouteerd`);
    }
  });
  for (const melding of beginMeldingen) voegMeldingToe(staat, melding, klok);
}

/** DUO routes a melding to the woongemeente; here that is the melding's own `gemeente`. */
function routeringVan(melding) {
  return isObject(melding) && typeof melding.gemeente === 'string' && GEMEENTE_PATROON.test(melding.gemeente) ? melding.gemeente : undefined;
}

/**
 * Appends one raw melding as given, only filling `registratietijdstip` and `status` when absent
 * (DUO sets both on registration). `routering` overrides the gemeente it is delivered to, so a
 * test can deliver a melding whose own gemeente field is broken.
 */
function voegMeldingToe(staat, melding, klok, routering) {
  const gemeente = routering ?? routeringVan(melding);
  const gevuld = isObject(melding)
    ? {
        ...melding,
        ...(melding.registratietijdstip === undefined ? { registratietijdstip: klok().toISOString() } : {}),
        ...(melding.status === undefined ? { status: 'geregistreerd' } : {}),
      }
    : melding;
  const meldingsnummer = isObject(gevuld) && typeof gevuld.meldingsnummer === 'string' && gevuld.meldingsnummer.length > 0 ? gevuld.meldingsnummer : null;
  const volgnummer = staat.leveringen.length + 1;
  const levering = { volgnummer, soort: 'melding', gemeente, meldingsnummer, melding: gevuld };
  staat.leveringen.push({ volgnummer, gemeente, tekst: JSON.stringify(levering) });
  // A redelivered meldingsnummer keeps the register's current status: redelivery changes nothing.
  if (meldingsnummer !== null && !staat.meldingen.has(meldingsnummer)) {
    staat.meldingen.set(meldingsnummer, { gemeente, status: MELDING_STATUSSEN.includes(gevuld.status) ? gevuld.status : 'geregistreerd' });
  }
  return volgnummer;
}

// ---------------------------------------------------------------------------------------------
// HTTP

async function behandel(request, response, context) {
  const pad = (request.url ?? '').split('?')[0];
  const routes = {
    [LEVERINGEN_PAD]: leveringenEndpoint,
    [TERUGKOPPELING_PAD]: terugkoppelingEndpoint,
    '/_sim/meldingen': simMeldingenEndpoint,
    '/_sim/intrekken': simIntrekkenEndpoint,
    '/_sim/terugkoppelingen': simTerugkoppelingenEndpoint,
    '/_sim/storing': simStoringEndpoint,
    '/_sim/reset': simResetEndpoint,
  };
  const route = Object.hasOwn(routes, pad) ? routes[pad] : undefined;
  try {
    if (!route) throw new ProblemFout(404, 'Opgevraagde resource bestaat niet.', 'NIET_GEVONDEN');
    if (request.method !== 'POST') throw new ProblemFout(405, 'Gebruikte methode is niet toegestaan.', 'METHODE_NIET_TOEGESTAAN');
    // A register that is down answers nothing else, not even an authentication failure.
    if (context.staat.storing && pad.startsWith('/rod/')) {
      throw new ProblemFout(503, 'DUO is tijdelijk niet beschikbaar.', 'STORING', { detail: 'Probeer het later opnieuw.' });
    }
    // Stand-in for the PKIoverheid mTLS of the real M2M connection (koppelingen §1.2).
    if (request.headers['x-api-key'] !== context.apiKey) {
      throw new ProblemFout(401, 'Niet correct geauthenticeerd.', 'NIET_GEAUTHENTICEERD');
    }
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      throw new ProblemFout(415, 'Media Type wordt niet ondersteund.', 'MEDIATYPE_NIET_ONDERSTEUND');
    }
    const body = await leesJsonBody(request);
    const resultaat = route(body, context);
    stuurTekst(response, 200, 'application/json; charset=utf-8', typeof resultaat === 'string' ? resultaat : JSON.stringify(resultaat));
  } catch (fout) {
    if (fout instanceof ProblemFout) {
      request.resume();
      stuurProblem(response, pad, fout);
      return;
    }
    throw fout;
  }
}

async function leesJsonBody(request) {
  const delen = [];
  let lengte = 0;
  for await (const deel of request) {
    lengte += deel.length;
    if (lengte > MAX_BODY_BYTES) throw new ProblemFout(413, 'Request body is te groot.', 'VERZOEK_TE_GROOT');
    delen.push(deel);
  }
  try {
    return JSON.parse(Buffer.concat(delen).toString('utf8'));
  } catch {
    throw ongeldig([{ name: 'body', code: 'json', reason: 'Request body is geen geldige JSON.' }]);
  }
}

function stuurTekst(response, status, contentType, tekst, headers = {}) {
  response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(tekst), ...headers });
  response.end(tekst);
}

/** RFC 9457 problem+json. Titles, details and reasons are fixed texts: a value is never echoed. */
function stuurProblem(response, instance, fout) {
  const body = { type: PROBLEM_TYPES[fout.status] ?? 'about:blank', title: fout.message, status: fout.status, instance, code: fout.code };
  if (fout.invalidParams.length > 0) {
    body.detail = `De foutieve parameter(s) zijn: ${[...new Set(fout.invalidParams.map((p) => p.name))].join(', ')}.`;
    body.invalidParams = fout.invalidParams;
  } else if (fout.detail !== undefined) {
    body.detail = fout.detail;
  }
  stuurTekst(response, fout.status, 'application/problem+json; charset=utf-8', JSON.stringify(body), fout.status === 503 ? { 'retry-after': '30' } : {});
}

// ---------------------------------------------------------------------------------------------
// Parameter checks shared by the endpoints; each pushes { name, code, reason } and never a value.

function onbekendeParameters(body, bekend, invalidParams) {
  for (const naam of Object.keys(body)) {
    if (!bekend.includes(naam)) invalidParams.push({ name: naam, code: 'unknownParam', reason: 'Parameter is niet verwacht.' });
  }
}

function verplichteTekst(waarde, naam, invalidParams, max = MAX_TEKST) {
  if (waarde === undefined || waarde === null) {
    invalidParams.push({ name: naam, code: 'required', reason: 'Parameter is verplicht.' });
  } else if (typeof waarde !== 'string' || waarde.trim().length === 0) {
    invalidParams.push({ name: naam, code: 'string', reason: 'Waarde is geen niet-lege tekst.' });
  } else if (waarde.length > max) {
    invalidParams.push({ name: naam, code: 'maxLength', reason: `Tekst is langer dan ${max} tekens.` });
  }
}

function optioneleTekst(waarde, naam, invalidParams, max = MAX_TEKST) {
  if (waarde === undefined || waarde === null) return;
  if (typeof waarde !== 'string') invalidParams.push({ name: naam, code: 'string', reason: 'Waarde is geen tekst.' });
  else if (waarde.length > max) invalidParams.push({ name: naam, code: 'maxLength', reason: `Tekst is langer dan ${max} tekens.` });
}

function bodyObject(body) {
  if (!isObject(body)) throw ongeldig([{ name: 'body', code: 'object', reason: 'Request body is geen object.' }]);
  return body;
}

// ---------------------------------------------------------------------------------------------
// POST /rod/verzuimmeldingen/leveringen (stand-in feed, see README.md)

function leveringenEndpoint(body, { staat }) {
  bodyObject(body);
  const invalidParams = [];
  onbekendeParameters(body, ['gemeenten', 'vanaf', 'max'], invalidParams);
  const { gemeenten, vanaf, max = STANDAARD_PAGINA } = body;
  if (gemeenten === undefined) {
    invalidParams.push({ name: 'gemeenten', code: 'required', reason: 'Parameter is verplicht.' });
  } else if (!Array.isArray(gemeenten)) {
    invalidParams.push({ name: 'gemeenten', code: 'array', reason: 'Parameter is geen array.' });
  } else if (gemeenten.length === 0) {
    invalidParams.push({ name: 'gemeenten', code: 'minItems', reason: 'Array bevat minder dan 1 items.' });
  } else if (gemeenten.length > MAX_GEMEENTEN) {
    invalidParams.push({ name: 'gemeenten', code: 'maxItems', reason: `Array bevat meer dan ${MAX_GEMEENTEN} items.` });
  } else {
    gemeenten.forEach((code, index) => {
      if (typeof code !== 'string' || !GEMEENTE_PATROON.test(code)) {
        invalidParams.push({ name: `gemeenten[${index}]`, code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[0-9]{4}$.' });
      }
    });
  }
  if (vanaf === undefined) {
    invalidParams.push({ name: 'vanaf', code: 'required', reason: 'Parameter is verplicht.' });
  } else if (!Number.isInteger(vanaf) || vanaf < 0) {
    invalidParams.push({ name: 'vanaf', code: 'integer', reason: 'Waarde is geen geldig volgnummer (geheel getal vanaf 0).' });
  }
  if (!Number.isInteger(max) || max < 1 || max > MAX_PAGINA) {
    invalidParams.push({ name: 'max', code: 'integer', reason: `Waarde is geen geheel getal van 1 tot en met ${MAX_PAGINA}.` });
  }
  if (invalidParams.length > 0) throw ongeldig(invalidParams);

  const gevraagd = new Set(gemeenten);
  const teksten = [];
  // `vanaf` is inclusive; `volgendeVanaf` is what the caller sends next time. It also moves past
  // entries of other gemeenten, so a quiet gemeente does not rescan the whole log. Volgnummers
  // are 1, 2, 3, …, so entry n sits at index n - 1.
  let volgendeVanaf = vanaf;
  for (let index = Math.max(0, vanaf - 1); index < staat.leveringen.length; index += 1) {
    if (teksten.length === max) break;
    const levering = staat.leveringen[index];
    volgendeVanaf = levering.volgnummer + 1;
    if (gevraagd.has(levering.gemeente)) teksten.push(levering.tekst);
  }
  return `{"leveringen":[${teksten.join(',')}],"volgendeVanaf":${volgendeVanaf}}`;
}

// ---------------------------------------------------------------------------------------------
// POST /rod/verzuimmeldingen/terugkoppeling

function terugkoppelingEndpoint(body, { staat, klok }) {
  bodyObject(body);
  const invalidParams = [];
  const velden = ['terugkoppelingId', 'meldingsnummer', 'statusMelding', 'acties', 'redenAfsluiting', 'toelichtingAfsluiting', 'gemeentelijkeContactpersoon'];
  onbekendeParameters(body, velden, invalidParams);
  const { terugkoppelingId, meldingsnummer, statusMelding, acties, redenAfsluiting, toelichtingAfsluiting, gemeentelijkeContactpersoon: contact } = body;
  if (terugkoppelingId === undefined || terugkoppelingId === null) {
    invalidParams.push({ name: 'terugkoppelingId', code: 'required', reason: 'Parameter is verplicht.' });
  } else if (typeof terugkoppelingId !== 'string' || !UUID_PATROON.test(terugkoppelingId)) {
    invalidParams.push({ name: 'terugkoppelingId', code: 'uuid', reason: 'Waarde is geen uuid.' });
  }
  verplichteTekst(meldingsnummer, 'meldingsnummer', invalidParams, 64);
  verplichteTekst(statusMelding, 'statusMelding', invalidParams, 64);
  if (acties === undefined || acties === null) {
    invalidParams.push({ name: 'acties', code: 'required', reason: 'Parameter is verplicht.' });
  } else if (!Array.isArray(acties)) {
    invalidParams.push({ name: 'acties', code: 'array', reason: 'Parameter is geen array.' });
  } else if (acties.length > MAX_ACTIES) {
    invalidParams.push({ name: 'acties', code: 'maxItems', reason: `Array bevat meer dan ${MAX_ACTIES} items.` });
  } else {
    acties.forEach((actie, index) => verplichteTekst(actie, `acties[${index}]`, invalidParams));
  }
  optioneleTekst(redenAfsluiting, 'redenAfsluiting', invalidParams, 64);
  optioneleTekst(toelichtingAfsluiting, 'toelichtingAfsluiting', invalidParams, 64);
  if (contact === undefined || contact === null) {
    invalidParams.push({ name: 'gemeentelijkeContactpersoon', code: 'required', reason: 'Parameter is verplicht.' });
  } else if (!isObject(contact)) {
    invalidParams.push({ name: 'gemeentelijkeContactpersoon', code: 'object', reason: 'Parameter is geen object.' });
  } else {
    for (const naam of Object.keys(contact)) {
      if (!['naam', 'functie', 'telefoonnummer', 'emailadres'].includes(naam)) {
        invalidParams.push({ name: `gemeentelijkeContactpersoon.${naam}`, code: 'unknownParam', reason: 'Parameter is niet verwacht.' });
      }
    }
    verplichteTekst(contact.naam, 'gemeentelijkeContactpersoon.naam', invalidParams, 200);
    for (const naam of ['functie', 'telefoonnummer', 'emailadres']) optioneleTekst(contact[naam], `gemeentelijkeContactpersoon.${naam}`, invalidParams, 200);
  }
  if (invalidParams.length > 0) throw ongeldig(invalidParams);

  // Idempotent on terugkoppelingId: a resend is answered as the first time and changes nothing,
  // even when the melding has moved on since (the gemeente's retry must be harmless).
  const eerder = staat.perTerugkoppelingId.get(terugkoppelingId.toLowerCase());
  if (eerder !== undefined) return { ontvangenOp: eerder, herhaald: true };

  const melding = staat.meldingen.get(meldingsnummer);
  if (melding === undefined) {
    throw new ProblemFout(404, 'Melding is niet bekend.', 'MELDING_ONBEKEND', { detail: 'Er is geen melding met dit meldingsnummer.' });
  }
  if (!TERUGKOPPELING_STATUSSEN.includes(statusMelding)) {
    // koppelingen §1.4: 'Overgedragen aan derden' may not be sent (DUO, since 12 August 2020);
    // geregistreerd and ingetrokken belong to the school.
    throw new ProblemFout(422, 'Status mag niet door de gemeente worden gezet.', 'STATUS_NIET_TOEGESTAAN', {
      detail: `Toegestaan: ${TERUGKOPPELING_STATUSSEN.join(', ')}.`,
      invalidParams: [{ name: 'statusMelding', code: 'enum', reason: `Waarde is niet een van: ${TERUGKOPPELING_STATUSSEN.join(', ')}.` }],
    });
  }
  if (statusMelding === 'afgesloten') {
    // Besluit verzuimmelding, bijlage: a closure carries a reason and an explanation.
    const ontbreekt = [
      ...(redenAfsluiting === undefined || redenAfsluiting === null ? ['redenAfsluiting'] : []),
      ...(toelichtingAfsluiting === undefined || toelichtingAfsluiting === null ? ['toelichtingAfsluiting'] : []),
    ];
    if (ontbreekt.length > 0) {
      throw new ProblemFout(422, 'Reden en toelichting van de afsluiting zijn verplicht bij afgesloten.', 'AFSLUITREDEN_ONTBREEKT', {
        invalidParams: ontbreekt.map((name) => ({ name, code: 'required', reason: 'Verplicht bij status afgesloten.' })),
      });
    }
    const onbekend = [
      ...(AFSLUITREDENEN.includes(redenAfsluiting) ? [] : [{ name: 'redenAfsluiting', code: 'enum', reason: 'Waarde staat niet in de lijst redenen melding afgesloten.' }]),
      ...(TOELICHTINGEN.includes(toelichtingAfsluiting) ? [] : [{ name: 'toelichtingAfsluiting', code: 'enum', reason: 'Waarde staat niet in de lijst toelichtingen afsluiting.' }]),
    ];
    if (onbekend.length > 0) {
      throw new ProblemFout(422, 'Code staat niet in de codelijst.', 'ONGELDIGE_CODE', { invalidParams: onbekend });
    }
  } else if ((redenAfsluiting ?? null) !== null || (toelichtingAfsluiting ?? null) !== null) {
    throw new ProblemFout(422, 'Reden en toelichting van de afsluiting horen alleen bij afgesloten.', 'AFSLUITREDEN_NIET_TOEGESTAAN', {
      invalidParams: [
        ...((redenAfsluiting ?? null) !== null ? [{ name: 'redenAfsluiting', code: 'notAllowed', reason: 'Alleen bij status afgesloten.' }] : []),
        ...((toelichtingAfsluiting ?? null) !== null ? [{ name: 'toelichtingAfsluiting', code: 'notAllowed', reason: 'Alleen bij status afgesloten.' }] : []),
      ],
    });
  }
  if (!OVERGANGEN[melding.status].includes(statusMelding)) {
    throw new ProblemFout(409, 'Deze statusovergang is niet toegestaan.', 'ONGELDIGE_OVERGANG', {
      detail: `Huidige status: ${melding.status}; toegestaan: ${OVERGANGEN[melding.status].join(', ') || 'geen (eindstatus)'}.`,
    });
  }

  const ontvangenOp = klok().toISOString();
  melding.status = statusMelding;
  staat.perTerugkoppelingId.set(terugkoppelingId.toLowerCase(), ontvangenOp);
  staat.terugkoppelingen.push({
    terugkoppelingId,
    meldingsnummer,
    statusMelding,
    acties,
    redenAfsluiting: redenAfsluiting ?? null,
    toelichtingAfsluiting: toelichtingAfsluiting ?? null,
    gemeentelijkeContactpersoon: {
      naam: contact.naam,
      functie: contact.functie ?? null,
      telefoonnummer: contact.telefoonnummer ?? null,
      emailadres: contact.emailadres ?? null,
    },
    ontvangenOp,
  });
  return { ontvangenOp, herhaald: false };
}

// ---------------------------------------------------------------------------------------------
// Test control (same API key; not part of any DUO interface)

/** Appends raw meldingen exactly as given (malformed ones too); see voegMeldingToe. */
function simMeldingenEndpoint(body, { staat, klok }) {
  bodyObject(body);
  const invalidParams = [];
  onbekendeParameters(body, ['meldingen', 'gemeente'], invalidParams);
  const { meldingen, gemeente } = body;
  if (gemeente !== undefined && (typeof gemeente !== 'string' || !GEMEENTE_PATROON.test(gemeente))) {
    invalidParams.push({ name: 'gemeente', code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[0-9]{4}$.' });
  }
  if (!Array.isArray(meldingen)) {
    invalidParams.push({ name: 'meldingen', code: 'array', reason: 'Verwacht { meldingen: [...] }.' });
  } else if (gemeente === undefined) {
    meldingen.forEach((melding, index) => {
      if (routeringVan(melding) === undefined) {
        invalidParams.push({ name: `meldingen[${index}].gemeente`, code: 'routering', reason: 'Zonder gemeente van 4 cijfers kan de melding niet worden gerouteerd; geef dan gemeente mee.' });
      }
    });
  }
  if (invalidParams.length > 0) throw ongeldig(invalidParams);
  return { volgnummers: meldingen.map((melding) => voegMeldingToe(staat, melding, klok, gemeente)) };
}

/** The school withdraws a melding: appends a statuswijziging 'ingetrokken' to the feed. */
function simIntrekkenEndpoint(body, { staat, klok }) {
  bodyObject(body);
  const invalidParams = [];
  onbekendeParameters(body, ['meldingsnummer'], invalidParams);
  verplichteTekst(body.meldingsnummer, 'meldingsnummer', invalidParams, 64);
  if (invalidParams.length > 0) throw ongeldig(invalidParams);
  const melding = staat.meldingen.get(body.meldingsnummer);
  if (melding === undefined) {
    throw new ProblemFout(404, 'Melding is niet bekend.', 'MELDING_ONBEKEND', { detail: 'Er is geen melding met dit meldingsnummer.' });
  }
  if (!INTREKBAAR.includes(melding.status)) {
    throw new ProblemFout(409, 'Deze statusovergang is niet toegestaan.', 'ONGELDIGE_OVERGANG', {
      detail: `Huidige status: ${melding.status}; intrekken kan alleen bij ${INTREKBAAR.join(', ')}.`,
    });
  }
  melding.status = 'ingetrokken';
  const volgnummer = staat.leveringen.length + 1;
  const levering = { volgnummer, soort: 'statuswijziging', gemeente: melding.gemeente, meldingsnummer: body.meldingsnummer, status: 'ingetrokken', tijdstip: klok().toISOString() };
  staat.leveringen.push({ volgnummer, gemeente: melding.gemeente, tekst: JSON.stringify(levering) });
  return { volgnummer };
}

/** What the gemeente sent (accepted ones, in order) and the current status per melding. */
function simTerugkoppelingenEndpoint(body, { staat }) {
  bodyObject(body);
  const invalidParams = [];
  onbekendeParameters(body, ['meldingsnummer'], invalidParams);
  optioneleTekst(body.meldingsnummer, 'meldingsnummer', invalidParams, 64);
  if (invalidParams.length > 0) throw ongeldig(invalidParams);
  const filter = body.meldingsnummer ?? null;
  const terugkoppelingen = staat.terugkoppelingen.filter((t) => filter === null || t.meldingsnummer === filter);
  const statussen = {};
  for (const [meldingsnummer, { status }] of staat.meldingen) {
    if (filter === null || meldingsnummer === filter) statussen[meldingsnummer] = status;
  }
  return { terugkoppelingen, statussen };
}

function simStoringEndpoint(body, { staat }) {
  bodyObject(body);
  const invalidParams = [];
  onbekendeParameters(body, ['actief'], invalidParams);
  if (typeof body.actief !== 'boolean') invalidParams.push({ name: 'actief', code: 'boolean', reason: 'Waarde is geen boolean.' });
  if (invalidParams.length > 0) throw ongeldig(invalidParams);
  staat.storing = body.actief;
  return { actief: staat.storing };
}

/** Back to the start-up meldingen: volgnummers from 1, no terugkoppelingen, no storing. */
function simResetEndpoint(_body, { staat, klok, beginMeldingen }) {
  Object.assign(staat, nieuweStaat());
  laadBeginMeldingen(staat, beginMeldingen, klok);
  return { leveringen: staat.leveringen.length };
}

// ---------------------------------------------------------------------------------------------
// CLI

/** Reads an NDJSON file of raw meldingen as JSON text lines (empty lines skipped). */
export async function leesMeldingenNdjson(pad) {
  const regels = [];
  const lezer = createInterface({ input: createReadStream(pad, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const regel of lezer) {
    const tekst = regel.replace(/^\uFEFF/, '').trim();
    if (tekst.length > 0) regels.push(tekst);
  }
  return regels;
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.DUO_SIM_PORT ?? '5190' },
      'api-key': { type: 'string', default: process.env.DUO_SIM_API_KEY },
      data: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!values['api-key'] || !Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write('gebruik: node tools/duo-simulator/server.mjs --api-key <sleutel> [--port 5190] [--data meldingen.ndjson]\n');
    process.exit(2);
  }
  const meldingen = values.data ? await leesMeldingenNdjson(values.data) : [];
  const simulator = await startDuoSimulator({ port, apiKey: values['api-key'], meldingen });
  process.stdout.write(`DUO-simulator luistert op ${simulator.url} (${meldingen.length} meldingen)\n`);
  const stop = () => simulator.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((fout) => {
    process.stderr.write(`duo-simulator: ${fout instanceof Error ? fout.message : String(fout)}\n`);
    process.exit(1);
  });
}
