/**
 * The key with which Astro's incremental build (astro.config.mjs) reuses a chart's pages and files from the last build
 * instead of rendering them again. Astro checks the code itself: a path is reused only when every module its route
 * imports is unchanged, and the config and lockfile too. The key covers what that code reads from disk:
 * - the chart's rows and context in the page's language (its data after every transform, so a changed row in one
 *   data file re-renders exactly the charts that plot it);
 * - every other file the content folders hold (pieces, translations, glossary, changelog, references, and each
 *   dataset's description, licence and dates): coarse, so editing any of them re-renders every chart page once.
 * Data tables (the CSV files under the data folder) enter only through the rows. Rows or a context that JSON cannot
 * hold exactly get no key: their pages are rendered every time.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_ROOT } from '../datasets/load.ts';
import { isPlain } from './svgCache.ts';
import type { Row } from './types.ts';
import type { Lang } from '../i18n/lang.ts';

/** Variables that move what pages read to another folder or file (the tests' fixtures); a unit test keeps this list
 * complete. */
export const CONTENT_VARIABLES = ['ARTICLES_DIR', 'ARTICLES_ES_DIR', 'BIBLIOGRAPHY', 'CHANGELOG_FILE', 'DATA_ROOT', 'GLOSSARY_ES_FILE', 'GLOSSARY_FILE'];

/** Where pages read content from: content/, and wherever those variables point. */
function contentRoots(): string[] {
  const moved = CONTENT_VARIABLES.map((k) => process.env[k]).filter((v): v is string => !!v);
  return [...new Set(['content', DEFAULT_ROOT, ...moved])].filter((p) => existsSync(p)).sort();
}

/** The files under `roots`, by path and bytes, except the CSV tables under `dataRoot`. */
export function digestOf(roots: string[], dataRoot: string): string {
  const h = createHash('sha256');
  for (const root of roots) {
    const files = statSync(root).isDirectory()
      ? readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort()
      : [root];
    for (const f of files) {
      if (f.endsWith('.csv') && !relative(dataRoot, f).startsWith('..')) continue;
      h.update(f).update('\0').update(readFileSync(f)).update('\0');
    }
  }
  return h.digest('hex');
}

let digest: string | undefined;
/** Every content file but the data tables: hashed once per build. */
export const contentDigest = (): string => (digest ??= digestOf(contentRoots(), DEFAULT_ROOT));

/** The key of a chart's paths in `lang`, or undefined when its rows or context cannot be keyed exactly. */
export function pageKey(id: string, lang: Lang, rows: Row[], context: unknown): string | undefined {
  if (!isPlain(rows) || !(context === undefined || isPlain(context))) return undefined;
  return createHash('sha256').update(contentDigest()).update('\0').update(`${lang}/${id}`).update('\0')
    .update(JSON.stringify(rows)).update('\0').update(JSON.stringify(context ?? null)).digest('hex');
}
