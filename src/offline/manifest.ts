/**
 * Offline reading, the build's side (run by scripts/build.ts on the finished site):
 * - <out>/sw.js: the service worker (src/offline/sw.js) with the base path and the content hashes of the build's
 *   /_astro/ files, so a new build drops the old ones from a reader's device (and its changed bytes make browsers
 *   update the worker);
 * - <piece>/offline.json beside every piece: what "Save for offline" stores: the piece, its chart pages, and every
 *   file they load (scripts with the chunks they import, tooltip and Explore data, images), with their size.
 * Downloads (CSV, PNG, ZIP) and search stay online: readers do not need them to read a piece.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface OfflineManifest {
  /** Site paths (with the base) to store, the piece first. */
  urls: string[];
  /** Their size on disk, in bytes: what the reader's device keeps. */
  bytes: number;
}

// A page's subresources: src="…", and the data-*-src="…" files the figures fetch (tooltips, Explore, listening).
const SUBRESOURCE = /\s(?:src|data-[\w-]*src)="([^"#?]+)"/g;
const PAGE_ASSET = /\.(js|css|json|svg|ico|webp|avif|jpe?g|gif)$/;

const page = (out: string, path: string) => join(out, path, 'index.html');

/** The files under <out>/_astro/, by name. */
export function astroAssets(out: string): string[] {
  const dir = join(out, '_astro');
  return existsSync(dir) ? readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile()).sort() : [];
}

/** What one piece needs offline. `path` is the piece's site path without the base ("articles/x/", "es/articles/x/"). */
export function pieceManifest(out: string, base: string, path: string, assets: string[] = astroAssets(out)): OfflineManifest {
  const prefix = base.replace(/\/?$/, '/');
  const html = readFileSync(page(out, path), 'utf8');
  // The piece's chart pages (its figures' permalinks), in the piece's language.
  const lang = path.startsWith('es/') ? 'es/' : '';
  const figures = new Set([...html.matchAll(/data-figure="([^"]+)"/g)].map((m) => m[1]!));
  const charts = [...figures].map((id) => `${lang}charts/${id}/`).filter((p) => existsSync(page(out, p)));
  const pages = [path, ...charts];
  const files = new Set<string>();
  for (const p of pages) {
    for (const [, src] of readFileSync(page(out, p), 'utf8').matchAll(SUBRESOURCE)) {
      if (!src!.startsWith(prefix)) continue;
      const rel = src!.slice(prefix.length);
      if (PAGE_ASSET.test(rel) && existsSync(join(out, rel))) files.add(rel);
    }
  }
  // Scripts import further chunks (dynamic imports for charts, Explore, Plot): follow them by name. Figure's script
  // names every chart's spec chunk ("<chart id>.<hash>.js"); only this piece's charts are needed.
  // Chart ids have no dots, so a chunk's chart is the name before its first dot: one lookup per file, not one per
  // file and chart (which cost 1.8 s at 1,000 charts).
  const otherCharts = new Set(existsSync(join(out, 'charts'))
    ? readdirSync(join(out, 'charts')).filter((id) => !figures.has(id) && existsSync(page(out, `charts/${id}/`)))
    : []);
  const names = new Set(assets.filter((a) => !otherCharts.has(a.slice(0, a.indexOf('.')))));
  const queue = [...files].filter((f) => f.startsWith('_astro/'));
  while (queue.length) {
    const text = readFileSync(join(out, queue.pop()!), 'utf8');
    for (const [name] of text.matchAll(/[\w.$-]+\.(?:js|css|json|svg|wasm)/g)) {
      const rel = `_astro/${name}`;
      if (names.has(name) && !files.has(rel)) { files.add(rel); queue.push(rel); }
    }
  }
  const rest = [...files].sort();
  const bytes = [...pages.map((p) => statSync(page(out, p)).size), ...rest.map((f) => statSync(join(out, f)).size)].reduce((a, b) => a + b, 0);
  return { urls: [...pages, ...rest].map((p) => prefix + p), bytes };
}

/** The pieces of a built site: "articles/<slug>/" and "<lang>/articles/<slug>/". */
export function builtPieces(out: string): string[] {
  const pieces = (dir: string) => existsSync(join(out, dir))
    ? readdirSync(join(out, dir)).filter((s) => existsSync(join(out, dir, s, 'index.html'))).map((s) => `${dir}/${s}/`)
    : [];
  return [...pieces('articles'), ...pieces('es/articles')].sort();
}

/** The content hash in an /_astro/ file's name ("chunk.Dlz_EwZg.js" → "Dlz_EwZg"), as src/offline/sw.js reads it. */
export const contentHash = (name: string) => name.match(/\.([\w-]{8})\.\w+$/)?.[1];

/** The service worker for this build: its source with the base path and the hashes of the build's assets filled in. */
export function serviceWorker(base: string, assets: string[]): string {
  const source = readFileSync(new URL('./sw.js', import.meta.url), 'utf8');
  const prefix = base.replace(/\/?$/, '/');
  return source
    // Readers download it: the comments stay in the source.
    .replace(/^\s*\/\/.*\n/gm, '')
    .replace("'__BASE__'", JSON.stringify(prefix))
    .replace('[/* __ASSETS__ */]', JSON.stringify(assets.map(contentHash).filter(Boolean)));
}

/** Writes sw.js and every piece's offline.json; returns the manifests by piece path. */
export function writeOffline(out: string, base = '/'): Record<string, OfflineManifest> {
  const assets = astroAssets(out);
  writeFileSync(join(out, 'sw.js'), serviceWorker(base, assets));
  const all: Record<string, OfflineManifest> = {};
  for (const path of builtPieces(out)) {
    const m = pieceManifest(out, base, path, assets);
    writeFileSync(join(out, path, 'offline.json'), JSON.stringify(m) + '\n');
    all[path] = m;
  }
  return all;
}
