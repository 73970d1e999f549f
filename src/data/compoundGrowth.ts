/**
 * Total and compound annual growth between two values `years` apart:
 * totalPct = (end / start − 1) × 100; cagrPct = ((end / start)^(1 / years) − 1) × 100.
 * E.g. 25 → 119 over 8 years: +376 % in total, ≈ 21.5 % a year.
 */
export function compoundGrowth(start: number, end: number, years: number): { totalPct: number; cagrPct: number } {
  if (!(start > 0) || !(end > 0)) throw new RangeError('compoundGrowth needs positive start and end values');
  if (!(years > 0)) throw new RangeError('compoundGrowth needs a positive number of years');
  const ratio = end / start;
  return { totalPct: (ratio - 1) * 100, cagrPct: (ratio ** (1 / years) - 1) * 100 };
}
