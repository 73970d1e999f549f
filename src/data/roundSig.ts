/** Round to `digits` significant digits (for series spanning many orders of magnitude, e.g. hashrate 1e-13 … 1e3 EH/s). */
export function roundSig(x: number, digits = 4): number {
  if (!Number.isFinite(x) || x === 0) return x;
  return Number(x.toPrecision(digits));
}

/** roundSig that keeps an empty value empty (columns that are null until a window fills). */
export const roundSigOrNull = (x: number | null, digits = 4): number | null => (x === null ? null : roundSig(x, digits));
