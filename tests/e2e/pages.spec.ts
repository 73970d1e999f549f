import { test, expect } from '@playwright/test';
import { builtPages, watchPage, expectNoAxeViolations } from './helpers.ts';

// Every built page, in both projects (JavaScript on and off): loads, no console errors,
// no request to another origin, no axe violations, one h1.
for (const path of builtPages().filter((p) => p !== '/404.html')) {
  test(`page ${path} is clean`, async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expectNoAxeViolations(page);
    watch.check();
  });
}

test('unknown address shows the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});
