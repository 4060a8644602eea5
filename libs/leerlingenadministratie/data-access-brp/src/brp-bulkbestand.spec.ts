import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { leesBrpBulkbestand, type BrpBulkRegel } from './brp-bulkbestand';

function persoonRegel(bsn: string, geboorte: Record<string, unknown> = { type: 'Datum', datum: '2014-09-01' }): string {
  return JSON.stringify({
    burgerservicenummer: bsn,
    naam: { voornamen: 'Noor', geslachtsnaam: 'Visser' },
    geboorte: { datum: geboorte },
    gemeenteVanInschrijving: { code: '0166', omschrijving: 'Kampen' },
  });
}

async function alles(input: NodeJS.ReadableStream | string): Promise<BrpBulkRegel[]> {
  const regels: BrpBulkRegel[] = [];
  for await (const regel of leesBrpBulkbestand(input)) regels.push(regel);
  return regels;
}

describe('leesBrpBulkbestand', () => {
  const inhoud = [
    `\uFEFF${persoonRegel('999901011')}`, // 1: a BOM before the first line
    '', // 2: empty, skipped but counted
    '{"burgerservicenummer": "999901023", "naam": {"geslachtsnaam": "Viss', // 3: cut off
    persoonRegel('999901035', { type: 'JaarDatum', jaar: 2014 }), // 4: partial birth date
    persoonRegel('999901047'), // 5
    '   ', // 6: whitespace only
  ].join('\r\n');

  it('yields each person or why its line is bad, with 1-based line numbers', async () => {
    const regels = await alles(Readable.from([inhoud]));
    expect(regels).toEqual([
      { regel: 1, persoon: expect.objectContaining({ bsn: '999901011', geboortedatum: '2014-09-01', gemeenteVanInschrijving: '0166', ouders: [] }) },
      { regel: 3, fout: 'regel is geen geldige JSON' },
      { regel: 4, fout: "BRP-persoon: veld 'geboorte.datum' is geen volledige datum (JaarDatum)" },
      { regel: 5, persoon: expect.objectContaining({ bsn: '999901047' }) },
    ]);
  });

  it('never quotes the bad line (it holds personal data)', async () => {
    const fouten = (await alles(Readable.from([inhoud]))).flatMap((r) => ('fout' in r ? [r.fout] : []));
    for (const fout of fouten) {
      expect(fout).not.toMatch(/99990\d{4}|Visser|Viss/);
    }
  });

  it('reads a file by path, streaming', async () => {
    const map = mkdtempSync(join(tmpdir(), 'brp-bulk-'));
    try {
      const pad = join(map, 'personen.ndjson');
      writeFileSync(pad, `${persoonRegel('999901011')}\n${persoonRegel('999901047')}\n`);
      expect((await alles(pad)).map((r) => ('persoon' in r ? r.persoon.bsn : r.fout))).toEqual(['999901011', '999901047']);
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });
});
