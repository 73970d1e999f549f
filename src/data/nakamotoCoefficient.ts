/**
 * Nakamoto coefficient: the minimum number of entities whose combined share is strictly more than `threshold`
 * (default 50 %) of the total. `counts` are blocks (or any quantity) per entity.
 */
export function nakamotoCoefficient(counts: readonly number[], threshold = 0.5): number {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) throw new RangeError('nakamotoCoefficient needs a positive total');
  const sorted = [...counts].sort((a, b) => b - a);
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) {
    sum += sorted[i]!;
    if (sum > threshold * total) return i + 1;
  }
  return sorted.length; // unreachable for threshold < 1
}
