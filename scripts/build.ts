/**
 * Builds the site atomically: Astro writes to a temporary folder and only a complete build
 * replaces dist/. A failed build leaves the previous dist/ (or none) untouched.
 * Usage: node scripts/build.ts [outDir]   (env BASE_PATH and SITE_URL pass through to astro.config.mjs)
 */
import { spawn } from 'node:child_process';
import { rmSync, renameSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { resolve } from 'node:path';
import { writeHeaders } from './headers.ts';
import { trimPolicies } from './csp.ts';
import { writeOffline } from '../src/offline/manifest.ts';
import { brokenLinks } from './links.ts';
import { badValues } from './pageValues.ts';
import { loadFacts, readPages, saveFacts, type BuiltPage } from './pageFacts.ts';
import { RENDER_CACHE } from '../src/lib/renderCache.ts';

const outDir = resolve(process.argv[2] ?? 'dist');
const tmpDir = `${outDir}.tmp-${process.pid}`;

/** Runs a package's command-line entry with this same Node (not through npx, which costs half a second a call and
 * finds whichever Node is first on the PATH); resolves to whether it succeeded. */
function run(bin: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<boolean> {
  // DEP0040 (punycode) comes from a dependency of a dependency and says nothing a writer can act on. A larger young
  // generation (64 MB semi-spaces, default 16) means fewer garbage collections of the short-lived objects each chart's
  // drawing makes: the 1,000-chart bench site built cold in 110 and 111 s instead of 120 and 123 s (2026-12-07).
  // NODE_OPTIONS set by the caller come after, so they win.
  const nodeOptions = ['--max-semi-space-size=64', process.env.NODE_OPTIONS, '--disable-warning=DEP0040'].filter(Boolean).join(' ');
  const child = spawn(process.execPath, [bin, ...args], { stdio: 'inherit', env: { ...process.env, TZ: 'UTC', NODE_OPTIONS: nodeOptions, ...env } });
  return new Promise((done) => {
    child.on('error', () => done(false));
    child.on('close', (code) => done(code === 0));
  });
}

rmSync(tmpDir, { recursive: true, force: true });
const started = Date.now();
/** Search indexing, once started: a failure waits for it, so it never writes into a folder being deleted. */
let indexing: Promise<boolean> = Promise.resolve(true);
async function fail(message: string): Promise<never> {
  await indexing;
  rmSync(tmpDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${message}\n${outDir} was left as it was.`);
  process.exit(1);
}

if (!(await run('node_modules/astro/bin/astro.mjs', ['build'], { ASTRO_OUT_DIR: tmpDir }))) await fail('Astro stopped (above).');
// Every page is read once, and parsed only if it changed since the last build (scripts/pageFacts.ts); the steps below
// share what was read.
const FACTS = join(RENDER_CACHE, 'page-facts.json');
loadFacts(FACTS);
let pages: BuiltPage[] = [];
// Each page's policy lists only its own inline scripts' and styles' hashes (scripts/csp.ts); _headers copies it.
// Before the search index and the checks, which read the pages and never their policies.
try {
  pages = readPages(tmpDir);
  trimPolicies(tmpDir, pages);
} catch (e) {
  await fail((e as Error).message);
}
// Search index (Pagefind, run from its npm package's bundled binary): pieces, charts, datasets and the glossary.
// Site chrome and the glossary pop-ups inside pieces are left out so results match what a page is about.
// Pages in Spanish (/es/) get their own index: Pagefind reads <html lang> and a Spanish search page searches those.
// It indexes on one core while the steps below, which only read the pages, run on the other.
indexing = run('node_modules/pagefind/lib/runner/bin.cjs', ['--site', tmpDir, '--glob', '{articles,charts,data,glossary,es/articles,es/charts,es/data,es/glossary}/**/*.html',
  '--exclude-selectors', '.site-header, .site-footer, .skip-link, .toc, .heading-anchor, .term__tip, .figure__links, .figure__table, .cite, svg',
  '--quiet']);
// A broken internal link or #anchor stops the build before the new site replaces the old one.
const links = brokenLinks(tmpDir, process.env.BASE_PATH ?? '/', undefined, pages);
if (links.problems.length) await fail(`broken internal links (${links.problems.length}):\n` + links.problems.map((p) => `  ${p.where}: ${p.message}`).join('\n'));
// "NaN" or "undefined" on a page means a computation failed somewhere no chart check looks (e.g. the methods page).
const values = badValues(tmpDir, pages);
if (values.length) await fail(`a page shows a value that is not one (${values.length}):\n` + values.map((p) => `  ${p.where}: ${p.message}`).join('\n'));
try {
  writeHeaders(tmpDir, process.env.BASE_PATH ?? '/', pages);
  // The service worker and each piece's offline.json (src/offline/manifest.ts), from the finished pages.
  writeOffline(tmpDir, process.env.BASE_PATH ?? '/');
} catch (e) {
  await fail(`after Astro: ${(e as Error).message}`);
}
if (!(await indexing)) await fail('the search index (pagefind) could not be built.');
saveFacts(FACTS);
if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
renameSync(tmpDir, outDir);
// The render cache (PNGs, SVG variants, page facts) keeps what this build used (read or written since it started) and drops the rest, so it never
// grows past one site's images. Only after a build that succeeded: a failed one may not have reached every page.
if (existsSync(RENDER_CACHE)) {
  for (const f of readdirSync(RENDER_CACHE, { recursive: true }).map(String)) {
    const path = join(RENDER_CACHE, f);
    if (/\.(png|json|ttf|tmp)$/.test(f) && statSync(path).mtimeMs < started - 1000) rmSync(path, { force: true });
  }
}
console.log(`Built ${outDir}`);
