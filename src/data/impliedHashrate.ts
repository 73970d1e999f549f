import { rollingMean } from './rollingMean.ts';

/**
 * The hashrate the protocol's difficulty implies: difficulty × 2³² hashes are expected per block, one block every 600 s,
 * so H/s = difficulty × 2³² / 600. It is what the network would have to do to hold ten-minute blocks at that difficulty;
 * it trails a change in real hashrate by up to a retarget (2,016 blocks, about two weeks) and leaves out blocks found
 * faster or slower than ten minutes.
 */
export const impliedEhs = (difficulty: number): number => (difficulty * 2 ** 32) / 600 / 1e18;

/** Daily implied EH/s and its trailing 30-day mean. The daily file has gaps (two weeks in April 2025): a mean needs 20
 * of its 30 days, which, difficulty being constant between retargets, keeps it within a fraction of a percent. */
export function impliedHashrate(rows: readonly { date: string; difficulty: number }[]): { date: string; ehs: number; mean30dEhs: number | null }[] {
  const daily = rows.map((r) => ({ date: r.date, value: impliedEhs(r.difficulty) }));
  const m30 = rollingMean(daily, 30, 20);
  return daily.map((p, i) => ({ date: p.date, ehs: p.value, mean30dEhs: m30[i]! }));
}
