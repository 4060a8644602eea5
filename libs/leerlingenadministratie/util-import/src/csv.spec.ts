import { bepaalScheidingsteken, leesCsv } from './csv';

describe('bepaalScheidingsteken', () => {
  it.each([
    ['bsn;voornamen;gemeente', ';'],
    ['bsn,voornamen,gemeente', ','],
    // A comma inside a quoted header name does not count.
    ['"bsn,x";voornamen;gemeente', ';'],
    ['"a;b",c,d', ','],
    ['bsn', ';'],
    ['', ';'],
  ])('%j → %s', (kop, verwacht) => {
    expect(bepaalScheidingsteken(kop)).toBe(verwacht);
  });
});

describe('leesCsv', () => {
  const regels = (tekst: string): [number, string[]][] => leesCsv(tekst).records.map((r) => [r.regel, r.cellen]);

  it('numbers records by their physical starting line, header = line 1', () => {
    expect(leesCsv('a;b\n1;2\n3;4\n').kop).toEqual({ regel: 1, cellen: ['a', 'b'] });
    expect(regels('a;b\n1;2\n3;4\n')).toEqual([
      [2, ['1', '2']],
      [3, ['3', '4']],
    ]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('counts a quoted newline as a line break (%s)', (_naam, eol) => {
    const tekst = ['a;b', '"x', 'y";2', '3;4', '"p', '', 'q";5', '6;7'].join(eol);
    expect(regels(tekst)).toEqual([
      [2, ['x\ny', '2']],
      [4, ['3', '4']],
      [5, ['p\n\nq', '5']],
      [8, ['6', '7']],
    ]);
  });

  it('skips empty lines and separator-only lines but keeps counting them', () => {
    expect(regels('a;b\n\n1;2\n;\n   \n3;4\n\n')).toEqual([
      [3, ['1', '2']],
      [6, ['3', '4']],
    ]);
  });

  it('strips a UTF-8 BOM so the first column name is clean', () => {
    const inhoud = leesCsv('\uFEFFbsn,naam\n1,2\n');
    expect(inhoud.scheidingsteken).toBe(',');
    expect(inhoud.kop?.cellen).toEqual(['bsn', 'naam']);
  });

  it('trims whitespace around cells, quoted or not, and keeps quotes inside an unquoted cell', () => {
    expect(regels('a;b;c;d\n  1 ; " 2 " ;Jan "Sjaak" Vries;"x""y"  \n')).toEqual([[2, ['1', '2', 'Jan "Sjaak" Vries', 'x"y']]]);
  });

  it('keeps reading after a quoted cell followed by other text', () => {
    expect(regels('a;b\n"x" y;2\n3;4\n')).toEqual([
      [2, ['"x" y', '2']],
      [3, ['3', '4']],
    ]);
  });

  it('keeps rows with a wrong number of cells for the caller to report', () => {
    expect(regels('a;b\n1;2;3\n4\n')).toEqual([
      [2, ['1', '2', '3']],
      [3, ['4']],
    ]);
  });

  it('reports an unclosed quote at the line of its record and keeps the rows before it', () => {
    const inhoud = leesCsv('a;b\n1;2\n\n"3;4\n5;6\n');
    expect(inhoud.records.map((r) => r.regel)).toEqual([2]);
    expect(inhoud.fouten).toEqual([expect.objectContaining({ regel: 4, code: 'ONLEESBARE_REGEL' })]);
  });

  it('returns no header for an empty file', () => {
    expect(leesCsv('').kop).toBeUndefined();
    expect(leesCsv('\uFEFF\n\n').kop).toBeUndefined();
  });
});
