// BRP simulator: the Haal Centraal BRP Personen Bevragen API (RaadpleegMetBurgerservicenummer)
// plus a documented stand-in mutation feed, for tests and `npm start`. The real BRP is only
// reachable over Diginetwerk with PKIo certificates, never from a developer machine or CI.
// Dependency-free on purpose: it must start wherever Node starts. See README.md for what is
// faithful to Haal Centraal and what is not.
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const PERSONEN_PAD = '/haalcentraal/api/brp/personen';
export const WIJZIGINGEN_PAD = '/haalcentraal/api/brpupdate/wijzigingen';
export const RNI_GEMEENTE = '1999';

/** Top-level field names `fields` may start with (Haal Centraal Persoon, the part we simulate). */
export const PERSOON_VELDEN = Object.freeze([
  'aNummer',
  'adressering',
  'burgerservicenummer',
  'datumInschrijvingInGemeente',
  'geboorte',
  'gemeenteVanInschrijving',
  'geslacht',
  'gezag',
  'kinderen',
  'leeftijd',
  'naam',
  'nationaliteiten',
  'ouders',
  'overlijden',
  'partners',
  'verblijfplaats',
]);

const SOORTEN = Object.freeze(['inschrijving', 'verhuizing-binnen', 'verhuizing-naar', 'vertrek', 'overlijden', 'emigratie', 'wijziging']);
const MAX_BSNS = 20;
const MAX_FIELDS = 130;
const MAX_PAGINA = 1000;
const STANDAARD_PAGINA = 500;
const MAX_BODY_BYTES = 256 * 1024 * 1024;
const BSN_PATROON = /^[0-9]{9}$/;
const GEMEENTE_PATROON = /^[0-9]{4}$/;
const DATUM_PATROON = /^\d{4}-\d{2}-\d{2}$/;
const BAD_REQUEST_TYPE = 'https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.1';

class ProblemFout extends Error {
  constructor(status, title, code, invalidParams = []) {
    super(title);
    this.status = status;
    this.code = code;
    this.invalidParams = invalidParams;
  }
}

function ongeldig(invalidParams) {
  return new ProblemFout(400, 'Een of meerdere parameters zijn niet correct.', 'paramsValidation', invalidParams);
}

function isObject(waarde) {
  return typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde);
}

/**
 * Starts the simulator. `personen` are Haal Centraal Persoon objects (or their JSON text, as read
 * from an NDJSON file). `klok` is injectable so tests can stand on any day.
 * @param {{ port?: number, host?: string, apiKey: string, personen?: Array<object|string>, klok?: () => Date }} opties
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void> }>}
 */
