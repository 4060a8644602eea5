import { DOSSIER_GRONDEN } from '@leerrecht/shared/util-instructie';
import { isDatum, type Datum } from '@leerrecht/shared/util-kalender';
import { leesCsv, type CsvRecord } from './csv';
import {
  GESLACHTEN,
  IMPORT_ONDERWIJSSOORTEN,
  type ImportContext,
  type ImportDossier,
  type ImportFout,
  type ImportInschrijving,
  type ImportPersoon,
  type ImportResultaat,
  type ImportRijSoorten,
  type Importsoort,
} from './import.types';
import {
  MAX_LENGTE_KENMERK,
  MAX_LENGTE_NAAM,
  RijFouten,
  leesBsn,
  leesDatum,
  leesDatumwaarde,
  leesGemeente,
  leesKeuze,
  leesSchool,
  leesTekst,
  type Cellen,
} from './velden';

export interface ImportKolom {
  naam: string;
  /** A required column must be in the header and filled on every row. */
  verplicht: boolean;
}

/** Header names per soort (fixed, case-insensitive, any order). */
export const IMPORT_KOLOMMEN: { readonly [S in Importsoort]: readonly ImportKolom[] } = {
  personen: [
    { naam: 'bsn', verplicht: true },
    { naam: 'voornamen', verplicht: true },
    { naam: 'voorvoegsel', verplicht: false },
    { naam: 'geslachtsnaam', verplicht: true },
    { naam: 'geslacht', verplicht: false },
    { naam: 'geboortedatum', verplicht: true },
    { naam: 'gemeente', verplicht: true },
  ],
  inschrijvingen: [
    { naam: 'bsn', verplicht: true },
    { naam: 'gemeente', verplicht: true },
    { naam: 'brin', verplicht: true },
    { naam: 'onderwijslocatie', verplicht: false },
    { naam: 'onderwijssoort', verplicht: true },
    { naam: 'datum_inschrijving', verplicht: true },
    { naam: 'datum_uitschrijving', verplicht: false },
  ],
  dossiers: [
    { naam: 'bsn', verplicht: true },
    { naam: 'gemeente', verplicht: true },
    { naam: 'reden', verplicht: true },
    { naam: 'geopend_op', verplicht: true },
    { naam: 'kenmerk_bron', verplicht: true },
  ],
};

/**
 * Two rows with the same key in one file describe the same fact twice; the later one is refused.
 * Dates in a key are compared after normalising, so 01-09-2024 and 2024-09-01 are the same day.
 */
export const IMPORT_SLEUTELS: { readonly [S in Importsoort]: readonly string[] } = {
  personen: ['bsn', 'gemeente'],
  inschrijvingen: ['bsn', 'gemeente', 'brin', 'datum_inschrijving'],
  dossiers: ['bsn', 'gemeente'],
};

/**
 * A birth date further back than this is a data error in a leerplicht file: the oldest youths the
 * platform follows are far younger (kwalificatieplicht to 18, Doorstroompunt to 27). A plausibility
 * bound for migration, not a legal limit.
 */
export const MAX_LEEFTIJD_JAREN = 30;

type RijLezer<T> = (cellen: Cellen, context: ImportContext, fouten: RijFouten) => T | undefined;

