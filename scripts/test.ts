/**
 * `npm test`: every check, in order, stopping at the first failure.
 * 1 browser set-up · 2 unit tests · 3 build · 4 type check (tsc) · 5 html-validate · 6 internal links ·
 * 7 second build, byte-identical · 8 incremental rebuild after a data change equals a clean build ·
 * 9 build and links under a base path · 10 browser tests (JS on and off).
 * TZ is pinned to UTC so nothing depends on the machine's time zone.
 */
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './browser.ts';

process.env.TZ = 'UTC';

function step(title: string, cmd: string, args: string[]): void {
  console.log(`\n=== ${title} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${r.status}).`);
    process.exit(r.status ?? 1);
  }
}

console.log('=== Browser set-up ===');
ensureChromium();
step('Unit tests (vitest)', 'npx', ['vitest', 'run']);
step('Build', 'node', ['scripts/build.ts']);
// After the build: it writes .astro/ (the content collections' types) that tsc needs on a fresh clone.
step('Type check (tsc)', 'npx', ['tsc', '--noEmit', '-p', '.']);
step('HTML validation (html-validate)', 'npx', ['html-validate', 'dist/**/*.html']);
step('Internal links and anchors', 'node', ['scripts/check-links.ts', 'dist']);
// A second clean build must be byte-identical, and a build under a base path must keep every link working.
process.env.ASTRO_CACHE_DIR = 'node_modules/.astro-second';
step('Second build (reproducibility)', 'node', ['scripts/build.ts', 'dist-repro']);
step('Builds are byte-identical', 'node', ['scripts/compare-builds.ts', 'dist', 'dist-repro']);
step('Incremental rebuild after a data change (no stale page)', 'node', ['scripts/check-incremental.ts']);
process.env.BASE_PATH = '/sub/';
step('Build under the base path /sub/', 'node', ['scripts/build.ts', 'dist-sub']);
step('Links under /sub/', 'node', ['scripts/check-links.ts', 'dist-sub', '/sub/']);
delete process.env.BASE_PATH;
delete process.env.ASTRO_CACHE_DIR;
step('Browser tests (Playwright, JavaScript on and off)', 'npx', ['playwright', 'test']);
console.log('\nAll checks passed.');
