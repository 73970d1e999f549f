import { describe, expect, it } from 'vitest';
import { thinDaily } from '../../../src/data/thinDaily.ts';

const days = (n: number) => Array.from({ length: n }, (_, i) => ({ date: `2024-01-${String(i + 1).padStart(2, '0')}`, v: i }));

describe('thinDaily', () => {
  it('keeps every n-th row from the first, plus the last', () => {
    // 10 days, every 4th: indexes 0, 4, 8, then the last (9)
    expect(thinDaily(days(10), 4).map((r) => r.v)).toEqual([0, 4, 8, 9]);
    expect(thinDaily(days(3), 1)).toEqual(days(3));
  });

  it('keeps a listed date and the day before it, so a step stays a step', () => {
    // halving on 2024-01-07 (index 6): keeps index 5 and 6 besides 0, 4, 8, 9
    expect(thinDaily(days(10), 4, ['2024-01-07']).map((r) => r.v)).toEqual([0, 4, 5, 6, 8, 9]);
    // a listed date that is not in the rows changes nothing
    expect(thinDaily(days(10), 4, ['2030-01-01']).map((r) => r.v)).toEqual([0, 4, 8, 9]);
  });

  it('rejects unsorted rows and a bad step', () => {
    expect(() => thinDaily([{ date: '2024-01-02' }, { date: '2024-01-01' }], 1)).toThrow(/sorted/);
    expect(() => thinDaily(days(3), 0)).toThrow(RangeError);
    expect(thinDaily([], 7)).toEqual([]);
  });
});
