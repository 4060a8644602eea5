import { datumInWoorden, isGeldigeDatum, leeftijdOp, schooljaarVan, verjaardag, volgendeDag, vorigeDag } from './datum';

describe('datum helpers', () => {
  it.each([
    ['2026-01-01', '2025-12-31'],
    ['2024-03-01', '2024-02-29'],
    ['2025-03-01', '2025-02-28'],
    ['2026-08-01', '2026-07-31'],
  ])('the day before %s is %s', (datum, verwacht) => {
    expect(vorigeDag(datum)).toBe(verwacht);
    expect(volgendeDag(verwacht)).toBe(datum);
  });

  it.each([
    ['2026-07-31', '2025-2026'],
    ['2026-08-01', '2026-2027'],
    ['2027-01-01', '2026-2027'],
  ])('%s lies in school year %s (1 August – 31 July, Lpw art 1)', (datum, verwacht) => {
    expect(schooljaarVan(datum)).toBe(verwacht);
  });

  it('reaches an age on the birthday itself, and 29 February on 1 March unless configured', () => {
    expect(leeftijdOp('2010-03-15', '2028-03-14')).toBe(17);
    expect(leeftijdOp('2010-03-15', '2028-03-15')).toBe(18);
    expect(verjaardag('2012-02-29', 18)).toBe('2030-03-01');
    expect(verjaardag('2012-02-29', 18, '28-februari')).toBe('2030-02-28');
    expect(verjaardag('2012-02-29', 16)).toBe('2028-02-29');
    expect(leeftijdOp('2012-02-29', '2030-02-28')).toBe(17);
    expect(leeftijdOp('2012-02-29', '2030-02-28', '28-februari')).toBe(18);
  });

  it('accepts only real calendar dates', () => {
    expect(isGeldigeDatum('2024-02-29')).toBe(true);
    expect(isGeldigeDatum('2025-02-29')).toBe(false);
    expect(isGeldigeDatum('2100-02-29')).toBe(false);
    expect(isGeldigeDatum('2000-02-29')).toBe(true);
    expect(isGeldigeDatum('2025-13-01')).toBe(false);
  });

  it('writes dates in Dutch for the dossier', () => {
    expect(datumInWoorden('2026-01-05')).toBe('5 januari 2026');
  });
});
