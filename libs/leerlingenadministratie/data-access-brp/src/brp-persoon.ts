import { isGeldigBsn } from '@leerrecht/shared/util-bsn';
import { z } from 'zod';
import { BrpFout } from './brp-fout';

/** CBS code the BRP uses for the Registratie Niet-Ingezetenen. */
export const RNI_GEMEENTE = '1999';

export type BrpGeslacht = 'M' | 'V' | 'O';

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDatum = string;

export interface BrpAdres {
  straat: string;
  huisnummer: number;
  huisletter?: string;
  toevoeging?: string;
  postcode: string;
  woonplaats: string;
}

export interface BrpOuder {
  bsn?: string;
  voornamen?: string;
  voorvoegsel?: string;
  geslachtsnaam?: string;
  geslacht?: BrpGeslacht;
  /** True when the BRP gezag (Gezagsmodule) names this parent as holder of gezag over the child. */
  heeftGezag: boolean;
}

/**
 * The leerlingenadministratie's minimised view of a person in the BRP: only what the
 * administration needs (see BRP_FIELDS in haal-centraal-brp.client.ts for why each item).
 */
export interface BrpPersoon {
  bsn: string;
  /** Empty when the BRP has no voornamen for the person (it happens; the person is still real). */
  voornamen: string;
  voorvoegsel?: string;
  geslachtsnaam: string;
  geslacht?: BrpGeslacht;
  geboortedatum: IsoDatum;
  geboorteplaats?: string;
  /** 4-digit CBS code; '1999' = RNI (not an ingezetene, so not in the leerplicht population). */
  gemeenteVanInschrijving: string;
  datumInschrijvingInGemeente?: IsoDatum;
  /** Dutch address only; absent for RNI, a locatie (woonwagen/woonboot) or an unknown address. */
  adres?: BrpAdres;
  overlijdensdatum?: IsoDatum;
  ouders: BrpOuder[];
}

export const BRP_MUTATIE_SOORTEN = ['inschrijving', 'verhuizing-binnen', 'verhuizing-naar', 'vertrek', 'overlijden', 'emigratie', 'wijziging'] as const;
export type BrpMutatieSoort = (typeof BRP_MUTATIE_SOORTEN)[number];

/** One change in the BRP population feed (see tools/brp-simulator/README.md for the soorten). */
export interface BrpMutatie {
  /** Unique per change; the same id twice is a replay and must be processed once. */
  mutatieId: string;
  /** Position in the feed; the cursor for the next call. */
  volgnummer: number;
  bsn: string;
  soort: BrpMutatieSoort;
  /** Gemeente van inschrijving after the change ('1999' after emigratie). */
  gemeente: string;
  /** Gemeente before the change, for verhuizing-naar, emigratie and inschrijving from RNI. */
  vorigeGemeente?: string;
  datumGebeurtenis: IsoDatum;
  /** ISO-8601 instant at which the BRP registered the change. */
  geregistreerdOp: string;
}

// ---------------------------------------------------------------------------------------------
// Haal Centraal shapes we read (BRP API Personen v2). Unknown properties are ignored, so a new
// field in the API does not break us; what we rely on is checked.

