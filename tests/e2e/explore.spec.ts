import { test, expect } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expectNoAxeViolations, jsEnabled, watchPage } from './helpers.ts';

const ID = 'hashrate-eras';
const fig = `figure[data-figure="${ID}"]`;

test('Explore changes the view: chart, summary and table follow; the URL round-trips; keyboard only', async ({ page, baseURL }) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.goto(`/charts/${ID}/`);
  const figure = page.locator(fig);
  if (!jsEnabled()) {
    // Without JavaScript: no dead button, no panel; the build-time chart as before.
    await expect(figure.locator('[data-explore]')).toBeHidden();
    await expect(figure.locator('.figure__view')).toBeHidden();
    await expect(figure.locator('svg.plot--wide')).toBeVisible();
    return;
  }
  const before = await figure.locator('svg.plot--wide').innerHTML();
  const summaryBefore = await figure.locator('.figure__summary').textContent();
  // The browser's chart file has no alt text (src/charts/pageText.ts): a redrawn chart keeps the one built.
  const alt = (await figure.locator('svg.plot--wide title').textContent())!;
  expect(alt.length).toBeGreaterThan(40);
  // Keyboard: Tab to the button, Enter opens the panel; arrows move the "From" slider.
  await figure.locator('[data-explore]').focus();
  await page.keyboard.press('Enter');
  const from = figure.locator('input[name="from"]');
  await expect(from).toBeVisible();
  await expect(figure.locator('[data-explore]')).toHaveAttribute('aria-expanded', 'true');
  await from.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/hashrate-eras\.from=2015/);
  await expect(figure.locator('.figure__summary')).not.toHaveText(summaryBefore!);
  await expect(figure.locator('.figure__summary')).toContainText('2015');
  expect(await figure.locator('svg.plot--wide').innerHTML()).not.toBe(before);
  await expect(figure.locator('.figure__table tbody tr').first()).toContainText('2015');
  await expect(figure.locator('svg.plot--wide title')).toHaveText(`${alt} View: From: 2015.`);
  await figure.locator('select[name="scale"]').selectOption('linear');
  await expect(page).toHaveURL(/hashrate-eras\.scale=linear/);
  await expect(figure.locator('svg.plot--narrow title')).toHaveText(`${alt} View: From: 2015; Scale: Linear.`);
  // The chart page offers the view's link, CSV and embed code.
  await expect(page.locator('[data-view-share]')).toBeVisible();
  await expect(page.locator('#embed-code')).toHaveValue(/\/embed\/hashrate-eras\/\?hashrate-eras\.from=2015&amp;hashrate-eras\.scale=linear"/);
  const csvHref = await page.locator('[data-view-csv]').getAttribute('href');
  expect(csvHref).toMatch(/^blob:/);
  await expectNoAxeViolations(page);
  // Reload: the same view.
  const summaryView = await figure.locator('.figure__summary').textContent();
  await page.reload();
  await expect(figure.locator('.figure__summary')).toHaveText(summaryView!);
  await expect(figure.locator('select[name="scale"]')).toHaveValue('linear');
  // Chart or table: the same view as a table.
  await figure.getByRole('button', { name: 'Show as a table' }).click();
  await expect(figure.locator('.figure__plot')).toBeHidden();
  await expect(figure.locator('.figure__table tbody tr').first()).toBeVisible();
  await figure.getByRole('button', { name: 'Show as a table' }).click();
  await expect(figure.locator('.figure__plot')).toBeVisible();
  // Reset: the default view, and the URL clean again.
  await figure.locator('button[type="reset"]').click();
  await expect(figure.locator('.figure__summary')).toHaveText(summaryBefore!);
  await expect(page).not.toHaveURL(/hashrate-eras\./);
  watch.check();
});

test('a bad or stale view in a link falls back to the default view with a note, never an error', async ({ page }) => {
  await page.goto(`/charts/${ID}/?${ID}.from=1850&${ID}.scale=cubic`);
  const figure = page.locator(fig);
  if (!jsEnabled()) {
    await expect(figure.locator('svg.plot--wide')).toBeVisible();
    return;
  }
  await expect(figure.locator('.figure__view-note')).toContainText('showing the default view instead');
  await expect(figure.locator('input[name="from"]')).toHaveValue('2009');
  await expect(figure.locator('select[name="scale"]')).toHaveValue('log');
});

