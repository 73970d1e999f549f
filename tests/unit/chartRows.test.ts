import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkRows, rowProblems } from '../../src/charts/checkRows.ts';
import { charts } from '../../src/charts/registry.ts';
import { chartData } from '../../src/charts/build.ts';

const def = { id: 'hashrate-eras', columns: [{ key: 'date', label: 'Date' }, { key: 'ehs', label: 'Hashrate' }] };
const file = 'src/charts/defs/hashrate-eras.ts';
/** The line of `key: 'ehs'` in the real chart file, found here independently of the checker. */
const ehsLine = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes("key: 'ehs'")) + 1;

describe('a chart never publishes a missing column, NaN or Infinity', () => {
  it('passes rows that carry every declared column with finite numbers or null', () => {
    expect(rowProblems(def, [{ date: '2024-01-01', ehs: 1 }, { date: '2024-01-02', ehs: null }], 'Rose from 1 EH/s.')).toEqual([]);
  });

  it('fails on a declared column no row has (a misspelt field), naming the chart file and the line of the column', () => {
    const rows = [{ date: '2024-01-01', ehs_30d: 1 }];
    expect(() => checkRows(def, rows, 'ok')).toThrow(`${file}:${ehsLine}: column "ehs" is declared in columns, but no row has it`);
    expect(ehsLine).toBeGreaterThan(0);
  });

  it.each([
    ['NaN', Number.NaN, /row 2, column "ehs" is NaN \(expected a finite number/],
    ['Infinity', Number.POSITIVE_INFINITY, /row 2, column "ehs" is Infinity/],
    ['undefined', undefined, /row 2 has no value for column "ehs"/],
  ])('fails on %s in a row', (_, value, message) => {
    const rows = [{ date: '2024-01-01', ehs: 1 }, { date: '2024-01-02', ehs: value as number }];
    expect(() => checkRows(def, rows, 'ok')).toThrow(message);
    expect(() => checkRows(def, rows, 'ok')).toThrow(`${file}:${ehsLine}:`);
  });

  it('fails on a summary that reads NaN, undefined or Infinity', () => {
    const rows = [{ date: '2024-01-01', ehs: 1 }];
    expect(() => checkRows(def, rows, 'The hashrate fell from NaN EH/s.')).toThrow(/the summary reads "The hashrate fell from NaN EH\/s\."/);
  });

  it('holds for every chart of the site (a failure prints the chart file, line and what was expected)', () => {
    for (const c of charts) {
      const { rows, context } = chartData(c);
      checkRows(c, rows, c.summary(rows, context));
    }
    expect(charts.length).toBeGreaterThan(0);
  });
});