const leesPersoon: RijLezer<ImportPersoon> = (cellen, context, fouten) => {
  const bsn = leesBsn(cellen, fouten);
  const voornamen = leesTekst(cellen, 'voornamen', fouten, { verplicht: true, maxLengte: MAX_LENGTE_NAAM });
  const voorvoegsel = leesTekst(cellen, 'voorvoegsel', fouten, { verplicht: false, maxLengte: MAX_LENGTE_NAAM });
  const geslachtsnaam = leesTekst(cellen, 'geslachtsnaam', fouten, { verplicht: true, maxLengte: MAX_LENGTE_NAAM });
  const geslacht = leesKeuze(cellen, 'geslacht', fouten, {
    keuzes: GESLACHTEN,
    verplicht: false,
    code: 'ONGELDIGE_WAARDE',
    reden: 'Het veld geslacht moet M, V of O zijn.',
  });
  const geboortedatum = leesDatum(cellen, 'geboortedatum', fouten, true);
  if (geboortedatum !== undefined) {
    if (geboortedatum > context.vandaag) {
      fouten.voegToe('geboortedatum', 'DATUM_IN_TOEKOMST', 'Het veld geboortedatum ligt in de toekomst.');
    } else if (geboortedatum < jarenTerug(context.vandaag, MAX_LEEFTIJD_JAREN)) {
      fouten.voegToe('geboortedatum', 'DATUM_TE_OUD', `Het veld geboortedatum ligt meer dan ${MAX_LEEFTIJD_JAREN} jaar in het verleden.`);
    }
  }
  const gemeente = leesGemeente(cellen, fouten, context.gemeenten);
  if (!fouten.leeg || bsn === undefined || voornamen === undefined || geslachtsnaam === undefined || geboortedatum === undefined || gemeente === undefined) {
    return undefined;
  }
  return zonderLeeg({ bsn, voornamen, voorvoegsel, geslachtsnaam, geslacht, geboortedatum, gemeente });
};

const leesInschrijving: RijLezer<ImportInschrijving> = (cellen, context, fouten) => {
  const bsn = leesBsn(cellen, fouten);
  const gemeente = leesGemeente(cellen, fouten, context.gemeenten);
  const school = leesSchool(cellen, fouten, context.bestaandeSchool);
  const onderwijssoort = leesKeuze(cellen, 'onderwijssoort', fouten, {
    keuzes: IMPORT_ONDERWIJSSOORTEN,
    verplicht: true,
    code: 'ONBEKENDE_ONDERWIJSSOORT',
    reden: `Het veld onderwijssoort is geen bekende onderwijssoort (${IMPORT_ONDERWIJSSOORTEN.join(', ')}).`,
  });
  const datumInschrijving = leesDatum(cellen, 'datum_inschrijving', fouten, true);
  if (datumInschrijving !== undefined && datumInschrijving > context.vandaag) {
    fouten.voegToe('datum_inschrijving', 'DATUM_IN_TOEKOMST', 'Het veld datum_inschrijving ligt in de toekomst.');
  }
  const datumUitschrijving = leesDatum(cellen, 'datum_uitschrijving', fouten, false);
  if (datumInschrijving !== undefined && datumUitschrijving !== undefined && datumUitschrijving < datumInschrijving) {
    fouten.voegToe('datum_uitschrijving', 'ONGELDIGE_PERIODE', 'Het veld datum_uitschrijving ligt vóór datum_inschrijving.');
  }
  if (!fouten.leeg || bsn === undefined || gemeente === undefined || school === undefined || onderwijssoort === undefined || datumInschrijving === undefined) {
    return undefined;
  }
  return zonderLeeg({ bsn, gemeente, ...school, onderwijssoort, datumInschrijving, datumUitschrijving });
};

