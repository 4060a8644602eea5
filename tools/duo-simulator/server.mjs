// DUO simulator: a stand-in for the Register Onderwijsdeelnemers (ROD) as far as verzuimmeldingen
// go — the feed a gemeente fetches its meldingen from and the terugkoppeling it sends back — and
// for DUO's register vrijstellingen en vervangende leerplicht (koppelingen §3), for tests and
// `npm start`. The real M2M connection needs a PKIoverheid certificate and DUO's
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
export const REGISTRATIES_PAD = '/register-vrijstellingen/registraties';
export const BEEINDIGINGEN_PAD = '/register-vrijstellingen/beeindigingen';
export const OVERZICHT_PAD = '/register-vrijstellingen/overzicht';
/** Paths of DUO itself (a storing hits them all); everything under /_sim/ is test control. */
const DUO_PADEN = ['/rod/', '/register-vrijstellingen/'];

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
/**
 * What the gemeente registers in the register vrijstellingen en vervangende leerplicht
 * (koppelingen §3): an exemption after a kennisgeving that meets the requirements (Lpw art 5,
 * art 6 lid 4–5), an exemption under art 15 (lid 3–4), or vervangende leerplicht (art 3a–3c).
 */
export const REGISTRATIE_SOORTEN = Object.freeze(['vrijstelling-art5', 'vrijstelling-art15', 'vervangende-leerplicht']);
/** The grounds of Lpw art 5: onder a (unfit), onder b (richting), onder c (school abroad). */
export const VRIJSTELLING_GRONDEN = Object.freeze(['a', 'b', 'c']);
/** Lpw art 3a (programme with praktijktijd) and 3b (arbeid van lichte aard). */
export const VERVANGENDE_LEERPLICHT_ARTIKELEN = Object.freeze(['3a', '3b']);
/** Geslachtsaanduiding as in the BRP: man, vrouw, onbekend. */
export const GESLACHTEN = Object.freeze(['M', 'V', 'O']);

/** The school may withdraw a melding the gemeente has not finished with. */
const INTREKBAAR = Object.freeze(['geregistreerd', 'in-behandeling']);

