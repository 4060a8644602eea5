import { KalenderError, dagnummer, isDatum, plusDagen, uitDagnummer, weekdag } from './datum';

describe('isDatum: only existing calendar dates written JJJJ-MM-DD', () => {
  it.each([
    ['2026-03-13', true],
    ['2024-02-29', true], // 2024 is a leap year
    ['2000-02-29', true], // divisible by 400
    ['1900-02-29', false], // divisible by 100, not by 400
    ['2026-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-3-13', false],
    ['2026-03-13T00:00:00Z', false],
    [20260313, false],
  ])('%s → %s', (waarde, verwacht) => {
    expect(isDatum(waarde)).toBe(verwacht);
  });
});

describe('day numbers (pure integer arithmetic, no Date, so no time zone or DST can shift a day)', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2026-11-24', 20781],
  ])('dagnummer(%s) = %d and back', (datum, nummer) => {
    expect(dagnummer(datum)).toBe(nummer);
    expect(uitDagnummer(nummer)).toBe(datum);
  });

  it.each([
    ['2025-04-27', 0], // Sunday: Koningsdag 2025 moved to Saturday 26 April
    ['2025-04-26', 6],
    ['2026-03-13', 5], // a Friday
    ['2026-10-25', 0], // DST ends this Sunday
    ['2026-03-29', 0], // DST starts this Sunday
  ])('weekdag(%s) = %d (0 = zondag)', (datum, dag) => {
    expect(weekdag(datum)).toBe(dag);
  });

  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-03-28', 2, '2026-03-30'], // across the DST change
    ['2026-01-01', -1, '2025-12-31'],
  ])('plusDagen(%s, %d) = %s', (datum, dagen, verwacht) => {
    expect(plusDagen(datum, dagen)).toBe(verwacht);
  });

  it('refuses a date that does not exist with code ONGELDIGE_DATUM', () => {
    expect(() => dagnummer('2025-02-30')).toThrow(KalenderError);
    expect(() => dagnummer('2025-02-30')).toThrow(expect.objectContaining({ code: 'ONGELDIGE_DATUM' }));
  });
});
