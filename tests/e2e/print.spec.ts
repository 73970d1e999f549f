import { test, expect } from '@playwright/test';
import { jsEnabled } from './helpers.ts';

test('a piece prints as a handout: charts and sources kept, navigation and controls gone', async ({ page }) => {
  await page.goto('/articles/opposite-directions/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('nav.toc')).toBeHidden();
  await expect(page.locator('.figure__links').first()).toBeHidden();
  await expect(page.locator('figure svg.plot--wide').first()).toBeVisible();
  await expect(page.locator('.figure__source').first()).toBeVisible();
  await expect(page.locator('.takeaways')).toBeVisible();
  const after = await page.locator('.footnotes a[href^="http"], .article__body a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content).catch(() => 'none');
  expect(after === 'none' || after.includes('http')).toBe(true);
  if (jsEnabled()) {
    // Chromium's own PDF: a real multi-page document.
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
  }
});
