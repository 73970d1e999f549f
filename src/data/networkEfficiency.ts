export interface EfficiencyInput {
  /** ISO date 'YYYY-MM-DD'. */
  date: string;
  lower: number;
  estimate: number;
  upper: number;
}

export interface EfficiencyPoint {
  date: string;
  /** CBECI lower bound (most efficient profitable hardware), J/TH. */
  lowerJPerTh: number;
  /** CBECI best-guess network average, J/TH. */
  estimateJPerTh: number;
  /** CBECI upper bound, J/TH. */
  upperJPerTh: number;
}

/**
 * CBECI network efficiency series (J/TH) with its lower/upper bounds, sorted by date.
 * Note: on 127 days between 2010-07-18 and 2011-03-31 (CPU/GPU placeholder era) CBECI's estimate lies slightly outside its own
 * rounded bounds (e.g. 14,313,725.49 vs 14,313,726); the values are passed through unchanged.
 */
export function networkEfficiency(rows: readonly EfficiencyInput[]): EfficiencyPoint[] {
  return [...rows]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((r) => ({
      date: r.date,
      lowerJPerTh: r.lower,
      estimateJPerTh: r.estimate,
      upperJPerTh: r.upper,
    }));
}
