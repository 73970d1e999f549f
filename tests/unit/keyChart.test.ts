import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dataAsOf, figuresOf, keyChartOf } from '../../src/lib/keyChart.ts';
import { getChart } from '../../src/charts/registry.ts';
import { loadDataset } from '../../src/datasets/load.ts';

describe('what the home page shows of a piece (src/lib/keyChart.ts)', () => {
  it("a keyChart that is not one of the piece's figures stops the build with file and line", () => {
    const body = readFileSync('content/articles/opposite-directions.mdx', 'utf8');
    expect(keyChartOf({ id: 'opposite-directions', body, data: {} })).toBe('hashrate-eras'); // the first figure
    expect(keyChartOf({ id: 'opposite-directions', body, data: { keyChart: 'two-arrows' } })).toBe('two-arrows');
    expect(() => keyChartOf({ id: 'opposite-directions', body, data: { keyChart: 'training-cost' } }))
      .toThrow(/^content\/articles\/opposite-directions\.mdx:9: keyChart "training-cost" is not one of the piece's figures \(hashrate-eras, two-arrows/);
  });

  it('data as of: the latest date of the datasets behind its figures', () => {
    const body = readFileSync('content/articles/the-cost-of-a-coin.mdx', 'utf8');
    const charts = figuresOf(body);
    expect(charts[0]).toBe('cost-per-coin-calculator');
    const dates = charts.flatMap((id) => getChart(id).datasets).map((d) => loadDataset(d).meta.dataAsOf);
    expect(dataAsOf(charts)).toBe([...dates].sort().at(-1));
  });
});
