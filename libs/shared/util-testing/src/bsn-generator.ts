/**
 * Deterministic elfproef-valid BSNs for tests (fictional: numbers starting with 9 are not issued
 * to persons in the test ranges we use, and nothing here is real data).
 */
export function testBsn(seed: number): string {
  for (let candidate = 900_000_000 + seed * 100; ; candidate += 1) {
    const digits = String(candidate).split('').map(Number);
    const som = digits.slice(0, 8).reduce((acc, d, i) => acc + d * (9 - i), 0) - digits[8];
    if (som % 11 === 0) return String(candidate);
  }
}
