/**
 * A chart's two rendered SVG variants (with their tooltip points), kept between builds beside the PNGs (RENDER_CACHE):
 * an unchanged chart is not drawn again. The key holds everything that can change the drawing:
 * - the chart's rows and context (its data after every transform);
 * - its own file in src/charts/defs/ and any chart file it imports; in another language, its translation
 *   (src/charts/<lang>/<id>.ts) and the strings charts share in it;
 * - every other file under src/ (defaults, finishing, data helpers: anything a spec can import), so editing a shared
 *   file redraws every chart once: coarse, never stale;
 * - package-lock.json (Plot, d3, linkedom, world-atlas…), or without one every installed package's version, and the
 *   base path.
 * Rows or a context that JSON cannot hold exactly (a Date, a Map, a function) are never cached: drawn every time.
 * Only in a production build: in `astro dev` a module can change without this file noticing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Rendered } from './render.ts';
import type { Row } from './types.ts';
import { readCachedJson, writeCached } from '../lib/renderCache.ts';
import { LANGS, type Lang } from '../i18n/lang.ts';

export interface Variants { wide: Rendered; narrow: Rendered }

const DEFS = join('src', 'charts', 'defs');
/** Per-chart files keyed with their chart only: chart files and their translations. */
const PER_CHART = [DEFS, ...LANGS.filter((l) => l !== 'en').map((l) => join('src', 'charts', l))];

/** True for what JSON.stringify writes and JSON.parse gives back unchanged. */
export function isPlain(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isPlain);
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.values(v as object).every(isPlain);
  return false;
}

const shared = new Map<string, string>();
/** Every source file but the chart definitions, the lockfile and the base path: hashed once per build (per project
 * folder `root`, the working directory in a build). */
function sharedHash(root: string): string {
  let hash = shared.get(root);
  if (hash) return hash;
  const h = createHash('sha256');
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter((f) => !PER_CHART.some((d) => f.startsWith(d + sep)))
    .sort();
  for (const f of files) h.update(f).update('\0').update(readFileSync(join(root, f))).update('\0');
  h.update(installed(root)).update('\0').update(process.env.BASE_PATH ?? '/');
  shared.set(root, (hash = h.digest('hex')));
  return hash;
}

/** What is installed: the lockfile, or without one (another package manager) the version of every package at the
 * top of node_modules. */
function installed(root: string): string {
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) return readFileSync(lock, 'utf8');
  const modules = join(root, 'node_modules');
  if (!existsSync(modules)) return '';
  const names = readdirSync(modules).flatMap((n) => (n.startsWith('@') ? readdirSync(join(modules, n)).map((m) => `${n}/${m}`) : [n])).sort();
  return names.map((n) => {
    try {
      return `${n}@${(JSON.parse(readFileSync(join(modules, n, 'package.json'), 'utf8')) as { version?: string }).version}`;
    } catch {
      return n; // not a package (.bin, .cache…)
    }
  }).join('\n');
}

/** A chart file's text and that of every chart file it imports ('./other.ts'), each once. */
function defSources(root: string, file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return '';
  seen.add(file);
  const text = readFileSync(join(root, DEFS, file), 'utf8');
  const local = [...text.matchAll(/from\s+['"]\.\/([^'"]+)['"]/g)].map((m) => m[1]!);
  return `${file}\0${text}\0${local.map((f) => defSources(root, f, seen)).join('')}`;
}

/** The cache key of a chart's drawing, or undefined when its rows or context cannot be keyed exactly. */
export function svgKey(id: string, rows: Row[], context: unknown, root = '.', lang: Lang = 'en'): string | undefined {
  if (!isPlain(rows) || !(context === undefined || isPlain(context))) return undefined;
  const h = createHash('sha256').update(sharedHash(root)).update(defSources(root, `${id}.ts`))
    .update(JSON.stringify(rows)).update('\0').update(JSON.stringify(context ?? null));
  // Another language: its translation of this chart and the strings all charts share in it.
  if (lang !== 'en') for (const f of [`${id}.ts`, '_common.ts']) h.update('\0').update(lang).update(readFileSync(join(root, 'src', 'charts', lang, f)));
  return h.digest('hex');
}

const whole = (x: unknown): x is Variants => {
  const ok = (r: any) => r && typeof r.svg === 'string' && r.svg.startsWith('<svg') && typeof r.width === 'number' && typeof r.height === 'number' && Array.isArray(r.points);
  return !!x && ok((x as Variants).wide) && ok((x as Variants).narrow);
};

/** The chart's variants from the cache, or drawn by `draw` and stored. */
export function cachedVariants(id: string, rows: Row[], context: unknown, lang: Lang, draw: () => Variants, enabled = import.meta.env?.PROD === true): Variants {
  const key = enabled ? svgKey(id, rows, context, '.', lang) : undefined;
  if (!key) return draw();
  const hit = readCachedJson(key, 'json');
  if (whole(hit)) return hit;
  const drawn = draw();
  writeCached(key, 'json', JSON.stringify(drawn));
  return drawn;
}
