import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { charts } from '../../src/charts/registry.ts';
import { renderChart } from '../../src/charts/render.ts';
import { chartData } from '../../src/charts/build.ts';

// One deterministic SVG snapshot per registered chart (wide and narrow). On a mismatch the new
// rendering is written next to the snapshot as <id>-<variant>-changed.svg to compare; to accept it,
// move it over the snapshot. A missing snapshot is written and the test fails once, so it gets committed.
const dir = new URL('./snapshots/', import.meta.url);

describe('chart snapshots', () => {
  it('the registry lists at least one chart', () => {
    expect(charts.length).toBeGreaterThan(0);
  });
  for (const def of charts) {
    for (const variant of ['wide', 'narrow'] as const) {
      it(`${def.id} (${variant}) matches its snapshot`, () => {
        const { rows, context } = chartData(def);
        const { svg } = renderChart(def, rows, variant, context);
        const file = new URL(`${def.id}-${variant}.svg`, dir);
        const changed = new URL(`${def.id}-${variant}-changed.svg`, dir);
        if (!existsSync(file)) {
          writeFileSync(file, svg);
          throw new Error(`new snapshot written: tests/charts/snapshots/${def.id}-${variant}.svg (check it and commit it)`);
        }
        const expected = readFileSync(file, 'utf8');
        if (svg !== expected) writeFileSync(changed, svg);
        else rmSync(changed, { force: true });
        expect(svg === expected, `rendering differs: see tests/charts/snapshots/${def.id}-${variant}-changed.svg`).toBe(true);
      });
    }
  }
});
