import { describe, it, expect } from 'vitest';
import { getChart, validateChart, charts } from '../../src/charts/registry.ts';
import { getNumber } from '../../src/numbers/registry.ts';
import { credits } from '../../src/charts/credits.ts';
import type { ChartDef } from '../../src/charts/types.ts';

const good = charts[0];

describe('chart registry', () => {
  it('an unknown chart id fails, naming where it was used and the known ids', () => {
    expect(() => getChart('hashrate-eraz', 'content/articles/x.mdx')).toThrow(/Unknown chart "hashrate-eraz" in content\/articles\/x\.mdx\. Known charts: .*hashrate-eras/);
  });
  it.each([
    ['title', { title: '' }, /needs a title/],
    ['alt text', { alt: '' }, /needs alt text/],
    ['source', { datasets: [] }, /needs at least one source dataset/],
    ['summary', { summary: undefined }, /needs summary/],
    ['id', { id: 'Bad Id' }, /needs an id/],
    ['column headings', { columns: [{ key: 'a', label: 'Share', unit: '%' }, { key: 'b', label: 'Share', unit: '%' }] }, /two columns headed "Share \(%\)"/],
  ])('a chart without a valid %s fails with the file name', (_, patch, message) => {
    const def = { ...good, ...patch } as unknown as ChartDef;
    expect(() => validateChart(def, `./defs/${good.id}.ts`)).toThrow(message);
    expect(() => validateChart(def, `./defs/${good.id}.ts`)).toThrow(`src/charts/defs/${good.id}.ts`);
  });
  it('a chart naming a dataset that does not exist fails with the chart and dataset', () => {
    const def = { ...good, id: 'ghost-chart', datasets: ['no-such-dataset'] };
    expect(() => validateChart(def, './defs/ghost-chart.ts')).not.toThrow();
    // credits are resolved when the chart is built
    expect(() => buildChartFrom(def)).toThrow(/chart "ghost-chart".*Unknown dataset "no-such-dataset"/);
  });
});

describe('numbers in prose', () => {
  it('an unknown number id fails, naming the page and suggesting close ids', () => {
    expect(() => getNumber('efficiency-2017', 'a <Num> on /articles/x/')).toThrow(/Unknown number "efficiency-2017" in a <Num> on \/articles\/x\/\. Did you mean: .*efficiency-2016/);
  });
  it('a known number is formatted with its unit', () => {
    expect(getNumber('efficiency-2016').text).toMatch(/^[\d.,]+ joules per terahash$/);
  });
});

/** The credits step of buildChart, for a chart object that is not in the registry. */
function buildChartFrom(def: ChartDef) {
  return credits(def.datasets, `chart "${def.id}"`);
}