const leesDossier: RijLezer<ImportDossier> = (cellen, context, fouten) => {
  const bsn = leesBsn(cellen, fouten);
  const gemeente = leesGemeente(cellen, fouten, context.gemeenten);
  const reden = leesKeuze(cellen, 'reden', fouten, {
    keuzes: DOSSIER_GRONDEN,
    verplicht: true,
    code: 'ONBEKENDE_REDEN',
    reden: 'Het veld reden is geen bekende grond voor een leerlingdossier.',
  });
  // A dossier is opened only on a ground of the gemeente's instructie (000 art 4 lid 1 "slechts"; 003 art 4 lid 1).
  if (reden !== undefined && gemeente !== undefined && !context.dossierGronden(gemeente).includes(reden)) {
    fouten.voegToe('reden', 'REDEN_NIET_TOEGESTAAN', 'Het veld reden is in deze gemeente geen grond om een leerlingdossier te openen.');
  }
  const geopendOp = leesDatum(cellen, 'geopend_op', fouten, true);
  if (geopendOp !== undefined && geopendOp > context.vandaag) {
    fouten.voegToe('geopend_op', 'DATUM_IN_TOEKOMST', 'Het veld geopend_op ligt in de toekomst.');
  }
  const kenmerkBron = leesTekst(cellen, 'kenmerk_bron', fouten, { verplicht: true, maxLengte: MAX_LENGTE_KENMERK });
  if (!fouten.leeg || bsn === undefined || gemeente === undefined || reden === undefined || geopendOp === undefined || kenmerkBron === undefined) {
    return undefined;
  }
  return { bsn, gemeente, reden, geopendOp, kenmerkBron };
};

const LEZERS: { readonly [S in Importsoort]: RijLezer<ImportRijSoorten[S]> } = {
  personen: leesPersoon,
  inschrijvingen: leesInschrijving,
  dossiers: leesDossier,
};

/**
 * Parses and checks one CSV file of a JVS export (koppelingen.md §17) for migration into Leerrecht.
 * Every row is checked on its own: a bad row is reported with its line and all its problems and
 * never stops the good rows. Problems with the header itself (a missing or repeated column) return
 * no rows at all. Does no I/O; the caller stores `rijen`, each as a whole.
 */
export function leesImportbestand<S extends Importsoort>(tekst: string, soort: S, context: ImportContext): ImportResultaat<ImportRijSoorten[S]> {
  if (!isDatum(context.vandaag)) {
    throw new Error('ImportContext.vandaag is geen bestaande datum (JJJJ-MM-DD).');
  }
  const csv = leesCsv(tekst);
  const fouten: ImportFout[] = [...csv.fouten];
  const rijen: ImportResultaat<ImportRijSoorten[S]>['rijen'] = [];

  if (csv.kop === undefined) {
    return { rijen, fouten: [{ regel: 1, code: 'LEEG_BESTAND', reden: 'Het bestand is leeg: er is geen kopregel met kolomnamen.' }, ...fouten] };
  }
  const kolommen = IMPORT_KOLOMMEN[soort];
  const kop = controleerKop(csv.kop, kolommen);
  fouten.push(...kop.fouten);
  if (kop.bruikbaar) {
    const lezer: RijLezer<ImportRijSoorten[S]> = LEZERS[soort];
    const eerderGezien = new Map<string, number>();
    for (const record of csv.records) {
      const rijFouten = new RijFouten(record.regel);
      if (record.cellen.length !== csv.kop.cellen.length) {
        // Cells no longer line up with the header (often an unquoted separator inside a name): checking them would mislead.
        rijFouten.voegToe(undefined, 'AANTAL_VELDEN', `De regel heeft ${record.cellen.length} velden, de kopregel ${csv.kop.cellen.length}.`);
        fouten.push(...rijFouten.lijst);
        continue;
      }
      const cellen = celMap(record, kop.kolomVanPositie);
      const waarde = lezer(cellen, context, rijFouten);
      const sleutel = sleutelVan(cellen, IMPORT_SLEUTELS[soort]);
      if (sleutel !== undefined) {
        const eerdere = eerderGezien.get(sleutel);
        if (eerdere === undefined) {
          eerderGezien.set(sleutel, record.regel);
        } else {
          rijFouten.voegToe(undefined, 'DUBBELE_RIJ', `Dubbele rij: dezelfde ${opsomming(IMPORT_SLEUTELS[soort])} als regel ${eerdere}.`);
        }
      }
      if (waarde !== undefined && rijFouten.leeg) rijen.push({ regel: record.regel, waarde });
      fouten.push(...rijFouten.lijst);
    }
  }
  // Stable sort: a row's problems stay in column order.
  fouten.sort((a, b) => a.regel - b.regel);
  return { rijen, fouten };
}

