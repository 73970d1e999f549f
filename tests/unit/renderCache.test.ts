import { it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileMeta } from '../../src/schema.ts';

// The cache folder is read when src/charts/image.ts is loaded: point it at an empty folder first.
const dir = mkdtempSync(join(tmpdir(), 'render-cache-'));
process.env.RENDER_CACHE_DIR = dir;
let image: typeof import('../../src/charts/image.ts');
let build: typeof import('../../src/charts/build.ts');
let render: typeof import('../../src/charts/render.ts');
beforeAll(async () => {
  image = await import('../../src/charts/image.ts');
  build = await import('../../src/charts/build.ts');
  render = await import('../../src/charts/render.ts');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cached = () => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.png')).sort();

it('rasterises a chart once, serves the cached bytes after, and never a stale or broken image', async () => {
  expect((await import('../../src/lib/renderCache.ts')).RENDER_CACHE).toBe(dir);
  const b = build.buildChart('hydro-share');
  const png = await image.pngFromSvg(image.standaloneSvg(b, 'https://example.org/'));
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(cached()).toHaveLength(1);

  // The same chart again: the same bytes, from the one cached file.
  expect((await image.pngFromSvg(image.standaloneSvg(b, 'https://example.org/'))).equals(png)).toBe(true);
  expect(cached()).toHaveLength(1);

  // One row changed: a new key, a new image; the old one is not used for it.
  const rows = b.rows.map((r, i) => (i === b.rows.length - 1 ? { ...r, hydro_pct: 50 } : r));
  const changed = { ...b, rows, wide: render.renderChart(b.def, rows, 'wide', b.context) };
  const png2 = await image.pngFromSvg(image.standaloneSvg(changed, 'https://example.org/'));
  expect(png2.equals(png)).toBe(false);
  expect(cached()).toHaveLength(2);

  // A cached file cut short (a build killed while writing) is not a PNG: it is drawn again, whole.
  const first = join(dir, cached().find((f) => readFileSync(join(dir, f)).equals(png))!);
  writeFileSync(first, png.subarray(0, png.length / 2));
  expect((await image.pngFromSvg(image.standaloneSvg(b, 'https://example.org/'))).equals(png)).toBe(true);
  expect(readFileSync(first).equals(png)).toBe(true);
});

it('rasterises an image asked for twice at once (the prefetch, then its page) only once', async () => {
  const b = build.buildChart('training-cost');
  const svg = image.standaloneSvg(b, 'https://example.org/twice/');
  const before = cached().length;
  const [a, again] = await Promise.all([image.pngFromSvg(svg), image.pngFromSvg(svg)]);
  // The same result object: the second request waited for the first one's work instead of drawing its own.
  expect(again).toBe(a);
  expect(cached()).toHaveLength(before + 1);
  // Once settled it is no longer in flight: a later request reads the cached file (new bytes object, same bytes).
  const later = await image.pngFromSvg(svg);
  expect(later).not.toBe(a);
  expect(later.equals(a)).toBe(true);
});

it('keeps each citation by its input: formatted once, read back after, and a new input formatted afresh', async () => {
  const { cite } = await import('../../src/lib/cite.ts');
  const jsons = () => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.json'));
  const input = { id: 'od-x', title: 'A chart', url: 'https://example.org/charts/x/', issued: '2026-12-07', lang: 'es' };
  const before = jsons().length;
  const first = cite(input, true);
  expect(first).toEqual(cite(input, false));
  const added = jsons();
  expect(added).toHaveLength(before + 1);
  // What is stored is what a later build gets: changed on disk, it shows through.
  const file = join(dir, added.find((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).apa === first.apa)!);
  writeFileSync(file, JSON.stringify({ ...first, apa: 'from the cache' }));
  expect(cite(input, true).apa).toBe('from the cache');
  // Another title is another citation.
  expect(cite({ ...input, title: 'Another chart' }, true).apa).toContain('Another chart');
  expect(jsons()).toHaveLength(before + 2);
});

it('keeps a checked data file as its rows: read back while its bytes are the same, checked again when they change', async () => {
  const { checkedFile } = await import('../../src/datasets/load.ts');
  const data = mkdtempSync(join(tmpdir(), 'rows-'));
  const csv = join(data, 't.csv');
  const meta = { path: 't.csv', key: ['year'], columns: [{ name: 'year', type: 'year', required: true }, { name: 'v', type: 'number', required: true }] } as FileMeta;
  const rowFiles = () => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.rows.json'));
  writeFileSync(csv, 'year,v\n2020,1.5\n2021,2\n');
  const first = checkedFile(csv, meta, [], true);
  expect(first).toEqual(checkedFile(csv, meta, [], false));
  expect(rowFiles()).toHaveLength(1);
  // What is stored is what a later build gets: changed on disk, it shows through.
  writeFileSync(join(dir, rowFiles()[0]!), JSON.stringify([{ year: 1999, v: 0 }]));
  expect(checkedFile(csv, meta, [], true).rows).toEqual([{ year: 1999, v: 0 }]);
  // A changed file is checked again; one with a problem is reported and never kept.
  writeFileSync(csv, 'year,v\n2020,1.5\n2021,3\n');
  expect(checkedFile(csv, meta, [], true).rows).toEqual([{ year: 2020, v: 1.5 }, { year: 2021, v: 3 }]);
  writeFileSync(csv, 'year,v\n2021,1.5\n2020,3\n');
  expect(checkedFile(csv, meta, [], true).problems.join()).toContain('rows out of order');
  expect(rowFiles()).toHaveLength(2);
  rmSync(data, { recursive: true, force: true });
});
