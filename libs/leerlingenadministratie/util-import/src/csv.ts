import { parse } from 'csv-parse/sync';
import type { ImportFout } from './import.types';

/** One CSV record with the physical line it starts on (1-based; a quoted newline spans lines). */
export interface CsvRecord {
  regel: number;
  cellen: string[];
}

export interface CsvInhoud {
  scheidingsteken: ';' | ',';
  /** The first non-empty record; undefined for an empty file. */
  kop: CsvRecord | undefined;
  records: CsvRecord[];
  /** Records csv-parse could not read (an unclosed quote); reported, never silently dropped. */
  fouten: ImportFout[];
}

interface RecordMetInfo {
  record: string[];
  info: { lines: number };
}

const BOM = '\uFEFF';

/**
 * `;` or `,`, whichever occurs more often outside quotes on the header line. Dutch Excel writes `;`
 * (the comma is the decimal sign), other tools `,`; a tie, or neither, counts as `;`.
 */
export function bepaalScheidingsteken(kopregel: string): ';' | ',' {
  let puntkomma = 0;
  let komma = 0;
  let binnenAanhalingstekens = false;
  for (const teken of kopregel) {
    if (teken === '"') binnenAanhalingstekens = !binnenAanhalingstekens;
    else if (!binnenAanhalingstekens && teken === ';') puntkomma += 1;
    else if (!binnenAanhalingstekens && teken === ',') komma += 1;
  }
  return komma > puntkomma ? ',' : ';';
}

/**
 * Trims a cell. csv-parse (relax_quotes) reads a quoted cell with spaces around it, `"Jan" ;`,
 * literally, quotes and all; such a cell was meant as quoted, so it is unquoted here.
 */
export function schoonCel(cel: string): string {
  const getrimd = cel.trim();
  if (getrimd !== cel && getrimd.length >= 2 && getrimd.startsWith('"') && getrimd.endsWith('"')) {
    return getrimd.slice(1, -1).replace(/""/g, '"').trim();
  }
  return getrimd;
}

function aantalRegeleinden(cellen: readonly string[]): number {
  let aantal = 0;
  for (const cel of cellen) {
    for (const teken of cel) if (teken === '\n') aantal += 1;
  }
  return aantal;
}

/**
 * Reads CSV text into records that know their starting line. Line endings are normalised to `\n`
 * first, so csv-parse's `info.lines` (the line a record ends on) counts physical lines whatever the
 * exporting system wrote; the start line is that minus the newlines inside quoted cells.
 */
export function leesCsv(tekst: string): CsvInhoud {
  const zonderBom = tekst.startsWith(BOM) ? tekst.slice(BOM.length) : tekst;
  const genormaliseerd = zonderBom.replace(/\r\n?/g, '\n');
  const fysiekeRegels = genormaliseerd.split('\n');
  const scheidingsteken = bepaalScheidingsteken(fysiekeRegels.find((r) => r.trim() !== '') ?? '');

  let laatsteEinde = 0;
  const fouten: ImportFout[] = [];
  const eersteNietLegeRegelNa = (regel: number): number => {
    let k = regel + 1;
    while (k <= fysiekeRegels.length && fysiekeRegels[k - 1] === '') k += 1;
    return k;
  };

  // csv-parse's typings do not model `info: true`, which wraps every record as { record, info }.
  const gelezen = parse(genormaliseerd, {
    delimiter: scheidingsteken,
    info: true,
    // A quote inside an unquoted cell (Jan "Sjaak" de Vries) is taken literally instead of failing the row.
    // No `trim` here: with it, a space after a closing quote makes csv-parse drop the rest of the file
    // without a report; cells are trimmed below instead.
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_record: (record, context) => {
      laatsteEinde = context.lines;
      return record;
    },
    on_skip: (fout) => {
      if (fout === undefined) return undefined;
      // An unclosed quote swallows the rest of the file; it is reported where its record starts.
      const regel = fout.code === 'CSV_QUOTE_NOT_CLOSED' ? eersteNietLegeRegelNa(laatsteEinde) : typeof fout.lines === 'number' ? fout.lines : laatsteEinde + 1;
      if (!fouten.some((f) => f.regel === regel)) {
        fouten.push({
          regel,
          code: 'ONLEESBARE_REGEL',
          reden:
            fout.code === 'CSV_QUOTE_NOT_CLOSED'
              ? 'De regel opent een aanhalingsteken dat niet wordt gesloten; het bestand is vanaf deze regel niet gelezen.'
              : 'De regel is geen geldige CSV en is niet gelezen.',
        });
      }
      return undefined;
    },
  }) as unknown as RecordMetInfo[];

  const records: CsvRecord[] = [];
  for (const { record, info } of gelezen) {
    // Rows of only separators or spaces (spreadsheet leftovers) carry nothing to import.
    if (record.every((cel) => cel.trim() === '')) continue;
    records.push({ regel: info.lines - aantalRegeleinden(record), cellen: record.map(schoonCel) });
  }

  const [kop, ...rest] = records;
  return { scheidingsteken, kop, records: rest, fouten };
}
