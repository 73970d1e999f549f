/**
 * Measures one page in Chromium (Playwright) at one viewport:
 * - at load, without scrolling: every response (JS and all), gzip sizes, LCP;
 * - after scrolling to the bottom in steps and waiting until every figure is interactive: all JS;
 * - CLS over the whole visit (layout shifts without recent input, so shifts when a figure hydrates count),
 *   and again on a second visit that jumps straight to each figure, so hydration happens in view.
 * Requests to other origins are blocked (and listed): the site must not need them.
 */
import type { Browser, BrowserContext, Page, Response } from '@playwright/test';
import { gz } from './util.ts';

export interface Device {
  name: 'phone' | 'desktop';
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  isMobile: boolean;
  hasTouch: boolean;
}

export const DEVICES: Device[] = [
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
];

export interface Sizes { count: number; raw: number; gz: number; files: { url: string; raw: number; gz: number }[] }
export interface Shift { value: number; t: number; sources: string[] }

export interface PageResult {
  path: string;
  device: Device['name'];
  figures: number;
  calculators: number;
  /** Figures whose interactive code had started at load, without any scroll (they were near the first screen). */
  hydratedAtLoad: number;
  jsBefore: Sizes;
  jsAll: Sizes;
  transferBefore: Sizes;
  transferAll: Sizes;
  /** Inline <script> (not JSON) in the HTML: already counted in the HTML's transfer. */
  inlineJs: { count: number; raw: number; gz: number };
  lcpMs: number | null;
  lcpElement: string;
  /** Sum of every layout shift without recent input while scrolling through and hydrating every figure. */
  clsScroll: number;
  /** The same when jumping straight to each figure (hydration in view). */
  clsJump: number;
  shifts: Shift[];
  allInteractive: boolean;
  /** Figures that never became interactive (scrolling through, or jumping to them). */
  notReady: string[];
  blocked: string[];
  errors: string[];
}

/** Which elements count as "every figure interactive". The functions run in the page (self-contained). */
export interface Readiness {
  /** CSS selector of the figures (the jump visit scrolls to each in turn). */
  figures: string;
  /** [figures, calculators]. */
  count: () => [number, number];
  /** The figures not interactive yet (empty when the page is fully interactive). */
  pending: () => string[];
  /** Whether the n-th element matching `figures` is interactive. */
  figureReady: (n: number) => boolean;
}

/** Our site: figures with tooltips get data-interactive; a calculator is ready when none of its controls is disabled
 * (they are in the page from the first paint, disabled, and src/charts/explore.ts switches them on). */
export const SITE_READY: Readiness = {
  figures: 'figure[data-figure]',
  count: () => [document.querySelectorAll('figure[data-figure]').length,
    document.querySelectorAll('figure[data-figure]:has(form.figure__controls)').length],
  pending: () => [...document.querySelectorAll<HTMLElement>('figure[data-figure]')].flatMap((f) => {
    const p = f.querySelector<HTMLElement>('.figure__plot:has(> script[data-points])');
    const c = f.querySelector<HTMLFormElement>('form.figure__controls');
    const out: string[] = [];
    if (p && !p.dataset.interactive) out.push(`${f.dataset.figure} (tooltips)`);
    if (c && c.querySelector(':disabled')) out.push(`${f.dataset.figure} (controls)`);
    return out;
  }),
  figureReady: (n) => {
    const f = document.querySelectorAll<HTMLElement>('figure[data-figure]')[n];
    const p = f.querySelector<HTMLElement>('.figure__plot:has(> script[data-points])');
    const c = f.querySelector<HTMLFormElement>('form.figure__controls');
    return (!p || !!p.dataset.interactive) && (!c || !c.querySelector(':disabled'));
  },
};

