/**
 * Explore in numbers (issue "Every chart a live Plot instrument"): the JavaScript a reader loads by pressing Explore on
 * one chart and then on a second chart of the same page (gzip; the view's data counted apart), the time to redraw
 * after a control changes, and layout shift while exploring. Run by `npm run bench`, or alone on a built site:
 *   node scripts/bench/explore.ts [dir=dist]   (writes its section of BENCHMARKS.md)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { gz, ROOT, freePort, startServer, kb, cleanup } from './util.ts';
import { findChromium } from '../browser.ts';

export interface ExploreResult {
  /** JS (gzip bytes) loaded by pressing Explore on the first chart, and the files. */
  first: { chart: string; page: string; jsGz: number; dataGz: number; files: string[] };
  /** JS (gzip bytes) added by exploring a second chart on the same page. */
  second: { chart: string; page: string; jsGz: number; files: string[] };
  /** Redraw after a control change, ms (both variants, summary and table), on the heaviest chart (the world maps). */
  redraw: { chart: string; rows: number; medianMs: number; worstMs: number; samples: number };
  /** Layout shift while opening Explore and changing the view (shifts right after a reader's input excluded, as CLS does). */
  cls: number;
  error?: string;
}

export const EXPLORE_BUDGETS = { firstGz: 90 * 1024, secondGz: 5 * 1024, cls: 0 } as const;

/** Chart page for the first measure, a piece with several explorable charts for the second, the heaviest for redraw. */
const FIRST = { page: '/charts/hashrate-eras/', chart: 'hashrate-eras' };
const SECOND = { page: '/articles/who-finds-the-blocks/', charts: ['largest-entity-by-grouping', 'edi-nakamoto-by-grouping'] };
const HEAVY = { page: '/charts/country-share-maps/', chart: 'country-share-maps' };

