import { describe, it, expect } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { renderChart } from '../../src/charts/render.ts';
import { chartData } from '../../src/charts/build.ts';

// Properties every chart must have, checked on its real build-time output.
describe('chart specs', () => {
  for (const def of charts) {
    describe(def.id, () => {
      const { rows, context } = chartData(def);
      const wide = renderChart(def, rows, 'wide', context);
      it('renders CSP-safe, labelled SVG', () => {
        expect(wide.svg).toMatch(/^<svg[^>]*role="img"/);
        expect(wide.svg).toContain(`<title id="${def.id}-wide-alt">`);
        expect(wide.svg).not.toContain('<style');
        expect(wide.svg).not.toMatch(/\sstyle="/);
        expect(wide.svg).not.toMatch(/<g[^>]*aria-label=/);
      });
      it('has data whose rows carry every declared column', () => {
        expect(rows.length).toBeGreaterThan(0);
        for (const c of def.columns) expect(rows[0], `column ${c.key}`).toHaveProperty(c.key);
      });
      it('writes a summary from the data', () => {
        const s = def.summary(rows, context);
        expect(s.length).toBeGreaterThan(30);
        expect(s).not.toMatch(/NaN|undefined|Infinity/);
      });
      if (def.tip) {
        it('has tooltip points inside the viewBox', () => {
          expect(wide.points.length).toBeGreaterThan(0);
          for (const [x, y] of wide.points) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(wide.width);
            expect(y).toBeGreaterThanOrEqual(0);
            expect(y).toBeLessThanOrEqual(wide.height);
          }
        });
      }
    });
  }
});

describe('labelled points', () => {
  it('every model the MMLU chart labels is in its data (a renamed model would lose its label silently)', async () => {
    const { LABELS } = await import('../../src/charts/defs/mmlu-vs-parameters.ts');
    const def = charts.find((c) => c.id === 'mmlu-vs-parameters')!;
    const models = new Set(chartData(def).rows.map((r) => r.model));
    expect(LABELS.map((l) => l.model).filter((m) => !models.has(m))).toEqual([]);
  });
});
