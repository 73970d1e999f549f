import { it, expect } from 'vitest';
import { relativePath } from '../../src/charts/finish.ts';

/** The absolute points a path visits, read back from either form (M/L/Z absolute, m/l/z relative). */
function points(d: string): [number, number][] {
  const t = d.match(/[MLZmlz]|-?\d+(?:\.\d+)?/g)!;
  const pts: [number, number][] = [];
  let [x, y, x0, y0, cmd] = [0, 0, 0, 0, 'M'];
  for (let i = 0; i < t.length; ) {
    if (/[MLZmlz]/.test(t[i]!)) cmd = t[i++]!;
    if (cmd === 'Z' || cmd === 'z') { [x, y] = [x0, y0]; pts.push([x, y]); continue; }
    const [a, b] = [Number(t[i++]) * 10, Number(t[i++]) * 10];
    const rel = cmd === cmd.toLowerCase() && pts.length > 0;
    [x, y] = rel ? [x + a, y + b] : [a, b];
    if (cmd === 'M' || cmd === 'm') { [x0, y0] = [x, y]; cmd = cmd === 'M' ? 'L' : 'l'; }
    pts.push([Math.round(x), Math.round(y)]);
  }
  return pts;
}

it('writes straight-line paths relative: shorter, and through exactly the same points', () => {
  const d = 'M451,74L451,75L450,75L451,77L447.5,78.2ZM10,10L20,10L20,20Z';
  const rel = relativePath(d);
  expect(rel).toBe('M451,74l0,1-1,0 1,2-3.5,1.2zm-441,-64 10,0 0,10z');
  expect(rel.length).toBeLessThan(d.length);
  expect(points(rel)).toEqual(points(d));
});

it('leaves curves, arcs and unrounded numbers alone', () => {
  for (const d of ['M0,0C1,1,2,2,3,3', 'M0,0A5,5,0,0,1,10,10', 'M0,0L1.25,2', 'M0,0H10V10Z']) expect(relativePath(d)).toBe(d);
});
