import { isGeldigBsn } from '@leerrecht/shared/util-bsn';
import { z } from 'zod';
import {
  DUO_MELDING_STATUSSEN,
  DUO_ONDERWIJSSOORTEN,
  duoVerzuimsoort,
  type DuoAdres,
  type DuoVerzuimmelding,
} from './duo-verzuimmelding';
import type { DuoLevering, DuoTerugkoppeling } from './duo-verzuimregister';

// The wire format of the ROD simulator (tools/duo-simulator/README.md). The field list follows
// the Besluit verzuimmelding; the names and nesting are our stand-in, because DUO's own schema
// comes with the koppelvlakspecificatie under a supplier agreement (koppelingen §1.2). A
// production DuoVerzuimregister maps DUO's real messages to the same domain types.

/** DUO's melding identifier as far as we accept it: a short code, never free text. */
export const MELDINGSNUMMER_PATROON = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const GEMEENTE_PATROON = /^\d{4}$/;
/** BRIN: 2 digits and 2 letters or digits. */
const BRIN_PATROON = /^[0-9]{2}[A-Z0-9]{2}$/;
const MAX_TEKST = 2000;

type Ruw = Record<string, unknown>;

function isRuwObject(waarde: unknown): waarde is Ruw {
  return typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde);
}

const DAGEN_PER_MAAND = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `JJJJ-MM-DD` naming a day that exists (no 2027-02-29). */
function isBestaandeDatum(waarde: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(waarde)) return false;
  const jaar = Number(waarde.slice(0, 4));
  const maand = Number(waarde.slice(5, 7));
  const dag = Number(waarde.slice(8, 10));
  if (jaar < 1 || maand < 1 || maand > 12 || dag < 1) return false;
  const schrikkel = maand === 2 && jaar % 4 === 0 && (jaar % 100 !== 0 || jaar % 400 === 0);
  return dag <= DAGEN_PER_MAAND[maand - 1] + (schrikkel ? 1 : 0);
}

/** ISO 8601 instant with seconds and an offset (RFC 3339), e.g. 2026-08-24T08:03:53.000+02:00. */
const TIJDSTIP_PATROON = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const POSTCODE_PATROON = /^[1-9]\d{3} ?[A-Za-z]{2}$/;

function isTijdstip(waarde: string): boolean {
  const gevonden = TIJDSTIP_PATROON.exec(waarde);
  return gevonden !== null && isBestaandeDatum(gevonden[1]);
}

/**
 * Reads the fields of one wire melding and collects the domain names of the bad ones. Written
 * out rather than as a zod schema: the intake reads 20,000 meldingen in one go, and a schema of
 * ~40 nodes costs over 100 µs per melding, this a few.
 */
class MeldingLezer {
  readonly velden: string[] = [];

  fout(veld: string): null {
    if (!this.velden.includes(veld)) this.velden.push(veld);
    return null;
  }

  /** A group (object); absent or null is `null`, and an error when required. */
  groep(waarde: unknown, veld: string, verplicht: boolean): Ruw | null {
    if (waarde === undefined || waarde === null) return verplicht ? this.fout(veld) : null;
    return isRuwObject(waarde) ? waarde : this.fout(veld);
  }

  /** Required text: trimmed, not empty, at most `max` long, optionally matching `patroon`. */
  verplichteTekst(waarde: unknown, veld: string, max: number, patroon?: RegExp): string | null {
    if (typeof waarde !== 'string') return this.fout(veld);
    const tekst = patroon ? waarde : waarde.trim();
    if (tekst.length === 0 || tekst.length > max || (patroon !== undefined && !patroon.test(tekst))) return this.fout(veld);
    return tekst;
  }

  /** Optional text: absent, null and blank all mean "not supplied". */
  tekst(waarde: unknown, veld: string, max = MAX_TEKST): string | null {
    if (waarde === undefined || waarde === null) return null;
    if (typeof waarde !== 'string' || waarde.length > max) return this.fout(veld);
    return waarde.trim() === '' ? null : waarde;
  }

