import { test, expect } from '@playwright/test';
import { builtPages, jsEnabled } from './helpers.ts';

const PIECE = '/articles/opposite-directions/';

test('figure shows its build-time SVG, summary, source, table and downloads', async ({ page }) => {
  await page.goto(PIECE);
  const fig = page.locator('figure[data-figure="hashrate-eras"]');
  await expect(fig.locator('svg.plot').first()).toBeAttached();
  await expect(fig.locator('svg.plot--wide')).toBeVisible();
  await expect(fig.locator('svg.plot--wide title')).toContainText('hashrate');
  await expect(fig.locator('.figure__summary')).toContainText('EH/s');
  await expect(fig.locator('.figure__source')).toContainText('licen', { ignoreCase: true });
  await expect(fig.locator('.figure__source a[rel~="license"]').first()).toBeAttached();
  await fig.locator('.figure__table summary').click();
  expect(await fig.locator('.figure__table tbody tr').count()).toBeGreaterThan(10);
  await expect(fig.locator('a.figure__title')).toHaveAttribute('href', '#fig-hashrate-eras');
});

test('narrow screens get the narrow rendering', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(PIECE);
  const fig = page.locator('figure[data-figure="hashrate-eras"]');
  await expect(fig.locator('svg.plot--narrow')).toBeVisible();
  await expect(fig.locator('svg.plot--wide')).toBeHidden();
});

test('tooltip by mouse and by keyboard; Esc hides it', async ({ page }) => {
  await page.goto(PIECE);
  const fig = page.locator('figure[data-figure="hashrate-eras"]');
  const plot = fig.locator('.figure__plot');
  await plot.scrollIntoViewIfNeeded();
  if (!jsEnabled()) {
    await expect(plot.locator('.chart-tip')).toHaveCount(0);
    return;
  }
  await expect(plot).toHaveAttribute('data-interactive', 'true');
  const box = (await plot.locator('svg.plot--wide').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
  const tip = plot.locator('.chart-tip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(/H\/s/);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();

  await plot.focus();
  // End goes to the last point, Home to the first: their years from the chart's own data.
  const rows = (await (await page.request.get('/charts/hashrate-eras/data.json')).json()).rows as { date: string }[];
  await page.keyboard.press('End');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(rows.at(-1)!.date.slice(0, 4));
  await page.keyboard.press('Home');
  await expect(tip).toContainText('2009');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

test('chart downloads return the plotted rows', async ({ request }) => {
  const csv = await request.get('/charts/hashrate-eras/data.csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  const lines = (await csv.text()).trim().split('\n');
  // Headed for people, as the table is; the machine keys are in the JSON with label and unit.
  expect(lines[0]).toBe('Date,"Hashrate, 30-day mean (EH/s)",Source');
  const json = await (await request.get('/charts/hashrate-eras/data.json')).json();
  expect(json.columns.map((c: { key: string; unit: string | null }) => [c.key, c.unit])).toEqual([['date', null], ['ehs', 'EH/s'], ['source', null]]);
  // Each row says which measure it is: the estimate, then the hashrate implied by difficulty (src/data/hashrateSeries.ts).
  expect(lines.at(-1)).toMatch(/,implied$/);
  expect(json.rows.length).toBe(lines.length - 1);
  expect(json.sources[0].licence.name).toBeTruthy();
  // The same provenance shape as the derived-series downloads (src/publish/provenance.ts).
  expect(Object.keys(json.sources[0])).toEqual(['dataset', 'title', 'source', 'licence', 'citation', 'retrieved', 'dataAsOf']);
});

test('the gallery shows every chart as a card with its thumbnail, summary and link, also without JavaScript', async ({ page }) => {
  const charts = builtPages().filter((p) => /^\/charts\/[^/]+\/$/.test(p));
  await page.goto('/charts/');
  const cards = page.locator('.gallery__card');
  await expect(cards).toHaveCount(charts.length);
  for (const path of charts) {
    const card = page.locator('.gallery__card').filter({ has: page.locator(`a.gallery__link[href="${path}"]`) });
    await expect(card.locator('.gallery__summary'), path).not.toBeEmpty();
    await expect(card.locator('img.gallery__img'), path).toHaveAttribute('alt', /\w{3,}/);
  }
  // Thumbnails are lazy: scrolled to, each one loads (an SVG the browser could not read has no natural width).
  const imgs = page.locator('img.gallery__img');
  for (let i = 0; i < await imgs.count(); i++) {
    await imgs.nth(i).scrollIntoViewIfNeeded();
    await expect.poll(() => imgs.nth(i).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), `thumbnail ${i}`).toBeGreaterThan(0);
  }
  // The whole card opens the chart's page.
  const first = cards.first();
  const href = (await first.locator('a.gallery__link').getAttribute('href'))!;
  await first.locator('img').scrollIntoViewIfNeeded();
  const box = (await first.locator('img').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});
