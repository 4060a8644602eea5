import type { Client } from 'pg';
import { ServiceProcess, eventually, graphql, serviceEnv, testBsn } from '@leerrecht/shared/util-testing';

/** The value, or a failed test when it is missing (instead of a non-null assertion). */
export function zeker<T>(waarde: T | null | undefined): T {
  if (waarde === null || waarde === undefined) throw new Error('verwachte waarde ontbreekt');
  return waarde;
}

export const DUO_SLEUTEL = 'duo-test-sleutel';

/** The verzuim service as its own process, against a DUO simulator, with a fixed domain clock. */
export function verzuimProces(port: number, duoUrl: string, klok: string, extra: Record<string, string> = {}): ServiceProcess {
  return new ServiceProcess(
    'verzuim',
    port,
    serviceEnv({
      VERZUIM_PORT: String(port),
      DUO_URL: duoUrl,
      DUO_API_KEY: DUO_SLEUTEL,
      // The tests fetch and send on request, so nothing happens behind their back.
      DUO_OPHAAL_INTERVAL_S: '0',
      DUO_TERUGKOPPEL_INTERVAL_S: '0',
      KLOK: klok,
      ...extra,
    }),
  );
}

let volgnummer = 0;

/** A melding in the DUO simulator's wire format (tools/duo-simulator/README.md), valid unless overridden. */
export function duoMelding(bsn: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  volgnummer += 1;
  return {
    meldingsnummer: `VM-T-${Date.now().toString(36)}-${volgnummer}`,
    registratietijdstip: '2027-01-11T09:00:00+01:00',
    gemeente: '0193',
    status: 'geregistreerd',
    leerling: { burgerservicenummer: bsn, onderwijsnummer: null, geboortedatum: '2012-05-01', naam: 'Sanne Jansen' },
    school: { brin: '99XX', onderwijssoort: 'VO', naamLeslocatie: 'Hoofdgebouw' },
    begindatumVerzuim: '2027-01-04',
    einddatumVerzuim: '2027-01-08',
    vermoedelijkeSoortVerzuim: '16-uur-in-4-weken',
    vermoedelijkeRedenVerzuim: 'Spijbelt regelmatig',
    alleLessenGemist: false,
    doorSchoolOndernomenActie: 'Gesprek met leerling en ouders',
    actieDoorGemeenteGewenst: { gewenst: true, toelichting: null },
    melder: { naam: 'S. Prins', functie: 'verzuimcoördinator', telefoonnummer: '088-1234567', emailadres: 'verzuim@school.example', isDirecteur: true },
    telefoonnummerOuderOfLeerling: '06-12345678',
    afwijkendVerblijfadres: null,
    verzuimspecificatie: { verzuimdagen: 4, verzuimuren: 18 },
    toelichtingSchool: null,
    overnemendePartij: null,
    ...overrides,
  };
}

/** A school system's melding through the API (VerzuimmeldingInput). */
export function apiMelding(bsn: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    berichtId: `las-${bsn}`,
    bsn,
    geboortedatum: '2012-05-01',
    leerlingNaam: 'Sanne Jansen',
    gemeente: '0193',
    schoolBrin: '99XX',
    onderwijssoort: 'VO',
    verzuimsoort: 'wettelijk',
    beginDatum: '2027-01-04',
    eindDatum: '2027-01-15',
    verzuimUren: 18,
    melder: { naam: 'J. de Vries', functie: 'mentor', isDirecteur: true },
    ...overrides,
  };
}

