import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { charts } from '../../src/charts/registry.ts';
import { renderChart } from '../../src/charts/render.ts';
import { buildChart, chartData } from '../../src/charts/build.ts';
import { parseControl, viewDefaults, viewOf } from '../../src/charts/view.ts';
import type { Control, Params } from '../../src/charts/types.ts';

/** Charts with nothing to explore yet (issue "Every chart a live Plot instrument"); the list only shrinks. */
const NOT_YET = new Set<string>([]);

/** Every value worth trying for one control: the ends of a range, each choice, one group alone. */
function trials(c: Control): (number | string)[] {
  if (c.kind === 'range' || c.kind === 'number') return [c.min!, c.max!];
  if (c.kind === 'select') return (c.options ?? []).map((o) => o.value);
  return (c.options ?? []).map((o) => o.value);
}

/** One view that differs from the default, for the snapshot: the first control moved. */
function otherView(controls: Control[], defaults: Params): Params {
  const c = controls[0]!;
  const p = { ...defaults };
  if (c.kind === 'range' || c.kind === 'number') p[c.name] = Math.round((c.min! + c.max!) / 2);
  else if (c.kind === 'select') p[c.name] = (c.options ?? []).find((o) => o.value !== defaults[c.name])?.value ?? defaults[c.name]!;
  else p[c.name] = c.options![0]!.value;
  return p;
}

const dir = new URL('./snapshots/', import.meta.url);

describe('view options (Explore)', () => {
  it('every chart declares view options or controls, except those listed as not yet done', () => {
    expect(charts.filter((c) => !c.view && !c.controls).map((c) => c.id).sort()).toEqual([...NOT_YET].sort());
  });

  // Calculators are one case of the same mechanism: their controls, with the defaults computed from the data.
  for (const def of charts.filter((c) => c.view || c.controls)) {
    describe(def.id, () => {
      const { rows, context } = chartData(def);
      const view = viewOf(def, rows, context)!;
      const defaults = viewDefaults(view.controls);

      it('the default view shows every row, and the browser path draws exactly the build-time SVG', () => {
        const shown = view.rows ? view.rows(rows, defaults) : rows;
        expect(shown).toEqual(rows);
        const built = buildChart(def.id);
        for (const variant of ['wide', 'narrow'] as const) {
          expect(renderChart(def, shown, variant, context, defaults).svg).toBe(built[variant].svg);
        }
      });

      it('renders every declared option, with a summary that reads', () => {
        for (const c of view.controls) {
          for (const value of trials(c)) {
            const p = { ...defaults, [c.name]: value };
            const shown = view.rows ? view.rows(rows, p) : rows;
            if (!shown.length) continue; // Explore says "nothing matches" and keeps the chart
            for (const variant of ['wide', 'narrow'] as const) {
              expect(() => renderChart(def, shown, variant, context, p), `${c.name}=${value} (${variant})`).not.toThrow();
            }
            expect(def.summary(shown, context), `${c.name}=${value}`).not.toMatch(/NaN|undefined|Infinity/);
          }
        }
      });

      it('refuses URL values the view does not have', () => {
        for (const c of view.controls) {
          expect(parseControl(c, 'nonsense'), c.name).toBeNull();
          if (c.kind === 'range') expect(parseControl(c, String(c.max! + 1000)), c.name).toBeNull();
          expect(parseControl(c, String(defaults[c.name])), c.name).toEqual(defaults[c.name]);
        }
      });

      it('a non-default view matches its snapshot', () => {
        const p = otherView(view.controls, defaults);
        const shown = view.rows ? view.rows(rows, p) : rows;
        const { svg } = renderChart(def, shown, 'wide', context, p);
        const file = new URL(`${def.id}-view.svg`, dir);
        const changed = new URL(`${def.id}-view-changed.svg`, dir);
        if (!existsSync(file)) {
          writeFileSync(file, svg);
          throw new Error(`new snapshot written: tests/charts/snapshots/${def.id}-view.svg (check it and commit it)`);
        }
        const expected = readFileSync(file, 'utf8');
        if (svg !== expected) writeFileSync(changed, svg);
        else rmSync(changed, { force: true });
        expect(svg === expected, `view rendering differs: see tests/charts/snapshots/${def.id}-view-changed.svg`).toBe(true);
      });
    });
  }
});
