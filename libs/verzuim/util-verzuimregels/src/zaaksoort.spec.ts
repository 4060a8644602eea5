import type { Zaaksoort } from './verzuimregels.types';
import type { WettelijkVerzuimUitkomst } from './wettelijk-verzuim';
import { zaaksoortVoor } from './zaaksoort';

type Gemeld = Exclude<Zaaksoort, 'absoluut'>;

describe('zaaksoortVoor (verzuim.md §1, §13)', () => {
  it.each([
    { geval: 'Lpw art 21a: reported overig, 16-hour rule bereikt → wettelijk', gemeld: 'overig', leeftijd: 14, wettelijk: 'bereikt', soort: 'wettelijk', toelichting: true },
    { geval: 'Lpw art 21a: reported overig, niet-bereikt → overig', gemeld: 'overig', leeftijd: 14, wettelijk: 'niet-bereikt', soort: 'overig', toelichting: false },
    { geval: 'Lpw art 21a: reported overig, onbepaald → overig (nothing established)', gemeld: 'overig', leeftijd: 14, wettelijk: 'onbepaald', soort: 'overig', toelichting: false },
    { geval: 'verzuim.md §7: luxe stays luxe when 16 hours are reached', gemeld: 'luxe', leeftijd: 10, wettelijk: 'bereikt', soort: 'luxe', toelichting: false },
    { geval: 'verzuim.md §1: wettelijk stays wettelijk as reported', gemeld: 'wettelijk', leeftijd: 15, wettelijk: 'niet-bereikt', soort: 'wettelijk', toelichting: false },
    { geval: 'verzuim.md §9: langdurig relatief stays as reported', gemeld: 'langdurig-relatief', leeftijd: 15, wettelijk: 'bereikt', soort: 'langdurig-relatief', toelichting: false },
    { geval: '000 art 7; WVO 28a / WEB 8.1.8a: 18 → achttien-plus whatever was reported', gemeld: 'wettelijk', leeftijd: 18, wettelijk: 'bereikt', soort: 'achttien-plus', toelichting: true },
    { geval: '000 art 7: 19 and reported luxe → achttien-plus', gemeld: 'luxe', leeftijd: 19, wettelijk: 'niet-bereikt', soort: 'achttien-plus', toelichting: true },
    { geval: '000 art 7: 18 and reported achttien-plus → no explanation needed', gemeld: 'achttien-plus', leeftijd: 18, wettelijk: 'onbepaald', soort: 'achttien-plus', toelichting: false },
    { geval: 'verzuim.md §13: 17 and reported achttien-plus → as reported', gemeld: 'achttien-plus', leeftijd: 17, wettelijk: 'niet-bereikt', soort: 'achttien-plus', toelichting: false },
    { geval: 'Lpw art 4a: 17 and reported overig → not yet achttien-plus', gemeld: 'overig', leeftijd: 17, wettelijk: 'niet-bereikt', soort: 'overig', toelichting: false },
  ] as { geval: string; gemeld: Gemeld; leeftijd: number; wettelijk: WettelijkVerzuimUitkomst; soort: Zaaksoort; toelichting: boolean }[])(
    '$geval',
    ({ gemeld, leeftijd, wettelijk, soort, toelichting }) => {
      const uitkomst = zaaksoortVoor({ gemeld, leeftijd, wettelijk });
      expect(uitkomst.soort).toBe(soort);
      if (toelichting) {
        expect(uitkomst.toelichting).toEqual(expect.stringContaining(soort === 'wettelijk' ? 'overig verzuim' : '18 jaar of ouder'));
      } else {
        expect(uitkomst.toelichting).toBeNull();
      }
    },
  );

  it('refuses a broken age (ONGELDIGE_INVOER)', () => {
    expect(() => zaaksoortVoor({ gemeld: 'overig', leeftijd: Number.NaN, wettelijk: 'bereikt' })).toThrow(expect.objectContaining({ code: 'ONGELDIGE_INVOER', veld: 'leeftijd' }));
  });
});