  /** Optional code matching `patroon` (no trimming: a code is exact or wrong). */
  code(waarde: unknown, veld: string, patroon: RegExp): string | null {
    if (waarde === undefined || waarde === null) return null;
    return typeof waarde === 'string' && patroon.test(waarde) ? waarde : this.fout(veld);
  }

  keuze<T extends string>(waarde: unknown, veld: string, lijst: readonly T[]): T | null {
    const gevonden = lijst.find((optie) => optie === waarde);
    return gevonden ?? this.fout(veld);
  }

  datum(waarde: unknown, veld: string, verplicht: boolean): string | null {
    if (!verplicht && (waarde === undefined || waarde === null)) return null;
    return typeof waarde === 'string' && isBestaandeDatum(waarde) ? waarde : this.fout(veld);
  }

  janee(waarde: unknown, veld: string): boolean | null {
    if (waarde === undefined || waarde === null) return null;
    return typeof waarde === 'boolean' ? waarde : this.fout(veld);
  }

  getal(waarde: unknown, veld: string, min: number, max: number, geheel: boolean): number | null {
    if (waarde === undefined || waarde === null) return null;
    if (typeof waarde !== 'number' || !Number.isFinite(waarde) || (geheel && !Number.isInteger(waarde)) || waarde < min || waarde > max) return this.fout(veld);
    return waarde;
  }
}

/** "Actie door gemeente gewenst: ja/nee (+ toelichting)"; null when absent or unreadable (then recorded). */
function leesActieGewenst(l: MeldingLezer, waarde: unknown): DuoVerzuimmelding['actieGemeenteGewenst'] {
  const ruw = l.groep(waarde, 'actieGemeenteGewenst', false);
  if (ruw === null) return null;
  const toelichting = l.tekst(ruw.toelichting, 'actieGemeenteGewenst.toelichting');
  if (typeof ruw.gewenst !== 'boolean') return l.fout('actieGemeenteGewenst.gewenst');
  return { gewenst: ruw.gewenst, toelichting };
}

/** "Afwijkend (verblijfs)adres"; null when absent or unreadable (then recorded). */
function leesAdres(l: MeldingLezer, waarde: unknown): DuoAdres | null {
  const ruw = l.groep(waarde, 'afwijkendAdres', false);
  if (ruw === null) return null;
  const straat = l.verplichteTekst(ruw.straatnaam, 'afwijkendAdres.straat', 200);
  const huisnummer =
    typeof ruw.huisnummer === 'number' && Number.isInteger(ruw.huisnummer) && ruw.huisnummer > 0
      ? String(ruw.huisnummer)
      : l.verplichteTekst(ruw.huisnummer, 'afwijkendAdres.huisnummer', 10);
  const huisletter = l.tekst(ruw.huisletter, 'afwijkendAdres.huisletter', 5);
  const toevoeging = l.tekst(ruw.huisnummertoevoeging, 'afwijkendAdres.toevoeging', 10);
  const postcode = l.code(ruw.postcode, 'afwijkendAdres.postcode', POSTCODE_PATROON);
  const locatieaanduiding = l.tekst(ruw.locatieaanduiding, 'afwijkendAdres.locatieaanduiding', 200);
  const plaats = l.verplichteTekst(ruw.woonplaats, 'afwijkendAdres.plaats', 200);
  if (straat === null || huisnummer === null || plaats === null) return null;
  return { straat, huisnummer, huisletter, toevoeging, postcode: postcode === null ? null : postcode.replace(' ', '').toUpperCase(), locatieaanduiding, plaats };
}

/** The result of reading one wire melding: the melding, or the names of its bad fields. */
export type RodMeldingLezing =
  | { leesbaar: true; melding: DuoVerzuimmelding }
  | { leesbaar: false; meldingsnummer: string | null; gemeente: string | null; velden: string[] };

/**
 * Reads one melding in the simulator's wire format (tools/duo-simulator/README.md, "Melding").
 * Never throws and never returns a value of a bad melding: only its meldingsnummer and gemeente
 * (when those are well-formed, so the intake can record and route the failure) and the domain
 * names of all its bad fields (e.g. 'leerling.bsn'), in field order.
 *
 * Required (Besluit verzuimmelding, bijlage, and what the intake cannot do without):
 * meldingsnummer, registratietijdstip, gemeente, status, a leerling number, school.brin and
 * onderwijssoort, beginDatum, a known category, melder.naam.
 */