async function track(page: Page, origin: string) {
  const seen: { url: string; js: boolean; gz: number }[] = [];
  page.on('response', async (res) => {
    if (!res.url().startsWith(origin)) return;
    try {
      const body = await res.body();
      seen.push({ url: res.url().slice(origin.length), js: /javascript/.test(res.headers()['content-type'] ?? '') || res.url().endsWith('.js'), gz: gz(body) });
    } catch { /* redirects have no body */ }
  });
  return seen;
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

async function openExplore(page: Page, chart: string) {
  const figure = page.locator(`figure[data-figure="${chart}"]`);
  await figure.scrollIntoViewIfNeeded();
  await figure.locator('[data-explore]').click();
  await figure.locator('.figure__view form').waitFor();
  await settle(page);
  return figure;
}

export async function measureExplore(browser: Browser, origin: string): Promise<ExploreResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  // Layout shifts, as CLS counts them (not within 500 ms of a reader's input).
  await context.addInitScript(() => {
    (window as any).__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (window as any).__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  try {
    // 1. The first chart: everything Explore loads, JS apart from the view's data.
    let seen = await track(page, origin);
    await page.goto(origin + FIRST.page);
    await settle(page);
    let before = seen.length;
    await openExplore(page, FIRST.chart);
    const added = seen.slice(before);
    const first = {
      chart: FIRST.chart, page: FIRST.page,
      jsGz: added.filter((s) => s.js).reduce((a, s) => a + s.gz, 0),
      dataGz: added.filter((s) => !s.js).reduce((a, s) => a + s.gz, 0),
      files: added.filter((s) => s.js).map((s) => `${s.url} (${kb(s.gz)} KB)`),
    };
    // Change the view by keyboard (a reader's input), to count any shift it causes.
    await page.locator(`figure[data-figure="${FIRST.chart}"] input[name="from"]`).focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(600);
    let cls = await page.evaluate(() => (window as any).__cls as number);

    // 2. A second chart on one page: what exploring it adds once the first is open.
    const page2 = await context.newPage();
    seen = await track(page2, origin);
    await page2.goto(origin + SECOND.page);
    await settle(page2);
    await openExplore(page2, SECOND.charts[0]!);
    before = seen.length;
    await openExplore(page2, SECOND.charts[1]!);
    const added2 = seen.slice(before);
    const second = {
      chart: SECOND.charts[1]!, page: SECOND.page,
      jsGz: added2.filter((s) => s.js).reduce((a, s) => a + s.gz, 0),
      files: added2.filter((s) => s.js).map((s) => `${s.url} (${kb(s.gz)} KB)`),
    };
    cls += await page2.evaluate(() => (window as any).__cls as number);

    // 3. Redraw time on the chart with the most explorable rows: the input handler draws synchronously.
    const page3 = await context.newPage();
    await page3.goto(origin + HEAVY.page);
    await settle(page3);
    await openExplore(page3, HEAVY.chart);
    // The maps: turn the first map off and on again, 20 times (each change redraws both variants of both maps).
    const times = await page3.evaluate((chart) => {
      const input = document.querySelector<HTMLInputElement>(`figure[data-figure="${chart}"] .figure__view input`)!;
      const out: number[] = [];
      for (let i = 0; i < 21; i++) {
        if (input.type === 'checkbox') input.checked = !input.checked;
        else input.value = String(Number(input.min) + (i % 7));
        const t = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        out.push(performance.now() - t);
      }
      return out.slice(1); // the first includes one-time work
    }, HEAVY.chart);
    const rows = await page3.evaluate(async (chart) => (await (await fetch(`/charts/${chart}/view.json`)).json()).rows.length as number, HEAVY.chart);
    const sorted = [...times].sort((a, b) => a - b);
    const redraw = { chart: HEAVY.chart, rows, medianMs: sorted[Math.floor(sorted.length / 2)]!, worstMs: sorted.at(-1)!, samples: sorted.length };
    return { first, second, redraw, cls };
  } catch (e) {
    return {
      first: { chart: FIRST.chart, page: FIRST.page, jsGz: NaN, dataGz: NaN, files: [] },
      second: { chart: SECOND.charts[1]!, page: SECOND.page, jsGz: NaN, files: [] },
      redraw: { chart: HEAVY.chart, rows: 0, medianMs: NaN, worstMs: NaN, samples: 0 },
      cls: NaN,
      error: (e as Error).message.split('\n')[0],
    };
  } finally {
    await context.close();
  }
}

/** The "Explore" section of BENCHMARKS.md. */
export function exploreMarkdown(x: ExploreResult, frameworkJsGz?: number): string {
  const L: string[] = ['<!-- explore -->', '## Explore (a chart in the browser)', ''];
  if (x.error) return [...L, `Not measured: ${x.error}`, '<!-- /explore -->', ''].join('\n');
  const fw = frameworkJsGz ? `; Observable Framework's page for the hashrate chart loads ${kb(frameworkJsGz)} KB, half of it is ${kb(frameworkJsGz / 2)} KB` : '';
  L.push(`- **Pressing Explore** on ${x.first.chart} (${x.first.page}) loads **${kb(x.first.jsGz)} KB gz of JavaScript** (budget ${kb(EXPLORE_BUDGETS.firstGz)} KB${fw}) and ${kb(x.first.dataGz)} KB gz of data (the chart's view.json):`);
  for (const f of x.first.files) L.push(`  - ${f}`);
  L.push(`- **A second chart** on the same page (${x.second.chart} on ${x.second.page}, after another was explored) adds **${kb(x.second.jsGz)} KB gz** (budget ${kb(EXPLORE_BUDGETS.secondGz)} KB): ${x.second.files.join(', ') || 'nothing'}.`);
  L.push(`- **Redraw** after a control change on ${x.redraw.chart} (${x.redraw.rows} rows, both variants, summary and table): median **${x.redraw.medianMs.toFixed(1)} ms**, worst ${x.redraw.worstMs.toFixed(1)} ms over ${x.redraw.samples} changes.`);
  L.push(`- **Layout shift** while opening Explore and changing the view: ${x.cls.toFixed(3)} (shifts within 500 ms of a reader's input excluded, as CLS does; the panel opens on a click).`);
  L.push('', "Most of it is Plot and its d3 modules, loaded once per page and shared by every chart; the chart's spec, Explore's controls and URL state are the small files. Plot's colour-scheme table and projection switch name every d3 scheme and projection, so the browser build swaps in a stand-in that keeps only what the charts use (src/charts/plotBundle.ts) and lets the bundler drop the unused colour tables.");
  L.push('', 'Measured by scripts/bench/explore.ts in Chromium at 1280×800, cold cache, no throttling, gzip sizes computed from the bodies.', '<!-- /explore -->', '');
  return L.join('\n');
}

// Alone: measure the built site in dist/ and replace the section in BENCHMARKS.md (or add it).
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const port = await freePort(4381, 4389);
  const server = await startServer(process.execPath, ['scripts/serve.ts', dir, String(port)], `http://127.0.0.1:${port}/`);
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox'] });
  const result = await measureExplore(browser, `http://127.0.0.1:${port}`);
  await browser.close();
  server.stop();
  cleanup();
  const file = join(ROOT, 'BENCHMARKS.md');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const section = exploreMarkdown(result) + `_This section alone was last measured on ${new Date().toISOString().slice(0, 10)} (\`node scripts/bench/explore.ts\`)._\n`;
  const next = /<!-- explore -->[\s\S]*?<!-- \/explore -->\n?(_This section alone[^\n]*\n)?/.test(old)
    ? old.replace(/<!-- explore -->[\s\S]*?<!-- \/explore -->\n?(_This section alone[^\n]*\n)?/, section)
    : old.replace(/\n## How to reproduce/, `\n${section}\n## How to reproduce`);
  writeFileSync(file, next);
  console.log(section);
  const ok = !result.error && result.first.jsGz <= EXPLORE_BUDGETS.firstGz && result.second.jsGz <= EXPLORE_BUDGETS.secondGz && result.cls <= EXPLORE_BUDGETS.cls;
  process.exit(ok ? 0 : 1);
}
