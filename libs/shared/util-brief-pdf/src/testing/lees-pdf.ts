import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface GelezenPdf {
  /** The text of each page, lines separated by "\n". */
  paginas: string[];
  /** All pages, separated by "\n". */
  tekst: string;
  /** The document title from the info dictionary. */
  titel: string | null;
}

const LEZER = join(__dirname, 'lees-pdf.mjs');

/** The text of several PDFs, read by pdfjs-dist in one child process (see lees-pdf.mjs). */
export function leesPdfs(pdfs: readonly Buffer[]): Promise<GelezenPdf[]> {
  return new Promise((resolve, reject) => {
    const kind = spawn(process.execPath, [LEZER], { stdio: ['pipe', 'pipe', 'pipe'] });
    const uit: Buffer[] = [];
    const fout: Buffer[] = [];
    kind.stdout.on('data', (stuk: Buffer) => uit.push(stuk));
    kind.stderr.on('data', (stuk: Buffer) => fout.push(stuk));
    kind.on('error', reject);
    kind.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`lees-pdf.mjs stopte met code ${code}: ${Buffer.concat(fout).toString('utf8')}`));
        return;
      }
      const gelezen = JSON.parse(Buffer.concat(uit).toString('utf8')) as { paginas: string[]; titel: string | null }[];
      resolve(gelezen.map((pdf) => ({ ...pdf, tekst: pdf.paginas.join('\n') })));
    });
    kind.stdin.end(JSON.stringify(pdfs.map((pdf) => pdf.toString('base64'))));
  });
}

export async function leesPdf(pdf: Buffer): Promise<GelezenPdf> {
  const [gelezen] = await leesPdfs([pdf]);
  if (gelezen === undefined) throw new Error('lees-pdf.mjs gaf geen resultaat');
  return gelezen;
}

/** The text of a PDF, page after page. */
export async function leesPdfTekst(pdf: Buffer): Promise<string> {
  return (await leesPdf(pdf)).tekst;
}
