import { test, expect } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { builtPages } from './helpers.ts';

test('home lists every piece with a link that works', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('.card h3 a');
  expect(await links.count()).toBeGreaterThan(0);
  await links.first().click();
  await expect(page.locator('article h1')).toBeVisible();
});

test('article has contents, heading anchors, dates and reading time', async ({ page }) => {
  await page.goto('/articles/opposite-directions/');
  await expect(page.locator('nav.toc li').first()).toBeVisible();
  const firstTocLink = page.locator('nav.toc a').first();
  const target = (await firstTocLink.getAttribute('href'))!;
  await expect(page.locator(target)).toHaveCount(1);
  await expect(page.locator('.article__body h2 .heading-anchor').first()).toHaveAttribute('href', /^#/);
  await expect(page.locator('.meta time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('.meta')).toContainText('min read');
});

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
});

test.describe('theme', () => {
  test('toggle switches theme and remembers it (JS) / is hidden without JS', async ({ page }, info) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.locator('[data-theme-toggle]');
    if (info.project.name === 'nojs') {
      await expect(toggle).toBeHidden();
      return;
    }
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await bg()).not.toBe(light);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('follows the system dark preference', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(21, 23, 26)');
  });
});

test('no piece is wider than a phone: nothing makes the page scroll sideways at 390 px', async ({ page }) => {
  // Wide tables scroll inside their own box; anything else that sticks out (a long unbroken value, a fixed-width
  // figure) would make the whole page scroll sideways on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  const pieces = builtPages().filter((p) => /^\/(es\/)?articles\/[^/]+\/$/.test(p));
  expect(pieces.length).toBeGreaterThan(8);
  for (const path of pieces) {
    await page.goto(path);
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    expect(scroll, `${path} is ${scroll} px wide on a 390 px screen`).toBeLessThanOrEqual(inner);
  }
});

// A slow phone's parser (or a slow network) pauses mid-page, and the browser may paint what it has: half a header or
// half a contents list, which then moved when the rest came. The page holds its first paint until its first screen is
// parsed (rel="expect" in src/layouts/Base.astro). Here the page arrives in two parts, cut inside the header or inside
// the contents, with a pause between: the first frame must already hold the piece's body, and nothing may move after.
test('@js a piece that arrives in parts is first painted whole, and nothing moves', async ({ browser, baseURL }) => {
  const piece = '/articles/the-data-centre-era/';
  const html = await (await fetch(baseURL + piece)).text();
  const cuts = { header: html.indexOf('<nav', html.indexOf('site-header')) + 40, contents: html.indexOf('</li>', html.indexOf('class="toc"')) };
  for (const [where, cut] of Object.entries(cuts)) {
    expect(cut, where).toBeGreaterThan(40);
    const server = createServer(async (req, res) => {
      if (req.url !== piece) {
        const r = await fetch(baseURL + req.url!);
        res.writeHead(r.status, { 'Content-Type': r.headers.get('content-type') ?? '' });
        return res.end(Buffer.from(await r.arrayBuffer()));
      }
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.write(html.slice(0, cut));
      setTimeout(() => res.end(html.slice(cut)), 600);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as any;
        w.shifts = 0;
        new PerformanceObserver((l) => l.getEntries().forEach((e: any) => { w.shifts += e.value; })).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => { w.firstFrameHadBody = !!document.getElementById('article-body'); });
      });
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${piece}`);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as any).firstFrameHadBody), `${where}, ${width} px`).toBe(true);
      expect(await page.evaluate(() => (window as any).shifts), `${where}, ${width} px`).toBe(0);
      await context.close();
    }
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
});
