import type { Datum } from '@leerrecht/shared/util-kalender';
import type { DossierGrond } from '@leerrecht/shared/util-instructie';

/** The three files of a JVS export that Leerrecht takes over (koppelingen.md §17). */
export type Importsoort = 'personen' | 'inschrijvingen' | 'dossiers';

/**
 * Onderwijssoorten as the leerlingenadministratie stores them: the same set as
 * `Onderwijssoort` in apps/leerlingenadministratie/src/inschrijving/inschrijving.entity.ts and the
 * GraphQL enum `Onderwijssoort`. A util may not import from an app, so the list is repeated here;
 * keep the two equal, or an imported enrolment cannot be stored.
 */
export const IMPORT_ONDERWIJSSOORTEN = ['PO', 'SO', 'VSO', 'VO', 'PRO', 'MBO', 'VAVO', 'HO', 'OVERIG'] as const;
export type ImportOnderwijssoort = (typeof IMPORT_ONDERWIJSSOORTEN)[number];

export const GESLACHTEN = ['M', 'V', 'O'] as const;
export type Geslacht = (typeof GESLACHTEN)[number];

/** What the importing user may do and what the region knows; injected so the parser does no I/O. */
export interface ImportContext {
  /** CBS codes of the gemeenten the importing user may write for. */
  gemeenten: ReadonlySet<string>;
  /** Whether the BRIN (and, when given, the onderwijslocatie) is in the scholenregister. */
  bestaandeSchool: (brin: string, onderwijslocatie?: string) => boolean;
  /** The grounds on which the gemeente's instructie allows a leerlingdossier (administratie.md §6.2). */
  dossierGronden: (gemeente: string) => readonly DossierGrond[];
  /** Today, 'YYYY-MM-DD' (injected clock). */
  vandaag: Datum;
}

export interface ImportPersoon {
  bsn: string;
  voornamen: string;
  voorvoegsel?: string;
  geslachtsnaam: string;
  geslacht?: Geslacht;
  geboortedatum: Datum;
  /** CBS code of the woongemeente. */
  gemeente: string;
}

export interface ImportInschrijving {
  bsn: string;
  gemeente: string;
  brin: string;
  onderwijslocatie?: string;
  onderwijssoort: ImportOnderwijssoort;
  /** Original dates from JVS, kept as they were (koppelingen.md §17). */
  datumInschrijving: Datum;
  datumUitschrijving?: Datum;
}

export interface ImportDossier {
  bsn: string;
  gemeente: string;
  reden: DossierGrond;
  geopendOp: Datum;
  /** The case id in JVS, kept so every migrated dossier can be traced to its source. */
  kenmerkBron: string;
}

/** The record type each soort yields. */
export interface ImportRijSoorten {
  personen: ImportPersoon;
  inschrijvingen: ImportInschrijving;
  dossiers: ImportDossier;
}

export type ImportFoutCode =
  | 'LEEG_BESTAND'
  | 'ONBEKENDE_KOLOM'
  | 'ONTBREKENDE_KOLOM'
  | 'DUBBELE_KOLOM'
  | 'ONLEESBARE_REGEL'
  | 'AANTAL_VELDEN'
  | 'VERPLICHT_VELD'
  | 'ONGELDIGE_TEKST'
  | 'ONGELDIG_BSN'
  | 'ONGELDIGE_DATUM'
  | 'DATUM_IN_TOEKOMST'
  | 'DATUM_TE_OUD'
  | 'ONGELDIGE_PERIODE'
  | 'ONGELDIGE_WAARDE'
  | 'ONGELDIGE_GEMEENTE'
  | 'GEMEENTE_NIET_TOEGESTAAN'
  | 'ONGELDIG_BRIN'
  | 'ONBEKENDE_SCHOOL'
  | 'ONBEKENDE_ONDERWIJSLOCATIE'
  | 'ONBEKENDE_ONDERWIJSSOORT'
  | 'ONBEKENDE_REDEN'
  | 'REDEN_NIET_TOEGESTAAN'
  | 'DUBBELE_RIJ';

/**
 * One problem in the file. `regel` is the physical line where the record starts (header = 1);
 * `veld` is the column name when the problem is one cell. `reden` names the field, never its value:
 * the file holds personal data and these messages end up in screens and logs.
 */
export interface ImportFout {
  regel: number;
  veld?: string;
  code: ImportFoutCode;
  reden: string;
}

export interface ImportResultaat<T> {
  rijen: { regel: number; waarde: T }[];
  fouten: ImportFout[];
}
