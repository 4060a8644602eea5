/** The value, or a failed test when it is missing (instead of a non-null assertion). */
export function zeker<T>(waarde: T | null | undefined): T {
  if (waarde === null || waarde === undefined) throw new Error('verwachte waarde ontbreekt');
  return waarde;
}
