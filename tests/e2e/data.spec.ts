import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { csvParse, csvParseRows } from 'd3-dsv';
import { loadDataset } from '../../src/datasets/load.ts';
import { hashrateEhs } from '../../src/data/hashrateEhs.ts';
import { table } from '../../src/datasets/table.ts';
import { groupColumns } from '../../src/publish/columnGroups.ts';
import { downloadableSeries } from './helpers.ts';

// The data index, the dataset pages, every download they link and the methods page (run with JavaScript on and off).
// Expectations come from the data itself, read in Node: the folders in content/data, the loader's validated rows,
// the derived series' own rows.

const ROOT = 'content/data';
const folders = readdirSync(ROOT).filter((name) => statSync(join(ROOT, name)).isDirectory()).sort();

/** Hrefs of the download links (a[download]) and README links inside a locator's scope. */
async function downloadLinks(page: Page, scope = 'main'): Promise<string[]> {
  return page.locator(`${scope} a[download], ${scope} a[href$="README.txt"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

async function get(request: APIRequestContext, href: string, type: RegExp) {
  const res = await request.get(href);
  expect(res.status(), href).toBe(200);
  expect(res.headers()['content-type'], `${href} content type`).toMatch(type);
  return res;
}

const fileOf = (id: string, href: string) => {
  const stem = decodeURIComponent(href.split('/').pop()!).replace(/\.(csv|json)$/, '');
  const f = loadDataset(id).meta.files.find((x) => x.path.replace(/\.csv$/, '') === stem);
  expect(f, `${href} names a file of ${id}`).toBeDefined();
  return f!;
};

test('the data index lists every dataset folder, and every download link on it is one we check', { tag: '@once' }, async ({ page }) => {
  await page.goto('/data/');
  await expect(page.locator('h1')).toHaveText('Data');
  expect(folders.length).toBeGreaterThan(0);
  for (const id of folders) {
    const heading = page.locator(`#ds-${id}`);
    await expect(heading, id).toHaveCount(1);
    await expect(heading.locator('a'), id).toHaveAttribute('href', `/data/${id}/`);
    await expect(heading, id).toContainText(loadDataset(id).meta.title);
  }
  await expect(page.locator('section.dataset')).toHaveCount(folders.length);
  // Every link is a dataset file's CSV/JSON, a README, or a derived series' CSV/JSON: the tests below fetch them all.
  const known = new Set<string>(['/data/derived/README.txt']);
  for (const id of folders) {
    known.add(`/data/${id}/README.txt`);
    for (const f of loadDataset(id).meta.files) for (const ext of ['csv', 'json']) known.add(`/data/${id}/${f.path.replace(/\.csv$/, '')}.${ext}`);
  }
  for (const s of await downloadableSeries()) for (const ext of ['csv', 'json']) known.add(`/data/derived/${s.id}.${ext}`);
  const links = await downloadLinks(page);
  expect(links.filter((l) => !known.has(l)), 'unexpected download links').toEqual([]);
  expect(new Set(links)).toEqual(known);
  await expect(page.locator('nav[aria-label="Main"] a', { hasText: 'Data' })).toHaveAttribute('aria-current', 'page');
});