interface Kopcontrole {
  bruikbaar: boolean;
  /** Column name per cell position; undefined for an unknown column (ignored). */
  kolomVanPositie: (string | undefined)[];
  fouten: ImportFout[];
}

function controleerKop(kop: CsvRecord, kolommen: readonly ImportKolom[]): Kopcontrole {
  const fouten: ImportFout[] = [];
  const bekend = new Set(kolommen.map((k) => k.naam));
  const kolomVanPositie = kop.cellen.map((cel) => {
    const naam = cel.toLowerCase();
    return bekend.has(naam) ? naam : undefined;
  });

  // Positions, not names: a file without a header would otherwise echo its first data row.
  const onbekend = kolomVanPositie.flatMap((naam, i) => (naam === undefined ? [i + 1] : []));
  if (onbekend.length > 0) {
    fouten.push({
      regel: kop.regel,
      code: 'ONBEKENDE_KOLOM',
      reden: `Onbekende kolom${onbekend.length > 1 ? 'men' : ''} op positie ${onbekend.join(', ')}; deze worden genegeerd. Toegestaan: ${kolommen.map((k) => k.naam).join(', ')}.`,
    });
  }
  const dubbel = kolommen.filter((k) => kolomVanPositie.filter((naam) => naam === k.naam).length > 1).map((k) => k.naam);
  if (dubbel.length > 0) {
    fouten.push({ regel: kop.regel, code: 'DUBBELE_KOLOM', reden: `De kopregel noemt ${opsomming(dubbel)} meer dan eens; het bestand is niet verwerkt.` });
  }
  const ontbrekend = kolommen.filter((k) => k.verplicht && !kolomVanPositie.includes(k.naam)).map((k) => k.naam);
  if (ontbrekend.length > 0) {
    fouten.push({
      regel: kop.regel,
      code: 'ONTBREKENDE_KOLOM',
      reden: `Verplichte kolom${ontbrekend.length > 1 ? 'men' : ''} ${opsomming(ontbrekend)} ontbreke${ontbrekend.length > 1 ? 'n' : 'kt'}; het bestand is niet verwerkt.`,
    });
  }
  return { bruikbaar: dubbel.length === 0 && ontbrekend.length === 0, kolomVanPositie, fouten };
}

function celMap(record: CsvRecord, kolomVanPositie: readonly (string | undefined)[]): Cellen {
  const cellen: Record<string, string | undefined> = {};
  record.cellen.forEach((cel, i) => {
    const naam = kolomVanPositie[i];
    if (naam !== undefined) cellen[naam] = cel === '' ? undefined : cel;
  });
  return cellen;
}

function sleutelVan(cellen: Cellen, velden: readonly string[]): string | undefined {
  const delen: string[] = [];
  for (const veld of velden) {
    const waarde = cellen[veld];
    if (waarde === undefined) return undefined;
    delen.push(veld.startsWith('datum') ? (leesDatumwaarde(waarde) ?? waarde) : waarde);
  }
  return delen.join('\u0000');
}

/** The same calendar day `jaren` years earlier, as an ISO string; 29 February compares correctly as text. */
function jarenTerug(datum: Datum, jaren: number): string {
  return `${String(Number(datum.slice(0, 4)) - jaren).padStart(4, '0')}${datum.slice(4)}`;
}

function opsomming(woorden: readonly string[]): string {
  return woorden.length <= 1 ? (woorden[0] ?? '') : `${woorden.slice(0, -1).join(', ')} en ${woorden[woorden.length - 1]}`;
}

/** Drops optional properties that are undefined, so a stored record has no `key: undefined`. */
function zonderLeeg<T extends object>(waarde: T): T {
  return Object.fromEntries(Object.entries(waarde).filter(([, v]) => v !== undefined)) as T;
}
