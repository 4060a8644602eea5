import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import { ServiceProcess, serviceEnv, type GraphQLResponse } from '@leerrecht/shared/util-testing';

/** The value, or a failed test when it is missing (instead of a non-null assertion). */
export function zeker<T>(waarde: T | null | undefined): T {
  if (waarde === null || waarde === undefined) throw new Error('verwachte waarde ontbreekt');
  return waarde;
}

/** The verlof-vrijstelling service as its own process with a fixed domain clock; DUO registrations on request only. */
export function vrijstellingProces(port: number, klok: string): ServiceProcess {
  return new ServiceProcess('verlof-vrijstelling', port, serviceEnv({ VERLOF_VRIJSTELLING_PORT: String(port), KLOK: klok, DUO_REGISTRATIE_INTERVAL_S: '0' }));
}

/** One GraphQL call with its own W3C trace id, so its Logboek lines can be found exactly. */
export async function vraag<T = Record<string, unknown>>(url: string, query: string, variabelen: Record<string, unknown>, token: string): Promise<{ antwoord: GraphQLResponse<T>; trace: string }> {
  const trace = randomBytes(16).toString('hex');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', traceparent: `00-${trace}-${randomBytes(8).toString('hex')}-01`, authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables: variabelen }),
  });
  return { antwoord: (await response.json()) as GraphQLResponse<T>, trace };
}

export interface Logregel {
  status: string;
  betrokkene: string | null;
  gemeente: string | null;
  operatie: string;
  verwerkingsactiviteit: string;
  actor_rollen: string[];
}

export async function logregels(db: Client, trace: string): Promise<Logregel[]> {
  const rijen = await db.query<Logregel>('SELECT status, betrokkene, gemeente, operatie, verwerkingsactiviteit, actor_rollen FROM audit.verwerking WHERE trace_id = $1 ORDER BY tijdstip', [trace]);
  return rijen.rows;
}

/** A fingerprint of every table this part of the service writes, plus the outbox: a refused call leaves it unchanged. */
export async function stand(db: Client): Promise<Record<string, string>> {
  const tabellen = ['kennisgeving', 'vrijstelling', 'art15_aanvraag', 'besluit', 'brief', 'verklaring', 'zienswijze', 'duo_registratie'];
  const delen = tabellen.map((t) => `(SELECT count(*) || ':' || coalesce(md5(string_agg(md5(x::text), '|' ORDER BY x.id)), '') FROM verlof_vrijstelling.${t} x) AS "${t}"`);
  const rij = await db.query<Record<string, string>>(`SELECT ${delen.join(', ')}, (SELECT count(*)::text FROM verlof_vrijstelling.outbox_message) AS outbox`);
  return zeker(rij.rows[0]);
}

/** A designated expert of the gemeente, as the deskundige part of the service records one (Lpw art 7; 000 art 14). */
export async function wijsDeskundigeAan(db: Client, gemeente: string, naam: string): Promise<string> {
  const rij = await db.query<{ id: string }>(
    `INSERT INTO verlof_vrijstelling.deskundige (gemeente, naam, beroep, organisatie, adres, afspraak, werkwijze, aangewezen_op, aangewezen_door, instructie_versie)
     VALUES ($1, $2, 'arts', 'GGD IJsselland', 'Postbus 1, 8000 AA Zwolle', 'structureel', 'Onderzoek op het spreekuur; verklaring binnen twee weken.', '2026-01-01', 'test', 'test')
     RETURNING id`,
    [gemeente, naam],
  );
  return zeker(rij.rows[0]).id;
}

export const KENNISGEVING_VELDEN = `id gemeente bsn grond schooljaar ontvangenOp status eersteKennisgeving teLaat indienenUiterlijk leeftijd classificatie
  berichtUiterlijk berichtBron berichtVerlopen uitgebreidOnderzoekRedenen uitgebreidOnderzoekOp
  termijnen { soort uiterlijk bron afgerond verlopen }
  deskundigeNaam onderzoekGevraagdOp toestemmingGevraagdOp toestemmingOudersOp toestemmingJongereNodig overlegSamenwerkingsverbandToegestaan verklaringDatum verklaringTeOud nooitGeschikt
  toelichtingOp bezwaarRichtingAlleScholen verlengdOp verklaringSchoolleiderAanwezig burgerzakenSignaalMogelijk burgerzakenGesignaleerdOp inschrijvenUiterlijk
  verklaringen { soort uitgever datum strekking }
  zienswijzen { partij vorm inhoud }
  besluit { id soort uitkomst grondslag motivering namens bezwaarUiterlijk }
  vrijstelling { id artikel van totEnMet schooljaar volgendeKennisgevingVoor status arbeidsinspectieBericht }
  brieven { id sjabloon onderwerp geadresseerde geadresseerdeRol datum }`;

const ART15_VELDEN = `id gemeente status ontvangenOp gevraagdVan gevraagdTotEnMet beslistermijn { uiterlijk waarschuwenVanaf status }
  draagtBijAanStartkwalificatie tijdInRedelijkeVerhouding voorwaarden
  besluit { soort uitkomst grondslag } vrijstelling { id artikel van totEnMet status arbeidsinspectieBericht voorwaarden } brieven { id sjabloon geadresseerdeRol }`;

const mutatie = (naam: string, input: string) => `mutation($i: ${input}!) { ${naam}(input: $i) { ${KENNISGEVING_VELDEN} } }`;

