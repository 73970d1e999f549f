/**
 * Herfindahl-Hirschman Index on the 0–10,000 scale: the sum of squared market shares in percent.
 * `counts` are the blocks (or any quantity) per entity; shares are count / total. 10,000 = one entity has everything.
 */
export function hhi(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) throw new RangeError('hhi needs a positive total');
  return counts.reduce((s, c) => s + ((100 * c) / total) ** 2, 0);
}
