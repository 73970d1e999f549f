import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { allSeries, seriesById } from '../../src/series/registry.ts';
import { defineSeries, defineTable } from '../../src/series/define.ts';
import { listDatasetIds } from '../../src/datasets/load.ts';

describe('series', () => {
  it('every series has a unique id, known datasets and rows whose keys are its declared columns, computed once', () => {
    const known = new Set(listDatasetIds());
    expect(new Set(allSeries.map((s) => s.id)).size).toBe(allSeries.length);
    for (const s of allSeries) {
      for (const d of s.datasets) expect(known.has(d), `${s.id}: dataset ${d}`).toBe(true);
      const rows = s.rows();
      expect(rows.length, s.id).toBeGreaterThan(0);
      expect(Object.keys(rows[0]!), s.id).toEqual(s.columns.map((c) => c.name));
      expect(s.rows(), s.id).toBe(rows);
    }
  });

  it('an unknown series id fails, listing the known ones', () => {
    expect(() => seriesById('btc-hashrate-eh')).toThrow(/Unknown series "btc-hashrate-eh" \(known: .*btc-hashrate-ehs/);
  });

  it('defineSeries builds each row from the columns, in their order; defineTable keeps shaped rows in column order', () => {
    const s = defineSeries({
      id: 'fixture',
      title: 'Fixture',
      description: 'A fixture.',
      datasets: ['btc-hashrate'],
      from: () => [{ a: 1.23456, b: 'x' }],
      columns: { name: { description: 'B.', value: (r) => r.b }, value: { unit: 'u', description: 'A.', value: (r) => Math.round(r.a) } },
    });
    expect(s.rows()).toEqual([{ name: 'x', value: 1 }]);
    expect(s.columns).toEqual([{ name: 'name', description: 'B.' }, { name: 'value', unit: 'u', description: 'A.' }]);
    expect(s.download).toBe(true);
    const t = defineTable({ id: 'fixture-table', title: 'T', description: 'T.', datasets: [], download: false, from: () => [{ b: 2, a: 1 }], columns: { a: { description: 'A.' }, b: { description: 'B.' } } });
    expect(Object.keys(t.rows()[0]!)).toEqual(['a', 'b']);
  });
});

describe('charts and their series', () => {
  it('every chart names known series, and credits exactly the datasets those series are computed from', () => {
    for (const c of charts) {
      const fromSeries = new Set(c.series.flatMap((id) => seriesById(id).datasets));
      expect(c.series.length, c.id).toBeGreaterThan(0);
      expect(new Set(c.datasets), c.id).toEqual(fromSeries);
    }
  });
});
