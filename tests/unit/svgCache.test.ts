import { it, expect, beforeAll, afterAll, describe } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The cache folder is read when src/lib/renderCache.ts is loaded: point it at an empty folder first.
const dir = mkdtempSync(join(tmpdir(), 'svg-cache-'));
process.env.RENDER_CACHE_DIR = dir;
let cache: typeof import('../../src/charts/svgCache.ts');
let build: typeof import('../../src/charts/build.ts');
let render: typeof import('../../src/charts/render.ts');
beforeAll(async () => {
  cache = await import('../../src/charts/svgCache.ts');
  build = await import('../../src/charts/build.ts');
  render = await import('../../src/charts/render.ts');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const stored = () => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.json'));

describe('the SVG cache', () => {
  it('draws a chart once, serves the stored drawing after, and draws again when one row changes', () => {
    const { def, rows, context } = build.buildChart('hydro-share');
    let draws = 0;
    const draw = (r: typeof rows) => () => {
      draws++;
      return { wide: render.renderChart(def, r, 'wide', context), narrow: render.renderChart(def, r, 'narrow', context) };
    };
    const first = cache.cachedVariants(def.id, rows, context, 'en', draw(rows), true);
    expect(draws).toBe(1);
    expect(stored()).toHaveLength(1);
    expect(cache.cachedVariants(def.id, rows, context, 'en', draw(rows), true)).toEqual(first);
    expect(draws).toBe(1);

    const changed = rows.map((r, i) => (i === rows.length - 1 ? { ...r, hydro_pct: 50 } : r));
    const second = cache.cachedVariants(def.id, changed, context, 'en', draw(changed), true);
    expect(draws).toBe(2);
    expect(second.wide.svg).not.toBe(first.wide.svg);
    expect(second.wide.svg).toBe(render.renderChart(def, changed, 'wide', context).svg);

    // A stored file cut short is not used: drawn again, whole.
    for (const f of stored()) writeFileSync(join(dir, f), '{"wide":');
    expect(cache.cachedVariants(def.id, rows, context, 'en', draw(rows), true)).toEqual(first);
    expect(draws).toBe(3);
    // Off (astro dev, tests): always drawn.
    cache.cachedVariants(def.id, rows, context, 'en', draw(rows), false);
    expect(draws).toBe(4);
  });

  it('keys on the chart file, every shared source file and the lockfile; never on values JSON cannot hold', () => {
    const project = (name: string) => {
      const root = join(dir, name);
      mkdirSync(join(root, 'src', 'charts', 'defs'), { recursive: true });
      cpSync('src/charts/defaults.ts', join(root, 'src', 'charts', 'defaults.ts'));
      writeFileSync(join(root, 'src', 'charts', 'defs', 'a.ts'), "import { x } from './b.ts';\nexport default {};\n");
      writeFileSync(join(root, 'src', 'charts', 'defs', 'b.ts'), 'export const x = 1;\n');
      writeFileSync(join(root, 'src', 'charts', 'defs', 'c.ts'), 'export default {};\n');
      writeFileSync(join(root, 'package-lock.json'), '{}');
      return root;
    };
    const rows = [{ year: 2020, value: 1 }];
    const base = cache.svgKey('a', rows, undefined, project('p0'))!;
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(cache.svgKey('a', rows, undefined, project('p1'))).toBe(base); // the same inputs elsewhere: the same key
    const edit = (name: string, file: string) => { const root = project(name); appendFileSync(join(root, file), '// edited\n'); return root; };
    expect(cache.svgKey('a', rows, undefined, edit('p2', 'src/charts/defaults.ts'))).not.toBe(base);
    expect(cache.svgKey('a', rows, undefined, edit('p3', 'src/charts/defs/a.ts'))).not.toBe(base);
    expect(cache.svgKey('a', rows, undefined, edit('p4', 'src/charts/defs/b.ts'))).not.toBe(base); // imported by a.ts
    expect(cache.svgKey('a', rows, undefined, edit('p5', 'src/charts/defs/c.ts'))).toBe(base); // another chart
    expect(cache.svgKey('a', rows, undefined, edit('p6', 'package-lock.json'))).not.toBe(base);
    // Without a lockfile (another package manager): the installed packages' versions.
    const bare = (name: string, version: string) => {
      const root = project(name);
      rmSync(join(root, 'package-lock.json'));
      mkdirSync(join(root, 'node_modules', '@observablehq', 'plot'), { recursive: true });
      writeFileSync(join(root, 'node_modules', '@observablehq', 'plot', 'package.json'), JSON.stringify({ version }));
      return root;
    };
    const noLock = cache.svgKey('a', rows, undefined, bare('p7', '0.6.17'))!;
    expect(noLock).toMatch(/^[0-9a-f]{64}$/);
    expect(cache.svgKey('a', rows, undefined, bare('p8', '0.6.18'))).not.toBe(noLock);
    expect(cache.svgKey('a', rows, { k: 1 }, project('p0'))).not.toBe(base);
    expect(cache.svgKey('a', [{ year: 2020, value: 2 }], undefined, project('p0'))).not.toBe(base);
    expect(cache.svgKey('a', rows, new Map([['k', 1]]), project('p0'))).toBeUndefined();
    expect(cache.svgKey('a', rows, { when: new Date(0) }, project('p0'))).toBeUndefined();
    expect(cache.svgKey('a', [{ year: 2020, value: NaN }], undefined, project('p0'))).toBeUndefined();
  });
});
