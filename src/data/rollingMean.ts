import { dayNumber } from './dayNumber.ts';

export interface DatedValue {
  /** ISO date 'YYYY-MM-DD'. */
  date: string;
  value: number | null;
}

/**
 * Trailing calendar-day mean: for each point, the mean of the non-null values dated within the `windowDays` days
 * ending on (and including) that point's date. Works on series with gaps (missing days are simply absent).
 * The result is null where the window holds fewer than `minValues` values (default: `windowDays`, i.e. a full window),
 * so a 30-day mean never silently averages 3 days at the start of a series or after a gap.
 * Input must be sorted by date ascending (throws otherwise). Pure; O(n).
 */
export function rollingMean(points: readonly DatedValue[], windowDays: number, minValues: number = windowDays): (number | null)[] {
  if (!Number.isInteger(windowDays) || windowDays < 1) throw new RangeError(`windowDays must be a positive integer, got ${windowDays}`);
  const days = points.map((p) => dayNumber(p.date));
  const out: (number | null)[] = [];
  let start = 0;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < points.length; i++) {
    if (i > 0 && days[i]! <= days[i - 1]!) throw new RangeError(`points must be sorted by date with no duplicates (${points[i - 1]!.date} then ${points[i]!.date})`);
    const v = points[i]!.value;
    if (v !== null && Number.isFinite(v)) {
      sum += v;
      count++;
    }
    while (days[start]! <= days[i]! - windowDays) {
      const old = points[start]!.value;
      if (old !== null && Number.isFinite(old)) {
        sum -= old;
        count--;
      }
      start++;
    }
    out.push(count >= minValues && count > 0 ? sum / count : null);
  }
  return out;
}
