/**
 * A rate as a fraction rounded to 4 decimals (0.6364 = 63.64%). A zero
 * denominator gives null, never NaN or Infinity: "no sales" is not "0% valid".
 */
export function rate(numerator: number, denominator: number): number | null {
  if (!denominator) return null;
  return Math.round((numerator / denominator) * 10_000) / 10_000;
}

/** For the page and charts: "63.6%", or "—" when there is nothing to divide. */
export function percent(value: number | null, digits = 1): string {
  return value === null ? '—' : `${(value * 100).toFixed(digits)}%`;
}

/** Code-point order: the same on every machine, unlike locale collation of Chinese text. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