export function leesVerzuimmelding(json: unknown): RodMeldingLezing {
  if (!isRuwObject(json)) return { leesbaar: false, meldingsnummer: null, gemeente: null, velden: ['melding'] };
  const l = new MeldingLezer();
  const meldingsnummer = l.verplichteTekst(json.meldingsnummer, 'meldingsnummer', 64, MELDINGSNUMMER_PATROON);
  const registratietijdstip = typeof json.registratietijdstip === 'string' && isTijdstip(json.registratietijdstip) ? json.registratietijdstip : l.fout('registratietijdstip');
  const gemeente = l.verplichteTekst(json.gemeente, 'gemeente', 4, GEMEENTE_PATROON);
  const status = l.keuze(json.status, 'status', DUO_MELDING_STATUSSEN);

  const leerlingRuw = l.groep(json.leerling, 'leerling', true);
  const leerling = leerlingRuw && {
    bsn: l.code(leerlingRuw.burgerservicenummer, 'leerling.bsn', /^\d{9}$/),
    // DUO issues onderwijsnummers to pupils without a (verifiable) BSN. Only the 9 digits are
    // checked: DUO is the source of the number, not us.
    onderwijsnummer: l.code(leerlingRuw.onderwijsnummer, 'leerling.onderwijsnummer', /^\d{9}$/),
    geboortedatum: l.datum(leerlingRuw.geboortedatum, 'leerling.geboortedatum', false),
    naam: l.tekst(leerlingRuw.naam, 'leerling.naam', 200),
  };
  if (leerling !== null) {
    if (leerling.bsn !== null && !isGeldigBsn(leerling.bsn)) leerling.bsn = l.fout('leerling.bsn');
    const opgegeven = (waarde: unknown) => waarde !== undefined && waarde !== null;
    if (!opgegeven(leerlingRuw?.burgerservicenummer) && !opgegeven(leerlingRuw?.onderwijsnummer)) {
      // Besluit verzuimmelding, bijlage: persoonsgebonden nummer = BSN or onderwijsnummer.
      l.fout('leerling.bsn');
      l.fout('leerling.onderwijsnummer');
    }
  }

  const schoolRuw = l.groep(json.school, 'school', true);
  const school = schoolRuw && {
    brin: l.verplichteTekst(schoolRuw.brin, 'school.brin', 4, BRIN_PATROON),
    onderwijssoort: l.keuze(schoolRuw.onderwijssoort, 'school.onderwijssoort', DUO_ONDERWIJSSOORTEN),
    leslocatie: l.tekst(schoolRuw.naamLeslocatie, 'school.leslocatie', 200),
  };

  const beginDatum = l.datum(json.begindatumVerzuim, 'beginDatum', true);
  let eindDatum = l.datum(json.einddatumVerzuim, 'eindDatum', false);
  if (beginDatum !== null && eindDatum !== null && eindDatum < beginDatum) eindDatum = l.fout('eindDatum');
  const duoCategorie = l.verplichteTekst(json.vermoedelijkeSoortVerzuim, 'duoCategorie', 64);
  const verzuimsoort = duoCategorie === null ? null : (duoVerzuimsoort(duoCategorie) ?? l.fout('duoCategorie'));
  const vermoedelijkeReden = l.tekst(json.vermoedelijkeRedenVerzuim, 'vermoedelijkeReden');
  const alleLessenGemist = l.janee(json.alleLessenGemist, 'alleLessenGemist');
  const actieDoorSchool = l.tekst(json.doorSchoolOndernomenActie, 'actieDoorSchool');
  const actieGemeenteGewenst = leesActieGewenst(l, json.actieDoorGemeenteGewenst);

  const melderRuw = l.groep(json.melder, 'melder', true);
  const melder = melderRuw && {
    naam: l.verplichteTekst(melderRuw.naam, 'melder.naam', 200),
    functie: l.tekst(melderRuw.functie, 'melder.functie', 200),
    telefoon: l.tekst(melderRuw.telefoonnummer, 'melder.telefoon', 50),
    email: l.tekst(melderRuw.emailadres, 'melder.email', 200),
    isDirecteur: l.janee(melderRuw.isDirecteur, 'melder.isDirecteur'),
  };
  const telefoonOuderOfLeerling = l.tekst(json.telefoonnummerOuderOfLeerling, 'telefoonOuderOfLeerling', 50);

  const afwijkendAdres = leesAdres(l, json.afwijkendVerblijfadres);

  // A specificatie that is not a group makes both of its numbers unreadable.
  const specificatie = json.verzuimspecificatie;
  const spec: Ruw =
    specificatie === undefined || specificatie === null ? {} : isRuwObject(specificatie) ? specificatie : { verzuimdagen: specificatie, verzuimuren: specificatie };
  // Lpw art 21a: uren and dagen are counted per melding; beyond these the number is not plausible.
  const verzuimdagen = l.getal(spec.verzuimdagen, 'verzuimdagen', 0, 366, true);
  const verzuimuren = l.getal(spec.verzuimuren, 'verzuimuren', 0, 1000, false);
  const toelichtingSchool = l.tekst(json.toelichtingSchool, 'toelichtingSchool');
  // koppelingen §1.4: old meldingen carry Overnemende Partij or Andere Overnemende Partij.
  const overnemendePartij = l.tekst(json.overnemendePartij ?? json.andereOvernemendePartij, 'overnemendePartij', 200);

  if (
    l.velden.length > 0 ||
    meldingsnummer === null ||
    registratietijdstip === null ||
    gemeente === null ||
    status === null ||
    leerling === null ||
    school === null ||
    school.brin === null ||
    school.onderwijssoort === null ||
    beginDatum === null ||
    duoCategorie === null ||
    verzuimsoort === null ||
    melder === null ||
    melder.naam === null
  ) {
    return {
      leesbaar: false,
      meldingsnummer,
      gemeente,
      // Every null above has recorded its field; the fallback only guards that invariant.
      velden: l.velden.length > 0 ? l.velden : ['melding'],
    };
  }
  return {
    leesbaar: true,
    melding: {
      meldingsnummer,
      registratietijdstip,
      gemeente,
      status,
      leerling,
      school: { brin: school.brin, onderwijssoort: school.onderwijssoort, leslocatie: school.leslocatie },
      beginDatum,
      eindDatum,
      duoCategorie,
      verzuimsoort,
      vermoedelijkeReden,
      alleLessenGemist,
      actieDoorSchool,
      actieGemeenteGewenst,
      melder: { naam: melder.naam, functie: melder.functie, telefoon: melder.telefoon, email: melder.email, isDirecteur: melder.isDirecteur },
      telefoonOuderOfLeerling,
      afwijkendAdres,
      verzuimdagen,
      verzuimuren,
      toelichtingSchool,
      overnemendePartij,
    },
  };
}

