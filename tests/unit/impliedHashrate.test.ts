import { it, expect } from 'vitest';
import { impliedEhs, impliedHashrate } from '../../src/data/impliedHashrate.ts';
import { hashrateSeries } from '../../src/data/hashrateSeries.ts';

it('difficulty × 2^32 ÷ 600 s, in EH/s', () => {
  // Difficulty of 9 April 2025 (Blockchain.com): 121,507,793,131,898 → 869.8 EH/s.
  expect(impliedEhs(121_507_793_131_898)).toBeCloseTo(869.788, 2);
});

it('a 30-day mean needs 20 days of the 30, so a gap of two weeks leaves no mean rather than a mean of a few days', () => {
  const day = (i: number) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
  const rows = [...Array.from({ length: 25 }, (_, i) => ({ date: day(i), difficulty: 1e14 })), ...Array.from({ length: 10 }, (_, i) => ({ date: day(40 + i), difficulty: 1e14 }))];
  const out = impliedHashrate(rows);
  expect(out.findIndex((p) => p.mean30dEhs !== null)).toBe(19); // the 20th day
  expect(out.find((p) => p.date === day(40))!.mean30dEhs).toBeNull(); // 11 of the 30 days
});

it('the joined series switches to the implied hashrate only after the estimate ends, and says which is which', () => {
  const est = [{ date: '2025-03-07', mean_30d_ehs: 800 }, { date: '2025-03-08', mean_30d_ehs: 801 }];
  const imp = [{ date: '2025-03-08', mean_30d_ehs: 802 }, { date: '2025-03-09', mean_30d_ehs: 803 }, { date: '2025-03-10', mean_30d_ehs: null }];
  expect(hashrateSeries(est, { everyDays: 1, implied: imp })).toEqual([
    { date: '2025-03-07', ehs: 800, source: 'estimate' },
    { date: '2025-03-08', ehs: 801, source: 'estimate' },
    { date: '2025-03-09', ehs: 803, source: 'implied' },
  ]);
  expect(hashrateSeries(est, { everyDays: 1 }).every((r) => r.source === 'estimate')).toBe(true);
});