test('an embed code for a view opens on that view in an iframe on another origin', async ({ page, baseURL }) => {
  const src = `${baseURL}/embed/${ID}/?${ID}.from=2020`;
  const server = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(`<!doctype html><html lang="en"><head><title>Lesson</title></head><body><iframe src="${src}" title="Chart" width="700" height="720"></iframe></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('svg.plot').first()).toBeAttached();
    if (!jsEnabled()) return; // the build-time chart, full range
    await expect(frame.locator('.figure__summary')).toContainText('2020');
  } finally {
    server.close();
  }
});

test('Listen plays the chart on request: the chart takes focus and the arrow keys speak its values', async ({ page, baseURL }) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/charts/hydro-share/');
  const figure = page.locator('figure[data-figure="hydro-share"]');
  if (!jsEnabled()) {
    await expect(figure.locator('[data-listen]')).toBeHidden();
    return;
  }
  // Nothing loads or plays until asked.
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /listen/.test(e.name)))).toBe(false);
  await figure.locator('[data-listen]').click();
  await expect(figure.locator('svg.plot--wide')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(figure.locator('.figure__listen')).toContainText('2001');
  watch.check();
});

test('every chart can be explored: its first option changes the chart, with no error @js', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const { readdirSync } = await import('node:fs');
  const watch = watchPage(page, new URL(baseURL!).origin);
  for (const id of readdirSync(`${process.env.ASTRO_OUT_DIR ?? 'dist'}/charts`).filter((d) => !d.includes('.'))) {
    await page.goto(`/charts/${id}/`);
    const figure = page.locator(`figure[data-figure="${id}"]`);
    const calculator = (await figure.locator('form[data-view-src]').count()) > 0;
    if (calculator) {
      // A calculator's controls switch on by themselves.
      await expect(figure.locator('form[data-view-src] input, form[data-view-src] select').first()).toBeEnabled();
      continue;
    }
    const before = await figure.locator('svg.plot--wide').innerHTML();
    const named = await figure.locator('.figure__table td[translate="no"]').count();
    await figure.locator('[data-explore]').click();
    const control = figure.locator('.figure__view .control').first();
    await expect(control).toBeVisible();
    const box = control.locator('input[type="checkbox"]').first();
    if (await box.count()) await box.uncheck();
    else if (await control.locator('select').count()) {
      const select = control.locator('select');
      const other = await select.evaluate((s: HTMLSelectElement) => [...s.options].find((o) => !o.selected)!.value);
      await select.selectOption(other);
    } else {
      const range = control.locator('input');
      await range.focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    }
    await expect.poll(() => figure.locator('svg.plot--wide').innerHTML(), { message: id }).not.toBe(before);
    // The redrawn table keeps names out of a browser's translator, as the built one does.
    if (named) await expect.poll(() => figure.locator('.figure__table td[translate="no"]').count(), { message: `${id}: names in the redrawn table` }).toBeGreaterThan(0);
    watch.check(id);
  }
});

for (const [id, act] of [
  ['hydro-share', 'uncheck Paraguay'],
  ['edi-nakamoto-by-grouping', 'uncheck owners'],
  ['country-share-maps', 'uncheck the first map'],
] as const) {
  test(`Explore on ${id} (${act}): chart, summary and table change together`, async ({ page }) => {
    await page.goto(`/charts/${id}/`);
    const figure = page.locator(`figure[data-figure="${id}"]`);
    if (!jsEnabled()) {
      await expect(figure.locator('[data-explore]')).toBeHidden();
      return;
    }
    const svg = await figure.locator('svg.plot--wide').innerHTML();
    const summary = await figure.locator('.figure__summary').textContent();
    const table = await figure.locator('.figure__table tbody').innerHTML();
    await figure.locator('[data-explore]').click();
    await figure.locator('.figure__view input[type="checkbox"]').first().uncheck();
    await expect(figure.locator('.figure__summary')).not.toHaveText(summary!);
    expect(await figure.locator('svg.plot--wide').innerHTML()).not.toBe(svg);
    expect(await figure.locator('.figure__table tbody').innerHTML()).not.toBe(table);
    await expect(page).toHaveURL(new RegExp(`${id}\\.`));
  });
}
