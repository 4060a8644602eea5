/** The verzuimsoort the verzuim service works with, mapped from DUO's category code. */
export type DuoVerzuimsoort = 'wettelijk' | 'overig' | 'luxe' | 'langdurig-relatief' | 'achttien-plus';

export const DUO_ONDERWIJSSOORTEN = ['PO', 'SO', 'VO', 'VSO', 'MBO'] as const;
export type DuoOnderwijssoort = (typeof DUO_ONDERWIJSSOORTEN)[number];

/**
 * Status set of the register since 12 August 2020 (koppelingen §1.4): geregistreerd and
 * ingetrokken are set by the school, the other three by the gemeente.
 */
export const DUO_MELDING_STATUSSEN = ['geregistreerd', 'in-behandeling', 'afgesloten', 'ingetrokken', 'ter-kennisgeving-aangenomen'] as const;
export type DuoMeldingStatus = (typeof DUO_MELDING_STATUSSEN)[number];

/** "Reden melding afgesloten" (Besluit verzuimmelding, bijlage; koppelingen §1.3). */
export const DUO_AFSLUITREDENEN = [
  'terug-naar-school',
  'inschrijving-beeindigd-andere-opleiding',
  'inschrijving-beeindigd-werk',
  'inschrijving-beeindigd-overige-redenen',
  'inschrijving-beeindigd-leerling-overleden',
  'geen-verzuim-langdurig-ziek',
  'geen-verzuim-legitiem-afwezig',
] as const;
/** "Toelichting afsluiting" (Besluit verzuimmelding, bijlage; koppelingen §1.3). */
export const DUO_TOELICHTINGEN = ['leerling-gezien-door-gemeente', 'actie-richting-leerling', 'geen-actie-meer'] as const;
export type DuoAfsluitreden = (typeof DUO_AFSLUITREDENEN)[number];
export type DuoToelichting = (typeof DUO_TOELICHTINGEN)[number];

/** "Afwijkend (verblijfs)adres", when it differs from the BRP (Besluit verzuimmelding, bijlage). */
export interface DuoAdres {
  straat: string;
  huisnummer: string;
  huisletter: string | null;
  toevoeging: string | null;
  postcode: string | null;
  locatieaanduiding: string | null;
  plaats: string;
}

/** "Melder": naam, functie, telefoon, e-mail (Besluit verzuimmelding, bijlage). */
export interface DuoMelder {
  naam: string;
  functie: string | null;
  telefoon: string | null;
  email: string | null;
  isDirecteur: boolean | null;
}

/** One verzuimmelding as the gemeente receives it (fields of the Besluit verzuimmelding, bijlage; koppelingen §1.3). */
export interface DuoVerzuimmelding {
  /** DUO's identifier; intake is idempotent on it (koppelingen §1.6 rule 1). */
  meldingsnummer: string;
  /** ISO instant with offset; the 7-day feedback clock starts here (koppelingen §1.6 rule 2). */
  registratietijdstip: string;
  /** CBS code of the woongemeente DUO routed it to (4 digits). */
  gemeente: string;
  status: DuoMeldingStatus;
  leerling: { bsn: string | null; onderwijsnummer: string | null; geboortedatum: string | null; naam: string | null };
  school: { brin: string; onderwijssoort: DuoOnderwijssoort; leslocatie: string | null };
  /** JJJJ-MM-DD */
  beginDatum: string;
  eindDatum: string | null;
  /** The raw DUO category code as received. */
  duoCategorie: string;
  /** Mapped from duoCategorie (duoVerzuimsoort). */
  verzuimsoort: DuoVerzuimsoort;
  vermoedelijkeReden: string | null;
  alleLessenGemist: boolean | null;
  actieDoorSchool: string | null;
  actieGemeenteGewenst: { gewenst: boolean; toelichting: string | null } | null;
  melder: DuoMelder;
  telefoonOuderOfLeerling: string | null;
  afwijkendAdres: DuoAdres | null;
  verzuimdagen: number | null;
  verzuimuren: number | null;
  /** E.g. 'thuiszitter' on a repeated melding (002 §7). */
  toelichtingSchool: string | null;
  /** Legacy field that still arrives on old meldingen (koppelingen §1.4); never sent back. */
  overnemendePartij: string | null;
}

/**
 * DUO category code → verzuimsoort. The DUO 2019 list offered to schools (koppelingen §1.4) and
 * the 2009 list of the Besluit verzuimmelding, which old meldingen still carry.
 */
const CATEGORIE_NAAR_SOORT: ReadonlyMap<string, DuoVerzuimsoort> = new Map<string, DuoVerzuimsoort>([
  // Lpw art 21a lid 1: 16 uur ongeoorloofd verzuim in 4 opeenvolgende lesweken.
  ['16-uur-in-4-weken', 'wettelijk'],
  ['langdurig-relatief-verzuim', 'langdurig-relatief'],
  // RMC: 18–23 without startkwalificatie, after the kwalificatieplicht (Lpw art 4a) has ended.
  ['rmc-18-plus', 'achttien-plus'],
  ['luxe-verzuim', 'luxe'],
  ['overig-verzuim-ziekte-schorsing', 'overig'],
  // 2009 list: beginnend and signaal verzuim are below the legal threshold, hence overig.
  ['beginnend-verzuim', 'overig'],
  ['signaal-verzuim', 'overig'],
  ['een-maand-of-langer', 'langdurig-relatief'],
]);

/** Every DUO category code this adapter understands. */
export const DUO_CATEGORIEEN: readonly string[] = Object.freeze([...CATEGORIE_NAAR_SOORT.keys()]);

/** The verzuimsoort of a DUO category code; null for a code we do not know. */
export function duoVerzuimsoort(categorie: string): DuoVerzuimsoort | null {
  return CATEGORIE_NAAR_SOORT.get(categorie) ?? null;
}