const MAX_PAGINA = 1000;
const STANDAARD_PAGINA = 500;
const MAX_GEMEENTEN = 100;
const MAX_ACTIES = 50;
const MAX_TEKST = 2000;
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const MAX_STORING_AANTAL = 1000;
const GEMEENTE_PATROON = /^[0-9]{4}$/;
const POSTCODE_PATROON = /^[1-9][0-9]{3}[A-Z]{2}$/;
const DATUM_PATROON = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
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
    /** Register vrijstellingen: registratieId (lower case) → the registration as the register holds it. */
    registraties: new Map(),
    /** Accepted registraties and beëindigingen in arrival order (normalised body plus ontvangenOp). */
    registerVerzoeken: [],
    storing: false,
    /** The next this many calls to a DUO endpoint answer 503 (a short outage). */
    storingAantal: 0,
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
    [REGISTRATIES_PAD]: registratieEndpoint,
    [BEEINDIGINGEN_PAD]: beeindigingEndpoint,
    [OVERZICHT_PAD]: overzichtEndpoint,
    '/_sim/meldingen': simMeldingenEndpoint,
    '/_sim/intrekken': simIntrekkenEndpoint,
    '/_sim/terugkoppelingen': simTerugkoppelingenEndpoint,
    '/_sim/registraties': simRegistratiesEndpoint,
    '/_sim/storing': simStoringEndpoint,
    '/_sim/reset': simResetEndpoint,
  };
  const route = Object.hasOwn(routes, pad) ? routes[pad] : undefined;
  try {
    if (!route) throw new ProblemFout(404, 'Opgevraagde resource bestaat niet.', 'NIET_GEVONDEN');
    if (request.method !== 'POST') throw new ProblemFout(405, 'Gebruikte methode is niet toegestaan.', 'METHODE_NIET_TOEGESTAAN');
    // A register that is down answers nothing else, not even an authentication failure.
    if (DUO_PADEN.some((prefix) => pad.startsWith(prefix)) && (context.staat.storing || context.staat.storingAantal > 0)) {
      if (context.staat.storingAantal > 0) context.staat.storingAantal -= 1;
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
// Register vrijstellingen en vervangende leerplicht (koppelingen §3). The field list is the law's
// (Lpw art 3a–3c, art 6 lid 4–5, art 15 lid 3–4); names, nesting, codes and paths are ours.

const REGISTRATIE_VELDEN = ['registratieId', 'gemeente', 'soort', 'grond', 'artikel', 'persoonsgebondenNummer', 'postcode', 'begindatum', 'einddatum', 'eerderBeroep', 'eerderVerleend', 'persoonsgegevens'];
const DAG_MS = 86_400_000;

function isDatum(waarde) {
  if (typeof waarde !== 'string' || !DATUM_PATROON.test(waarde)) return false;
  const tijd = Date.parse(`${waarde}T00:00:00Z`);
  return !Number.isNaN(tijd) && new Date(tijd).toISOString().slice(0, 10) === waarde;
}

function dagErvoor(datum) {
  return new Date(Date.parse(`${datum}T00:00:00Z`) - DAG_MS).toISOString().slice(0, 10);
}

/**
 * Persoonsgebonden nummer: a BSN (elfproef: 9·d1 + … + 2·d8 − d9 ≡ 0 mod 11) or an
 * onderwijsnummer (the same sum ≡ 5 mod 11, DUO).
 */
function isPersoonsgebondenNummer(waarde) {
  if (typeof waarde !== 'string' || !/^[0-9]{9}$/.test(waarde) || waarde === '000000000') return false;
  let som = 0;
  for (let i = 0; i < 8; i += 1) som += Number(waarde[i]) * (9 - i);
  const rest = (((som - Number(waarde[8])) % 11) + 11) % 11;
  return rest === 0 || rest === 5;
}

function verplichteDatum(waarde, naam, invalidParams) {
  if (waarde === undefined || waarde === null) invalidParams.push({ name: naam, code: 'required', reason: 'Parameter is verplicht.' });
  else if (!isDatum(waarde)) invalidParams.push({ name: naam, code: 'date', reason: 'Waarde is geen bestaande datum JJJJ-MM-DD.' });
}

function verplichtPatroon(waarde, naam, patroon, invalidParams) {
  if (waarde === undefined || waarde === null) invalidParams.push({ name: naam, code: 'required', reason: 'Parameter is verplicht.' });
  else if (typeof waarde !== 'string' || !patroon.test(waarde)) invalidParams.push({ name: naam, code: 'pattern', reason: `Waarde voldoet niet aan patroon ${patroon.source}.` });
}

function verplichteUuid(waarde, naam, invalidParams) {
  if (waarde === undefined || waarde === null) invalidParams.push({ name: naam, code: 'required', reason: 'Parameter is verplicht.' });
  else if (typeof waarde !== 'string' || !UUID_PATROON.test(waarde)) invalidParams.push({ name: naam, code: 'uuid', reason: 'Waarde is geen uuid.' });
}

function subobject(waarde, naam, velden, invalidParams) {
  if (waarde === undefined || waarde === null) {
    invalidParams.push({ name: naam, code: 'required', reason: 'Parameter is verplicht.' });
    return null;
  }
  if (!isObject(waarde)) {
    invalidParams.push({ name: naam, code: 'object', reason: 'Parameter is geen object.' });
    return null;
  }
  for (const veld of Object.keys(waarde)) {
    if (!velden.includes(veld)) invalidParams.push({ name: `${naam}.${veld}`, code: 'unknownParam', reason: 'Parameter is niet verwacht.' });
  }
  return waarde;
}

/** Name, address, sex and birth date of a youth without Dutch education history (Lpw art 3a–3c). */
function controleerPersoonsgegevens(blok, invalidParams) {
  const p = subobject(blok, 'persoonsgegevens', ['naam', 'adres', 'geslacht', 'geboortedatum'], invalidParams);
  if (p === null) return;
  const naam = subobject(p.naam, 'persoonsgegevens.naam', ['voornamen', 'voorvoegsel', 'geslachtsnaam'], invalidParams);
  if (naam !== null) {
    optioneleTekst(naam.voornamen, 'persoonsgegevens.naam.voornamen', invalidParams, 200);
    optioneleTekst(naam.voorvoegsel, 'persoonsgegevens.naam.voorvoegsel', invalidParams, 20);
    verplichteTekst(naam.geslachtsnaam, 'persoonsgegevens.naam.geslachtsnaam', invalidParams, 200);
  }
  const adres = subobject(p.adres, 'persoonsgegevens.adres', ['straatnaam', 'huisnummer', 'huisletter', 'huisnummertoevoeging', 'postcode', 'woonplaats'], invalidParams);
  if (adres !== null) {
    verplichteTekst(adres.straatnaam, 'persoonsgegevens.adres.straatnaam', invalidParams, 200);
    if (adres.huisnummer === undefined || adres.huisnummer === null) {
      invalidParams.push({ name: 'persoonsgegevens.adres.huisnummer', code: 'required', reason: 'Parameter is verplicht.' });
    } else if (!Number.isInteger(adres.huisnummer) || adres.huisnummer < 1 || adres.huisnummer > 99999) {
      invalidParams.push({ name: 'persoonsgegevens.adres.huisnummer', code: 'integer', reason: 'Waarde is geen geheel getal van 1 tot en met 99999.' });
    }
    if (adres.huisletter !== undefined && adres.huisletter !== null && (typeof adres.huisletter !== 'string' || !/^[A-Za-z]$/.test(adres.huisletter))) {
      invalidParams.push({ name: 'persoonsgegevens.adres.huisletter', code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[A-Za-z]$.' });
    }
    optioneleTekst(adres.huisnummertoevoeging, 'persoonsgegevens.adres.huisnummertoevoeging', invalidParams, 4);
    verplichtPatroon(adres.postcode, 'persoonsgegevens.adres.postcode', POSTCODE_PATROON, invalidParams);
    verplichteTekst(adres.woonplaats, 'persoonsgegevens.adres.woonplaats', invalidParams, 200);
  }
  if (p.geslacht === undefined || p.geslacht === null) invalidParams.push({ name: 'persoonsgegevens.geslacht', code: 'required', reason: 'Parameter is verplicht.' });
  else if (typeof p.geslacht !== 'string') invalidParams.push({ name: 'persoonsgegevens.geslacht', code: 'string', reason: 'Waarde is geen tekst.' });
  verplichteDatum(p.geboortedatum, 'persoonsgegevens.geboortedatum', invalidParams);
}

/** The registration as the register keeps and compares it: every field present, in one order. */
function normaliseerRegistratie(body) {
  const p = body.persoonsgegevens ?? null;
  return {
    registratieId: body.registratieId.toLowerCase(),
    gemeente: body.gemeente,
    soort: body.soort,
    grond: body.grond ?? null,
    artikel: body.artikel ?? null,
    persoonsgebondenNummer: body.persoonsgebondenNummer,
    postcode: body.postcode,
    begindatum: body.begindatum,
    einddatum: body.einddatum ?? null,
    eerderBeroep: body.eerderBeroep ?? null,
    eerderVerleend: body.eerderVerleend ?? null,
    persoonsgegevens:
      p === null
        ? null
        : {
            naam: { voornamen: p.naam.voornamen ?? null, voorvoegsel: p.naam.voorvoegsel ?? null, geslachtsnaam: p.naam.geslachtsnaam },
            adres: {
              straatnaam: p.adres.straatnaam,
              huisnummer: p.adres.huisnummer,
              huisletter: p.adres.huisletter ?? null,
              huisnummertoevoeging: p.adres.huisnummertoevoeging ?? null,
              postcode: p.adres.postcode,
              woonplaats: p.adres.woonplaats,
            },
            geslacht: p.geslacht,
            geboortedatum: p.geboortedatum,
          },
  };
}

/** The fields that belong to each soort (Lpw art 3a–3c, 6 lid 4–5, 15 lid 3–4); 422 SOORT_VELDEN otherwise. */
function controleerSoortVelden(r) {
  const vrijstelling = r.soort !== 'vervangende-leerplicht';
  const eisen = [
    // Lpw art 5 has three grounds; the register needs to know which one was relied on.
    ['grond', r.soort === 'vrijstelling-art5'],
    ['artikel', r.soort === 'vervangende-leerplicht'],
    // "eerder beroep" (art 6 lid 4–5, 15 lid 3–4) for exemptions; "eerder verleend" for vervangende leerplicht.
    ['eerderBeroep', vrijstelling],
    ['eerderVerleend', !vrijstelling],
  ];
  const invalidParams = [];
  for (const [veld, hoort] of eisen) {
    if (hoort && r[veld] === null) invalidParams.push({ name: veld, code: 'required', reason: 'Verplicht bij deze soort registratie.' });
    if (!hoort && r[veld] !== null) invalidParams.push({ name: veld, code: 'notAllowed', reason: 'Hoort niet bij deze soort registratie.' });
  }
  // A decision on vervangende leerplicht always has an end date (Lpw art 3a–3c); an exemption may be open-ended.
  if (!vrijstelling && r.einddatum === null) invalidParams.push({ name: 'einddatum', code: 'required', reason: 'Verplicht bij vervangende leerplicht.' });
  // Name, address, sex and birth date only for vervangende leerplicht without Dutch education history.
  if (vrijstelling && r.persoonsgegevens !== null) invalidParams.push({ name: 'persoonsgegevens', code: 'notAllowed', reason: 'Alleen bij vervangende leerplicht.' });
  if (invalidParams.length > 0) {
    throw new ProblemFout(422, 'Velden passen niet bij de soort registratie.', 'SOORT_VELDEN', { invalidParams });
  }
}

function registratieAntwoord(registratie, herhaald) {
  return { registratieId: registratie.gegevens.registratieId, registratienummer: registratie.registratienummer, ontvangenOp: registratie.ontvangenOp, herhaald };
}

function registratieWeergave(registratie) {
  const { gegevens, registratienummer, ontvangenOp, beeindiging } = registratie;
  return { ...gegevens, registratienummer, ontvangenOp, beeindiging };
}

/** POST /register-vrijstellingen/registraties: registers one decision; idempotent on registratieId. */
function registratieEndpoint(body, { staat, klok }) {
  bodyObject(body);
  const invalidParams = [];
  onbekendeParameters(body, REGISTRATIE_VELDEN, invalidParams);
  verplichteUuid(body.registratieId, 'registratieId', invalidParams);
  verplichtPatroon(body.gemeente, 'gemeente', GEMEENTE_PATROON, invalidParams);
  verplichteTekst(body.soort, 'soort', invalidParams, 64);
  optioneleTekst(body.grond, 'grond', invalidParams, 8);
  optioneleTekst(body.artikel, 'artikel', invalidParams, 8);
  if (body.persoonsgebondenNummer === undefined || body.persoonsgebondenNummer === null) {
    invalidParams.push({ name: 'persoonsgebondenNummer', code: 'required', reason: 'Parameter is verplicht.' });
  } else if (!isPersoonsgebondenNummer(body.persoonsgebondenNummer)) {
    invalidParams.push({ name: 'persoonsgebondenNummer', code: 'elfproef', reason: 'Waarde is geen BSN of onderwijsnummer (9 cijfers, elfproef).' });
  }
  verplichtPatroon(body.postcode, 'postcode', POSTCODE_PATROON, invalidParams);
  verplichteDatum(body.begindatum, 'begindatum', invalidParams);
  if (body.einddatum !== undefined && body.einddatum !== null && !isDatum(body.einddatum)) {
    invalidParams.push({ name: 'einddatum', code: 'date', reason: 'Waarde is geen bestaande datum JJJJ-MM-DD.' });
  }
  for (const veld of ['eerderBeroep', 'eerderVerleend']) {
    if (body[veld] !== undefined && body[veld] !== null && typeof body[veld] !== 'boolean') invalidParams.push({ name: veld, code: 'boolean', reason: 'Waarde is geen boolean.' });
  }
  if (body.persoonsgegevens !== undefined && body.persoonsgegevens !== null) controleerPersoonsgegevens(body.persoonsgegevens, invalidParams);
  if (invalidParams.length > 0) throw ongeldig(invalidParams);

  const gegevens = normaliseerRegistratie(body);
  // Idempotent on registratieId: the same content again is answered as the first time; other
  // content under an id already used is a conflict, never a silent overwrite.
  const eerder = staat.registraties.get(gegevens.registratieId);
  if (eerder !== undefined) {
    if (JSON.stringify(eerder.gegevens) === JSON.stringify(gegevens)) return registratieAntwoord(eerder, true);
    throw new ProblemFout(409, 'Dit registratieId is al gebruikt voor een andere registratie.', 'REGISTRATIE_ID_HERGEBRUIKT', {
      detail: 'Een wijziging is een beëindiging of een nieuwe registratie met een nieuw registratieId.',
    });
  }

  const codes = [
    ...(REGISTRATIE_SOORTEN.includes(gegevens.soort) ? [] : [{ name: 'soort', code: 'enum', reason: `Waarde is niet een van: ${REGISTRATIE_SOORTEN.join(', ')}.` }]),
    ...(gegevens.grond === null || VRIJSTELLING_GRONDEN.includes(gegevens.grond) ? [] : [{ name: 'grond', code: 'enum', reason: `Waarde is niet een van: ${VRIJSTELLING_GRONDEN.join(', ')}.` }]),
    ...(gegevens.artikel === null || VERVANGENDE_LEERPLICHT_ARTIKELEN.includes(gegevens.artikel) ? [] : [{ name: 'artikel', code: 'enum', reason: `Waarde is niet een van: ${VERVANGENDE_LEERPLICHT_ARTIKELEN.join(', ')}.` }]),
    ...(gegevens.persoonsgegevens === null || GESLACHTEN.includes(gegevens.persoonsgegevens.geslacht)
      ? []
      : [{ name: 'persoonsgegevens.geslacht', code: 'enum', reason: `Waarde is niet een van: ${GESLACHTEN.join(', ')}.` }]),
  ];
  if (codes.length > 0) throw new ProblemFout(422, 'Code staat niet in de codelijst.', 'ONGELDIGE_CODE', { invalidParams: codes });
  controleerSoortVelden(gegevens);
  if (gegevens.einddatum !== null && gegevens.einddatum < gegevens.begindatum) {
    throw new ProblemFout(422, 'De einddatum ligt vóór de begindatum.', 'ONGELDIGE_PERIODE', {
      invalidParams: [{ name: 'einddatum', code: 'period', reason: 'Einddatum ligt vóór de begindatum.' }],
    });
  }

  const registratie = {
    gegevens,
    registratienummer: `RV-${String(staat.registraties.size + 1).padStart(7, '0')}`,
    ontvangenOp: klok().toISOString(),
    beeindiging: null,
  };
  staat.registraties.set(gegevens.registratieId, registratie);
  staat.registerVerzoeken.push({ handeling: 'registratie', ...gegevens, ontvangenOp: registratie.ontvangenOp });
  return registratieAntwoord(registratie, false);
}

/**
 * POST /register-vrijstellingen/beeindigingen: the last day of a registered exemption or
 * vervangende leerplicht that ends early (or is revoked: the day before its begindatum).
 */
function beeindigingEndpoint(body, { staat, klok }) {
  bodyObject(body);
  const invalidParams = [];
  onbekendeParameters(body, ['registratieId', 'gemeente', 'einddatum'], invalidParams);
  verplichteUuid(body.registratieId, 'registratieId', invalidParams);
  verplichtPatroon(body.gemeente, 'gemeente', GEMEENTE_PATROON, invalidParams);
  verplichteDatum(body.einddatum, 'einddatum', invalidParams);
  if (invalidParams.length > 0) throw ongeldig(invalidParams);

  const registratie = staat.registraties.get(body.registratieId.toLowerCase());
  // Another gemeente's registration is as unknown as a missing one.
  if (registratie === undefined || registratie.gegevens.gemeente !== body.gemeente) {
    throw new ProblemFout(404, 'Registratie is niet bekend.', 'REGISTRATIE_ONBEKEND', { detail: 'Er is geen registratie met dit registratieId voor deze gemeente.' });
  }
  const antwoord = (herhaald) => ({ registratieId: registratie.gegevens.registratieId, einddatum: registratie.beeindiging.einddatum, ontvangenOp: registratie.beeindiging.ontvangenOp, herhaald });
  if (registratie.beeindiging !== null) {
    if (registratie.beeindiging.einddatum === body.einddatum) return antwoord(true);
    throw new ProblemFout(409, 'De registratie is al beëindigd.', 'AL_BEEINDIGD', { detail: 'Een registratie wordt één keer beëindigd.' });
  }
  const { begindatum, einddatum } = registratie.gegevens;
  // Ending early shortens the period; revocation ab initio ends it the day before it began.
  // Extending it needs a new decision, hence a new registration.
  if (body.einddatum < dagErvoor(begindatum) || (einddatum !== null && body.einddatum > einddatum)) {
    throw new ProblemFout(422, 'De einddatum ligt buiten de geregistreerde periode.', 'ONGELDIGE_PERIODE', {
      detail: 'Toegestaan: van de dag vóór de begindatum tot en met de geregistreerde einddatum.',
      invalidParams: [{ name: 'einddatum', code: 'period', reason: 'Einddatum ligt buiten de geregistreerde periode.' }],
    });
  }
  registratie.beeindiging = { einddatum: body.einddatum, ontvangenOp: klok().toISOString() };
  staat.registerVerzoeken.push({ handeling: 'beeindiging', registratieId: registratie.gegevens.registratieId, gemeente: body.gemeente, einddatum: body.einddatum, ontvangenOp: registratie.beeindiging.ontvangenOp });
  return antwoord(false);
}

/** POST /register-vrijstellingen/overzicht: the gemeente's registrations as the register holds them. */
function overzichtEndpoint(body, { staat }) {
  bodyObject(body);
  const invalidParams = [];
  onbekendeParameters(body, ['gemeente'], invalidParams);
  verplichtPatroon(body.gemeente, 'gemeente', GEMEENTE_PATROON, invalidParams);
  if (invalidParams.length > 0) throw ongeldig(invalidParams);
  return { registraties: [...staat.registraties.values()].filter((r) => r.gegevens.gemeente === body.gemeente).map(registratieWeergave) };
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

/** What the register received (accepted registraties and beëindigingen, in order) and holds. */
function simRegistratiesEndpoint(body, { staat }) {
  bodyObject(body);
  const invalidParams = [];
  onbekendeParameters(body, ['gemeente'], invalidParams);
  if (body.gemeente !== undefined && (typeof body.gemeente !== 'string' || !GEMEENTE_PATROON.test(body.gemeente))) {
    invalidParams.push({ name: 'gemeente', code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[0-9]{4}$.' });
  }
  if (invalidParams.length > 0) throw ongeldig(invalidParams);
  const filter = body.gemeente ?? null;
  return {
    verzoeken: staat.registerVerzoeken.filter((v) => filter === null || v.gemeente === filter),
    registraties: [...staat.registraties.values()].filter((r) => filter === null || r.gegevens.gemeente === filter).map(registratieWeergave),
  };
}

/**
 * `{ actief }`: every DUO endpoint answers 503 until it is switched off again; `{ aantal }`: only
 * the next `aantal` calls to a DUO endpoint do (a short outage a retry must get through).
 */
function simStoringEndpoint(body, { staat }) {
  bodyObject(body);
  const invalidParams = [];
  onbekendeParameters(body, ['actief', 'aantal'], invalidParams);
  if (body.actief === undefined && body.aantal === undefined) {
    invalidParams.push({ name: 'actief', code: 'required', reason: 'Geef actief of aantal.' });
  }
  if (body.actief !== undefined && body.aantal !== undefined) {
    invalidParams.push({ name: 'aantal', code: 'notAllowed', reason: 'Geef actief of aantal, niet beide.' });
  }
  if (body.actief !== undefined && typeof body.actief !== 'boolean') invalidParams.push({ name: 'actief', code: 'boolean', reason: 'Waarde is geen boolean.' });
  if (body.aantal !== undefined && (!Number.isInteger(body.aantal) || body.aantal < 0 || body.aantal > MAX_STORING_AANTAL)) {
    invalidParams.push({ name: 'aantal', code: 'integer', reason: `Waarde is geen geheel getal van 0 tot en met ${MAX_STORING_AANTAL}.` });
  }
  if (invalidParams.length > 0) throw ongeldig(invalidParams);
  if (body.actief !== undefined) {
    staat.storing = body.actief;
    if (!body.actief) staat.storingAantal = 0;
  } else {
    staat.storingAantal = body.aantal;
  }
  return { actief: staat.storing, aantal: staat.storingAantal };
}

/** Back to the start-up meldingen: volgnummers from 1, no terugkoppelingen, no registraties, no storing. */
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