export const OPERATIES = {
  meld: 'mutation($i: VerzuimmeldingInput!) { dienVerzuimmeldingIn(input: $i) { id status duplicaat } }',
  papier: 'mutation($i: PapierenKennisgevingInput!) { registreerPapierenKennisgeving(input: $i) { id status duplicaat } }',
  status: 'query($id: ID!) { verzuimmeldingStatus(id: $id) { id status terugkoppelingen { status acties afsluitreden toelichting } } }',
  trekIn: 'mutation($id: ID!) { trekVerzuimmeldingIn(meldingId: $id) { id status } }',
  haalOp: 'mutation { haalDuoMeldingenOp { opgehaald ingetrokken onverwerkbaar } }',
  verstuur: 'mutation { verstuurDuoTerugkoppelingen { verzonden uitgesteld geweigerd } }',
  onverwerkbaar: 'query($g: String!) { onverwerkbareDuoLeveringen(gemeente: $g) { meldingsnummer reden velden } }',
  koppelTerug: 'mutation($i: KoppelTerugInput!) { koppelVerzuimmeldingTerug(input: $i) { status acties } }',
  triage: 'query($g: String!) { verzuimtriage(gemeente: $g) { zaakId bsn classificatie soort meldingen { id kanaal externId status verzuimsoort } } }',
  beoordeel: 'mutation($i: BeoordeelMeldingInput!) { beoordeelVerzuimmelding(input: $i) { id status triage behandelaar } }',
  zaak: `query($id: ID!, $p: String) { verzuimzaak(id: $id, peildatum: $p) {
    id gemeente bsn leeftijd soort status triage behandelaar fase fasen routes classificatie bewarenTot bewaartermijnGrondslag afsluitreden
    meldingen { id kanaal externId status verzuimsoort afsluitreden beoordeling { wettelijkVerzuim vensterVan vensterTotEnMet urenInVenster zaaksoortToelichting luxeVerzuimVoorstel luxeVerzuimBron eersteOvertreding teLaatActie onderMeldgrens } terugkoppelingen { status acties } }
    taken { id soort uiterlijk bron status uitleg teLaat meldingId }
    tijdlijn { soort omschrijving uitleg afwijkingMas datum actor }
    toestemmingen { id gever reikwijdte gegevenOp ingetrokkenOp }
    maatregelverzoeken { maatregel tegen voorstel eersteOvertreding }
    mogelijkeMaatregelen { maatregel bron }
    berichten { soort ontvanger inhoudelijk tekst } } }`,
  zakenVanGemeente: 'query($g: String!, $p: String) { verzuimzakenVanGemeente(gemeente: $g, peildatum: $p) { verborgenWpg zaken { id bsn soort teLaat openTaken eerstvolgendeUiterlijk behandelaar } } }',
  mijnZaken: 'query($p: String) { mijnVerzuimzaken(peildatum: $p) { verborgenWpg zaken { id bsn soort teLaat openTaken eerstvolgendeUiterlijk } } }',
  taken: 'query($i: VerzuimtakenInput!) { verzuimtaken(input: $i) { verborgenWpg taken { taakId zaakId meldingId soort uiterlijk teLaat dagenTeLaat } } }',
  telling: 'query($i: MeldingentellingInput!) { verzuimmeldingentelling(input: $i) { totaal perSchool { sleutel aantal } perVerzuimsoort { sleutel aantal } perKanaal { sleutel aantal } perStatus { sleutel aantal } } }',
  stap: 'mutation($i: RegistreerZaakstapInput!) { registreerZaakstap(input: $i) { id soort status uitleg teLaat } }',
  fase: 'mutation($i: WijzigFaseInput!) { wijzigVerzuimfase(input: $i) { id fase } }',
  route: 'mutation($i: KiesRouteInput!) { kiesMasRoute(input: $i) { id routes } }',
  gesprek: 'mutation($i: RegistreerGesprekInput!) { registreerVerzuimgesprek(input: $i) { id ongeoorloofdVastgesteld } }',
  zat: 'mutation($i: ZaakdatumInput!) { registreerZatBespreking(input: $i) { terugkoppelingGepland reden } }',
  toestemming: 'mutation($i: LegToestemmingVastInput!) { legToestemmingVast(input: $i) { id gever } }',
  maatregel: 'mutation($i: VraagMaatregelAanInput!) { vraagMaatregelAan(input: $i) { id maatregel voorstel eersteOvertreding } }',
  sluit: 'mutation($i: SluitVerzuimzaakInput!) { sluitVerzuimzaak(input: $i) { zaak { id status afsluitreden bewarenTot } berichten { soort ontvanger inhoudelijk tekst } brieven } }',
  wijsToe: 'mutation($i: WijsZaakToeInput!) { wijsVerzuimzaakToe(input: $i) { zaakId behandelaar triage } }',
  toewijzing: 'mutation($i: ToewijzingsregelInput!) { legToewijzingsregelVast(input: $i) { id gemeente schoolBrin behandelaar } }',
};

/** Fetches from DUO (as the administration or beheer) until the melding with this number is in a case. */
export async function haalOpTotZaak(url: string, token: string, db: Client, meldingsnummer: string): Promise<{ zaakId: string; meldingId: string }> {
  const opgehaald = await graphql(url, OPERATIES.haalOp, {}, token);
  if (opgehaald.errors) throw new Error(`haalDuoMeldingenOp: ${JSON.stringify(opgehaald.errors)}`);
  return eventually(async () => {
    const rij = await db.query<{ id: string; zaak_id: string | null }>(`SELECT id, zaak_id FROM verzuim.verzuimmelding WHERE kanaal = 'duo' AND extern_id = $1`, [meldingsnummer]);
    const gevonden = rij.rows[0];
    return gevonden?.zaak_id ? { zaakId: gevonden.zaak_id, meldingId: gevonden.id } : undefined;
  }, 30_000, `melding ${meldingsnummer} in een zaak`);
}

export { testBsn };
