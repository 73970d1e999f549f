import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { jsEnabled, watchPage } from './helpers.ts';

// Reader features (issue 8): search, feeds and discovery, share images, citations, glossary terms.
const dist = process.env.ASTRO_OUT_DIR ?? 'dist';
const pieces = readdirSync(join(dist, 'articles'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const chartIds = readdirSync(join(dist, 'charts'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(dist, 'charts', e.name, 'index.html'))).map((e) => e.name).sort();
const xml = new XMLParser({ ignoreAttributes: false });

test('search finds a piece by a word in its text and a dataset by its name', async ({ page, baseURL }) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/search/');
  if (!jsEnabled()) {
    // Without JavaScript: a message and links to everything search would look through.
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.locator('form[role="search"]')).toBeHidden();
    for (const href of ['/', '/charts/', '/data/', '/glossary/']) await expect(page.locator(`.search-noscript a[href="${href}"]`)).toHaveCount(1);
    watch.check();
    return;
  }
  await expect(page.getByText('Search needs JavaScript')).toBeHidden();
  // Keyboard only: the skip link, then Tab moves through the page to the search box.
  const box = page.getByLabel('Search pieces, charts, datasets and the glossary');
  await box.focus();
  await page.keyboard.type('hydro');
  await expect(page.locator('[data-search-status]')).toContainText('for “hydro”');
  const hrefs = () => page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect((await hrefs()).some((h) => /^\/articles\/[a-z0-9-]+\/$/.test(h!)), 'a piece among the results').toBe(true);
  await box.fill('');
  await page.keyboard.type('Notable AI Models');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-search-status]')).toContainText('for “Notable AI Models”');
  await expect.poll(hrefs).toContain('/data/epoch-notable-models/');
  // Results are ordinary links, reached with Tab.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('.search-results a').first()).toBeFocused();
  // The query is in the address, so a search can be shared.
  expect(new URL(page.url()).searchParams.get('q')).toBe('Notable AI Models');
  watch.check();
});

test('search code loads only on the search page', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/pagefind/')) loaded.push(r.url()); });
  await page.goto('/articles/opposite-directions/');
  await page.mouse.wheel(0, 20000);
  await page.waitForTimeout(300);
  expect(loaded).toEqual([]);
});

test('the RSS feed parses and lists every piece', { tag: '@once' }, async ({ request }) => {
  const res = await request.get('/rss.xml');
  expect(res.status()).toBe(200);
  const feed = xml.parse(await res.text());
  const items = [feed.rss.channel.item].flat();
  const links = items.map((i: { link: string }) => new URL(i.link).pathname).sort();
  expect(links).toEqual(pieces.map((p) => `/articles/${p}/`));
  for (const i of items) {
    expect(i.title.length).toBeGreaterThan(4);
    expect(Number.isNaN(Date.parse(i.pubDate))).toBe(false);
  }
});

test('the sitemap parses, lists every piece and chart, and robots.txt points to it', { tag: '@once' }, async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = robots.match(/^Sitemap: (\S+)$/m)?.[1];
  expect(sitemapUrl).toBeTruthy();
  const index = xml.parse(await (await request.get(new URL(sitemapUrl!).pathname)).text());
  const locs: string[] = [];
  for (const s of [index.sitemapindex.sitemap].flat()) {
    const part = xml.parse(await (await request.get(new URL(s.loc).pathname)).text());
    locs.push(...[part.urlset.url].flat().map((u: { loc: string }) => new URL(u.loc).pathname));
  }
  for (const p of pieces) expect(locs).toContain(`/articles/${p}/`);
  for (const c of chartIds) expect(locs).toContain(`/charts/${c}/`);
  expect(locs).toContain('/glossary/');
  expect(locs.filter((l) => l.startsWith('/embed/'))).toEqual([]);
});

