import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { test, expect, type Page, type BrowserContext } from '@playwright/test';

let scriptingContext: BrowserContext | undefined;
// axe-core is evaluated straight into the page: @axe-core/playwright's builder opened an extra page per run
// and took about four times as long, which made the every-page check the slowest part of `npm test`.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every built HTML page as a site path, read from dist/ so new pages are tested automatically. */
export function builtPages(root = process.env.ASTRO_OUT_DIR ?? 'dist'): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = join(dir, e.name);
      return e.isDirectory() ? walk(p) : e.name.endsWith('.html') ? [p] : [];
    });
  return walk(root)
    .map((f) => '/' + relative(root, f).replace(/\\/g, '/').replace(/index\.html$/, ''))
    .sort();
}

/**
 * Records console errors, page errors and any request to another origin while a test runs.
 * Call check() at the end of the test (or after each page when one test visits several: it starts afresh).
 */
export function watchPage(page: Page, origin: string) {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/no-such-page/')) errors.push(`${r.status()} ${r.url()}`); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith('http') && u.origin !== origin) foreign.push(r.url());
  });
  return {
    check(label = '') {
      expect(errors, `console errors ${label}`).toEqual([]);
      expect(foreign, `requests to other origins ${label}`).toEqual([]);
      errors.length = 0;
      foreign.length = 0;
    },
  };
}

/**
 * axe with WCAG 2.0–2.2 A and AA rules. With JavaScript disabled axe cannot run in the page, so the
 * page's HTML without its scripts (what a no-JS reader gets) is checked in a scripting context instead.
 */
export async function expectNoAxeViolations(page: Page) {
  let target = page;
  let close = async () => {};
  if (!jsEnabled()) {
    const url = page.url();
    const html = (await (await page.request.get(url)).text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
    // One scripting page per worker, reused: a new context per page made the no-JS run twice as slow.
    scriptingContext ??= await page.context().browser()!.newContext({ javaScriptEnabled: true });
    target = scriptingContext.pages()[0] ?? await scriptingContext.newPage();
    await target.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
    await target.goto(url);
    close = () => target.unroute(url);
  }
  // Only the top document is checked: the site's pages have no iframes of their own.
  await target.evaluate(axeSource);
  type Violation = { id: string; help: string; nodes: { target: string[] }[] };
  const violations: Violation[] = await target.evaluate((tags) =>
    (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      .then((r: { violations: Violation[] }) => r.violations), AXE_TAGS);
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  await close();
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Whether the running test's project has JavaScript on (the 'nojs' project turns it off). */
export function jsEnabled(): boolean {
  return test.info().project.use.javaScriptEnabled !== false;
}

/**
 * The series offered as derived downloads, loaded the way Node can (the site's registry collects them with
 * import.meta.glob, which only Vite understands): every src/series/<id>.ts that exports a series with download on.
 */
export async function downloadableSeries(): Promise<import('../../src/series/define.ts').Series[]> {
  const layer = new Set(['define.ts', 'inputs.ts', 'registry.ts']);
  const files = readdirSync('src/series').filter((f) => f.endsWith('.ts') && !layer.has(f)).sort();
  const all = await Promise.all(files.map(async (f) => (await import(`../../src/series/${f}`)).default));
  return all.filter((s) => s.download).sort((a, b) => a.id.localeCompare(b.id));
}