export async function startBrpSimulator({ port = 0, host = '127.0.0.1', apiKey, personen = [], klok = () => new Date() } = {}) {
  if (typeof apiKey !== 'string' || apiKey.length === 0) {
    throw new Error('startBrpSimulator: apiKey is verplicht');
  }
  const staat = nieuweStaat(personen);

  const server = createServer((request, response) => {
    behandel(request, response, { apiKey, staat, klok, beginPersonen: personen }).catch((fout) => {
      if (!response.headersSent) {
        stuurProblem(response, request.url ?? '', new ProblemFout(500, 'Interne fout in de BRP-simulator.', 'serverError'));
      }
      process.stderr.write(`brp-simulator: ${fout instanceof Error ? fout.message : String(fout)}\n`);
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

/**
 * Persons are kept as JSON text keyed by BSN: 150k persons as objects cost several hundred MB,
 * as text a third of that, and a request only ever parses the (at most 20) it returns.
 */
function nieuweStaat(personen) {
  const staat = { personen: new Map(), mutaties: [], volgnummer: 0 };
  laadPersonen(staat, personen);
  return staat;
}

function laadPersonen(staat, personen) {
  personen.forEach((persoon, index) => {
    const object = typeof persoon === 'string' ? JSON.parse(persoon) : persoon;
    if (!isObject(object) || typeof object.burgerservicenummer !== 'string' || !BSN_PATROON.test(object.burgerservicenummer)) {
      throw new Error(`persoon ${index + 1}: burgerservicenummer ontbreekt of heeft geen 9 cijfers`);
    }
    staat.personen.set(object.burgerservicenummer, typeof persoon === 'string' ? persoon : JSON.stringify(persoon));
  });
}

async function behandel(request, response, context) {
  const pad = (request.url ?? '').split('?')[0];
  const routes = {
    [PERSONEN_PAD]: personenEndpoint,
    [WIJZIGINGEN_PAD]: wijzigingenEndpoint,
    '/_sim/personen': simPersonenEndpoint,
    '/_sim/mutaties': simMutatiesEndpoint,
    '/_sim/reset': simResetEndpoint,
  };
  const route = routes[pad];
  try {
    if (!route) throw new ProblemFout(404, 'Opgevraagde resource bestaat niet.', 'notFound');
    if (request.method !== 'POST') throw new ProblemFout(405, 'Gebruikte methode is niet toegestaan.', 'methodNotAllowed');
    if (request.headers['x-api-key'] !== context.apiKey) {
      throw new ProblemFout(401, 'Niet correct geauthenticeerd.', 'authentication');
    }
    const contentType = request.headers['content-type'] ?? '';
    if (!/^application\/json\b/i.test(contentType)) {
      throw new ProblemFout(415, 'Media Type wordt niet ondersteund.', 'unsupportedMediaType');
    }
    const body = await leesJsonBody(request);
    const resultaat = route(body, context);
    stuurJson(response, 200, resultaat);
  } catch (fout) {
    if (fout instanceof ProblemFout) {
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
    if (lengte > MAX_BODY_BYTES) throw new ProblemFout(413, 'Request body is te groot.', 'payloadTooLarge');
    delen.push(deel);
  }
  try {
    return JSON.parse(Buffer.concat(delen).toString('utf8'));
  } catch {
    throw new ProblemFout(400, 'Request body is geen geldige JSON.', 'paramsValidation');
  }
}

function stuurJson(response, status, body) {
  const tekst = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(tekst) });
  response.end(tekst);
}

/** RFC 7807 problem+json as Haal Centraal sends it. Never echoes a parameter value. */
function stuurProblem(response, instance, fout) {
  const body = {
    type: fout.status === 400 ? BAD_REQUEST_TYPE : `https://datatracker.ietf.org/doc/html/rfc7231#section-6.5`,
    title: fout.message,
    status: fout.status,
    instance,
    code: fout.code,
  };
  if (fout.invalidParams.length > 0) {
    body.detail = `De foutieve parameter(s) zijn: ${[...new Set(fout.invalidParams.map((p) => p.name.replace(/\[\d+\]$/, '')))].join(', ')}.`;
    body.invalidParams = fout.invalidParams;
  }
  if (fout.status === 401) body.type = 'https://datatracker.ietf.org/doc/html/rfc7235#section-3.1';
  const tekst = JSON.stringify(body);
  response.writeHead(fout.status, { 'content-type': 'application/problem+json; charset=utf-8', 'content-length': Buffer.byteLength(tekst) });
  response.end(tekst);
}

// ---------------------------------------------------------------------------------------------
// POST /haalcentraal/api/brp/personen

function personenEndpoint(body, context) {
  if (!isObject(body)) throw ongeldig([{ name: 'body', code: 'object', reason: 'Request body is geen object.' }]);
  if (body.type === undefined) {
    throw ongeldig([{ name: 'type', code: 'required', reason: 'Parameter is verplicht.' }]);
  }
  if (body.type !== 'RaadpleegMetBurgerservicenummer') {
    // The Zoek* operations of the real API are not simulated.
    throw ongeldig([{ name: 'type', code: 'value', reason: 'Waarde is geen geldig zoek type.' }]);
  }
  const invalidParams = [];
  const bekend = new Set(['type', 'burgerservicenummer', 'fields', 'gemeenteVanInschrijving', 'inclusiefOverledenPersonen']);
  for (const naam of Object.keys(body)) {
    if (!bekend.has(naam)) invalidParams.push({ name: naam, code: 'unknownParam', reason: 'Parameter is niet verwacht.' });
  }
  const { burgerservicenummer: bsns, fields, gemeenteVanInschrijving, inclusiefOverledenPersonen } = body;
  if (bsns === undefined) {
    invalidParams.push({ name: 'burgerservicenummer', code: 'required', reason: 'Parameter is verplicht.' });
  } else if (!Array.isArray(bsns)) {
    invalidParams.push({ name: 'burgerservicenummer', code: 'array', reason: 'Parameter is geen array.' });
  } else if (bsns.length === 0) {
    invalidParams.push({ name: 'burgerservicenummer', code: 'minItems', reason: 'Array bevat minder dan 1 items.' });
  } else if (bsns.length > MAX_BSNS) {
    invalidParams.push({ name: 'burgerservicenummer', code: 'maxItems', reason: `Array bevat meer dan ${MAX_BSNS} items.` });
  } else {
    bsns.forEach((bsn, index) => {
      if (typeof bsn !== 'string' || !BSN_PATROON.test(bsn)) {
        invalidParams.push({ name: `burgerservicenummer[${index}]`, code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[0-9]{9}$.' });
      }
    });
  }
  if (fields === undefined) {
    invalidParams.push({ name: 'fields', code: 'required', reason: 'Parameter is verplicht.' });
  } else if (!Array.isArray(fields)) {
    invalidParams.push({ name: 'fields', code: 'array', reason: 'Parameter is geen array.' });
  } else if (fields.length === 0) {
    invalidParams.push({ name: 'fields', code: 'minItems', reason: 'Array bevat minder dan 1 items.' });
  } else if (fields.length > MAX_FIELDS) {
    invalidParams.push({ name: 'fields', code: 'maxItems', reason: `Array bevat meer dan ${MAX_FIELDS} items.` });
  } else {
    fields.forEach((veld, index) => {
      if (typeof veld !== 'string' || !/^[a-zA-Z]+(\.[a-zA-Z]+)*$/.test(veld) || !PERSOON_VELDEN.includes(veld.split('.')[0])) {
        invalidParams.push({ name: `fields[${index}]`, code: 'field', reason: 'Parameter bevat een niet bestaande veldpad.' });
      }
    });
  }
  if (gemeenteVanInschrijving !== undefined && (typeof gemeenteVanInschrijving !== 'string' || !GEMEENTE_PATROON.test(gemeenteVanInschrijving))) {
    invalidParams.push({ name: 'gemeenteVanInschrijving', code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[0-9]{4}$.' });
  }
  if (inclusiefOverledenPersonen !== undefined && typeof inclusiefOverledenPersonen !== 'boolean') {
    invalidParams.push({ name: 'inclusiefOverledenPersonen', code: 'boolean', reason: 'Waarde is geen geldige boolean.' });
  }
  if (invalidParams.length > 0) throw ongeldig(invalidParams);
  return raadpleeg({ bsns, fields, gemeenteVanInschrijving, inclusiefOverledenPersonen: inclusiefOverledenPersonen === true }, context);
}

function raadpleeg(verzoek, { staat, klok }) {
  const personen = [];
  for (const bsn of new Set(verzoek.bsns)) {
    const tekst = staat.personen.get(bsn);
    if (tekst === undefined) continue;
    const persoon = JSON.parse(tekst);
    const overleden = persoon.overlijden !== undefined;
    if (overleden && !verzoek.inclusiefOverledenPersonen) continue;
    if (verzoek.gemeenteVanInschrijving !== undefined && gemeenteVan(persoon) !== verzoek.gemeenteVanInschrijving) continue;
    const verrijkt = { ...persoon, leeftijd: leeftijd(persoon, klok()), adressering: persoon.adressering ?? adressering(persoon) };
    const geprojecteerd = projecteer(verrijkt, verzoek.fields);
    // Delivered without being asked for, as the real API does for a deceased person.
    if (overleden) geprojecteerd.indicatieOverleden = true;
    personen.push(geprojecteerd);
  }
  return { type: 'RaadpleegMetBurgerservicenummer', personen };
}

function gemeenteVan(persoon) {
  return persoon.gemeenteVanInschrijving?.code ?? RNI_GEMEENTE;
}

function leeftijd(persoon, nu) {
  const datum = persoon.geboorte?.datum;
  if (datum?.type !== 'Datum' || !DATUM_PATROON.test(datum.datum ?? '')) return undefined;
  const [jaar, maand, dag] = datum.datum.split('-').map(Number);
  const vandaag = [nu.getUTCFullYear(), nu.getUTCMonth() + 1, nu.getUTCDate()];
  let jaren = vandaag[0] - jaar;
  if (vandaag[1] < maand || (vandaag[1] === maand && vandaag[2] < dag)) jaren -= 1;
  return jaren;
}

/** A minimal stand-in for the adressering product: two address lines for a Dutch address. */
function adressering(persoon) {
  const adres = persoon.verblijfplaats?.type === 'Adres' ? persoon.verblijfplaats.verblijfadres : undefined;
  if (!adres) return undefined;
  const toevoeging = [adres.huisletter, adres.huisnummertoevoeging ? `-${adres.huisnummertoevoeging}` : ''].filter(Boolean).join('');
  return {
    adresregel1: `${adres.korteStraatnaam ?? adres.officieleStraatnaam} ${adres.huisnummer}${toevoeging}`,
    adresregel2: `${adres.postcode ?? ''}  ${(adres.woonplaats ?? '').toUpperCase()}`.trim(),
  };
}

/**
 * Keeps only the requested field paths. `naam` copies the whole group, `naam.voornamen` one
 * property; paths run through arrays (`ouders.burgerservicenummer`). Empty groups are left out,
 * as the real API does not serialise empty objects.
 */
export function projecteer(persoon, fields) {
  const paden = [...new Set(fields)].filter((pad) => !fields.some((ander) => pad !== ander && pad.startsWith(`${ander}.`)));
  const resultaat = {};
  for (const pad of paden) kopieer(persoon, resultaat, pad.split('.'));
  return snoei(resultaat) ?? {};
}

function kopieer(bron, doel, [kop, ...rest]) {
  const waarde = bron[kop];
  if (waarde === undefined || waarde === null) return;
  if (rest.length === 0) {
    doel[kop] = structuredClone(waarde);
  } else if (Array.isArray(waarde)) {
    doel[kop] ??= waarde.map(() => ({}));
    waarde.forEach((item, index) => {
      if (isObject(item)) kopieer(item, doel[kop][index], rest);
    });
  } else if (isObject(waarde)) {
    doel[kop] ??= {};
    kopieer(waarde, doel[kop], rest);
  }
}

function snoei(waarde) {
  if (Array.isArray(waarde)) {
    const items = waarde.map(snoei).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (isObject(waarde)) {
    const entries = Object.entries(waarde)
      .map(([sleutel, item]) => [sleutel, snoei(item)])
      .filter(([, item]) => item !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return waarde;
}

// ---------------------------------------------------------------------------------------------
// POST /haalcentraal/api/brpupdate/wijzigingen (stand-in, see README.md)

function wijzigingenEndpoint(body, { staat }) {
  if (!isObject(body)) throw ongeldig([{ name: 'body', code: 'object', reason: 'Request body is geen object.' }]);
  const invalidParams = [];
  for (const naam of Object.keys(body)) {
    if (!['gemeenten', 'vanaf', 'aantal'].includes(naam)) invalidParams.push({ name: naam, code: 'unknownParam', reason: 'Parameter is niet verwacht.' });
  }
  const { gemeenten, vanaf, aantal = STANDAARD_PAGINA } = body;
  if (gemeenten === undefined) {
    invalidParams.push({ name: 'gemeenten', code: 'required', reason: 'Parameter is verplicht.' });
  } else if (!Array.isArray(gemeenten)) {
    invalidParams.push({ name: 'gemeenten', code: 'array', reason: 'Parameter is geen array.' });
  } else if (gemeenten.length === 0) {
    invalidParams.push({ name: 'gemeenten', code: 'minItems', reason: 'Array bevat minder dan 1 items.' });
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
  if (!Number.isInteger(aantal) || aantal < 1 || aantal > MAX_PAGINA) {
    invalidParams.push({ name: 'aantal', code: 'integer', reason: `Waarde is geen geheel getal van 1 tot en met ${MAX_PAGINA}.` });
  }
  if (invalidParams.length > 0) throw ongeldig(invalidParams);

  const gevraagd = new Set(gemeenten);
  const wijzigingen = [];
  // `vanaf` is inclusive; `volgendeVanaf` is what the caller sends next time. It moves past
  // mutations of other gemeenten too, so a quiet gemeente does not rescan the whole log.
  let volgendeVanaf = vanaf;
  for (const mutatie of staat.mutaties) {
    if (mutatie.volgnummer < vanaf) continue;
    if (wijzigingen.length === aantal) break;
    volgendeVanaf = mutatie.volgnummer + 1;
    if (gevraagd.has(mutatie.gemeenteVanInschrijving) || (mutatie.vorigeGemeente !== undefined && gevraagd.has(mutatie.vorigeGemeente))) {
      wijzigingen.push(mutatie);
    }
  }
  return { wijzigingen, volgendeVanaf };
}

// ---------------------------------------------------------------------------------------------
// Test control: POST /_sim/personen, /_sim/mutaties, /_sim/reset

function simPersonenEndpoint(body, { staat, klok }) {
  const personen = Array.isArray(body) ? body : body?.personen;
  const metMutaties = Array.isArray(body) || body?.mutaties !== false;
  if (!Array.isArray(personen)) {
    throw ongeldig([{ name: 'personen', code: 'array', reason: 'Verwacht een array van personen of { personen, mutaties? }.' }]);
  }
  const invalidParams = [];
  personen.forEach((persoon, index) => {
    if (!isObject(persoon) || typeof persoon.burgerservicenummer !== 'string' || !BSN_PATROON.test(persoon.burgerservicenummer)) {
      invalidParams.push({ name: `personen[${index}].burgerservicenummer`, code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[0-9]{9}$.' });
    } else if (persoon.gemeenteVanInschrijving !== undefined && !GEMEENTE_PATROON.test(persoon.gemeenteVanInschrijving?.code ?? '')) {
      invalidParams.push({ name: `personen[${index}].gemeenteVanInschrijving.code`, code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[0-9]{4}$.' });
    }
  });
  if (invalidParams.length > 0) throw ongeldig(invalidParams);

  const mutaties = [];
  for (const persoon of personen) {
    const bsn = persoon.burgerservicenummer;
    const vorigeTekst = staat.personen.get(bsn);
    const tekst = JSON.stringify(persoon);
    staat.personen.set(bsn, tekst);
    if (!metMutaties || vorigeTekst === tekst) continue;
    const mutatie = leidMutatieAf(vorigeTekst === undefined ? undefined : JSON.parse(vorigeTekst), persoon, klok());
    mutaties.push(voegMutatieToe(staat, { ...mutatie, burgerservicenummer: bsn, geregistreerdOp: klok().toISOString() }));
  }
  return { aantal: personen.length, mutaties };
}

/** Which mutation the BRP would have registered for this change (see README.md, "soorten"). */
function leidMutatieAf(vorige, nieuw, nu) {
  const vandaag = nu.toISOString().slice(0, 10);
  const datumUit = (datum) => (datum?.type === 'Datum' && DATUM_PATROON.test(datum.datum ?? '') ? datum.datum : vandaag);
  const gemeente = gemeenteVan(nieuw);
  if (vorige === undefined) {
    return { soort: 'inschrijving', gemeenteVanInschrijving: gemeente, datumGebeurtenis: datumUit(nieuw.datumInschrijvingInGemeente) };
  }
  const vorigeGemeente = gemeenteVan(vorige);
  if (nieuw.overlijden !== undefined && vorige.overlijden === undefined) {
    return { soort: 'overlijden', gemeenteVanInschrijving: gemeente, datumGebeurtenis: datumUit(nieuw.overlijden.datum) };
  }
  if (gemeente !== vorigeGemeente) {
    const soort = gemeente === RNI_GEMEENTE ? 'emigratie' : vorigeGemeente === RNI_GEMEENTE ? 'inschrijving' : 'verhuizing-naar';
    const datum = soort === 'emigratie' ? nieuw.verblijfplaats?.datumVan : nieuw.datumInschrijvingInGemeente;
    return { soort, gemeenteVanInschrijving: gemeente, vorigeGemeente, datumGebeurtenis: datumUit(datum) };
  }
  if (nieuw.verblijfplaats?.type === 'VerblijfplaatsOnbekend' && vorige.verblijfplaats?.type !== 'VerblijfplaatsOnbekend') {
    return { soort: 'vertrek', gemeenteVanInschrijving: gemeente, datumGebeurtenis: datumUit(nieuw.verblijfplaats.datumVan) };
  }
  if (JSON.stringify(nieuw.verblijfplaats) !== JSON.stringify(vorige.verblijfplaats)) {
    return { soort: 'verhuizing-binnen', gemeenteVanInschrijving: gemeente, datumGebeurtenis: datumUit(nieuw.verblijfplaats?.datumVan) };
  }
  return { soort: 'wijziging', gemeenteVanInschrijving: gemeente, datumGebeurtenis: vandaag };
}

function voegMutatieToe(staat, mutatie) {
  staat.volgnummer += 1;
  const opgeslagen = {
    volgnummer: staat.volgnummer,
    mutatieId: mutatie.mutatieId ?? randomUUID(),
    burgerservicenummer: mutatie.burgerservicenummer,
    soort: mutatie.soort,
    gemeenteVanInschrijving: mutatie.gemeenteVanInschrijving,
    ...(mutatie.vorigeGemeente !== undefined ? { vorigeGemeente: mutatie.vorigeGemeente } : {}),
    datumGebeurtenis: mutatie.datumGebeurtenis,
    geregistreerdOp: mutatie.geregistreerdOp,
  };
  staat.mutaties.push(opgeslagen);
  return opgeslagen;
}

/** Appends mutation records as given (not applied to the persons), e.g. a replayed mutatieId. */
function simMutatiesEndpoint(body, { staat, klok }) {
  const mutaties = Array.isArray(body) ? body : body?.mutaties;
  if (!Array.isArray(mutaties)) {
    throw ongeldig([{ name: 'mutaties', code: 'array', reason: 'Verwacht een array van mutaties of { mutaties }.' }]);
  }
  const invalidParams = [];
  const fout = (index, veld, code, reason) => invalidParams.push({ name: `mutaties[${index}].${veld}`, code, reason });
  mutaties.forEach((m, index) => {
    if (!isObject(m)) return fout(index, 'body', 'object', 'Mutatie is geen object.');
    if (typeof m.burgerservicenummer !== 'string' || !BSN_PATROON.test(m.burgerservicenummer)) fout(index, 'burgerservicenummer', 'pattern', 'Waarde voldoet niet aan patroon ^[0-9]{9}$.');
    if (!SOORTEN.includes(m.soort)) fout(index, 'soort', 'enum', `Waarde is niet een van: ${SOORTEN.join(', ')}.`);
    if (typeof m.gemeenteVanInschrijving !== 'string' || !GEMEENTE_PATROON.test(m.gemeenteVanInschrijving)) fout(index, 'gemeenteVanInschrijving', 'pattern', 'Waarde voldoet niet aan patroon ^[0-9]{4}$.');
    if (m.vorigeGemeente !== undefined && (typeof m.vorigeGemeente !== 'string' || !GEMEENTE_PATROON.test(m.vorigeGemeente))) fout(index, 'vorigeGemeente', 'pattern', 'Waarde voldoet niet aan patroon ^[0-9]{4}$.');
    if (typeof m.datumGebeurtenis !== 'string' || !DATUM_PATROON.test(m.datumGebeurtenis)) fout(index, 'datumGebeurtenis', 'date', 'Waarde is geen geldige datum.');
    if (m.mutatieId !== undefined && (typeof m.mutatieId !== 'string' || m.mutatieId.length === 0)) fout(index, 'mutatieId', 'string', 'Waarde is geen niet-lege tekst.');
    if (m.geregistreerdOp !== undefined && (typeof m.geregistreerdOp !== 'string' || Number.isNaN(Date.parse(m.geregistreerdOp)))) fout(index, 'geregistreerdOp', 'date-time', 'Waarde is geen geldig tijdstip.');
    return undefined;
  });
  if (invalidParams.length > 0) throw ongeldig(invalidParams);
  return { mutaties: mutaties.map((m) => voegMutatieToe(staat, { ...m, geregistreerdOp: m.geregistreerdOp ?? klok().toISOString() })) };
}

/** Back to the start-up persons and an empty mutation log; `{ leeg: true }` removes all persons. */
function simResetEndpoint(body, context) {
  const { staat, beginPersonen } = context;
  staat.personen.clear();
  staat.mutaties.length = 0;
  staat.volgnummer = 0;
  if (!(isObject(body) && body.leeg === true)) laadPersonen(staat, beginPersonen);
  return { personen: staat.personen.size };
}

// ---------------------------------------------------------------------------------------------
// CLI

/** Reads an NDJSON file of Haal Centraal persons as JSON text lines (empty lines skipped). */
export async function leesPersonenNdjson(pad) {
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
      port: { type: 'string', default: process.env.BRP_SIM_PORT ?? '5180' },
      host: { type: 'string', default: '127.0.0.1' },
      'api-key': { type: 'string', default: process.env.BRP_SIM_API_KEY },
      data: { type: 'string' },
    },
  });
  if (!values['api-key']) {
    process.stderr.write('gebruik: node tools/brp-simulator/server.mjs --api-key <sleutel> [--port 5180] [--data personen.ndjson]\n');
    process.exit(2);
  }
  const personen = values.data ? await leesPersonenNdjson(values.data) : [];
  const simulator = await startBrpSimulator({ port: Number(values.port), host: values.host, apiKey: values['api-key'], personen });
  process.stdout.write(`BRP-simulator luistert op ${simulator.url} (${personen.length} personen)\n`);
  const stop = () => simulator.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((fout) => {
    process.stderr.write(`brp-simulator: ${fout instanceof Error ? fout.message : String(fout)}\n`);
    process.exit(1);
  });
}
