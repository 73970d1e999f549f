import { test, expect } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { embedCode } from '../../src/lib/embed.ts';
import { jsEnabled } from './helpers.ts';

const ID = 'hashrate-eras';

test('an embed framed by another origin renders the chart and grows to fit', async ({ page, baseURL }) => {
  // The host page is served by a real server on another port (another origin); a routed page would count as
  // public and Chromium's local-network checks would block the local iframe.
  const code = embedCode(`${baseURL}/embed/${ID}/`, 'Embedded chart', 300);
  const server = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(`<!doctype html><html lang="en"><head><title>Lesson</title></head><body><h1>Lesson</h1>${code}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('svg.plot').first()).toBeAttached();
  await expect(frame.locator('.figure__source')).toContainText('CC BY');
  await expect(frame.locator('.embed__back a')).toHaveAttribute('href', /\/charts\/hashrate-eras\/$/);
  try {
    if (!jsEnabled()) return; // without JavaScript the iframe keeps its fixed height, and the chart still shows
    await expect.poll(async () => (await page.locator('iframe').boundingBox())!.height).toBeGreaterThan(400);
    const inner = await frame.locator('html').evaluate((el) => el.scrollHeight);
    const outer = (await page.locator('iframe').boundingBox())!.height;
    expect(Math.abs(outer - inner)).toBeLessThan(4);
  } finally {
    server.close();
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
