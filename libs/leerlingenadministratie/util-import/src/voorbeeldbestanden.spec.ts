import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IJSSEL_VECHT } from '@leerrecht/shared/util-instructie';
import type { ImportContext, ImportFoutCode, Importsoort } from './import.types';
import { leesImportbestand } from './lees-importbestand';

/**
 * The example files in tools/import/voorbeeld must give exactly the errors docs/import.md lists,
 * so the documentation cannot drift from the code. Context as the doc describes it: a user of
 * Zwolle and Kampen (IJssel-Vecht grounds), a scholenregister with 99XX (locaties 00, 01) and 98YY.
 */
const MAP = join(__dirname, '../../../../tools/import/voorbeeld');
const SCHOLEN = new Map<string, readonly string[]>([
  ['99XX', ['00', '01']],
  ['98YY', []],
]);

const CONTEXT: ImportContext = {
  gemeenten: new Set(IJSSEL_VECHT.gemeenten.map((g) => g.code)),
  bestaandeSchool: (brin, locatie) => {
    const locaties = SCHOLEN.get(brin);
    return locaties !== undefined && (locatie === undefined || locaties.includes(locatie));
  },
  dossierGronden: () => IJSSEL_VECHT.regels.dossier.gronden.waarde,
  vandaag: '2026-03-15',
};

const VERWACHT: { [S in Importsoort]: { goed: number[]; fouten: { regel: number; veld?: string; code: ImportFoutCode }[] } } = {
  personen: {
    goed: [2, 3, 10],
    fouten: [
      { regel: 4, veld: 'geboortedatum', code: 'ONGELDIGE_DATUM' },
      { regel: 5, veld: 'bsn', code: 'ONGELDIG_BSN' },
      { regel: 6, veld: 'voornamen', code: 'ONGELDIGE_TEKST' },
      { regel: 8, veld: 'geslacht', code: 'ONGELDIGE_WAARDE' },
      { regel: 8, veld: 'gemeente', code: 'GEMEENTE_NIET_TOEGESTAAN' },
      { regel: 9, code: 'DUBBELE_RIJ' },
    ],
  },
  inschrijvingen: {
    goed: [2, 3, 4],
    fouten: [
      { regel: 5, veld: 'brin', code: 'ONBEKENDE_SCHOOL' },
      { regel: 6, veld: 'onderwijssoort', code: 'ONBEKENDE_ONDERWIJSSOORT' },
      { regel: 7, veld: 'datum_uitschrijving', code: 'ONGELDIGE_PERIODE' },
      { regel: 8, code: 'DUBBELE_RIJ' },
      { regel: 9, veld: 'datum_inschrijving', code: 'DATUM_IN_TOEKOMST' },
    ],
  },
  dossiers: {
    goed: [2, 3, 4],
    fouten: [
      { regel: 5, veld: 'reden', code: 'ONBEKENDE_REDEN' },
      { regel: 6, veld: 'gemeente', code: 'GEMEENTE_NIET_TOEGESTAAN' },
      { regel: 7, veld: 'kenmerk_bron', code: 'VERPLICHT_VELD' },
      { regel: 8, code: 'DUBBELE_RIJ' },
    ],
  },
};

describe('example files in tools/import/voorbeeld', () => {
  it.each(['personen', 'inschrijvingen', 'dossiers'] as const)('%s.csv gives the rows and errors docs/import.md lists', (soort) => {
    const { rijen, fouten } = leesImportbestand(readFileSync(join(MAP, `${soort}.csv`), 'utf8'), soort, CONTEXT);
    expect(rijen.map((r) => r.regel)).toEqual(VERWACHT[soort].goed);
    expect(fouten.map(({ regel, veld, code }) => (veld === undefined ? { regel, code } : { regel, veld, code }))).toEqual(VERWACHT[soort].fouten);
  });
});
