import { test, expect } from '@playwright/test';
import { builtPages, watchPage, expectNoAxeViolations, jsEnabled } from './helpers.ts';

// Every built page, in both projects (JavaScript on and off): loads, no console errors,
// no request to another origin, no axe violations, one h1.
for (const path of builtPages().filter((p) => p !== '/404.html')) {
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
    await expectNoAxeViolations(page);
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
