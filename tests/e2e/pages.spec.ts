import { test, expect } from '@playwright/test';
import { builtPages, watchPage, expectNoAxeViolations, jsEnabled } from './helpers.ts';

// Every built page, in both projects (JavaScript on and off): loads, one h1, no console errors, no request to
// another origin, no CSP violation, external links with noopener.
// axe runs on every page with JavaScript on (embeds: the first two; they are chart pages without the rest).
// Without JavaScript only the markup differs from that (controls and tooltip layer absent), so it runs on every
// piece and on the first page of each other kind (a chart page, a dataset page, an embed…).
// Pages are visited in batches by one browser page: a fresh context per page cost more than the checks.
const pages = builtPages().filter((p) => p !== '/404.html');
// Kinds per language: a Spanish page is of the kind of its English counterpart, in Spanish.
const kindIn = (p: string) => p.startsWith('/articles/') ? p : p.split('/').slice(0, 2).join('/') + (p.split('/').length > 3 ? '/*' : '');
const kind = (p: string) => (p.startsWith('/es/') ? `es:${kindIn(p.slice(3))}` : kindIn(p));
const noJsAxe = new Set([...new Map(pages.toReversed().map((p) => [kind(p), p])).values()]); // first of each kind
const embedsAxed = new Set(pages.filter((p) => p.startsWith('/embed/')).slice(0, 2));
const BATCH = 8;
const batches = Array.from({ length: Math.ceil(pages.length / BATCH) }, (_, i) => pages.slice(i * BATCH, (i + 1) * BATCH));

for (const batch of batches) {
  test(`pages are clean: ${batch[0]} … ${batch.at(-1)}`, async ({ page, baseURL }) => {
    test.setTimeout(batch.length * 20_000);
    const origin = new URL(baseURL!).origin;
    const watch = watchPage(page, origin);
    // Content-Security-Policy violations (inline styles or scripts the policy blocks) are collected in the page.
    await page.addInitScript(() => {
      (window as any).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as any).__csp.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    for (const path of batch) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1'), path).toHaveCount(1);
      await expect(page.locator('meta[http-equiv="content-security-policy"]'), path).toHaveCount(1);
      // Links to other sites carry rel="noopener noreferrer".
      const external = await page.locator('a[href^="http"]').evaluateAll((as, o) =>
        as.filter((a) => new URL(a.getAttribute('href')!).origin !== o).map((a) => `${a.getAttribute('href')} rel=${a.getAttribute('rel')}`), origin);
      expect(external.filter((l) => !/rel=.*noopener/.test(l)), `external links without noopener on ${path}`).toEqual([]);
      const axe = jsEnabled() ? !path.startsWith('/embed/') || embedsAxed.has(path) : noJsAxe.has(path);
      if (axe) await expectNoAxeViolations(page);
      if (jsEnabled()) {
        await page.mouse.wheel(0, 20000); // scroll so lazy chart layers load too
        await page.waitForTimeout(200);
        expect(await page.evaluate(() => (window as any).__csp), `CSP violations on ${path}`).toEqual([]);
      }
      watch.check(`on ${path}`);
    }
  });
}

test('unknown address shows the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  // Hosts serve /404.html for every unknown address: it points Spanish readers to their edition.
  await expect(page.locator('p[lang="es"] a[href="/es/"]')).toBeVisible();
  // Where the host reads _redirects (Netlify, Cloudflare Pages; scripts/serve.ts here), an unknown Spanish address
  // gets the Spanish page.
  const es = await page.goto('/es/no-existe/');
  expect(es?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('h1')).toHaveText('Página no encontrada');
});

test('the accessibility check fails on a page with a violation', { tag: '@once' }, async ({ page }) => {
  // A page served only to this test: an image without alt text and a button without a name.
  await page.route('**/axe-canary/', (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><html lang="en"><title>Canary</title><main><h1>Canary</h1><img src="/favicon.svg"><button></button></main></html>',
  }));
  await page.goto('/axe-canary/');
  const failure = await expectNoAxeViolations(page).then(() => null, (e: Error) => e.message);
  expect(failure).toContain('image-alt');
  expect(failure).toContain('button-name');
});

test('no words run into a link or a bracket: the space before each survives the template', { tag: '@once' }, async () => {
  const { readFileSync } = await import('node:fs');
  const root = process.env.ASTRO_OUT_DIR ?? 'dist';
  // A line break between a word and a tag is dropped inside a template expression ({cond && (<>…</>)}), which once
  // made "on themethods page" and "bloque(74 tramos".
  const intoLink = /(?<=[\p{L},;:])<a (?![^>]*heading-anchor)/u;
  const intoBracket = /\p{Ll}\((?=\d)/u;
  const found = builtPages().filter((p) => p.endsWith('/') || p.endsWith('.html')).flatMap((p) => {
    const html = readFileSync(`${root}${p}${p.endsWith('/') ? 'index.html' : ''}`, 'utf8').replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, '');
    const text = html.replace(/<[^>]*>/g, '');
    return [[html, html.match(intoLink)], [text, text.match(intoBracket)]].flatMap(([s, m]) =>
      m ? [`${p}: …${(s as string).slice(Math.max(0, (m as RegExpMatchArray).index! - 40), (m as RegExpMatchArray).index! + 30)}…`] : []);
  });
  expect(found).toEqual([]);
});
