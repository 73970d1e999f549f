/** Round to `digits` significant digits (for series spanning many orders of magnitude, e.g. hashrate 1e-13 … 1e3 EH/s). */
export function roundSig(x: number, digits = 4): number {
  if (!Number.isFinite(x) || x === 0) return x;
  return Number(x.toPrecision(digits));
}
