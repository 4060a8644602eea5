import { ServiceProcess, graphql, serviceEnv, type GraphQLResponse } from '@leerrecht/shared/util-testing';

/** The value, or a failed test when it is missing (instead of a non-null assertion). */
export function zeker<T>(waarde: T | null | undefined): T {
  if (waarde === null || waarde === undefined) throw new Error('verwachte waarde ontbreekt');
  return waarde;
}

/** Monday 1 March 2027, 9:00: "today" of every step in these tests. */
export const KLOK = '2027-03-01T09:00:00+01:00';

/** The verlof-vrijstelling service as its own process, from the build, with a fixed domain clock. */
export function verlofVrijstellingProces(port: number, extra: Record<string, string> = {}): ServiceProcess {
  return new ServiceProcess(
    'verlof-vrijstelling',
    port,
    serviceEnv({ VERLOF_VRIJSTELLING_PORT: String(port), KLOK, DUO_REGISTRATIE_INTERVAL_S: '0', ...extra }),
  );
}

const TERMIJN = 'uiterlijk gedaanOp status teLaat bron opmerking';

export const VVL_VELDEN = `id gemeente bsn jongereNaam geboortedatum leeftijdOpIngang artikel status bevindingOp van totEnMet eerderToegestaan planAuteurSoort
  plan { auteurSoort auteurNaam praktijktijd werkzaamheden }
  gesprekken { id soort datum deelnemers }
  afspraken afsprakenVastgelegdOp ontwerpers { naam }
  verzoekOntvangenOp oudersOndertekendOp jongereOndertekendOp belastbaarheidsverklaringVereist
  verklaringen { soort uitgever datum }
  termijnen { gesprekken { ${TERMIJN} } informeren { ${TERMIJN} } beslissen { uiterlijk waarschuwenVanaf status teLaat bron } afschrift { ${TERMIJN} } }
  besluit { id soort uitkomst grondslag namens bekendgemaaktOp genomenDoor bezwaarUiterlijk }
  afschriften { aan rol verzondenOp }
  arbeidsinspectieVereist arbeidsinspectieBriefId laatsteDag eindeReden
  brieven { id sjabloon onderwerp geadresseerde geadresseerdeRol afschriftAan datum }
  instructieVersie peildatum`;

export const VVL = {
  zaak: `query($id: ID!, $p: String) { vervangendeLeerplicht(id: $id, peildatum: $p) { ${VVL_VELDEN} } }`,
  werklijst: 'query($g: String!, $p: String) { vervangendeLeerplichtWerklijst(gemeente: $g, peildatum: $p) { id bsn artikel status volgendeStap eerstvolgendeUiterlijk teLaat teLaatStappen beslistermijnStatus } }',
  open: `mutation($i: OpenVervangendeLeerplichtInput!) { openVervangendeLeerplicht(input: $i) { ${VVL_VELDEN} } }`,
  gesprek: `mutation($i: RegistreerVervangendeLeerplichtGesprekInput!) { registreerVervangendeLeerplichtGesprek(input: $i) { ${VVL_VELDEN} } }`,
  plan: `mutation($i: LegVervangendeLeerplichtPlanVastInput!) { legVervangendeLeerplichtPlanVast(input: $i) { ${VVL_VELDEN} } }`,
  afspraken: `mutation($i: LegVervangendeLeerplichtAfsprakenVastInput!) { legVervangendeLeerplichtAfsprakenVast(input: $i) { ${VVL_VELDEN} } }`,
  informeer: `mutation($i: VervangendeLeerplichtZaakInput!) { informeerVervangendeLeerplichtOntwerpers(input: $i) { ${VVL_VELDEN} } }`,
  belastbaarheid: `mutation($i: LegBelastbaarheidsverklaringVastInput!) { legBelastbaarheidsverklaringVast(input: $i) { ${VVL_VELDEN} } }`,
  verzoek: `mutation($i: RegistreerVervangendeLeerplichtVerzoekInput!) { registreerVervangendeLeerplichtVerzoek(input: $i) { ${VVL_VELDEN} } }`,
  ondertekening: `mutation($i: LegOndertekeningVervangendeLeerplichtVastInput!) { legOndertekeningVervangendeLeerplichtVast(input: $i) { ${VVL_VELDEN} } }`,
  beslis: `mutation($i: BeslisVervangendeLeerplichtInput!) { beslisVervangendeLeerplicht(input: $i) { ${VVL_VELDEN} } }`,
  afschrift: `mutation($i: RegistreerVervangendeLeerplichtAfschriftInput!) { registreerVervangendeLeerplichtAfschrift(input: $i) { ${VVL_VELDEN} } }`,
  beeindig: `mutation($i: BeeindigVervangendeLeerplichtInput!) { beeindigVervangendeLeerplicht(input: $i) { ${VVL_VELDEN} } }`,
};

