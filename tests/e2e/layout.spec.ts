import { test, expect } from '@playwright/test';
import { builtPages } from './helpers.ts';

test('home lists every piece with a link that works', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('.card h3 a');
  expect(await links.count()).toBeGreaterThan(0);
  await links.first().click();
  await expect(page.locator('article h1')).toBeVisible();
});

test('article has contents, heading anchors, dates and reading time', async ({ page }) => {
  await page.goto('/articles/opposite-directions/');
  await expect(page.locator('nav.toc li').first()).toBeVisible();
  const firstTocLink = page.locator('nav.toc a').first();
  const target = (await firstTocLink.getAttribute('href'))!;
  await expect(page.locator(target)).toHaveCount(1);
  await expect(page.locator('.article__body h2 .heading-anchor').first()).toHaveAttribute('href', /^#/);
  await expect(page.locator('.meta time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('.meta')).toContainText('min read');
});

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
});

test.describe('theme', () => {
  test('toggle switches theme and remembers it (JS) / is hidden without JS', async ({ page }, info) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.locator('[data-theme-toggle]');
    if (info.project.name === 'nojs') {
      await expect(toggle).toBeHidden();
      return;
    }
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await bg()).not.toBe(light);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('follows the system dark preference', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(21, 23, 26)');
  });
});

test('no piece is wider than a phone: nothing makes the page scroll sideways at 390 px', async ({ page }) => {
  // Wide tables scroll inside their own box; anything else that sticks out (a long unbroken value, a fixed-width
  // figure) would make the whole page scroll sideways on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  const pieces = builtPages().filter((p) => /^\/(es\/)?articles\/[^/]+\/$/.test(p));
  expect(pieces.length).toBeGreaterThan(8);
  for (const path of pieces) {
    await page.goto(path);
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    expect(scroll, `${path} is ${scroll} px wide on a 390 px screen`).toBeLessThanOrEqual(inner);
  }
});
