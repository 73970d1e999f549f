import { describe, it, expect } from 'vitest';
import * as Plot from '@observablehq/plot';
import { renderChart } from '../../src/charts/render.ts';
import { base } from '../../src/charts/defaults.ts';
import type { ChartDef } from '../../src/charts/types.ts';

// Data strings are never injected as HTML: a label full of markup must come out as text.
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';

const def: ChartDef = {
  id: 'hostile-fixture',
  title: 'Hostile fixture',
  alt: 'A fixture chart whose labels contain markup, to prove it is escaped.',
  datasets: ['btc-hashrate'],
  series: [],
  data: () => [{ name: HOSTILE, value: 1 }, { name: 'b', value: 2 }],
  columns: [{ key: 'name', label: 'Name' }, { key: 'value', label: 'Value' }],
  summary: () => 'Fixture.',
  spec: (rows, opts) => Plot.plot({ ...base(opts), marks: [Plot.barY(rows, { x: 'name', y: 'value' }), Plot.text(rows, { x: 'name', y: 'value', text: 'name' })] }),
  tip: { x: 'name', y: 'value', label: (r) => String(r.name) },
};

describe('hostile strings in data', () => {
  it('are escaped in the build-time SVG and kept as plain text for tooltips', () => {
    const out = renderChart(def, def.data({}), 'wide');
    expect(out.svg).not.toContain('<script');
    expect(out.svg).not.toContain('<img');
    expect(out.svg).toContain('&lt;script&gt;');
    expect(out.points.some((p) => p[2] === HOSTILE)).toBe(true);
    // The Figure serialises points with "<" escaped, so the JSON can never close its <script> element.
    expect(JSON.stringify(out.points).replace(/</g, '\\u003c')).not.toContain('</script>');
  });
});
