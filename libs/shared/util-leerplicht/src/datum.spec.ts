import * as kalender from '@leerrecht/shared/util-kalender';
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

  it('leeftijdOp, verjaardag and datumInWoorden are the util-kalender functions, re-exported for existing callers (tests in util-kalender leeftijd.spec.ts)', () => {
    expect(leeftijdOp).toBe(kalender.leeftijdOp);
    expect(verjaardag).toBe(kalender.verjaardag);
    expect(datumInWoorden).toBe(kalender.datumInWoorden);
    // one behaviour check through this module, so a broken re-export path shows here too
    expect(leeftijdOp('2012-02-29', '2030-02-28', '28-februari')).toBe(18);
    expect(datumInWoorden('2026-01-05')).toBe('5 januari 2026');
  });

  it('accepts only real calendar dates', () => {
    expect(isGeldigeDatum('2024-02-29')).toBe(true);
    expect(isGeldigeDatum('2025-02-29')).toBe(false);
    expect(isGeldigeDatum('2100-02-29')).toBe(false);
    expect(isGeldigeDatum('2000-02-29')).toBe(true);
    expect(isGeldigeDatum('2025-13-01')).toBe(false);
  });
});
