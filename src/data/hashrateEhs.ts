import { rollingMean } from './rollingMean.ts';

export interface HashrateInput {
  /** ISO date 'YYYY-MM-DD'. */
  date: string;
  /** Network hashrate in hashes per second (H/s). */
  hashesPerSecond: number;
}

export interface HashratePoint {
  date: string;
  /** Daily estimate in EH/s (1 EH/s = 1e18 H/s). */
  hashrateEhs: number;
  /** Trailing 7-calendar-day mean in EH/s; null until 7 daily values are available. */
  mean7dEhs: number | null;
  /** Trailing 30-calendar-day mean in EH/s; null until 30 daily values are available. */
  mean30dEhs: number | null;
}

/** Convert a daily H/s series to EH/s and add trailing 7- and 30-day means (full windows only). Input sorted by date. */
export function hashrateEhs(rows: readonly HashrateInput[]): HashratePoint[] {
  const ehs = rows.map((r) => ({ date: r.date, value: r.hashesPerSecond / 1e18 }));
  const m7 = rollingMean(ehs, 7);
  const m30 = rollingMean(ehs, 30);
  return ehs.map((p, i) => ({ date: p.date, hashrateEhs: p.value, mean7dEhs: m7[i]!, mean30dEhs: m30[i]! }));
}
