/**
 * `npm run bench`: the performance benchmark (issue 9). Not part of `npm test`.
 *
 * 1. Builds the site (node scripts/build.ts dist-bench, own cache) and times it.
 * 2. Serves it and measures every published piece in Chromium at a phone and a desktop viewport:
 *    JS before any figure is near the viewport, JS once every figure is interactive, transfer before
 *    scroll (gzip), LCP and CLS (including shifts when figures hydrate). See scripts/bench/measure.ts.
 * 3. Lighthouse (mobile) for every piece, installed into a temporary folder at bench time.
 * 4. Builds a synthetic copy of the site with 250, 500 and 1,000 generated charts (scripts/bench/synthetic.ts).
 * 5. Builds the hashrate chart with Observable Framework (temporary folder) and measures it the same way; measures
 *    Explore (scripts/bench/explore.ts).
 * 6. Checks the budgets, writes BENCHMARKS.md and exits non-zero when a budget is missed or not measured.
 *
 * Options: --no-lighthouse  --no-synthetic  --sizes=250,500,1000  --keep (keep dist-bench/)
 * Env: BENCH_MINUTES (default 15): synthetic builds are stopped when the run would pass it.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, release } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ensureChromium, findChromium } from './browser.ts';
import { ROOT, benchEnv, cleanup, freePort, run, startServer, tempDir, removeTemp, kb, sec } from './bench/util.ts';
import { DEVICES, SITE_READY, FRAMEWORK_READY, measurePage, type PageResult } from './bench/measure.ts';
import { LIGHTHOUSE_RUNS, installLighthouse, medianRun, runLighthouse, type LighthouseResult } from './bench/lighthouse.ts';
import { installFramework, buildFramework, type FrameworkBuild } from './bench/framework.ts';
import { prepareSynthetic, buildSynthetic, rebuildWarm, rebuildAfterCodeChange, writeDefs, profileCharts, type SyntheticResult, type Profile } from './bench/synthetic.ts';
import { checkBudgets, markdown, type Report } from './bench/report.ts';
import { offlineSizes } from './bench/offline.ts';
import { composition, type Composition } from './bench/composition.ts';
import { measureExplore, type ExploreResult } from './bench/explore.ts';

const T0 = performance.now();
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '250,500,1000').split(',').map(Number).filter((n) => n > 0);
const deadline = T0 + Number(process.env.BENCH_MINUTES ?? 15) * 60_000;
const OUT = 'dist-bench';
const CACHE = join(ROOT, 'node_modules', '.astro-bench');
const log = (msg: string) => console.log(`[bench ${sec(performance.now() - T0).padStart(6)} s] ${msg}`);
const sh = (cmd: string) => { try { return execSync(cmd, { cwd: ROOT, encoding: 'utf8' }).trim(); } catch { return ''; } };
const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');

process.chdir(ROOT);
ensureChromium();

const notes: string[] = [];
const osName = /PRETTY_NAME="([^"]+)"/.exec(existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '')?.[1] ?? `Linux ${release()}`;
const dirty = sh('git status --porcelain') !== '';
const machine: Report['machine'] = {
  date: sh('date') || new Date().toString(),
  cpus: Number(sh('nproc')) || cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown CPU',
  memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
  os: osName,
  node: process.version,
  chromium: '',
  loadStart: load(),
  commit: `${sh('git rev-parse --short HEAD') || 'not a git checkout'}${dirty ? ' with uncommitted changes in the working tree' : ''}`,
};

// Articles: published pieces (content/articles/*.mdx without draft: true), in the site's order, then their Spanish
// translations (content/es/articles/, at /es/articles/<slug>/): the budgets hold for every piece in both languages.
const pieceFiles = (dir: string, prefix: string) => existsSync(join(ROOT, dir)) ? readdirSync(join(ROOT, dir))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(ROOT, dir, f), 'utf8'))?.[1] ?? '';
    const get = (k: string) => new RegExp(`^${k}:\\s*(.*)$`, 'm').exec(fm)?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2');
    const slug = f.replace(/\.mdx$/, '');
    return { slug, path: `${prefix}/articles/${slug}/`, title: get('title') ?? slug, order: Number(get('order') ?? 99), draft: get('draft') === 'true' };
  })
  .filter((a) => !a.draft)
  .sort((a, b) => a.order - b.order) : [];
const pieces = [...pieceFiles(join('content', 'articles'), ''), ...pieceFiles(join('content', 'es', 'articles'), '/es')];
const flagship = pieces[0]?.slug ?? 'opposite-directions';
// The home pages are held to the pieces' budgets too: they show the flagship's chart and a picture per piece.
const articles = [...pieces, { slug: '', path: '/', title: 'Home', order: -1, draft: false }, { slug: '', path: '/es/', title: 'Inicio', order: -1, draft: false }];
const realCharts = readdirSync(join(ROOT, 'src', 'charts', 'defs')).filter((f) => f.endsWith('.ts')).length;

const sitePort = await freePort(4381, 4389);
const fwPort = await freePort(4381, 4389, [sitePort]);
const origin = `http://127.0.0.1:${sitePort}`;
const fwOrigin = `http://127.0.0.1:${fwPort}`;

// 0. Tools that are not project dependencies, into temporary folders (before the timed build, so they do not overlap it).
const lhDir = tempDir('lighthouse');
const fwDir = tempDir('framework');
log('installing Lighthouse and Observable Framework into temporary folders …');
const [lh, fwInstalled] = await Promise.all([
  flag('no-lighthouse') ? Promise.resolve({ error: 'skipped (--no-lighthouse)', ms: 0 } as Awaited<ReturnType<typeof installLighthouse>>) : installLighthouse(lhDir),
  installFramework(fwDir),
]);
log(`Lighthouse: ${lh.version ?? lh.error}; Framework: ${fwInstalled.version ?? fwInstalled.error}`);

// 1. The site build, cold cache, SITE_URL = where it is served (canonical links as on a real deployment).
log(`building the site into ${OUT}/ (load average ${load()}) …`);
// Cold: no Vite cache and an empty render cache (not the project's own .cache/render).
const RENDERS = tempDir('renders');
rmSync(CACHE, { recursive: true, force: true });
const siteEnv = benchEnv({ ASTRO_CACHE_DIR: CACHE, RENDER_CACHE_DIR: RENDERS, SITE_URL: origin, BASE_PATH: '/' });
const b = await run(process.execPath, ['scripts/build.ts', OUT], { env: siteEnv, cpu: true });
// Warm: the same build again with the caches the cold one left (what a writer waits for after an edit).
const bw = b.code === 0 ? await run(process.execPath, ['scripts/build.ts', OUT], { env: siteEnv, cpu: true }) : undefined;
removeTemp(RENDERS);
const countHtml = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
const siteBuild: Report['siteBuild'] = b.code === 0
  ? { ms: b.ms, cpuMs: b.cpuMs, pages: countHtml(join(ROOT, OUT)), charts: realCharts, warm: bw && bw.code === 0 ? { ms: bw.ms, cpuMs: bw.cpuMs } : undefined }
  : { charts: realCharts, error: `exit ${b.code}: ${b.tail.slice(-1500)}` };
log(siteBuild.error ? `site build FAILED\n${siteBuild.error}` : `site built in ${sec(b.ms)} s (${sec(b.cpuMs)} s CPU); again, warm: ${sec(bw?.ms)} s (${sec(bw?.cpuMs)} s CPU)`);

const pages: PageResult[] = [];
const comp: Record<string, Composition> = {};
const chartPage: PageResult[] = [];
let framework: FrameworkBuild = fwInstalled;
const fwPages: PageResult[] = [];
const lhResults: LighthouseResult[] = [];
let explore: ExploreResult | undefined;
let lhError: string | undefined = lh.error;

if (!siteBuild.error) {
  const measured = articles.filter((a) => existsSync(join(ROOT, OUT, a.path, 'index.html')));
  for (const a of articles) if (!measured.includes(a)) notes.push(`${a.path} is not in the build: not measured.`);
  articles.splice(0, articles.length, ...measured);
  for (const a of articles) comp[a.path] = composition(readFileSync(join(ROOT, OUT, a.path, 'index.html'), 'utf8'));

  // 5a. The Framework page from the same rows.
  const dataJson = join(ROOT, OUT, 'charts', 'hashrate-eras', 'data.json');
  if (!fwInstalled.error && existsSync(dataJson)) {
    log('building the Observable Framework page …');
    framework = await buildFramework(fwInstalled, JSON.parse(readFileSync(dataJson, 'utf8')).rows);
    log(framework.error ? `Framework build FAILED: ${framework.error}` : `Framework page built in ${sec(framework.buildMs)} s`);
  } else if (!existsSync(dataJson)) framework = { ...fwInstalled, error: 'the site has no /charts/hashrate-eras/data.json' };

  const site = await startServer(process.execPath, ['scripts/serve.ts', OUT, String(sitePort)], `${origin}/`);
  const fwServer = framework.error ? undefined : await startServer(process.execPath, ['scripts/serve.ts', join(fwDir, 'dist'), String(fwPort)], `${fwOrigin}/`);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  machine.chromium = browser.version();

  // 2. Every piece, then the hashrate chart page and the Framework page, at both viewports.
  for (const a of articles) {
    for (const d of DEVICES) {
      const p = await measurePage(browser, origin, a.path, d, SITE_READY);
      pages.push(p);
      log(`${a.path} ${d.name}: JS before ${kb(p.jsBefore.gz)} KB, all ${kb(p.jsAll.gz)} KB, transfer ${kb(p.transferBefore.gz)} KB, LCP ${Math.round(p.lcpMs ?? NaN)} ms, CLS ${p.clsScroll.toFixed(3)}/${p.clsJump.toFixed(3)}`);
    }
  }
  // 2b. Explore: the JS a reader loads by asking for it, redraw time, shifts.
  explore = await measureExplore(browser, origin);
  log(explore.error ? `Explore: not measured (${explore.error})` : `Explore: ${kb(explore.first.jsGz)} KB JS, second chart ${kb(explore.second.jsGz)} KB, redraw median ${explore.redraw.medianMs.toFixed(1)} ms`);
  for (const d of DEVICES) {
    chartPage.push(await measurePage(browser, origin, '/charts/hashrate-eras/', d, SITE_READY));
    if (fwServer) {
      const p = await measurePage(browser, fwOrigin, '/', d, FRAMEWORK_READY);
      fwPages.push(p);
      log(`Framework ${d.name}: JS ${kb(p.jsAll.gz)} KB gz in ${p.jsAll.count} files`);
    }
  }
  await browser.close();

  // 3. Lighthouse, one page at a time (pieces, then the two comparison pages).
  if (lh.cli) {
    const targets: [string, string][] = [...articles.map((a) => [origin, a.path] as [string, string]), [origin, '/charts/hashrate-eras/']];
    if (fwServer) targets.push([fwOrigin, '/']);
    for (const [o, path] of targets) {
      const runs: LighthouseResult[] = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        runs.push(await runLighthouse(lh.cli, o + path, o === fwOrigin ? '(Observable Framework page)' : path, join(lhDir, `report-${lhResults.length}-${i}.json`)));
      }
      const res = medianRun(runs);
      lhResults.push(res);
      log(`Lighthouse ${res.path} (median of ${runs.length}): ${res.error ?? Object.entries(res.scores).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    }
    const pieceErrors = lhResults.filter((x) => /^(\/es)?\/articles\//.test(x.path) && x.error);
    if (pieceErrors.length === articles.length && articles.length) lhError = `Lighthouse could not run here: ${pieceErrors[0].error}`;
  }
  site.stop();
  fwServer?.stop();
}
removeTemp(lhDir);
removeTemp(fwDir);

// 4. Synthetic builds, after the browser work so they do not compete with it.
const synthetic: SyntheticResult[] = [];
let syntheticNote: string | undefined;
let profile: Profile | undefined;
if (flag('no-synthetic')) syntheticNote = 'Skipped (--no-synthetic).';
else if (siteBuild.error) syntheticNote = 'Not run: the site itself did not build.';
else {
  const dir = prepareSynthetic();
  writeDefs(dir, 20);
  profile = await profileCharts(dir, 20);
  log(`profile (CPU ms per chart): ${JSON.stringify(profile.stages)}${profile.error ?? ''}`);
  for (const n of sizes) {
    const left = deadline - performance.now() - 20_000;
    if (left < 60_000) {
      synthetic.push({ n, charts: realCharts + n, error: `not started: the bench's time cap (BENCH_MINUTES=${process.env.BENCH_MINUTES ?? 15}) was reached` });
      log(`synthetic ${n}: not started (time cap)`);
      continue;
    }
    log(`synthetic build with ${n} charts (time left ${sec(left)} s, load average ${load()}) …`);
    const r = await buildSynthetic(dir, n, realCharts, left);
    synthetic.push(r);
    log(`synthetic ${n}: ${r.error ?? `${sec(r.ms)} s wall, ${sec(r.cpuMs)} s CPU`}`);
    // The rebuild after one chart's data changed, with the caches this cold build left.
    if (r.error) continue;
    const warmLeft = deadline - performance.now() - 20_000;
    if (warmLeft < 30_000) { r.warm = { error: `not started: the bench's time cap (BENCH_MINUTES=${process.env.BENCH_MINUTES ?? 15}) was reached` }; continue; }
    r.warm = await rebuildWarm(dir, n, warmLeft);
    log(`synthetic ${n}, one row of one chart's data changed: ${r.warm.error ?? `${sec(r.warm.ms)} s wall, ${sec(r.warm.cpuMs)} s CPU`}`);
    // At the largest size, also a change of code (one chart file), which Astro's incremental build cannot skip around.
    const codeLeft = deadline - performance.now() - 20_000;
    if (n === Math.max(...sizes) && codeLeft >= 30_000) {
      r.warmCode = await rebuildAfterCodeChange(dir, n, codeLeft);
      log(`synthetic ${n}, one chart's code changed: ${r.warmCode.error ?? `${sec(r.warmCode.ms)} s wall, ${sec(r.warmCode.cpuMs)} s CPU`}`);
    }
  }
  removeTemp(dir);
}

// 6. Budgets and the report.
machine.loadEnd = load();
if (!machine.chromium) machine.chromium = sh(`"${findChromium() ?? chromium.executablePath()}" --version`);
const partial: Omit<Report, 'budgets'> = {
  machine, durationMs: performance.now() - T0, origin, siteBuild, articles, flagship, pages, chartPage, composition: comp,
  framework: { build: framework, pages: fwPages },
  lighthouse: { version: lh.version, error: lhError, results: lhResults },
  synthetic: { results: synthetic, note: syntheticNote, profile },
  explore,
  offline: siteBuild.error ? undefined : offlineSizes(join(ROOT, OUT)),
  notes,
};
const report: Report = { ...partial, budgets: checkBudgets(partial) };
writeFileSync(join(ROOT, 'BENCHMARKS.md'), markdown(report));
if (!flag('keep')) rmSync(join(ROOT, OUT), { recursive: true, force: true });
rmSync(CACHE, { recursive: true, force: true });
cleanup();

console.log('\nBudgets:');
for (const x of report.budgets) console.log(`  ${x.verdict === 'pass' ? 'PASS' : x.verdict === 'fail' ? 'FAIL' : 'NOT MEASURED'}  ${x.name}: ${x.detail}`);
console.log(`\nWrote BENCHMARKS.md in ${(report.durationMs / 60000).toFixed(1)} min.`);
process.exit(report.budgets.every((x) => x.verdict === 'pass') ? 0 : 1);
