import { describe, expect, it } from 'vitest';
import { rollingMean } from '../../../src/data/rollingMean.ts';
import { hashrateEhs } from '../../../src/data/hashrateEhs.ts';
import { networkEfficiency } from '../../../src/data/networkEfficiency.ts';
import { dayNumber } from '../../../src/data/dayNumber.ts';
import { table } from '../../../src/datasets/table.ts';

const hashrate = () =>
  hashrateEhs(
    table('btc-hashrate', 'btc_hashrate_daily.csv').map((r) => ({ date: String(r.DateTime), hashesPerSecond: Number(r['Hash Rate']) })),
  );

describe('rollingMean (trailing calendar-day window)', () => {
  it('averages full windows and returns null for incomplete ones', () => {
    const pts = ['2021-01-01', '2021-01-02', '2021-01-03', '2021-01-04'].map((date, i) => ({ date, value: [1, 2, 3, 10][i]! }));
    // 3-day windows: 01-03 → (1+2+3)/3 = 2; 01-04 → (2+3+10)/3 = 5
    expect(rollingMean(pts, 3)).toEqual([null, null, 2, 5]);
  });

  it('respects calendar gaps and minValues', () => {
    const pts = [
      { date: '2021-01-01', value: 4 },
      { date: '2021-01-05', value: 8 }, // gap of 3 days
      { date: '2021-01-06', value: null },
      { date: '2021-01-07', value: 6 },
    ];
    // window 3 days, at least 2 values: 01-05 → only 8 in [01-03, 01-05] → null; 01-06 → [8] → null; 01-07 → (8+6)/2 = 7
    expect(rollingMean(pts, 3, 2)).toEqual([null, null, null, 7]);
  });

  it('crosses month and leap-year ends in UTC (no time-zone dependence)', () => {
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(dayNumber('1970-01-02')).toBe(1);
  });

  it('rejects unsorted input', () => {
    expect(() => rollingMean([{ date: '2021-01-02', value: 1 }, { date: '2021-01-01', value: 1 }], 2)).toThrow(/sorted/);
  });
});

describe('hashrateEhs on btc-hashrate', () => {
  it('converts H/s to EH/s', () => {
    const last = hashrate().at(-1)!;
    // raw: "2025-03-08 00:00:00",753004934520968000000 H/s ÷ 1e18 = 753.004934520968 EH/s
    expect(last.date).toBe('2025-03-08');
    expect(last.hashrateEhs).toBeCloseTo(753.004934520968, 9);
  });

  it('7-day mean on 2025-03-08 matches the hand computation', () => {
    // raw H/s ÷ 1e18, 2025-03-02 … 2025-03-08:
    // 692.544684303956 + 824.4579575047096 + 802.4724119712507 + 736.5157753708739
    // + 934.3856851720042 + 780.4868664377918 + 753.004934520968 = 5523.868315281555; ÷ 7 = 789.1240450402221
    expect(hashrate().at(-1)!.mean7dEhs).toBeCloseTo(789.1240450402221, 8);
  });

  it('30-day mean on 2025-03-08 matches the hand computation', () => {
    // 30 rows 2025-02-07 … 2025-03-08 (22 February days + 8 March days), sum of H/s ÷ 1e18 = 24033.54665967813; ÷ 30 = 801.118221989271
    expect(hashrate().at(-1)!.mean30dEhs).toBeCloseTo(801.118221989271, 8);
  });

  it('needs full windows: first 30-day mean is on 2009-02-07 (gap 2009-01-04…08 has no rows)', () => {
    const s = hashrate();
    // 2009-02-06's window (2009-01-08 … 02-06) holds 29 rows (01-09 … 02-06) → null.
    expect(s.find((p) => p.date === '2009-02-06')!.mean30dEhs).toBeNull();
    // 2009-02-07's window (01-09 … 02-07) holds 30 rows; their mean H/s ÷ 1e18 = 5.673598773728395e-12
    expect(s.find((p) => p.date === '2009-02-07')!.mean30dEhs! / 5.673598773728395e-12).toBeCloseTo(1, 12);
    // 2009-01-09's 7-day window (01-03 … 01-09) holds 2 rows → null
    expect(s.find((p) => p.date === '2009-01-09')!.mean7dEhs).toBeNull();
  });
});

describe('networkEfficiency on cbeci-efficiency', () => {
  const eff = () =>
    networkEfficiency(
      table('cbeci-efficiency', 'cbeci_mining_efficiency_daily_2010_2024.csv').map((r) => ({
        date: String(r.Date),
        lower: Number(r['Lower bound efficiency, J/Th']),
        estimate: Number(r['Estimated efficiency, J/Th']),
        upper: Number(r['Upper bound efficiency, J/Th']),
      })),
    );

  it('passes the estimate and bounds through (raw rows read by hand)', () => {
    const s = eff();
    // raw: 2016-01-01,273.36,521.8401075911535,765.6899999999999 (FACTS 4.9: 521.8 J/TH)
    expect(s.find((p) => p.date === '2016-01-01')).toEqual({ date: '2016-01-01', lowerJPerTh: 273.36, estimateJPerTh: 521.8401075911535, upperJPerTh: 765.6899999999999 });
    // raw last row: 2024-09-20,15.089744,22.79196962887426,34.417722 (FACTS 4.9: 22.8 J/TH)
    expect(s.at(-1)).toEqual({ date: '2024-09-20', lowerJPerTh: 15.089744, estimateJPerTh: 22.79196962887426, upperJPerTh: 34.417722 });
    expect(s).toHaveLength(5179);
  });
});
