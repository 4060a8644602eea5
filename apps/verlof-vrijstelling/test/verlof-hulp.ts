import { ServiceProcess, graphql, serviceEnv } from '@leerrecht/shared/util-testing';

/** The value, or a failed test when it is missing (instead of a non-null assertion). */
export function zeker<T>(waarde: T | null | undefined): T {
  if (waarde === null || waarde === undefined) throw new Error('verwachte waarde ontbreekt');
  return waarde;
}

/** The verlof-vrijstelling service as its own process with a fixed domain clock; DUO registrations on request only. */
export function verlofProces(port: number, klok: string, extra: Record<string, string> = {}): ServiceProcess {
  return new ServiceProcess(
    'verlof-vrijstelling',
    port,
    serviceEnv({ VERLOF_VRIJSTELLING_PORT: String(port), KLOK: klok, DUO_REGISTRATIE_INTERVAL_S: '0', ...extra }),
  );
}

const SCHOOLLEIDER_BESLISSING = `schoolleiderBeslissing { uitkomst verleendVan verleendTotEnMet verleendeSchooldagen beslotenOp vastgelegdDoor }`;

const AANVRAAG_VELDEN = `id gemeente bsn soort route status schooljaar schooldagen schooljaarSchooldagen korteTermijnWaarschuwing classificatie
  ontvangstdatum aanvullenUiterlijk ingebrekestellingOntvangenOp
  beslistermijn { uiterlijk waarschuwenVanaf status opgeschorteDagen }
  dwangsom { loopVanaf dagen bedrag }
  zienswijzen { partij vorm inhoud }
  verklaringen { soort uitgever datum }
  ${SCHOOLLEIDER_BESLISSING}
  besluit { id soort uitkomst grondslag motivering namens bekendgemaaktOp bezwaarUiterlijk }
  brieven { id sjabloon onderwerp geadresseerde geadresseerdeRol afschriftAan datum }`;

export const VERLOF = {
  dienIn: `mutation($i: DienVerlofaanvraagInInput!) { dienVerlofaanvraagIn(input: $i) { ${AANVRAAG_VELDEN} } }`,
  aanvraag: `query($id: ID!, $p: String) { verlofaanvraag(id: $id, peildatum: $p) { ${AANVRAAG_VELDEN} } }`,
  vanJongere: `query($bsn: String!) { verlofaanvragen(bsn: $bsn) { id route status } }`,
  werkvoorraad: `query($g: String!, $p: String) { verlofwerkvoorraad(gemeente: $g, peildatum: $p) { id beslistermijn { uiterlijk status } } }`,
  doorgezonden: `query { doorgezondenVerlofaanvragen { id jongereNaam soort schooldagen schooljaarSchooldagen aanvragers status ${SCHOOLLEIDER_BESLISSING} } }`,
  meldSchoolleider: `mutation($i: BeslissingSchoolleiderInput!) { meldBeslissingSchoolleider(input: $i) { id status schooldagen ${SCHOOLLEIDER_BESLISSING} } }`,
  registreerSchoolleider: `mutation($i: BeslissingSchoolleiderInput!) { registreerBeslissingSchoolleider(input: $i) { ${AANVRAAG_VELDEN} } }`,
  aanvulling: `mutation($i: VraagAanvullingAanInput!) { vraagVerlofaanvullingAan(input: $i) { ${AANVRAAG_VELDEN} } }`,
  aangevuld: `mutation($i: AanvraagDatumInput!) { registreerVerlofaanvulling(input: $i) { ${AANVRAAG_VELDEN} } }`,
  zienswijze: `mutation($i: LegZienswijzeVastInput!) { legVerlofzienswijzeVast(input: $i) { ${AANVRAAG_VELDEN} } }`,
  verklaring: `mutation($i: LegVerklaringVastInput!) { legVerlofverklaringVast(input: $i) { ${AANVRAAG_VELDEN} } }`,
  besluit: `mutation($i: NeemVerlofbesluitInput!) { neemVerlofbesluit(input: $i) { ${AANVRAAG_VELDEN} } }`,
  buitenBehandeling: `mutation($i: StelBuitenBehandelingInput!) { stelVerlofaanvraagBuitenBehandeling(input: $i) { ${AANVRAAG_VELDEN} } }`,
  ingebrekestelling: `mutation($i: AanvraagDatumInput!) { registreerIngebrekestelling(input: $i) { ${AANVRAAG_VELDEN} } }`,
  brief: `query($id: ID!) { brief(id: $id) { id sjabloon kenmerk onderwerp geadresseerde afschriftAan datum tekst pdfBase64 instructieVersie } }`,
  bezwaar: `mutation($i: DienBezwaarInInput!) { dienBezwaarIn(input: $i) { id tijdigheid status beslisUiterlijk bezwaartermijnUiterlijk uitkomst brieven { id sjabloon } } }`,
  advies: `mutation($i: RegistreerBezwaaradviesInput!) { registreerBezwaaradvies(input: $i) { id status adviesStrekking } }`,
  beslisBezwaar: `mutation($i: BeslisOpBezwaarInput!) { beslisOpBezwaar(input: $i) { id status uitkomst beslissing { soort uitkomst motivering bezwaarUiterlijk } brieven { id sjabloon } } }`,
};

/** A signed request of the Jansen family for a youth in Zwolle, valid unless overridden. */
export function verlofaanvraag(bsn: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    gemeente: '0193',
    bsn,
    jongereNaam: 'Sanne Jansen',
    geboortedatum: '2013-05-01',
    schoolBrin: '99XX',
    schoolNaam: 'Het Noorderlicht',
    directeurNaam: 'A. de Wit',
    aanvragers: [{ naam: 'P. Jansen', adres: 'Dorpsstraat 1, 8011 AA Zwolle' }],
    soort: 'gewichtigeOmstandigheden',
    eersteVerlofdag: '2027-03-08',
    laatsteVerlofdag: '2027-03-19',
    omstandigheid: 'overig',
    toelichting: 'Familieomstandigheden in het buitenland',
    ondertekendOp: '2027-02-26',
    ...overrides,
  };
}

export async function voerUit<T>(url: string, query: string, variabelen: Record<string, unknown>, token: string): Promise<T> {
  const antwoord = await graphql<T>(url, query, variabelen, token);
  if (antwoord.errors) throw new Error(JSON.stringify(antwoord.errors));
  return zeker(antwoord.data);
}
