import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './helpers.ts';
import { ENGLISH_DECIMAL, ENGLISH_THOUSANDS, asPublished } from '../spanishNumbers.ts';
import { listDatasetIds, loadDataset } from '../../src/datasets/load.ts';

// The Spanish edition (/es/): its pages say they are Spanish, every language switcher leads to the same page in the
// other language and back, and a Spanish figure shows no English chart text and writes numbers the Spanish way.
const root = process.env.ASTRO_OUT_DIR ?? 'dist';
const html = (path: string) => readFileSync(join(root, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : ''), 'utf8');
const spanish = builtPages().filter((p) => p.startsWith('/es/'));
const switched = builtPages().filter((p) => /class="lang-switch"/.test(html(p)));
const PIECE = 'articles/opposite-directions/';

test('every Spanish page declares Spanish, and only those do', { tag: '@once' }, async () => {
  expect(spanish.length).toBeGreaterThan(4);
  for (const p of builtPages().filter((p) => !p.startsWith('/embed/'))) {
    expect(html(p).match(/<html lang="([a-z]+)"/)?.[1], p).toBe(p.startsWith('/es/') ? 'es' : 'en');
  }
});

test('each language switcher leads to its counterpart, which leads back, with matching hreflang alternates', { tag: '@once' }, async ({ request }) => {
  expect(switched).toContain(`/${PIECE}`);
  expect(switched).toContain(`/es/${PIECE}`);
  for (const p of switched) {
    const target = html(p).match(/<a class="lang-switch" href="([^"]+)" hreflang="(en|es)"/);
    expect(target, p).toBeTruthy();
    const [, href, lang] = target!;
    expect(href, p).toBe(lang === 'es' ? `/es${p}` : p.replace(/^\/es/, ''));
    const response = await request.get(href!);
    expect(response.status(), `${p} → ${href}`).toBe(200);
    const back = (await response.text()).match(/<a class="lang-switch" href="([^"]+)"/)?.[1];
    expect(back, `${href} switches back`).toBe(p);
    // Both versions list both as alternates.
    for (const page of [p, href!]) {
      const alternates = [...html(page).matchAll(/<link rel="alternate" hreflang="(en|es)" href="https?:\/\/[^/]+([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`).sort();
      expect(alternates, page).toEqual([`en ${href!.startsWith('/es/') ? p : href}`, `es ${href!.startsWith('/es/') ? href : p}`]);
    }
  }
});

