import { leesDatumwaarde } from './velden';

describe('leesDatumwaarde', () => {
  it.each([
    ['2024-09-01', '2024-09-01'],
    ['01-09-2024', '2024-09-01'],
    ['1-9-2024', '2024-09-01'],
    ['29-02-2024', '2024-02-29'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s as %s', (invoer, verwacht) => {
    expect(leesDatumwaarde(invoer)).toBe(verwacht);
  });

  it.each([
    ['2026-02-30', 'a day that does not exist'],
    ['30-02-2026', 'the same in DD-MM-JJJJ'],
    ['29-02-2025', 'a leap day in a common year'],
    ['2024-13-01', 'month 13'],
    ['2024-9-1', 'ISO without leading zeros'],
    ['01/09/2024', 'slashes'],
    ['2024-09-01T00:00:00Z', 'an instant'],
    ['09-01-24', 'a two-digit year'],
    ['', 'an empty string'],
  ])('refuses %s (%s)', (invoer) => {
    expect(leesDatumwaarde(invoer)).toBeUndefined();
  });
});
