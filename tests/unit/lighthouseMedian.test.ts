import { describe, expect, it } from 'vitest';
import { medianRun, type LighthouseResult } from '../../scripts/bench/lighthouse.ts';

const run = (performance: number, fcp: number, failing: string[] = []): LighthouseResult => ({
  path: '/articles/x/', scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 }, metrics: { fcp }, failing,
});

describe('Lighthouse: the median of three runs', () => {
  it('takes each score and metric at its median, and the audits of the median run', () => {
    const m = medianRun([run(97, 2100, ['performance: first-contentful-paint (0.8)']), run(100, 1100), run(99, 1500, ['performance: first-contentful-paint (0.95)'])]);
    expect(m.scores.performance).toBe(99);
    expect(m.metrics.fcp).toBe(1500);
    expect(m.failing).toEqual(['performance: first-contentful-paint (0.95)']);
    expect(m.runs?.map((r) => r.performance)).toEqual([97, 100, 99]);
  });

  it('leaves out a failed run, and reports the error only when every run failed', () => {
    const failed: LighthouseResult = { path: '/articles/x/', scores: {}, metrics: {}, failing: [], error: 'lighthouse exit 1' };
    expect(medianRun([failed, run(100, 900), run(98, 1300)]).scores.performance).toBe(99);
    expect(medianRun([failed, failed]).error).toBe('lighthouse exit 1');
  });
});