// One test per check, looping over the datasets: a browser context per dataset cost more than the checks.
test('data index: the downloads of every dataset return what they say', { tag: '@once' }, async ({ page, request }) => {
  test.setTimeout(folders.length * 10_000);
  await page.goto('/data/');
  for (const id of folders) {
    const ds = loadDataset(id);
    const links = await downloadLinks(page, `section[aria-labelledby="ds-${id}"]`);
    expect(links.length, id).toBe(ds.meta.files.length * 2 + 1);
    for (const href of links) {
      if (href.endsWith('.csv')) {
        const f = fileOf(id, href);
        const rows = csvParseRows(await (await get(request, href, /^text\/csv/)).text());
        expect(rows[0], `${href} header`).toEqual(f.columns.map((c) => c.name));
        expect(rows.length - 1, `${href} rows`).toBe(ds.tables[f.path]!.length);
      } else if (href.endsWith('.json')) {
        const f = fileOf(id, href);
        const body = await (await get(request, href, /^application\/json/)).json();
        expect(body.rows.length, `${href} rows`).toBe(ds.tables[f.path]!.length);
        expect(body.rowCount).toBe(body.rows.length);
        expect(body.columns.map((c: { name: string }) => c.name)).toEqual(f.columns.map((c) => c.name));
        expect(body.columns.map((c: { unit: string | null }) => c.unit)).toEqual(f.columns.map((c) => c.unit ?? null));
        expect(body.licence).toEqual({ name: ds.meta.licence.name, url: ds.meta.licence.url ?? null, attribution: ds.meta.licence.attribution });
        expect(body.citation).toBe(ds.meta.citation);
        expect(body.source).toEqual(ds.meta.source);
        expect(body.retrieved).toBe(ds.meta.retrieved);
        expect(body.dataAsOf).toBe(ds.meta.dataAsOf);
        expect(body.caveats).toEqual(ds.meta.caveats);
        expect(body.corrections).toEqual(ds.meta.corrections.filter((c) => c.file === f.path));
      } else {
        const text = await (await get(request, href, /^text\/plain/)).text();
        for (const s of [ds.meta.title, ds.meta.licence.name, ds.meta.licence.attribution, ...ds.meta.files.map((f) => f.path)]) {
          expect(text.replace(/\s+/g, ' '), `${href} mentions ${s}`).toContain(s.replace(/\s+/g, ' '));
        }
      }
    }
    // Row counts shown on the index are the loader's.
    const card = page.locator(`section[aria-labelledby="ds-${id}"]`);
    for (const f of ds.meta.files) {
      await expect(card.locator('.dataset__files li', { hasText: f.path })).toContainText(`${ds.tables[f.path]!.length.toLocaleString('en-GB')} rows`);
    }
  }
});

test('dataset pages: columns, caveats, citation and the original file', { tag: '@once' }, async ({ page, request }) => {
  test.setTimeout(folders.length * 10_000);
  for (const id of folders) {
    const ds = loadDataset(id);
    await page.goto(`/data/${id}/`);
    await expect(page.locator('h1')).toHaveText(ds.meta.title);
    await expect(page.locator('main')).toContainText(ds.meta.citation);
    await expect(page.locator('#caveats + ul > li')).toHaveCount(ds.meta.caveats.length);
    const tables = page.locator('section[aria-label^="Columns of "] table');
    await expect(tables).toHaveCount(ds.meta.files.length);
    for (const [i, f] of ds.meta.files.entries()) {
      // One row per column; runs of columns that differ only in name (a wide table's months) share a row.
      const groups = groupColumns(f.columns);
      await expect(tables.nth(i).locator('tbody tr')).toHaveCount(groups.length);
      expect(groups.reduce((n, g) => n + g.names.length, 0)).toBe(f.columns.length);
      for (const name of groups.flatMap((g) => [g.names[0]!, g.names.at(-1)!]).filter(Boolean)) await expect(tables.nth(i)).toContainText(name);
      const original = page.locator(`a[href="/data/${id}/original/${f.path}"]`);
      await expect(original).toHaveCount(1);
      const res = await get(request, `/data/${id}/original/${f.path}`, /^text\/csv/);
      expect(Buffer.compare(await res.body(), readFileSync(join(ROOT, id, f.path))), `${f.path} byte for byte`).toBe(0);
    }
    for (const href of await downloadLinks(page)) await get(request, href, /^(text\/csv|application\/json|text\/plain)/);
  }
});