export interface Termijn { uiterlijk: string | null; gedaanOp: string | null; status: string; teLaat: boolean; bron: string; opmerking: string | null }
export interface Brief { id: string; sjabloon: string; onderwerp: string; geadresseerde: string; geadresseerdeRol: string; afschriftAan: string[]; datum: string }
export interface Vvl {
  id: string; gemeente: string; bsn: string; artikel: string; status: string; leeftijdOpIngang: number; planAuteurSoort: string; van: string; totEnMet: string;
  plan: { auteurSoort: string; auteurNaam: string } | null;
  gesprekken: { soort: string; datum: string }[];
  verzoekOntvangenOp: string | null; oudersOndertekendOp: string | null; belastbaarheidsverklaringVereist: boolean;
  verklaringen: { soort: string; uitgever: string }[];
  termijnen: { gesprekken: Termijn; informeren: Termijn; beslissen: { uiterlijk: string; waarschuwenVanaf: string; status: string; teLaat: boolean; bron: string } | null; afschrift: Termijn | null };
  besluit: { id: string; soort: string; uitkomst: string; grondslag: string; namens: string; bekendgemaaktOp: string; genomenDoor: string; bezwaarUiterlijk: string | null } | null;
  afschriften: { aan: string; rol: string; verzondenOp: string }[];
  arbeidsinspectieVereist: boolean | null; arbeidsinspectieBriefId: string | null; laatsteDag: string | null; eindeReden: string | null;
  brieven: Brief[];
}

/** One mutation or query; returns the first field of `data`, or throws with the errors. */
export async function voer<T>(url: string, operatie: string, variabelen: Record<string, unknown>, token: string): Promise<T> {
  const antwoord = await graphql<Record<string, T>>(url, operatie, variabelen, token);
  if (antwoord.errors) throw new Error(JSON.stringify(antwoord.errors));
  return zeker(Object.values(zeker(antwoord.data))[0]);
}

export function codes(antwoord: GraphQLResponse<unknown>): string[] {
  return (antwoord.errors ?? []).map((e) => e.extensions?.code ?? '?');
}

/** An opening valid unless overridden: a 14-year-old in Zwolle, art 3b, from 15 March to 16 July 2027. */
export function opening(bsn: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    gemeente: '0193',
    bsn,
    jongereNaam: 'Daan de Boer',
    geboortedatum: '2012-09-10',
    geslacht: 'man',
    adres: 'Melkmarkt 12, 8011 MC Zwolle',
    postcode: '8011 mc',
    ouders: [
      { naam: 'P. de Boer', adres: 'Melkmarkt 12, 8011 MC Zwolle' },
      { naam: 'M. de Boer-Smit', adres: 'Melkmarkt 12, 8011 MC Zwolle' },
    ],
    artikel: 'art3b',
    bevindingOp: '2027-02-15',
    van: '2027-03-15',
    totEnMet: '2027-07-16',
    ...overrides,
  };
}

export function plan(artikel: 'art3a' | 'art3b', overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return artikel === 'art3b'
    ? {
        opgesteldDoor: { soort: 'instelling', naam: 'Deltion College', brin: '25LJ' },
        ontvangenOp: '2027-02-22',
        onderwijsdoelen: 'Nederlands en rekenen op 2F; voorbereiding op BBL Fietstechniek',
        begeleidingsprogramma: 'Eén dag per week les op het Deltion College met een vaste coach.',
        werkzaamheden: 'Lichte werkzaamheden in een fietsenwerkplaats, drie dagdelen per week.',
        ...overrides,
      }
    : {
        opgesteldDoor: { soort: 'school', naam: 'Thorbecke Scholengemeenschap', brin: '17GT' },
        ontvangenOp: '2027-02-22',
        onderwijsdoelen: 'Basisberoepsgerichte vakken op niveau 1',
        begeleidingsprogramma: 'Aangepast rooster van drie dagen met begeleiding door de zorgcoördinator.',
        praktijktijd: 'Twee dagen per week praktijktijd bij een hoveniersbedrijf.',
        ...overrides,
      };
}
