export * from './import.types';
export { IMPORT_KOLOMMEN, IMPORT_SLEUTELS, MAX_LEEFTIJD_JAREN, leesImportbestand, type ImportKolom } from './lees-importbestand';
export { BRIN_PATROON, leesDatumwaarde } from './velden';
