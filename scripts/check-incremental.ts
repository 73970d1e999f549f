/**
 * The incremental build (astro.config.mjs, src/charts/pageKey.ts) must never reuse a stale page. In a copy of the
 * project: a build; one row changed in a data file; a rebuild with the first build's cache. That rebuild must have
 * reused pages (or this proves nothing), rendered again the chart that plots the row and the lesson packs that hold
 * it, kept in the render cache the citations of the chart pages it copied, and come out byte for byte like a build with
 * no Astro cache.
 * Usage: node scripts/check-incremental.ts
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { benchEnv, copyProject, removeTemp } from './bench/util.ts';

const FILE = 'content/data/electricity-mix-owid/share-elec-by-source.csv';
// Paraguay, 2023: one point of hydro moves to solar (the shares still add up).
const ROW = 'Paraguay,PRY,2023,0,0,99.457504,0,0,0,0,0,0.5424954';
const CHANGED = 'Paraguay,PRY,2023,0,0,98.457504,1,0,0,0,0,0.5424954';
const PLOTTED = 'charts/hydro-share/data.csv';

const dir = copyProject('incremental');
function fail(message: string): never {
  removeTemp(dir);
  console.error(`✗ incremental build: ${message}`);
  process.exit(1);
}

/** Builds the copy into `out` with the Astro cache `cache`; returns the build's output. */
function build(out: string, cache: string): string {
  const r = spawnSync(process.execPath, ['scripts/build.ts', out], {
    cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20, env: benchEnv({ ASTRO_CACHE_DIR: join(dir, cache), RENDER_CACHE_DIR: join(dir, '.render') }),
  });
  if (r.status !== 0) fail(`the build of ${out} failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
  // CI may force colours (FORCE_COLOR): Astro then wraps each path in escape codes.
  return stripVTControlCharacters(r.stdout);
}
const same = (a: string, b: string) => spawnSync(process.execPath, ['scripts/compare-builds.ts', join(dir, a), join(dir, b)], { encoding: 'utf8' });

build('before', '.astro-cache');
const csv = readFileSync(join(dir, FILE), 'utf8');
if (!csv.includes(`\n${ROW}\n`)) fail(`${FILE} no longer has the row "${ROW}": choose another row to change`);
writeFileSync(join(dir, FILE), csv.replace(`\n${ROW}\n`, `\n${CHANGED}\n`));

const log = build('rebuilt', '.astro-cache');
// Astro logs "├─ /path" and, for a path it reused, " (cached)" or " (restored)"; two pages rendered side by side can
// share a line, so each entry ends where the next one's time stamp begins.
const entries = [...log.matchAll(/├─ (\/\S*?)(?=\d\d:\d\d:\d\d|\s|$)( \((?:cached|restored)\))?/g)].map((m) => ({ path: m[1]!, reused: !!m[2] }));
const reused = entries.filter((e) => e.reused);
if (reused.length < 100) fail(`the rebuild reused ${reused.length} files; an unchanged chart's pages should be reused`);
// The chart's own files, and the lesson packs of the pieces that show it.
const pieces = ['articles', 'es/articles'].flatMap((d) => readdirSync(join(dir, 'content', d)).filter((f) => readFileSync(join(dir, 'content', d, f), 'utf8').includes('chart="hydro-share"')).map((f) => `/${d}/${f.replace(/\.mdx$/, '')}/lesson-pack.zip`));
if (!pieces.length) fail('no piece shows hydro-share any more: choose a row of a chart a piece shows');
const stale = reused.filter((e) => e.path.includes('/hydro-share') || pieces.includes(e.path));
if (stale.length) fail(`the rebuild reused files of the chart that plots the changed row, or a lesson pack that holds it: ${stale.map((e) => e.path).join(', ')}`);
if (!entries.some((e) => e.path === `/${PLOTTED}`)) fail(`the rebuild's log does not list /${PLOTTED}`);
if (readFileSync(join(dir, 'before', PLOTTED)).equals(readFileSync(join(dir, 'rebuilt', PLOTTED)))) fail(`${PLOTTED} did not change with the row`);

// A copied chart page formats no citation, yet its entry must stay in the render cache for the next build that
// renders the page (src/charts/chartImages.ts lists it with the chart's images): the build drops whatever it did not use.
const cited = new Set<string>();
for (const f of readdirSync(join(dir, '.render'), { recursive: true }).map(String).filter((f) => f.endsWith('.json'))) {
  const address = /url = \{([^}]+)\}/.exec(readFileSync(join(dir, '.render', f), 'utf8'))?.[1];
  if (address) cited.add(new URL(address).pathname);
}
const copiedPages = reused.map((e) => e.path).filter((p) => /^\/(es\/)?charts\/[^/]+\/index\.html$/.test(p)).map((p) => p.replace(/index\.html$/, ''));
if (!copiedPages.length) fail('the rebuild reused no chart page');
const uncited = copiedPages.filter((p) => ![...cited].some((c) => c.endsWith(p)));
if (uncited.length) fail(`the render cache lost the citations of ${uncited.length} chart pages the rebuild reused, e.g. ${uncited.slice(0, 3).join(', ')}`);

build('clean', '.astro-clean');
const diff = same('rebuilt', 'clean');
if (diff.status !== 0) fail(`the rebuild differs from a build with no cache:\n${diff.stderr}`);
removeTemp(dir);
console.log(`Incremental build: ${reused.length} files reused after one changed row; the result equals a build with no cache.`);
