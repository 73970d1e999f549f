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
  const after = (selector: string) => page.locator(selector).first().evaluate((a) => getComputedStyle(a, '::after').content);
  // The handout says what it is and where it lives: title, date, its full address and how to cite it (APA, not BibTeX).
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.meta time').first()).toBeVisible();
  await expect(page.locator('.handout__url')).toHaveText(/^Opposite Directions · https?:\/\/[^ ]+\/articles\/opposite-directions\/$/);
  await expect(page.locator('#cite-piece-apa')).toBeVisible();
  await expect(page.locator('#cite-piece-bib')).toBeHidden();
  // Links print where they go: a link to another piece shows its full address, a link to another site its address,
  // and a reference whose text already is its address shows it once.
  expect(await after('.article__body a[href*="/articles/from-laptops-to-warehouses/"]')).toMatch(/^" \(https?:\/\/[^)]+\/articles\/from-laptops-to-warehouses\/\)"$/);
  expect(await after('.references a[href^="http"]')).toBe('none');
  expect(await after('.article__body a[href^="#"]')).toBe('none');
  // No chart taller than about a third of a page, so no figure leaves a near-empty page behind it.
  for (const h of await page.locator('.figure__plot svg.plot--wide').evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().height))) {
    expect(h).toBeLessThanOrEqual((9 / 2.54) * 96 + 1);
  }
  if (jsEnabled()) {
    // Chromium's own PDF: a real multi-page document.
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
  }
});
