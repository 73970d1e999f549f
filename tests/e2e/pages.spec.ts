import { test, expect } from '@playwright/test';
import { builtPages, watchPage, expectNoAxeViolations, jsEnabled } from './helpers.ts';

// Every built page, in both projects (JavaScript on and off): loads, one h1, no console errors, no request to
// another origin, no CSP violation, external links with noopener.
// axe runs on every page with JavaScript on. Without JavaScript only the markup differs from that (controls stay
// hidden, no tooltip layer), so it runs on every piece and on the first page of each other kind (a chart page,
// a dataset page, an embed…): checking all 30 chart pages twice doubled the suite's time and found nothing new.
const pages = builtPages().filter((p) => p !== '/404.html');
const kind = (p: string) => p.startsWith('/articles/') ? p : p.split('/').slice(0, 2).join('/') + (p.split('/').length > 3 ? '/*' : '');
const noJsAxe = new Set([...new Map(pages.toReversed().map((p) => [kind(p), p])).values()]); // first of each kind
const embedsAxed = new Set(pages.filter((p) => p.startsWith('/embed/')).slice(0, 2));

for (const path of pages) {
  test(`page ${path} is clean`, async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    // Content-Security-Policy violations (inline styles or scripts the policy blocks) are collected in the page.
    await page.addInitScript(() => {
      (window as any).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as any).__csp.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    // Links to other sites carry rel="noopener noreferrer".
    const external = await page.locator('a[href^="http"]').evaluateAll((as, origin) =>
      as.filter((a) => new URL(a.getAttribute('href')!).origin !== origin).map((a) => `${a.getAttribute('href')} rel=${a.getAttribute('rel')}`),
      new URL(baseURL!).origin);
    expect(external.filter((l) => !/rel=.*noopener/.test(l)), 'external links without noopener').toEqual([]);
    const axe = jsEnabled() ? !path.startsWith('/embed/') || embedsAxed.has(path) : noJsAxe.has(path);
    if (axe) await expectNoAxeViolations(page);
    if (jsEnabled()) {
      await page.mouse.wheel(0, 20000); // scroll so lazy chart layers load too
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as any).__csp), 'CSP violations').toEqual([]);
    }
    watch.check();
  });
}

test('unknown address shows the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
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
