/** Round to a fixed number of decimals (e.g. percentages to 2 decimals). Avoids 1.005 → 1.00 float surprises via toFixed on an epsilon-corrected value. */
export function roundTo(x: number, decimals = 2): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** decimals;
  return Math.round((x + Math.sign(x) * Number.EPSILON * Math.abs(x)) * f) / f;
}
