import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { BrpFout } from './brp-fout';
import { vanHaalCentraal, type BrpPersoon } from './brp-persoon';

export type BrpBulkRegel = { regel: number; persoon: BrpPersoon } | { regel: number; fout: string };

/**
 * The lines of a stream, read with backpressure. (readline's async iterator keeps reading while
 * the consumer is busy and buffers the whole file when the consumer is slower than the disk.)
 */
async function* regelsVan(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const deel of stream) {
    rest += typeof deel === 'string' ? deel : decoder.write(deel);
    let begin = 0;
    for (let einde = rest.indexOf('\n'); einde !== -1; einde = rest.indexOf('\n', begin)) {
      yield rest.slice(begin, einde);
      begin = einde + 1;
    }
    rest = rest.slice(begin);
  }
  rest += decoder.end();
  if (rest.length > 0) yield rest;
}

/**
 * Reads an NDJSON bulk file (one Haal Centraal Persoon per line) for the initial load of the
 * population, streaming, so 150k persons do not have to fit in memory at once. Yields every
 * line's person or, for a bad line, why it is bad; the caller decides whether to stop or to
 * report and go on. Line numbers are 1-based and count empty lines, which are skipped, so a
 * number points at the line in an editor. A `fout` never quotes the line: it holds personal data.
 */
export async function* leesBrpBulkbestand(input: NodeJS.ReadableStream | string): AsyncGenerator<BrpBulkRegel> {
  const stream = typeof input === 'string' ? createReadStream(input) : input;
  let regel = 0;
  for await (const ruweRegel of regelsVan(stream)) {
    regel += 1;
    // trim() also drops the \r of CRLF files; a BOM can only start the first line.
    const tekst = (regel === 1 ? ruweRegel.replace(/^\uFEFF/, '') : ruweRegel).trim();
    if (tekst.length === 0) continue;
    let json: unknown;
    try {
      json = JSON.parse(tekst);
    } catch {
      yield { regel, fout: 'regel is geen geldige JSON' };
      continue;
    }
    try {
      yield { regel, persoon: vanHaalCentraal(json) };
    } catch (fout) {
      if (!(fout instanceof BrpFout)) throw fout;
      yield { regel, fout: fout.message };
    }
  }
}
