import { test, expect } from '@playwright/test';
import { createServer } from 'node:http';
import { readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { embedCode, embedHeight } from '../../src/lib/embed.ts';
import { jsEnabled } from './helpers.ts';

const ID = 'hashrate-eras';

/** Serves a host page on another origin (a routed page would count as public and Chromium's local-network checks would
 * block the local iframe); returns its URL and a way to close it. */
async function host(html: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(`<!doctype html><html lang="en"><head><title>Lesson</title></head><body><h1>Lesson</h1>${html}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

/** The embed code's iframe is loading="lazy", so the host's load event does not wait for it: wait for the framed page. */
const loaded = (frame: import('@playwright/test').FrameLocator) =>
  expect.poll(() => frame.locator('html').evaluate(() => document.readyState)).toBe('complete');

/** Inside the frame: how far the page overflows it, the drawn chart's height, and its natural height (the fit off). */
const fitOf = (frame: import('@playwright/test').FrameLocator) =>
  frame.locator('html').evaluate((root) => {
    const svg = [...root.querySelectorAll('svg.plot')].find((s) => s.getBoundingClientRect().height > 0)!;
    const back = root.querySelector('.embed__back')!.getBoundingClientRect();
    const figureEnd = root.querySelector('figure')!.lastElementChild!.getBoundingClientRect().bottom;
    root.classList.add('embed--measure');
    const natural = Math.ceil(root.querySelector('main')!.getBoundingClientRect().bottom);
    root.classList.remove('embed--measure');
    return { overflow: root.scrollHeight - root.clientHeight, chart: svg.getBoundingClientRect().height, backVisible: back.bottom <= root.clientHeight, overlap: figureEnd - back.top, natural };
  });

test('an embed framed by another origin renders the chart and sizes the frame to it, smaller as well as larger', async ({ page, baseURL }) => {
  const site = await host(embedCode(`${baseURL}/embed/${ID}/`, 'Embedded chart', 300));
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(site.url);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('svg.plot').first()).toBeAttached();
    await expect(frame.locator('.figure__source')).toContainText('CC BY');
    await expect(frame.locator('.embed__back a')).toHaveAttribute('href', /\/charts\/hashrate-eras\/$/);
    if (!jsEnabled()) return; // without JavaScript the frame keeps its height and the page fits itself (next test)
    await loaded(frame);
    const height = async () => (await page.locator('iframe').boundingBox())!.height;
    for (const width of [1280, 390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const { natural } = await fitOf(frame);
      await expect.poll(height, { message: `frame height at ${width} px` }).toBeGreaterThan(natural - 2);
      await expect.poll(height, { message: `frame height at ${width} px` }).toBeLessThan(natural + 2);
    }
  } finally {
    site.close();
  }
});

test('without the resize script (stripped by the platform) the embed fits its frame: nothing clipped, the chart scaled whole', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  for (const id of readdirSync(`${process.env.ASTRO_OUT_DIR ?? 'dist'}/embed`)) {
    const iframe = embedCode(`${baseURL}/embed/${id}/`, 'Embedded chart', embedHeight(id.endsWith('-calculator'))).split('\n')[0]!;
    expect(iframe).not.toContain('<script');
    const site = await host(iframe);
    try {
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(site.url);
        const frame = page.frameLocator('iframe');
        await loaded(frame);
        const fit = await fitOf(frame);
        expect(fit.overflow, `${id} at ${width} px overflows its frame`).toBeLessThanOrEqual(1);
        expect(fit.backVisible, `${id} at ${width} px: the link back is cut off`).toBe(true);
        expect(fit.overlap, `${id} at ${width} px: the figure runs under the link back`).toBeLessThanOrEqual(1);
        expect(fit.chart, `${id} at ${width} px: chart squeezed`).toBeGreaterThanOrEqual(140);
      }
    } finally {
      site.close();
    }
  }
});

test('embed pages set no cookies and use no storage', async ({ page, context }) => {
  await page.goto(`/embed/${ID}/`);
  expect(await context.cookies()).toEqual([]);
  if (jsEnabled()) expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

test('chart page: downloads have the right types and rows; citation and embed code present', async ({ page, request }) => {
  await page.goto(`/charts/${ID}/`);
  // Cited with the date of the chart's own last change: the changelog entry 2026-12-06-hashrate-peak links it.
  await expect(page.locator('.cite')).toContainText('Opposite Directions. (2026, December 6). From laptops to warehouses');
  await expect(page.locator('.cite pre')).toContainText('@misc{');
  await expect(page.locator('#embed-code')).toHaveValue(/<iframe src="[^"]+\/embed\/hashrate-eras\/"/);
  const types: Record<string, string> = { 'data.csv': 'text/csv', 'data.json': 'application/json', 'chart.svg': 'image/svg+xml', 'chart.png': 'image/png' };
  for (const [file, type] of Object.entries(types)) {
    const res = await request.get(`/charts/${ID}/${file}`);
    expect(res.status(), file).toBe(200);
    expect(res.headers()['content-type'], file).toContain(type);
  }
  const csvRows = (await (await request.get(`/charts/${ID}/data.csv`)).text()).trim().split('\n').length - 1;
  const shownRows = await page.locator('.figure__table summary').textContent();
  expect(shownRows).toContain(`of ${csvRows} rows`);
  const svg = await (await request.get(`/charts/${ID}/chart.svg`)).text();
  expect(svg).toContain('From laptops to warehouses');
  expect(svg).toContain('Source:');
  expect(svg).not.toContain('var(--');
});
