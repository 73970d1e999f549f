import type { Row } from '../datasets/load.ts';
import { hashrateEhs } from './hashrateEhs.ts';
import { roundSig } from './roundSig.ts';

/**
 * The hashrate chart's rows: the trailing 30-day mean in EH/s from the raw daily file
 * (columns "DateTime", "Hash Rate" in H/s), one row every `everyDays` days plus the last, 4 significant digits.
 * Days before a full 30-day window exists are left out.
 */
export function hashrateSeries(rows: Row[], { everyDays = 7 } = {}): { date: string; ehs: number }[] {
  const points = hashrateEhs(rows.map((r) => ({ date: String(r.DateTime).slice(0, 10), hashesPerSecond: Number(r['Hash Rate']) })))
    .filter((p) => p.mean30dEhs !== null);
  return points
    .filter((_, i) => i % everyDays === 0 || i === points.length - 1)
    .map((p) => ({ date: p.date, ehs: roundSig(p.mean30dEhs!, 4) }));
}