/** The Framework page: interactive once Plot has drawn its SVG (the tooltip is part of it). */
export const FRAMEWORK_READY: Readiness = {
  figures: '#observablehq-main svg[class^="plot"]',
  count: () => [document.querySelectorAll('#observablehq-main svg[class^="plot"]').length, 0],
  pending: () => (document.querySelector('#observablehq-main svg[class^="plot"]') ? [] : ['the Plot chart']),
  figureReady: () => true,
};

const COMPRESSIBLE = /text|javascript|json|svg|xml|css|html/;

const INIT = () => {
  const describe = (n: Node | null | undefined): string => {
    if (!n || !(n instanceof Element)) return n ? n.nodeName : '?';
    const cls = typeof n.className === 'string' && n.className ? '.' + n.className.trim().split(/\s+/).slice(0, 2).join('.') : '';
    const fig = n.closest('figure[data-figure]')?.getAttribute('data-figure');
    return `${n.tagName.toLowerCase()}${n.id ? '#' + n.id : ''}${cls}${fig ? ` (in figure ${fig})` : ''}`;
  };
  const w = window as any;
  w.__bench = { lcp: null, lcpEl: '', shifts: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as any[]) { w.__bench.lcp = e.startTime; w.__bench.lcpEl = describe(e.element); }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as any[]) {
      if (!e.hadRecentInput) w.__bench.shifts.push({ value: e.value, t: e.startTime, sources: (e.sources ?? []).map((s: any) => describe(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

interface Seen { url: string; type: string; js: boolean; raw: number; gz: number; phase: 'before' | 'after' }

function sizes(list: Seen[]): Sizes {
  return {
    count: list.length,
    raw: list.reduce((a, s) => a + s.raw, 0),
    gz: list.reduce((a, s) => a + s.gz, 0),
    files: list.map((s) => ({ url: s.url, raw: s.raw, gz: s.gz })),
  };
}

async function newVisit(browser: Browser, device: Device, origin: string) {
  const context: BrowserContext = await browser.newContext({
    viewport: device.viewport, deviceScaleFactor: device.deviceScaleFactor, isMobile: device.isMobile,
    hasTouch: device.hasTouch, locale: 'en-GB', timezoneId: 'UTC', colorScheme: 'light', serviceWorkers: 'block',
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:')) return route.continue();
    blocked.push(u);
    return route.abort();
  });
  await context.addInitScript(INIT);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !/net::ERR_FAILED|blocked/i.test(m.text())) errors.push(m.text()); });
  return { context, page, blocked, errors };
}

/** Waits until no request has started or finished for `quietMs`. */
async function networkQuiet(page: Page, quietMs: number, maxMs = 10_000): Promise<void> {
  let last = performance.now();
  const bump = () => { last = performance.now(); };
  page.on('request', bump);
  page.on('requestfinished', bump);
  page.on('requestfailed', bump);
  const t0 = performance.now();
  while (performance.now() - last < quietMs && performance.now() - t0 < maxMs) await page.waitForTimeout(50);
  page.off('request', bump);
  page.off('requestfinished', bump);
  page.off('requestfailed', bump);
}

export async function measurePage(browser: Browser, origin: string, path: string, device: Device, r: Readiness): Promise<PageResult> {
  const url = origin + path;
  // Visit 1: load, no scroll; then scroll through in steps until every figure is interactive.
  const v = await newVisit(browser, device, origin);
  const seen: Promise<Seen | null>[] = [];
  let phase: Seen['phase'] = 'before';
  v.page.on('response', (res: Response) => {
    const p = phase;
    seen.push((async () => {
      const body = await res.body().catch(() => null);
      if (!body) return null;
      const type = (res.headers()['content-type'] ?? '').split(';')[0];
      const js = res.request().resourceType() === 'script' || /javascript/.test(type);
      return { url: res.url().slice(origin.length), type, js, raw: body.length, gz: COMPRESSIBLE.test(type) ? gz(body) : body.length, phase: p };
    })());
  });
  await v.page.goto(url, { waitUntil: 'load' });
  await networkQuiet(v.page, 1000);
  const atLoad = await v.page.evaluate(() => {
    const b = (window as any).__bench;
    const inline = [...document.querySelectorAll('script:not([src])')].filter((s) => !/json/.test(s.getAttribute('type') ?? ''));
    return {
      lcp: b.lcp as number | null, lcpEl: b.lcpEl as string,
      hydrated: document.querySelectorAll('.figure__plot[data-interactive]').length + [...document.querySelectorAll('form.figure__controls')].filter((f) => !f.querySelector(':disabled')).length,
      inline: inline.map((s) => s.textContent ?? ''),
    };
  });
  const [figures, calculators] = await v.page.evaluate(r.count);
  const before = (await Promise.all(seen)).filter((s): s is Seen => !!s);
  phase = 'after';

  // Scroll to the bottom in steps of 70 % of the viewport, as a reader would.
  for (let i = 0; i < 400; i++) {
    const atEnd = await v.page.evaluate(() => {
      window.scrollBy(0, Math.round(window.innerHeight * 0.7));
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await v.page.waitForTimeout(120);
    if (atEnd) break;
  }
  const notReady: string[] = [];
  const t0 = performance.now();
  let pending = await v.page.evaluate(r.pending);
  while (pending.length && performance.now() - t0 < 20_000) {
    await v.page.waitForTimeout(100);
    pending = await v.page.evaluate(r.pending);
  }
  notReady.push(...pending);
  await networkQuiet(v.page, 800);
  await v.page.waitForTimeout(300);
  const shifts1 = (await v.page.evaluate(() => (window as any).__bench.shifts)) as Shift[];
  const all = (await Promise.all(seen)).filter((s): s is Seen => !!s);
  await v.context.close();

  // Visit 2: jump straight to each figure (as a permalink or a fast fling would), so it hydrates in view.
  const j = await newVisit(browser, device, origin);
  await j.page.goto(url, { waitUntil: 'load' });
  await networkQuiet(j.page, 500);
  const n = await j.page.evaluate((sel) => document.querySelectorAll(sel).length, r.figures);
  for (let i = 0; i < n; i++) {
    await j.page.evaluate(([sel, k]) => document.querySelectorAll(sel as string)[k as number].scrollIntoView({ block: 'start', behavior: 'instant' }), [r.figures, i]);
    const t1 = performance.now();
    while (!(await j.page.evaluate(r.figureReady, i))) {
      if (performance.now() - t1 > 10_000) { notReady.push(`figure ${i + 1} of ${n} [jump]`); break; }
      await j.page.waitForTimeout(50);
    }
    await j.page.waitForTimeout(250);
  }
  await networkQuiet(j.page, 500);
  const shifts2 = (await j.page.evaluate(() => (window as any).__bench.shifts)) as Shift[];
  await j.context.close();

  const sum = (s: Shift[]) => s.reduce((a, x) => a + x.value, 0);
  const isJs = (s: Seen) => s.js;
  const inlineRaw = atLoad.inline.reduce((a, s) => a + Buffer.byteLength(s), 0);
  return {
    path,
    device: device.name,
    figures,
    calculators,
    hydratedAtLoad: atLoad.hydrated,
    jsBefore: sizes(before.filter(isJs)),
    jsAll: sizes(all.filter(isJs)),
    transferBefore: sizes(before),
    transferAll: sizes(all),
    inlineJs: { count: atLoad.inline.length, raw: inlineRaw, gz: atLoad.inline.length ? gz(atLoad.inline.join('\n')) : 0 },
    lcpMs: atLoad.lcp,
    lcpElement: atLoad.lcpEl,
    clsScroll: sum(shifts1),
    clsJump: sum(shifts2),
    shifts: [...shifts1, ...shifts2.map((s) => ({ ...s, sources: s.sources.map((x) => `${x} [jump]`) }))],
    allInteractive: notReady.length === 0,
    notReady,
    blocked: [...new Set([...v.blocked, ...j.blocked])],
    errors: [...new Set([...v.errors, ...j.errors])],
  };
}