test('every piece and chart has a 1200 × 630 share image named in its meta tags', { tag: '@once' }, async ({ request }) => {
  const pages = [...pieces.map((p) => [`/articles/${p}/`, `/og/articles/${p}.png`]), ...chartIds.map((c) => [`/charts/${c}/`, `/og/charts/${c}.png`])];
  expect(pieces.length).toBeGreaterThan(0);
  expect(chartIds.length).toBeGreaterThan(0);
  for (const [path, image] of pages) {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const og = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
    expect(og && new URL(og).pathname, path).toBe(image);
    expect(html).toContain(`<meta name="twitter:image" content="${og}"`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"');
    const png = readFileSync(join(dist, image));
    expect(png.subarray(1, 4).toString(), image).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
  }
});

test('citations link to a reference list, and footnotes link back', async ({ page }) => {
  await page.goto('/articles/opposite-directions/');
  const refs = page.locator('section.references-section');
  await expect(refs.getByRole('heading', { name: 'References' })).toBeVisible();
  const entries = refs.locator('li.csl-entry');
  expect(await entries.count()).toBeGreaterThanOrEqual(8);
  await expect(refs).toContainText('Thorn, A. (2026');
  // Every in-text citation links to an entry of the list.
  const targets = await page.locator('.article__body a[href^="#bib-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(targets.length).toBeGreaterThanOrEqual(8);
  for (const t of new Set(targets)) await expect(page.locator(`li${t}`)).toHaveCount(1);
  await expect(page.locator('.article__body').getByRole('link', { name: 'Thorn, 2026' })).toBeVisible();
  // GFM footnotes: the reference and its back-link point at each other.
  const ref = page.locator('a[data-footnote-ref]').first();
  const note = (await ref.getAttribute('href'))!;
  const back = page.locator(`${note} a[data-footnote-backref]`);
  await expect(back).toHaveAttribute('aria-label', /Back to reference/);
  expect(await back.getAttribute('href')).toBe(`#${await ref.getAttribute('id')}`);
});

test('glossary terms open by keyboard, stay while hovered and close with Esc', async ({ page }) => {
  await page.goto('/articles/opposite-directions/');
  const term = page.locator('.term[data-term="mining-pool"]');
  const word = term.locator('.term__word');
  const tip = term.locator('[role="tooltip"]');
  await expect(word).toHaveAttribute('href', '/glossary/#mining-pool');
  await expect(tip).toBeHidden();
  await word.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Mining pool');
  await expect(word).toHaveAttribute('aria-describedby', (await tip.getAttribute('id'))!);
  if (jsEnabled()) {
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(word).toBeFocused(); // Esc hides the definition, not the reader's place
    // Hover shows it again; moving onto the definition keeps it open (WCAG 1.4.13).
    await page.mouse.move(0, 0);
    await word.hover();
    await expect(tip).toBeVisible();
    await tip.hover();
    await expect(tip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
  } else {
    // Without JavaScript the definition still shows on focus (CSS), and the word leads to the glossary.
    await word.press('Enter');
    await expect(page).toHaveURL(/\/glossary\/#mining-pool$/);
    await expect(page.locator('dt#mining-pool')).toBeVisible();
  }
});

test('the glossary page has an anchor for every required term', { tag: '@once' }, async ({ page }) => {
  await page.goto('/glossary/');
  for (const id of ['hashrate', 'difficulty', 'asic', 'j-per-th', 'block-subsidy', 'mining-pool', 'hhi', 'nakamoto-coefficient',
    'edge-ai', 'npu', 'tops', 'parameters', 'quantization', 'mmlu', 'inference-vs-training']) {
    await expect(page.locator(`dt#${id}`)).toHaveCount(1);
  }
});

test('the changelog lists changes and how current each dataset is', { tag: '@once' }, async ({ page }) => {
  await page.goto('/changelog/');
  expect(await page.locator('ol.changelog > li').count()).toBeGreaterThan(0);
  await expect(page.locator('#data-as-of')).toBeVisible();
  const datasets = readdirSync(join(dist, 'data'), { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(dist, 'data', e.name, 'index.html')) && e.name !== 'derived').length;
  expect(await page.locator('table a[href^="/data/"]').count()).toBeGreaterThanOrEqual(Math.min(datasets, 1));
});
