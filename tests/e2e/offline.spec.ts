/**
 * Offline reading (src/offline/sw.js). These tests run against a server of their own, which a test can take down
 * (the reader's signal drops: the browser goes offline too) or "redeploy" (a piece's text changes, as after a rebuild).
 */
import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

const DIR = process.env.ASTRO_OUT_DIR ?? 'dist';
const PIECE = '/articles/following-cheap-power/';
const CHART = '/charts/hydro-share/';
const state = { down: false, rebuilt: false };
let server: Server;
const figureHash = () => readFileSync(join(DIR, PIECE, 'index.html'), 'utf8').match(/\/_astro\/Figure[^"]*\.([\w-]{8})\.js"/)![1]!;
let origin: string;

test.use({ serviceWorkers: 'allow' });

test.beforeAll(async () => {
  const files = sirv(DIR, { dev: true, etag: false });
  server = createServer((req, res) => {
    if (state.down) return req.socket.destroy();
    // The rebuilt site's worker: Figure's script changed, so its old file is not part of the site any more.
    if (state.rebuilt && req.url === '/sw.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return res.end(readFileSync(join(DIR, 'sw.js'), 'utf8').replace(`"${figureHash()}"`, '"rebuilt0"'));
    }
    if (state.rebuilt && req.url === PIECE) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(readFileSync(join(DIR, PIECE, 'index.html'), 'utf8').replace(/(<h1[^>]*>)/, '$1Rebuilt: '));
    }
    files(req, res, () => { res.writeHead(404); res.end('Not found'); });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));
test.beforeEach(() => { state.down = false; state.rebuilt = false; });

/** The reader starts reading (the worker is registered then), and it controls the page and has stored the page itself. */
async function workerReady(page: Page, path: string) {
  await page.mouse.wheel(0, 300);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await expect.poll(() => page.evaluate((p) => caches.match(p).then((r) => !!r), path)).toBe(true);
}

async function goOffline(context: BrowserContext) {
  state.down = true;
  await context.setOffline(true);
}

test('@js a piece read once online reloads offline, with its figures and their tooltips', async ({ page, context }) => {
  await page.goto(origin + PIECE);
  // Nothing is registered (and sw.js not fetched) while the first screen loads: only once the reader reads on.
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r))).toBe(false);
  await workerReady(page, PIECE);
  // The reader scrolls to a figure: its tooltip data loads, through the worker.
  const figure = page.locator('figure[data-figure="hydro-share"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.figure__plot[data-interactive]')).toHaveCount(1);
  const title = await page.locator('h1').textContent();

  await goOffline(context);
  await page.reload();
  await expect(page.locator('h1')).toHaveText(title!);
  await expect(page.locator('figure[data-figure] svg').first()).toBeVisible();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.figure__plot[data-interactive]')).toHaveCount(1);

  // A page never opened: the worker says so, and lists what can be read.
  await page.goto(origin + '/about/');
  await expect(page.locator('h1')).toHaveText('You are offline');
  await expect(page.getByRole('link', { name: title!.trim() })).toHaveAttribute('href', PIECE);
});

test('@js "Save for offline" stores a piece with its chart pages', async ({ page, context }) => {
  await page.goto(origin + PIECE);
  await page.getByRole('button', { name: 'Save for offline' }).click();
  // The same button says what it did.
  const save = page.locator('[data-offline] button');
  await expect(save).toHaveText(/^Saved for offline \(\d+(\.\d)? MB\)$/, { timeout: 20_000 });
  // Screen readers hear it too.
  await expect(page.locator('[data-offline] [role=status]')).toHaveText(/^Saved for offline \(\d+(\.\d)? MB\)$/);
  const list = JSON.parse(readFileSync(join(DIR, PIECE, 'offline.json'), 'utf8')) as { urls: string[] };
  expect(list.urls).toContain(CHART);

  await goOffline(context);
  // A chart page the reader never opened, with its figure interactive.
  await page.goto(origin + CHART);
  await expect(page.locator('h1')).not.toHaveText('You are offline');
  await expect(page.locator('.figure__plot[data-interactive]').first()).toBeAttached();
  // Back on the piece, it says it is saved, and Explore (Plot, the chart's spec and rows) works offline.
  await page.goto(origin + PIECE);
  await expect(page.locator('[data-offline] button')).toHaveText('Saved for offline');
  const figure = page.locator('figure[data-figure="hydro-share"]');
  const summary = await figure.locator('.figure__summary').textContent();
  await figure.locator('[data-explore]').click();
  await figure.locator('.figure__view input[type="checkbox"]').first().uncheck();
  await expect(figure.locator('.figure__summary')).not.toHaveText(summary!);
});

test('@js a rebuilt site serves the new text once online, and keeps that one offline', async ({ page, context }) => {
  await page.goto(origin + PIECE);
  await workerReady(page, PIECE);
  const title = (await page.locator('h1').textContent())!;

  state.rebuilt = true;
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Rebuilt: ' + title);

  await goOffline(context);
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Rebuilt: ' + title);
});

test('@js a rebuilt site\'s worker drops the files the site no longer has, and keeps the rest', async ({ page }) => {
  await page.goto(origin + PIECE);
  await workerReady(page, PIECE);
  const kept = () => page.evaluate(() => caches.open('opposite-directions-offline').then((c) => c.keys()).then((k) => k.map((r) => new URL(r.url).pathname)));
  const figureScript = (await kept()).find((p) => p.includes('/_astro/Figure'));
  expect(figureScript).toContain(figureHash());

  state.rebuilt = true;
  // The browser checks for a new worker on each visit; here it is asked to, and the new one takes over.
  await page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    const changed = new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done));
    await registration.update();
    await changed;
  });
  await expect.poll(kept).not.toContain(figureScript);
  expect(await kept()).toContain(PIECE);
  expect((await kept()).some((p) => p.startsWith('/_astro/preload-helper'))).toBe(true);
});

test('the "Save for offline" control shows only where it can work', async ({ page, javaScriptEnabled }) => {
  await page.goto(origin + '/es' + PIECE);
  await expect(page.getByRole('button', { name: 'Guardar para leer sin conexión' })).toBeVisible({ visible: javaScriptEnabled });
});

test('@js where the browser refuses service workers, saving says it could not', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(origin + PIECE);
  await page.getByRole('button', { name: 'Save for offline' }).click();
  const save = page.locator('[data-offline] button');
  await expect(save).toHaveText('Could not save for offline: try again', { timeout: 15_000 });
  await expect(save).toBeEnabled();
  await context.close();
});

test('@js the control is in place from the first paint: nothing below it moves', async ({ browser }) => {
  // A wide screen, where the meta line of this piece fills its width (the control once wrapped onto a new line).
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as any).shifts = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e: any) => { (window as any).shifts += e.value; })).observe({ type: 'layout-shift', buffered: true });
  });
  for (const piece of ['/articles/the-data-centre-era/', PIECE]) {
    await page.goto(origin + piece);
    await expect(page.getByRole('button', { name: 'Save for offline' })).toBeVisible();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as any).shifts), piece).toBe(0);
  }
  await context.close();
});
