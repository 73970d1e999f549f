import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { Script } from 'node:vm';
import { pieceManifest, serviceWorker, writeOffline, astroAssets, contentHash } from '../../src/offline/manifest.ts';

// A small built site: one piece with one figure, its chart page, another chart, and chunks that import each other.
let out: string;
const FILES: Record<string, string> = {
  'articles/p/index.html': '<h1>P</h1><figure data-figure="x"><script type="application/json" data-points data-src="/charts/x/points.json"></script>' +
    '<a href="/charts/x/">Chart</a> <a href="/charts/x/data.csv">CSV</a></figure><script type="module" src="/_astro/Figure.aaaaaaa1.js"></script>',
  'charts/x/index.html': '<h1>X</h1><figure data-figure="x" data-listen-src="/charts/x/view.json"></figure><script type="module" src="/_astro/ChartPage.ccccccc1.js"></script>',
  'charts/x/points.json': '[]',
  'charts/x/view.json': '{}',
  'charts/x/data.csv': 'a\n1\n',
  'charts/y/index.html': '<h1>Y</h1>',
  // Figure's script names every chart's chunk; x's imports a shared chunk, which imports another.
  '_astro/Figure.aaaaaaa1.js': 'const defs={"./defs/x.ts":()=>import("./x.hhhhhhh1.js"),"./defs/y.ts":()=>import("./y.hhhhhhh2.js")};import("./preload-helper.ppppppp1.js")',
  '_astro/ChartPage.ccccccc1.js': 'import "./explore.eeeeeee1.js"',
  '_astro/x.hhhhhhh1.js': 'import{a}from"./shared.sssssss1.js"',
  '_astro/y.hhhhhhh2.js': 'import{a}from"./shared.sssssss1.js"',
  '_astro/shared.sssssss1.js': 'import"./deep.ddddddd1.js";export const a=1',
  '_astro/deep.ddddddd1.js': '',
  '_astro/preload-helper.ppppppp1.js': '',
  '_astro/explore.eeeeeee1.js': '',
  '_astro/unused.uuuuuuu1.js': '',
};

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'offline-'));
  for (const [f, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(out, f)), { recursive: true });
    writeFileSync(join(out, f), text);
  }
});

describe('offline reading (src/offline/manifest.ts)', () => {
  it('a piece keeps its page, its chart pages, their data and every chunk they import, and nothing else', () => {
    const m = pieceManifest(out, '/', 'articles/p/');
    expect(m.urls[0]).toBe('/articles/p/');
    expect([...m.urls].sort()).toEqual([
      '/articles/p/', '/charts/x/', '/_astro/Figure.aaaaaaa1.js', '/_astro/ChartPage.ccccccc1.js', '/_astro/x.hhhhhhh1.js', '/_astro/shared.sssssss1.js',
      '/_astro/deep.ddddddd1.js', '/_astro/preload-helper.ppppppp1.js', '/_astro/explore.eeeeeee1.js', '/charts/x/points.json', '/charts/x/view.json',
    ].sort());
    const size = (f: string) => readFileSync(join(out, f)).length;
    expect(m.bytes).toBe(m.urls.map((u) => size(u.endsWith('/') ? u.slice(1) + 'index.html' : u.slice(1))).reduce((a, b) => a + b, 0));
  });

  it('under a base path, every address carries it', () => {
    const m = pieceManifest(out, '/sub', 'articles/p/');
    // The fixture's pages link without the base, so only the pages themselves are found: nothing outside /sub/.
    expect(m.urls).toEqual(['/sub/articles/p/', '/sub/charts/x/']);
  });

  it('the worker gets the base path and the build\'s asset list, and is a script that parses', () => {
    const sw = serviceWorker('/sub', astroAssets(out));
    expect(sw).toContain('const BASE = "/sub/";');
    expect(astroAssets(out)).toContain('unused.uuuuuuu1.js');
    expect(sw).toContain(`const ASSETS = new Set(${JSON.stringify(astroAssets(out).map(contentHash))});`);
    expect(sw).not.toMatch(/__BASE__|__ASSETS__/);
    expect(() => new Script(sw)).not.toThrow();
  });

  it('writes sw.js and offline.json beside each piece', () => {
    const all = writeOffline(out, '/');
    expect(Object.keys(all)).toEqual(['articles/p/']);
    expect(JSON.parse(readFileSync(join(out, 'articles/p/offline.json'), 'utf8'))).toEqual(all['articles/p/']);
    expect(readFileSync(join(out, 'sw.js'), 'utf8')).toBe(serviceWorker('/', astroAssets(out)));
  });
});