test('the sitemap lists both languages of each translated page as alternates', { tag: '@once' }, async () => {
  const sitemap = readFileSync(join(root, 'sitemap-0.xml'), 'utf8');
  const entries = new Map([...sitemap.matchAll(/<url><loc>https?:\/\/[^/]+([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => [m[1]!, m[2]!]));
  for (const p of switched) {
    const alternates = [...(entries.get(p) ?? '').matchAll(/hreflang="(en|es)" href="https?:\/\/[^/]+([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`).sort();
    const en = p.replace(/^\/es/, '');
    expect(alternates, p).toEqual([`en ${en}`, `es /es${en}`]);
  }
});

for (const piece of spanish.filter((p) => p.startsWith('/es/articles/')).map((p) => p.slice(4))) {
test(`the Spanish piece's figures show no English chart text and Spanish numbers: ${piece}`, async ({ page }) => {
  // The English chart text: every label of the English figures with a word of four letters or more.
  await page.goto(`/${piece}`);
  const textsOf = (selector: string) => page.locator(selector).evaluateAll((ts) => ts.map((t) => t.textContent!.trim()));
  const english = (await textsOf('figure svg text')).filter((t) => /\b[a-z]{4,}\b/.test(t)); // lower-case words: not a name such as "Antminer S9"
  const titles = await textsOf('figure .figure__title, figure .figure__summary, figure .figure__note');
  expect(english.length).toBeGreaterThan(5);
  await page.goto(`/es/${piece}`);
  const shown = (await textsOf('figure svg text, figure svg title, figure .figure__head, figure .figure__summary, figure .figure__note, figure th')).join('\n');
  for (const t of [...english, ...titles]) expect(shown, `English "${t}" on the Spanish page`).not.toContain(t);
  // Names (of models, chips) are the same in every language: "Granite 4.0 H Micro" is not an English number.
  const names = [...new Set(await textsOf('figure td[translate="no"]'))];
  for (const summary of (await textsOf('figure .figure__summary')).map((s) => asPublished(s, names))) {
    expect(summary).not.toMatch(ENGLISH_THOUSANDS); // 1,234
    expect(summary).not.toMatch(ENGLISH_DECIMAL); // 17.6
    // Dates as "5 de diciembre de 2026", never "5 Dec 2026".
    expect(summary).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b/);
  }
  // Drawn at build time: there without JavaScript too.
  await expect(page.locator('figure svg.plot--wide')).toHaveCount(await page.locator('figure').count());
});
}

test('a tooltip on a Spanish figure speaks Spanish', { tag: '@js' }, async ({ page }) => {
  await page.goto(`/es/${PIECE}`);
  const plot = page.locator('figure[data-figure="hashrate-eras"] .figure__plot');
  await plot.scrollIntoViewIfNeeded();
  await expect(page.locator('figure[data-figure="hashrate-eras"] .figure__plot[data-interactive]')).toBeAttached();
  const svg = plot.locator('svg:visible').first();
  const box = (await svg.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5);
  const tip = page.locator('figure[data-figure="hashrate-eras"] .chart-tip');
  await expect(tip).toContainText(/\d+ de [a-z]+ de \d{4}/);
});

test('the Spanish search page searches the Spanish pages', { tag: '@js' }, async ({ page }) => {
  await page.goto('/es/search/');
  const box = page.getByLabel('Buscar en los artículos y el glosario');
  await box.fill('represas');
  await expect(page.locator('[data-search-status]')).toContainText('para “represas”');
  const hrefs = () => page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  await expect.poll(hrefs).toContain(`/es/${PIECE}`);
  // Only pages in Spanish: a name both editions use finds Spanish pages only.
  await box.fill('Paraguay');
  await expect(page.locator('[data-search-status]')).toContainText('para “Paraguay”');
  await expect.poll(async () => (await hrefs()).length).toBeGreaterThan(2);
  expect((await hrefs()).filter((h) => !h!.startsWith('/es/'))).toEqual([]);
});

test('Explore on a Spanish figure: Spanish controls, and the redrawn chart, summary and table stay Spanish', { tag: '@js' }, async ({ page }) => {
  await page.goto(`/es/${PIECE}`);
  const fig = page.locator('figure[data-figure="hashrate-eras"]');
  await fig.getByRole('button', { name: 'Explorar' }).click();
  const from = fig.getByLabel('Desde', { exact: true });
  await expect(from).toBeVisible();
  await expect(fig.getByLabel('Escala', { exact: true })).toBeVisible();
  await from.fill('2015');
  await from.dispatchEvent('input');
  await expect(fig.locator('.figure__summary')).toContainText(/^La tasa de hash, en media de 30 días, subió de .* el \d+ de [a-z]+ de 2015/);
  await fig.getByLabel('Escala', { exact: true }).selectOption('linear');
  const text = await fig.locator('svg text, svg title').evaluateAll((ts) => ts.map((t) => t.textContent).join(' '));
  expect(text).toContain('discontinua');
  expect(text).not.toMatch(/dashed|implied|hashrate/i);
  await expect(fig.locator('.figure__table > summary')).toContainText('Tabla de datos');
  expect(new URL(page.url()).searchParams.get('hashrate-eras.from')).toBe('2015');
});

test('a Spanish chart page: Spanish title, citation, embed code and downloads', { tag: '@once' }, async ({ page, request }) => {
  await page.goto('/es/charts/hashrate-eras/');
  const title = 'De la computadora de casa a la nave industrial: la potencia de cómputo de la red';
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.locator('#cite-chart-apa')).toContainText(title);
  await expect(page.locator('#cite-chart-bib')).toContainText('language = {spanish}');
  await expect(page.locator('#embed-code')).toHaveValue(/\/es\/embed\/hashrate-eras\//);
  // The embed page it points to is in Spanish, and so are the chart's SVG download and share card's page.
  const embed = await (await request.get('/es/embed/hashrate-eras/')).text();
  expect(embed).toContain('<html lang="es"');
  expect(embed).toContain(title);
  const svg = await (await request.get('/es/charts/hashrate-eras/chart.svg')).text();
  expect(svg).toContain('Fuente:');
  expect(svg).not.toContain('From laptops to warehouses');
  expect((await request.get('/es/charts/hashrate-eras/chart.png')).headers()['content-type']).toBe('image/png');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/es\/charts\/hashrate-eras\.png$/);
  // The figure in the Spanish piece links here.
  await page.goto(`/es/${PIECE}`);
  await expect(page.locator('figure[data-figure="hashrate-eras"] a[href="/es/charts/hashrate-eras/"]')).toHaveCount(1);
});

test('the Spanish gallery shows each translated chart with its Spanish thumbnail and page', { tag: '@once' }, async ({ page, request }) => {
  const translated = spanish.filter((p) => /^\/es\/charts\/[a-z0-9-]+\/$/.test(p));
  await page.goto('/es/charts/');
  await expect(page.locator('h1')).toHaveText('Gráficos');
  const cards = page.locator('.gallery__card');
  await expect(cards).toHaveCount(translated.length);
  for (const path of translated) {
    const card = page.locator(`.gallery__card:has(a[href="${path}"])`);
    await expect(card.locator('img')).toHaveAttribute('src', `${path}chart.svg`);
    expect((await request.get(`${path}chart.svg`)).status()).toBe(200);
  }
  await expect(page.locator('.gallery__card#hashrate-eras .gallery__title')).toHaveText('De la computadora de casa a la nave industrial: la potencia de cómputo de la red');
});

test('Listen on a Spanish chart speaks Spanish: its description, axes and values', { tag: '@js' }, async ({ page }) => {
  await page.goto('/es/charts/hydro-share/');
  const figure = page.locator('figure[data-figure="hydro-share"]');
  await figure.locator('[data-listen]').click();
  await expect(figure.locator('svg.plot--wide')).toBeFocused();
  const caption = figure.locator('.figure__listen');
  await expect(caption).toContainText('Países que funcionan con agua');
  await expect(caption).toContainText('X es "Fecha"');
  await expect(caption).toContainText('Porción hidráulica (%)');
  await expect(caption).not.toContainText('Sonified');
  await page.keyboard.press('ArrowRight');
  await expect(caption).toContainText('2001');
});

test('the Spanish footer leads to the Spanish changelog', { tag: '@once' }, async ({ page }) => {
  await page.goto('/es/about/');
  const link = page.locator('footer a', { hasText: 'Registro de cambios' });
  await expect(link).toHaveAttribute('href', '/es/changelog/');
  await expect(link).not.toContainText('en inglés');
});

test('the Spanish data pages: every dataset in Spanish, its caveats and files, a Spanish README, English marked', { tag: '@once' }, async ({ page, request }) => {
  const ids = listDatasetIds();
  await page.goto('/es/data/');
  await expect(page.locator('h1')).toHaveText('Datos');
  for (const id of ids) {
    const meta = loadDataset(id).meta;
    const heading = page.locator(`#ds-${id}`);
    await expect(heading, id).toHaveText(meta.es!.title);
    await expect(heading.locator('a'), id).toHaveAttribute('href', `/es/data/${id}/`);
  }
  // A dataset page: Spanish description, caveats, file descriptions and column meanings; the citation marked English.
  const meta = loadDataset('btc-hashrate').meta;
  await page.goto('/es/data/btc-hashrate/');
  await expect(page.locator('h1')).toHaveText(meta.es!.title);
  await expect(page.locator('main')).toContainText(meta.es!.description);
  for (const c of meta.es!.caveats) await expect(page.locator('#caveats + ul')).toContainText(c);
  for (const c of meta.caveats) await expect(page.locator('main')).not.toContainText(c);
  await expect(page.locator('main')).toContainText(meta.es!.files['btc_hashrate_daily.csv']!);
  await expect(page.locator('.dataset__citation')).toHaveAttribute('lang', 'en');
  // Column names as published, their meanings in Spanish.
  await expect(page.locator('.table-scroll tbody tr').first()).toContainText(meta.es!.columns[meta.files[0]!.columns[0]!.description]!);
  await expect(page.locator('.table-scroll td[lang="en"]')).toHaveCount(0);
  await expect(page.locator('.translation-behind')).toHaveCount(0);
  // Numbers the Spanish way, and the README in Spanish.
  await expect(page.locator('.file__facts').first()).toContainText(/\d\.\d{3} filas/);
  await page.locator('a[href="/es/data/btc-hashrate/README.txt"]').first().click().catch(() => undefined);
  const readme = await (await request.get('/es/data/btc-hashrate/README.txt')).text();
  expect(readme.split('\n')[0]).toBe(meta.es!.title);
  for (const label of ['Fuente:', 'Licencia:', 'ARCHIVOS', 'ADVERTENCIAS', 'CORRECCIONES']) expect(readme).toContain(label);
  expect(readme).toContain(meta.es!.caveats[0]!.slice(0, 60));
  // The derived series: Spanish titles and column meanings, and their README.
  await page.goto('/es/data/');
  const derived = page.locator('section.derived').first();
  await expect(derived.locator('.derived__columns summary')).toContainText('Columnas');
  await expect(derived.locator('.derived__columns li').first()).not.toContainText(/Model name|Hardware name|UTC day/);
  await expect(page.locator('a[href="/es/data/derived/README.txt"]')).toHaveCount(1);
  const derivedReadme = await (await request.get('/es/data/derived/README.txt')).text();
  expect(derivedReadme.split('\n')[0]).toMatch(/^Series derivadas de /);
  expect(derivedReadme).toContain('Columnas:');
  // Spanish pages that send readers to the data now send them to the Spanish data page.
  await page.goto('/es/charts/hashrate-eras/');
  await expect(page.locator('a[href="/es/data/"]').first()).toBeVisible();
});

test('the Spanish methods page: Spanish sections and worked examples, numbers the Spanish way', { tag: '@once' }, async ({ page }) => {
  await page.goto('/es/methods/');
  await expect(page.locator('h1')).toHaveText('Métodos');
  await expect(page.locator('.methods__toc h2')).toHaveText('En esta página');
  await expect(page.locator('h2#hashrate')).toHaveText('La tasa de hash y sus medias de 7 y 30 días');
  await expect(page.locator('h2#cost-per-coin')).toHaveText('El costo en electricidad de una moneda');
  await expect(page.locator('h2#model-memory')).toHaveText('La memoria que necesita un modelo de lenguaje');
  // The halving table: heights and subsidies written the Spanish way, the dates in words.
  const subsidy = page.locator('section[aria-labelledby="subsidy"] table').first();
  await expect(subsidy).toContainText('210.000');
  await expect(subsidy).toContainText('3,125');
  await expect(subsidy).toContainText('de abril de 2024');
  await expect(page.locator('.translation-behind')).toHaveCount(0);
  // Its links stay in Spanish where the page exists in Spanish.
  await expect(page.locator('main a[href="/es/data/btc-hashrate/"]').first()).toBeVisible();
  expect(await page.locator('main a[href^="/data/"], main a[href^="/methods/"]').count()).toBe(0);
  const text = (await page.locator('main').textContent())!;
  for (const english of ['Worked example', 'Caveats that apply', 'Known faults in the data', 'On this page']) expect(text).not.toContain(english);
});
