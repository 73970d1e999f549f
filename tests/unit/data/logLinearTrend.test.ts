import { describe, expect, it } from 'vitest';
import { logLinearTrend, yearsOf } from '../../../src/data/logLinearTrend.ts';
import training from '../../../src/series/ai-model-training-compute.ts';
import { modelKey } from '../../../src/data/modelTrainingTable.ts';

describe('logLinearTrend', () => {
  it('recovers an exact exponential: ×4 a year is a doubling every 6 months', () => {
    // One value a year on 1 January, each four times the last (years of 365 or 366 days, so the fit is near-exact).
    const pts = [0, 1, 2, 3, 4, 5].map((i) => ({ date: `${2010 + i}-01-01`, value: 1e20 * 4 ** i }));
    const t = logLinearTrend(pts);
    expect(t.n).toBe(6);
    expect(t.factorPerYear).toBeCloseTo(4, 2);
    expect(t.doublingMonths).toBeCloseTo(6, 1);
    expect(t.r2).toBeCloseTo(1, 6);
    expect(t.at('2012-01-01') / 1.6e21).toBeCloseTo(1, 2);
  });

  it('fits the centre of a scatter: points a factor 10 above and below the line give the line', () => {
    const pts = [2016, 2018, 2020].flatMap((y, i) => [
      { date: `${y}-07-02`, value: 10 * 100 ** i },
      { date: `${y}-07-02`, value: 1000 * 100 ** i },
    ]);
    const t = logLinearTrend(pts);
    expect(t.factorPerYear).toBeCloseTo(10, 1); // ×100 every two years
    expect(t.at('2018-07-02') / 10000).toBeCloseTo(1, 2); // within 1 %: calendar years are not exactly 365.25 days
    expect(t.r2).toBeLessThan(1);
  });

  it('measures time in years of 365.25 days from 1970', () => {
    expect(yearsOf('1970-01-01')).toBe(0);
    expect(yearsOf('1974-01-01')).toBeCloseTo(4, 10); // 1461 days
  });

  it('rejects non-positive values, bad dates and a single date', () => {
    expect(() => logLinearTrend([{ date: '2020-01-01', value: 0 }, { date: '2021-01-01', value: 1 }])).toThrow(RangeError);
    expect(() => logLinearTrend([{ date: 'soon', value: 1 }, { date: '2021-01-01', value: 1 }])).toThrow(RangeError);
    expect(() => logLinearTrend([{ date: '2020-01-01', value: 1 }, { date: '2020-01-01', value: 2 }])).toThrow(RangeError);
  });
});

describe('epochModels (each model once across Epoch’s two files)', () => {
  it('matches names across spelling and version dates', () => {
    expect(modelKey('Grok 3')).toBe(modelKey('Grok-3'));
    expect(modelKey('GPT-4 (Mar 2023)')).toBe(modelKey('GPT-4'));
    expect(modelKey('GPT-4.5')).not.toBe(modelKey('GPT-4'));
    expect(modelKey('GPT-2 (774M)')).not.toBe(modelKey('GPT-2 (1.5B)'));
  });

  it('keeps one row per model: the notable file’s where both files have it, the frontier file’s where only it does', () => {
    const names = training.rows().map((r) => String(r.model));
    expect(names.filter((n) => n === 'Grok 3')).toHaveLength(1);
    expect(names).not.toContain('Grok-3');
    expect(names).toEqual(expect.arrayContaining(['GPT-4 (Mar 2023)', 'GPT-4.5', 'Grok 4', 'GPT-2 (774M)']));
    const grok3 = training.rows().find((r) => r.model === 'Grok 3')!;
    expect(grok3).toMatchObject({ training_compute_flop: 3.5e26, hardware_quantity: 80000, source: 'epoch-notable-models' });
    expect(training.rows().find((r) => r.model === 'GPT-2 (774M)')).toMatchObject({ source: 'epoch-frontier-models' });
  });
});