function veldnaam(pad: readonly (string | number)[], standaard: string): string {
  const naam = pad.filter((deel): deel is string => typeof deel === 'string').join('.');
  return naam === '' ? standaard : naam;
}

const statuswijzigingSchema = z.object({
  meldingsnummer: z.string().regex(MELDINGSNUMMER_PATROON),
  status: z.literal('ingetrokken'),
  tijdstip: z.string().datetime({ offset: true }),
});

/**
 * Reads one feed entry (its volgnummer already checked by the caller). Anything the intake
 * cannot use becomes soort 'onleesbaar', so one bad entry never stops the rest of the page.
 * An entry routed to a gemeente that was not asked for is unreadable too: storing it would put a
 * melding under the wrong gemeente's row-level security.
 */
export function leesLevering(json: Ruw & { volgnummer: number }, gemeenten: ReadonlySet<string>): DuoLevering {
  const { volgnummer } = json;
  const routering = typeof json.gemeente === 'string' && gemeenten.has(json.gemeente) ? json.gemeente : null;
  const velden = new Set<string>(json.gemeente !== undefined && routering === null ? ['gemeente'] : []);
  const envelopNummer = typeof json.meldingsnummer === 'string' && MELDINGSNUMMER_PATROON.test(json.meldingsnummer) ? json.meldingsnummer : null;
  const onleesbaar = (meldingsnummer: string | null, gemeente: string | null): DuoLevering => ({
    volgnummer,
    soort: 'onleesbaar',
    meldingsnummer,
    gemeente,
    velden: [...velden],
  });

  if (json.soort === 'melding') {
    const lezing = leesVerzuimmelding(json.melding);
    if (!lezing.leesbaar) {
      for (const veld of lezing.velden) velden.add(veld);
      return onleesbaar(envelopNummer ?? lezing.meldingsnummer, routering ?? (lezing.gemeente !== null && gemeenten.has(lezing.gemeente) ? lezing.gemeente : null));
    }
    const { melding } = lezing;
    if (!gemeenten.has(melding.gemeente) || (routering !== null && melding.gemeente !== routering)) velden.add('gemeente');
    if (json.meldingsnummer !== undefined && json.meldingsnummer !== melding.meldingsnummer) velden.add('meldingsnummer');
    if (velden.size > 0) return onleesbaar(melding.meldingsnummer, routering ?? (gemeenten.has(melding.gemeente) ? melding.gemeente : null));
    return { volgnummer, soort: 'melding', meldingsnummer: melding.meldingsnummer, melding };
  }
  if (json.soort === 'statuswijziging') {
    const resultaat = statuswijzigingSchema.safeParse(json);
    if (!resultaat.success) for (const issue of resultaat.error.issues) velden.add(veldnaam(issue.path, 'levering'));
    if (!resultaat.success || velden.size > 0) return onleesbaar(envelopNummer, routering);
    return { volgnummer, soort: 'statuswijziging', meldingsnummer: resultaat.data.meldingsnummer, status: 'ingetrokken', tijdstip: resultaat.data.tijdstip };
  }
  velden.add('soort');
  return onleesbaar(envelopNummer, routering);
}

