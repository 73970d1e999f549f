import { test, expect } from '@playwright/test';
import { csvParse, csvParseRows } from 'd3-dsv';
import { listDatasetIds, loadDataset } from '../../src/datasets/load.ts';

test('the data index lists every dataset, and every download returns what it says', async ({ page, request }) => {
  await page.goto('/data/');
  const ids = listDatasetIds();
  for (const id of ids) await expect(page.locator(`#ds-${id}`), id).toHaveCount(1);
  const links = await page.locator('a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links.length).toBeGreaterThan(ids.length * 2);
  for (const id of ids) {
    const ds = loadDataset(id);
    for (const f of ds.meta.files) {
      const stem = f.path.replace(/\.csv$/, '');
      const csv = await request.get(`/data/${id}/${stem}.csv`);
      expect(csv.headers()['content-type'], `${id}/${stem}.csv`).toContain('text/csv');
      // The CSV is the original file: its header row (after any preamble) holds exactly the declared columns.
      const rows = csvParseRows((await csv.text()).replace(/^\uFEFF/, ''));
      const headerAt = (f.headerLine ?? 1) - 1;
      if (f.headerLine !== 0) expect(rows[headerAt], `${id}/${f.path} header`).toEqual(f.columns.map((c) => c.name));
      const json = await (await request.get(`/data/${id}/${stem}.json`)).json();
      expect(json.rows.length, `${id}/${stem}.json rows`).toBe(ds.tables[f.path].length);
      expect(json.licence.name).toBe(ds.meta.licence.name);
    }
    const readme = await request.get(`/data/${id}/README.txt`);
    expect(await readme.text()).toContain(`Licence: ${ds.meta.licence.name}`);
  }
  const derived = links.filter((l) => l.includes('/data/derived/') && l.endsWith('.json'));
  expect(derived.length).toBeGreaterThan(5);
  for (const href of derived) {
    const body = await (await request.get(href)).json();
    const csv = await (await request.get(href.replace(/\.json$/, '.csv'))).text();
    expect(csvParse(csv).length, href).toBe(body.rows.length);
    expect(csvParse(csv).columns, href).toEqual(body.columns.map((c: { name: string }) => c.name));
    expect(body.sources.length, href).toBeGreaterThan(0);
  }
});

test('the methods page explains the computations with worked examples', async ({ page }) => {
  await page.goto('/methods/');
  await expect(page.locator('#growth')).toBeVisible();
  await expect(page.locator('main')).toContainText('376 % in total and 21.5 % a year');
  await expect(page.locator('#corrections + p + ul li').first()).toContainText('Llama 2-7B');
});
