import { MAATREGELEN, mogelijkeMaatregelen, vereisMaatregelMogelijk, type Maatregel } from './maatregelen';
import { VerzuimregelFout, type Zaaksoort } from './verzuimregels.types';

describe('mogelijkeMaatregelen (handhaving.md §2; 000 art 6 lid 9–13, art 7, art 19; 003 art 6 lid 5–8, art 17)', () => {
  it.each([
    { geval: '000 art 6 lid 9, 12: age 5 → warning or PV (against the parents)', leeftijd: 5, soort: 'wettelijk', verwacht: ['waarschuwing', 'proces-verbaal'] },
    { geval: '003 art 6 lid 7: age 11 → no Halt yet', leeftijd: 11, soort: 'wettelijk', verwacht: ['waarschuwing', 'proces-verbaal'] },
    { geval: '003 art 6 lid 7: age 12 → Halt', leeftijd: 12, soort: 'overig', verwacht: ['waarschuwing', 'halt', 'proces-verbaal'] },
    { geval: '000 art 19 lid 1: age 15 → no SVB-melding yet', leeftijd: 15, soort: 'luxe', verwacht: ['waarschuwing', 'halt', 'proces-verbaal'] },
    { geval: '000 art 19 lid 1; 003 art 17 lid 1: age 16 → SVB-melding', leeftijd: 16, soort: 'wettelijk', verwacht: ['waarschuwing', 'halt', 'proces-verbaal', 'svb'] },
    { geval: '000 art 19 lid 1: age 17 → all four', leeftijd: 17, soort: 'langdurig-relatief', verwacht: ['waarschuwing', 'halt', 'proces-verbaal', 'svb'] },
    { geval: '003 art 7 lid 3 b: absolute verzuim at 16 → PV and SVB possible', leeftijd: 16, soort: 'absoluut', verwacht: ['waarschuwing', 'halt', 'proces-verbaal', 'svb'] },
    { geval: '000 art 7; Lpw art 4a: age 18 → none', leeftijd: 18, soort: 'wettelijk', verwacht: [] },
    { geval: '000 art 7: an achttien-plus case → none, whatever the age', leeftijd: 17, soort: 'achttien-plus', verwacht: [] },
    { geval: '000 art 7: age 22 → none', leeftijd: 22, soort: 'achttien-plus', verwacht: [] },
  ] as { geval: string; leeftijd: number; soort: Zaaksoort; verwacht: Maatregel[] }[])('$geval', ({ leeftijd, soort, verwacht }) => {
    const mogelijk = mogelijkeMaatregelen({ leeftijd, soort });
    expect(mogelijk.map((m) => m.maatregel)).toEqual(verwacht);
    expect(mogelijk.every((m) => m.bron.length > 0)).toBe(true);
  });

  it('cites the age articles for Halt and SVB', () => {
    const bron = Object.fromEntries(mogelijkeMaatregelen({ leeftijd: 16, soort: 'wettelijk' }).map((m) => [m.maatregel, m.bron]));
    expect(bron['halt']).toContain('003 art 6 lid 7');
    expect(bron['svb']).toContain('000 art 6 lid 10, art 19 lid 1');
  });

  it('refuses a broken age (ONGELDIGE_INVOER)', () => {
    expect(() => mogelijkeMaatregelen({ leeftijd: -2, soort: 'wettelijk' })).toThrow(expect.objectContaining({ code: 'ONGELDIGE_INVOER', veld: 'leeftijd' }));
  });
});

describe('vereisMaatregelMogelijk', () => {
  it.each([
    { geval: '003 art 6 lid 7: Halt at 11', leeftijd: 11, soort: 'wettelijk', maatregel: 'halt' },
    { geval: '000 art 19 lid 1: SVB at 15', leeftijd: 15, soort: 'wettelijk', maatregel: 'svb' },
    { geval: '000 art 7: a warning at 18', leeftijd: 18, soort: 'wettelijk', maatregel: 'waarschuwing' },
    { geval: '000 art 7: a PV in an achttien-plus case', leeftijd: 17, soort: 'achttien-plus', maatregel: 'proces-verbaal' },
  ] as { geval: string; leeftijd: number; soort: Zaaksoort; maatregel: Maatregel }[])('refuses $geval (MAATREGEL_NIET_MOGELIJK)', (invoer) => {
    let fout: unknown;
    try {
      vereisMaatregelMogelijk(invoer);
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(VerzuimregelFout);
    expect(fout).toMatchObject({ code: 'MAATREGEL_NIET_MOGELIJK', veld: 'maatregel' });
    expect((fout as Error).message).toContain('maatregel');
  });

  it.each([
    [12, 'halt'],
    [16, 'svb'],
    [5, 'proces-verbaal'],
    [17, 'waarschuwing'],
  ] as [number, Maatregel][])('allows at %d: %s', (leeftijd, maatregel) => {
    expect(() => vereisMaatregelMogelijk({ leeftijd, soort: 'wettelijk', maatregel })).not.toThrow();
  });

  it('knows exactly the four measures of handhaving.md §2', () => {
    expect(MAATREGELEN).toEqual(['waarschuwing', 'halt', 'proces-verbaal', 'svb']);
  });
});