/** The terugkoppeling on the wire (tools/duo-simulator/README.md, "Terugkoppeling"). */
export interface RodTerugkoppeling {
  terugkoppelingId: string;
  meldingsnummer: string;
  statusMelding: string;
  acties: string[];
  redenAfsluiting: string | null;
  toelichtingAfsluiting: string | null;
  gemeentelijkeContactpersoon: { naam: string; functie: string | null; telefoonnummer: string | null; emailadres: string | null };
}

/**
 * Domain → wire. Only the listed fields travel, whatever else the caller's object carries
 * (e.g. an internal handover to derden, which must not reach DUO, koppelingen §1.4).
 */
export function naarRodTerugkoppeling(terugkoppeling: DuoTerugkoppeling): RodTerugkoppeling {
  const { contactpersoon } = terugkoppeling;
  return {
    terugkoppelingId: terugkoppeling.terugkoppelingId,
    meldingsnummer: terugkoppeling.meldingsnummer,
    statusMelding: terugkoppeling.status,
    acties: [...terugkoppeling.acties],
    redenAfsluiting: terugkoppeling.afsluitreden,
    toelichtingAfsluiting: terugkoppeling.toelichting,
    gemeentelijkeContactpersoon: {
      naam: contactpersoon.naam,
      functie: contactpersoon.functie,
      telefoonnummer: contactpersoon.telefoon,
      emailadres: contactpersoon.email,
    },
  };
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
    case 'too_small':
      return 'is leeg of te klein';
    case 'too_big':
      return 'is te lang of te groot';
    default:
      return 'is ongeldig';
  }
}

/** "DUO-antwoord leveringen: veld 'leveringen[3].volgnummer' ontbreekt", never the value. */
export function beschrijfZodFout(error: z.ZodError, onderwerp: string): string {
  const [eerste] = error.issues;
  const veld = eerste.path.reduce<string>((tekst, deel) => (typeof deel === 'number' ? `${tekst}[${deel}]` : tekst ? `${tekst}.${deel}` : deel), '');
  const meer = error.issues.length > 1 ? ` (en ${error.issues.length - 1} ander(e) probleem/problemen)` : '';
  return `${onderwerp}: ${veld === '' ? 'het antwoord' : `veld '${veld}'`} ${probleem(eerste)}${meer}`;
}
