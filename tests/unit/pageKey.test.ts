import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_VARIABLES, contentDigest, digestOf, pageKey } from '../../src/charts/pageKey.ts';
import { buildChart, chartPaths } from '../../src/charts/build.ts';
import { charts } from '../../src/charts/registry.ts';
import { translatedCharts } from '../../src/charts/translations.ts';
import { lessonPackKey, type PackPiece } from '../../src/publish/lessonPack.ts';

const rows = [{ date: '2024-01-01', value: 1 }, { date: '2024-01-02', value: 2 }];

describe('the key that lets a rebuild reuse a chart’s pages', () => {
  it('changes with one row, the context, the language and the chart, and is stable otherwise', () => {
    const key = pageKey('x', 'en', rows, undefined);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(pageKey('x', 'en', structuredClone(rows), undefined)).toBe(key);
    expect(pageKey('x', 'en', [rows[0]!, { ...rows[1]!, value: 3 }], undefined)).not.toBe(key);
    expect(pageKey('x', 'en', rows, { cap: 1 })).not.toBe(key);
    expect(pageKey('x', 'es', rows, undefined)).not.toBe(key);
    expect(pageKey('y', 'en', rows, undefined)).not.toBe(key);
  });

  it('is withheld when the rows or context cannot be hashed exactly, so those pages are always rendered', () => {
    expect(pageKey('x', 'en', [{ date: new Date(0) as never, value: 1 }], undefined)).toBeUndefined();
    expect(pageKey('x', 'en', [{ value: Number.NaN }], undefined)).toBeUndefined();
    expect(pageKey('x', 'en', rows, new Map())).toBeUndefined();
  });

  it('is the key every chart route gives each chart, in each language, from the rows its pages show', () => {
    const en = chartPaths('en');
    expect(en.map((p) => p.params.id)).toEqual(charts.map((c) => c.id));
    const es = chartPaths('es');
    expect(es.map((p) => p.params.id)).toEqual(translatedCharts('es'));
    for (const [lang, paths] of [['en', en], ['es', es]] as const) {
      for (const { params, cacheKey } of paths) {
        const { rows: shown, context } = buildChart(params.id, undefined, lang);
        expect(cacheKey, `${lang}/${params.id}`).toBe(pageKey(params.id, lang, shown, context));
      }
    }
    expect(chartPaths('en', (c) => c.tip).length).toBe(charts.filter((c) => c.tip).length);
  });

  it('keys a lesson pack by its piece, its language and the keys of the charts it holds', () => {
    const piece = (id: string, chart: string) => ({ id, body: `Text.\n\n<Figure chart="${chart}" />\n`, data: {} as PackPiece['data'] });
    const key = lessonPackKey(piece('p', 'hydro-share'), 'en');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(lessonPackKey(piece('p', 'hydro-share'), 'en')).toBe(key);
    expect(lessonPackKey(piece('p', 'hydro-share'), 'es')).not.toBe(key);
    expect(lessonPackKey(piece('q', 'hydro-share'), 'en')).not.toBe(key);
    expect(lessonPackKey(piece('p', 'hashrate-eras'), 'en')).not.toBe(key);
  });

  it('covers every variable that moves the content pages read (a new one must join CONTENT_VARIABLES)', () => {
    // Variables that say where the build writes or caches, or what the config already holds (Astro hashes the config).
    const notContent = new Set(['ASTRO_CACHE_DIR', 'ASTRO_OUT_DIR', 'RENDER_CACHE_DIR', 'BASE_PATH', 'SITE_URL', 'MIMALLOC_PURGE_DELAY']);
    const files = readdirSync('src', { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(ts|astro|mjs)$/.test(e.name));
    const read = new Set(files.flatMap((e) => [...readFileSync(join(e.parentPath, e.name), 'utf8').matchAll(/process\.env\.([A-Z_]+)/g)].map((m) => m[1]!)));
    const missing = [...read].filter((v) => !notContent.has(v) && !CONTENT_VARIABLES.includes(v));
    expect(missing).toEqual([]);
    expect(CONTENT_VARIABLES.every((v) => read.has(v))).toBe(true);
  });

  it('hashes the content files but not the data tables, which reach a page only through its rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'page-key-'));
    try {
      const write = (f: string, text: string) => {
        mkdirSync(join(dir, f, '..'), { recursive: true });
        writeFileSync(join(dir, f), text);
      };
      write('articles/a.mdx', 'Prose');
      write('data/d/dataset.json', '{"title":"D"}');
      write('data/d/t.csv', 'x\n1\n');
      const digest = () => digestOf([join(dir, 'articles'), join(dir, 'data')], join(dir, 'data'));
      const first = digest();
      write('data/d/t.csv', 'x\n2\n');
      expect(digest()).toBe(first);
      write('data/d/dataset.json', '{"title":"D2"}');
      const second = digest();
      expect(second).not.toBe(first);
      write('articles/a.mdx', 'Prose, edited');
      expect(digest()).not.toBe(second);
      expect(contentDigest()).toBe(contentDigest());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