test('derived series: every download matches the series', { tag: '@once' }, async ({ page, request }) => {
  await page.goto('/data/');
  const derivedSeries = await downloadableSeries();
  for (const s of derivedSeries) {
    const section = page.locator(`section[aria-labelledby="derived-${s.id}"]`);
    await expect(section, s.id).toHaveCount(1);
    const rows = s.rows();
    const csv = await (await get(request, `/data/derived/${s.id}.csv`, /^text\/csv/)).text();
    const parsed = csvParse(csv);
    expect(parsed.columns, s.id).toEqual(s.columns.map((c) => c.name));
    expect(parsed.length, s.id).toBe(rows.length);
    const body = await (await get(request, `/data/derived/${s.id}.json`, /^application\/json/)).json();
    expect(body.rows.length, s.id).toBe(rows.length);
    expect(body.columns, s.id).toEqual(s.columns.map((c) => ({ name: c.name, unit: c.unit ?? null, description: c.description })));
    expect(body.sources.map((x: { dataset: string }) => x.dataset), s.id).toEqual(s.datasets);
    for (const src of body.sources) {
      const m = loadDataset(src.dataset).meta;
      expect(src.licence.name).toBe(m.licence.name);
      expect(src.citation).toBe(m.citation);
    }
  }
  const readme = await (await get(request, '/data/derived/README.txt', /^text\/plain/)).text();
  for (const s of derivedSeries) expect(readme).toContain(s.id);
});

test('the methods page renders its own sections, every content/methods file, the worked examples and the faults', { tag: '@once' }, async ({ page }) => {
  await page.goto('/methods/');
  await expect(page.locator('h1')).toHaveText('Methods');
  for (const id of ['hashrate', 'efficiency', 'concentration', 'smallest-model', 'growth', 'subsidy', 'memory', 'derived', 'caveats', 'faults']) {
    await expect(page.locator(`h2#${id}`), id).toHaveCount(1);
    await expect(page.locator(`nav a[href="#${id}"]`), `contents link to ${id}`).toHaveCount(1);
  }
  // Each Markdown file in content/methods, in file-name order, under its own heading with the file name as anchor.
  const files = readdirSync('content/methods').filter((f) => f.endsWith('.md')).sort();
  const ids = files.map((f) => f.replace(/\.md$/, ''));
  for (const [i, f] of files.entries()) {
    const title = /^#{1,6}\s+(.+?)\s*#*$/m.exec(readFileSync(join('content/methods', f), 'utf8'))?.[1];
    const h = page.locator(`h2#${ids[i]}`);
    await expect(h, f).toHaveCount(1);
    if (title) await expect(h, f).toHaveText(title.replace(/`/g, ''));
  }
  const order = await page.locator('h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
  expect(order.filter((id) => ids.includes(id))).toEqual(ids);
  // The worked example is computed from the data at build time: recompute it here.
  const last = hashrateEhs(table('btc-hashrate', 'btc_hashrate_daily.csv').map((r) => ({ date: String(r.DateTime), hashesPerSecond: Number(r['Hash Rate']) }))).at(-1)!;
  const one = (n: number) => n.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  await expect(page.locator('section[aria-labelledby="hashrate"]')).toContainText(`is ${one(last.mean7dEhs!)} EH/s; the 30-day mean is ${one(last.mean30dEhs!)} EH/s`);
  await expect(page.locator('section[aria-labelledby="hashrate"] tbody tr')).toHaveCount(7);
  // Every correction in the metadata is listed with the known faults.
  const corrections = folders.flatMap((id) => loadDataset(id).meta.corrections);
  if (corrections.length) {
    await expect(page.locator('#faults-corrected + p + ul > li')).toHaveCount(corrections.length);
    await expect(page.locator('#faults-corrected + p + ul')).toContainText(corrections[0]!.column);
  } else {
    await expect(page.locator('#faults-corrected + p')).toContainText('No dataset needs a correction at present');
  }
  await expect(page.locator('nav[aria-label="Main"] a', { hasText: 'Methods' })).toHaveAttribute('aria-current', 'page');
});