const DAGEN_PER_MAAND = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY-MM-DD` names a day that exists (no 2023-02-29). Arithmetic: this runs 150k times per load. */
function isBestaandeDatum(waarde: string): boolean {
  const jaar = Number(waarde.slice(0, 4));
  const maand = Number(waarde.slice(5, 7));
  const dag = Number(waarde.slice(8, 10));
  if (jaar < 1 || maand < 1 || maand > 12 || dag < 1) return false;
  const schrikkel = maand === 2 && jaar % 4 === 0 && (jaar % 100 !== 0 || jaar % 400 === 0);
  return dag <= DAGEN_PER_MAAND[maand - 1] + (schrikkel ? 1 : 0);
}

const bsnSchema = z.string().refine(isGeldigBsn, { message: 'is geen geldig burgerservicenummer' });
const gemeenteCodeSchema = z.string().regex(/^\d{4}$/);
const isoDatumSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isBestaandeDatum, { message: 'is geen bestaande datum' });

/** Haal Centraal's polymorphic date: a full date, or one with the day, month or all unknown. */
const datumSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Datum'), datum: isoDatumSchema }),
  z.object({ type: z.literal('JaarMaandDatum'), jaar: z.number().int(), maand: z.number().int() }),
  z.object({ type: z.literal('JaarDatum'), jaar: z.number().int() }),
  z.object({ type: z.literal('DatumOnbekend') }),
]);
type HaalCentraalDatum = z.infer<typeof datumSchema>;

const geslachtSchema = z.object({ code: z.enum(['M', 'V', 'O']) });
const naamSchema = z.object({
  voornamen: z.string().optional(),
  voorvoegsel: z.string().optional(),
  geslachtsnaam: z.string().min(1).optional(),
});
const gezagPersoonSchema = z.object({ burgerservicenummer: bsnSchema.optional() });
/** Gezagsrelatie; `type` stays a string so a new kind of gezag is tolerated (and gives no gezag). */
const gezagsrelatieSchema = z.object({
  type: z.string(),
  minderjarige: z.object({ burgerservicenummer: bsnSchema.optional() }).optional(),
  ouders: z.array(gezagPersoonSchema).optional(),
  ouder: gezagPersoonSchema.optional(),
});
type Gezagsrelatie = z.infer<typeof gezagsrelatieSchema>;

const verblijfadresSchema = z.object({
  officieleStraatnaam: z.string().min(1).optional(),
  korteStraatnaam: z.string().min(1).optional(),
  huisnummer: z.number().int().positive().optional(),
  huisletter: z.string().min(1).optional(),
  huisnummertoevoeging: z.string().min(1).optional(),
  postcode: z
    .string()
    .regex(/^[1-9]\d{3} ?[A-Z]{2}$/)
    .optional(),
  woonplaats: z.string().min(1).optional(),
});

const haalCentraalPersoonSchema = z.object({
  burgerservicenummer: bsnSchema,
  naam: naamSchema.extend({ geslachtsnaam: z.string().min(1) }),
  geslacht: geslachtSchema.optional(),
  geboorte: z.object({
    datum: datumSchema,
    plaats: z.object({ omschrijving: z.string().min(1).optional() }).optional(),
  }),
  gemeenteVanInschrijving: z.object({ code: gemeenteCodeSchema }).optional(),
  datumInschrijvingInGemeente: datumSchema.optional(),
  verblijfplaats: z.object({ type: z.string().optional(), verblijfadres: verblijfadresSchema.optional() }).optional(),
  overlijden: z.object({ datum: datumSchema }).optional(),
  ouders: z
    .array(z.object({ burgerservicenummer: bsnSchema.optional(), naam: naamSchema.optional(), geslacht: geslachtSchema.optional() }))
    .optional(),
  gezag: z.array(gezagsrelatieSchema).optional(),
});
type HaalCentraalPersoon = z.infer<typeof haalCentraalPersoonSchema>;

const haalCentraalMutatieSchema = z.object({
  volgnummer: z.number().int().positive(),
  mutatieId: z.string().min(1),
  burgerservicenummer: bsnSchema,
  soort: z.enum(BRP_MUTATIE_SOORTEN),
  gemeenteVanInschrijving: gemeenteCodeSchema,
  vorigeGemeente: gemeenteCodeSchema.optional(),
  datumGebeurtenis: isoDatumSchema,
  geregistreerdOp: z.string().datetime({ offset: true }),
});

// ---------------------------------------------------------------------------------------------

/** Field path as the API spells it: `ouders[0].naam.geslachtsnaam`. */
function veldpad(pad: (string | number)[]): string {
  return pad.reduce<string>((tekst, deel) => (typeof deel === 'number' ? `${tekst}[${deel}]` : tekst ? `${tekst}.${deel}` : deel), '');
}

/** Describes a zod issue by its kind only: zod's own messages may quote the value. */
function probleem(issue: z.ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' ? 'ontbreekt' : `heeft type ${issue.received}, verwacht ${issue.expected}`;
    case 'invalid_string':
      return 'heeft een onjuist formaat';
    case 'invalid_enum_value':
    case 'invalid_literal':
      return 'heeft een onbekende waarde';
    case 'invalid_union_discriminator':
      return 'heeft een onbekend type';
    case 'too_small':
      return 'is leeg of te klein';
    case 'too_big':
      return 'is te lang of te groot';
    case 'custom':
      // Only our own refinement messages reach here; they never contain the value.
      return issue.message;
    default:
      return 'is ongeldig';
  }
}

/** Turns a failed parse into a BrpFout naming the field (and how many more problems there are). */
export function brpFoutUitZod(error: z.ZodError, onderwerp: string): BrpFout {
  const [eerste] = error.issues;
  const veld = veldpad(eerste.path);
  const meer = error.issues.length > 1 ? ` (en ${error.issues.length - 1} ander(e) probleem/problemen)` : '';
  const wat = veld === '' ? 'het antwoord' : `veld '${veld}'`;
  return new BrpFout('BRP_ONGELDIG_ANTWOORD', `${onderwerp}: ${wat} ${probleem(eerste)}${meer}`, { veld });
}

/** A full date, or a BrpFout: a partly unknown date cannot drive an age-based rule. */
function volledigeDatum(datum: HaalCentraalDatum, veld: string): IsoDatum {
  if (datum.type !== 'Datum') {
    throw new BrpFout('BRP_ONVOLLEDIGE_DATUM', `BRP-persoon: veld '${veld}' is geen volledige datum (${datum.type})`, { veld });
  }
  return datum.datum;
}

const OUDERLIJK_GEZAG = new Set([
  'TweehoofdigOuderlijkGezag', // BRP API Personen v2 up to 2.x
  'GezamenlijkOuderlijkGezag', // its successor name in the current Gezag specification
  'EenhoofdigOuderlijkGezag',
  'GezamenlijkGezag', // one parent together with a derde: the parent has gezag
]);

/**
 * Whether the parent holds gezag over the child. Voogdij (a derde), TijdelijkGeenGezag and
 * GezagNietTeBepalen give no parent gezag; a parent without a BSN cannot be matched.
 */
function heeftGezag(ouderBsn: string | undefined, kindBsn: string, gezag: Gezagsrelatie[]): boolean {
  if (ouderBsn === undefined) return false;
  return gezag.some(
    (relatie) =>
      OUDERLIJK_GEZAG.has(relatie.type) &&
      (relatie.minderjarige?.burgerservicenummer ?? kindBsn) === kindBsn &&
      [...(relatie.ouders ?? []), ...(relatie.ouder ? [relatie.ouder] : [])].some((ouder) => ouder.burgerservicenummer === ouderBsn),
  );
}

function adresUit(verblijfplaats: HaalCentraalPersoon['verblijfplaats']): BrpAdres | undefined {
  if (verblijfplaats === undefined || (verblijfplaats.type !== undefined && verblijfplaats.type !== 'Adres')) return undefined;
  const adres = verblijfplaats.verblijfadres;
  const straat = adres?.officieleStraatnaam ?? adres?.korteStraatnaam;
  if (adres === undefined || straat === undefined || adres.huisnummer === undefined || adres.postcode === undefined || adres.woonplaats === undefined) {
    return undefined;
  }
  return {
    straat,
    huisnummer: adres.huisnummer,
    ...(adres.huisletter !== undefined ? { huisletter: adres.huisletter } : {}),
    ...(adres.huisnummertoevoeging !== undefined ? { toevoeging: adres.huisnummertoevoeging } : {}),
    postcode: adres.postcode.replace(' ', ''),
    woonplaats: adres.woonplaats,
  };
}

/**
 * Validates one Haal Centraal Persoon (as the API or the bulk file delivers it) and maps it to
 * the internal BrpPersoon. Throws BrpFout (BRP_ONGELDIG_ANTWOORD, BRP_ONVOLLEDIGE_DATUM).
 * A person without gemeenteVanInschrijving is treated as RNI: better left out of the
 * population than assigned to a gemeente the BRP did not name.
 */
export function vanHaalCentraal(json: unknown): BrpPersoon {
  const parse = haalCentraalPersoonSchema.safeParse(json);
  if (!parse.success) throw brpFoutUitZod(parse.error, 'BRP-persoon');
  const persoon = parse.data;
  const bsn = persoon.burgerservicenummer;
  const gezag = persoon.gezag ?? [];
  // Built by assignment rather than conditional spreads: optional keys stay absent, and a bulk
  // load of 150k persons allocates a lot less.
  const resultaat: BrpPersoon = {
    bsn,
    voornamen: persoon.naam.voornamen ?? '',
    geslachtsnaam: persoon.naam.geslachtsnaam,
    geboortedatum: volledigeDatum(persoon.geboorte.datum, 'geboorte.datum'),
    gemeenteVanInschrijving: persoon.gemeenteVanInschrijving?.code ?? RNI_GEMEENTE,
    ouders: [],
  };
  if (persoon.naam.voorvoegsel) resultaat.voorvoegsel = persoon.naam.voorvoegsel;
  if (persoon.geslacht) resultaat.geslacht = persoon.geslacht.code;
  if (persoon.geboorte.plaats?.omschrijving) resultaat.geboorteplaats = persoon.geboorte.plaats.omschrijving;
  if (persoon.datumInschrijvingInGemeente) {
    resultaat.datumInschrijvingInGemeente = volledigeDatum(persoon.datumInschrijvingInGemeente, 'datumInschrijvingInGemeente');
  }
  const adres = adresUit(persoon.verblijfplaats);
  if (adres) resultaat.adres = adres;
  if (persoon.overlijden) resultaat.overlijdensdatum = volledigeDatum(persoon.overlijden.datum, 'overlijden.datum');
  for (const ouder of persoon.ouders ?? []) {
    const gemapt: BrpOuder = { heeftGezag: heeftGezag(ouder.burgerservicenummer, bsn, gezag) };
    if (ouder.burgerservicenummer) gemapt.bsn = ouder.burgerservicenummer;
    if (ouder.naam?.voornamen) gemapt.voornamen = ouder.naam.voornamen;
    if (ouder.naam?.voorvoegsel) gemapt.voorvoegsel = ouder.naam.voorvoegsel;
    if (ouder.naam?.geslachtsnaam) gemapt.geslachtsnaam = ouder.naam.geslachtsnaam;
    if (ouder.geslacht) gemapt.geslacht = ouder.geslacht.code;
    resultaat.ouders.push(gemapt);
  }
  return resultaat;
}

/** Validates one record of the wijzigingen feed and maps it to BrpMutatie. Throws BrpFout. */
export function mutatieVanHaalCentraal(json: unknown): BrpMutatie {
  const resultaat = haalCentraalMutatieSchema.safeParse(json);
  if (!resultaat.success) throw brpFoutUitZod(resultaat.error, 'BRP-mutatie');
  const m = resultaat.data;
  return {
    mutatieId: m.mutatieId,
    volgnummer: m.volgnummer,
    bsn: m.burgerservicenummer,
    soort: m.soort,
    gemeente: m.gemeenteVanInschrijving,
    ...(m.vorigeGemeente !== undefined ? { vorigeGemeente: m.vorigeGemeente } : {}),
    datumGebeurtenis: m.datumGebeurtenis,
    geregistreerdOp: m.geregistreerdOp,
  };
}
