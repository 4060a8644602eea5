import { KalenderError } from './datum';
import { datumInWoorden, leeftijdOp, verjaardag } from './leeftijd';

describe('leeftijdOp: the age is reached on the birthday itself (domain README §2 "vanaf 12 jaar")', () => {
  it.each([
    ['2010-03-15', '2028-03-14', '1-maart', 17],
    ['2010-03-15', '2028-03-15', '1-maart', 18],
    ['2010-03-15', '2010-03-15', '1-maart', 0],
    ['2010-12-31', '2011-01-01', '1-maart', 0],
    // 29 February in a year without it: 1 March unless the gemeente configures 28 February (inferred)
    ['2012-02-29', '2030-02-28', '1-maart', 17],
    ['2012-02-29', '2030-03-01', '1-maart', 18],
    ['2012-02-29', '2030-02-28', '28-februari', 18],
    ['2012-02-29', '2028-02-29', '1-maart', 16],
  ] as const)('born %s, on %s (%s): %d', (geboortedatum, peildatum, regel, leeftijd) => {
    expect(leeftijdOp(geboortedatum, peildatum, regel)).toBe(leeftijd);
  });

  it('uses the 1 March rule by default', () => {
    expect(leeftijdOp('2012-02-29', '2030-02-28')).toBe(17);
  });
});

describe('verjaardag', () => {
  it.each([
    ['2012-02-29', 18, '1-maart', '2030-03-01'],
    ['2012-02-29', 18, '28-februari', '2030-02-28'],
    ['2012-02-29', 16, '1-maart', '2028-02-29'],
    ['2010-03-15', 23, '1-maart', '2033-03-15'],
  ] as const)('born %s reaches %d (%s) on %s', (geboortedatum, leeftijd, regel, verwacht) => {
    expect(verjaardag(geboortedatum, leeftijd, regel)).toBe(verwacht);
  });
});

describe('datumInWoorden: Dutch dates for letters and the dossier', () => {
  it.each([
    ['2026-01-05', '5 januari 2026'],
    ['2025-10-01', '1 oktober 2025'],
    ['2024-02-29', '29 februari 2024'],
    ['2026-12-31', '31 december 2026'],
    ['2026-05-05', '5 mei 2026'],
  ])('%s → %s', (datum, verwacht) => {
    expect(datumInWoorden(datum)).toBe(verwacht);
  });
});

describe('refusals name the field, never the value (it may be a birth date)', () => {
  it.each([
    ['geboortedatum', () => leeftijdOp('2010-02-30', '2026-01-01'), '2010-02-30'],
    ['peildatum', () => leeftijdOp('2010-03-15', '15-03-2026'), '15-03-2026'],
    ['geboortedatum', () => verjaardag('2010-13-01', 18), '2010-13-01'],
    ['datum', () => datumInWoorden('2025-02-29'), '2025-02-29'],
  ])('%s', (veld, aanroep, waarde) => {
    let fout: unknown;
    try {
      aanroep();
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(KalenderError);
    expect(fout).toMatchObject({ code: 'ONGELDIGE_DATUM' });
    expect((fout as Error).message).toContain(veld);
    expect((fout as Error).message).not.toContain(waarde);
  });
});
