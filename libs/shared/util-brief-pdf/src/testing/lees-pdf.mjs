// Reads PDFs and prints their text and metadata as JSON. Run by lees-pdf.ts in its own Node
// process: pdfjs-dist is ESM-only, and the unit tests run as CommonJS (Jest with @swc/jest).
// stdin: a JSON array of base64 PDFs; stdout: a JSON array of { paginas: string[], titel }.
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);
const standardFontDataUrl = `${join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

async function lees(base64) {
  const pdf = await getDocument({ data: new Uint8Array(Buffer.from(base64, 'base64')), isEvalSupported: false, standardFontDataUrl, verbosity: 0 }).promise;
  const paginas = [];
  for (let nummer = 1; nummer <= pdf.numPages; nummer++) {
    const pagina = await pdf.getPage(nummer);
    const { items } = await pagina.getTextContent();
    paginas.push(items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  return { paginas, titel: typeof info?.Title === 'string' ? info.Title : null };
}

const stukken = [];
for await (const stuk of process.stdin) stukken.push(stuk);
const invoer = JSON.parse(Buffer.concat(stukken).toString('utf8'));
const uitvoer = [];
for (const base64 of invoer) uitvoer.push(await lees(base64));
process.stdout.write(JSON.stringify(uitvoer));