export const OPS = {
  registreer: mutatie('registreerKennisgevingVrijstelling', 'RegistreerKennisgevingVrijstellingInput'),
  kennisgeving: `query($id: ID!, $p: String) { kennisgevingVrijstelling(id: $id, peildatum: $p) { ${KENNISGEVING_VELDEN} } }`,
  werkvoorraad: `query($g: String!, $p: String, $open: Boolean) { kennisgevingenVrijstelling(gemeente: $g, peildatum: $p, alleenOpen: $open) { id grond status berichtUiterlijk berichtVerlopen verlopenTermijnen eerstvolgendeUiterlijk uitgebreidOnderzoekOpen } }`,
  onderzoek: mutatie('vraagDeskundigenonderzoekAan', 'VraagDeskundigenonderzoekAanInput'),
  toestemmingVragen: mutatie('vraagToestemmingSamenwerkingsverbandAan', 'KennisgevingIdInput'),
  toestemming: mutatie('legKennisgevingToestemmingVast', 'LegKennisgevingToestemmingVastInput'),
  overleg: mutatie('registreerOverlegSamenwerkingsverband', 'KennisgevingDatumInput'),
  verklaring: mutatie('legDeskundigeverklaringVast', 'LegDeskundigeverklaringVastInput'),
  uitnodiging: mutatie('nodigUitVoorToelichtingKennisgeving', 'NodigUitVoorToelichtingInput'),
  toelichting: mutatie('legToelichtingKennisgevingVast', 'LegToelichtingKennisgevingVastInput'),
  verleng: mutatie('verlengKennisgevingtermijn', 'VerlengKennisgevingtermijnInput'),
  uitgebreid: mutatie('legUitgebreidOnderzoekVast', 'LegUitgebreidOnderzoekVastInput'),
  bewijs: mutatie('vraagBewijsOnderwijsBuitenland', 'VraagBewijsOnderwijsBuitenlandInput'),
  schoolleider: mutatie('legVerklaringSchoolleiderBuitenlandVast', 'LegVerklaringSchoolleiderBuitenlandVastInput'),
  burgerzaken: mutatie('signaleerBurgerzakenKennisgeving', 'KennisgevingIdInput'),
  beoordeel: mutatie('beoordeelKennisgeving', 'BeoordeelKennisgevingInput'),
  vanJongere: `query($bsn: String!) { vrijstellingenVanJongere(bsn: $bsn) { id artikel van totEnMet status laatsteDag eindeReden voorwaarden } }`,
  teVernieuwen: `query($i: VrijstellingenTeVernieuwenInput!) { vrijstellingenTeVernieuwen(input: $i) { vrijstellingId bsn artikel totEnMet volgendeKennisgevingVoor nieuwSchooljaar nieuweKennisgevingId uitgebreidOnderzoekRedenen leeftijdEindeNieuwSchooljaar } }`,
  beeindig: `mutation($i: BeeindigVrijstellingInput!) { beeindigVrijstelling(input: $i) { id status laatsteDag eindeReden } }`,
  art15In: `mutation($i: DienArt15AanvraagInInput!) { dienArt15AanvraagIn(input: $i) { ${ART15_VELDEN} } }`,
  art15Beslis: `mutation($i: BeslisArt15AanvraagInput!) { beslisArt15Aanvraag(input: $i) { ${ART15_VELDEN} } }`,
  art15: `query($id: ID!, $p: String) { art15Aanvraag(id: $id, peildatum: $p) { ${ART15_VELDEN} } }`,
  art15Lijst: `query($g: String!, $p: String) { art15Aanvragen(gemeente: $g, peildatum: $p) { id beslistermijn { uiterlijk status } } }`,
  brief: `query($id: ID!) { brief(id: $id) { id sjabloon onderwerp geadresseerde tekst } }`,
};

/** A kennisgeving of the Jansen family for a youth in Zwolle, valid unless overridden. */
export function kennisgeving(bsn: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    gemeente: '0193',
    bsn,
    jongereNaam: 'Sanne Jansen',
    geboortedatum: '2015-04-10',
    ouders: [{ naam: 'P. Jansen', adres: 'Dorpsstraat 1, 8011 AA Zwolle' }],
    postcode: '8011 AA',
    grond: 'onderB',
    ontvangenOp: '2027-02-15',
    schooljaar: '2027-2028',
    eerderIngeschreven: true,
    eerderBeroep: false,
    ...overrides,
  };
}

export interface DuoRij {
  handeling: string;
  soort: string;
  grond: string | null;
  postcode: string;
  begindatum: string;
  einddatum: string | null;
  eerder_beroep: boolean | null;
  status: string;
}

/** What was queued for DUO's register for a zaak (koppelingen §3), oldest first. */
export async function duoRegistraties(db: Client, zaakId: string): Promise<DuoRij[]> {
  const rijen = await db.query<DuoRij>(
    `SELECT handeling, soort, grond, postcode, to_char(begindatum, 'YYYY-MM-DD') AS begindatum, to_char(einddatum, 'YYYY-MM-DD') AS einddatum, eerder_beroep, status
       FROM verlof_vrijstelling.duo_registratie WHERE zaak_id = $1 ORDER BY created_at, handeling DESC`,
    [zaakId],
  );
  return rijen.rows;
}
