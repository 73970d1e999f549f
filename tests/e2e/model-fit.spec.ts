import { test, expect } from '@playwright/test';
import { jsEnabled } from './helpers.ts';

test('model-fit calculator: defaults without JS; bits change memory and URL with JS', async ({ page }) => {
  await page.goto('/articles/ai-in-your-pocket/');
  const fig = page.locator('figure[data-figure="model-fit-calculator"]');
  const total = fig.locator('[data-output="1"]');
  const initial = (await total.textContent())!;
  expect(initial).toMatch(/^[\d.]+ GB$/);
  if (!jsEnabled()) {
    await expect(fig.locator('form.figure__controls')).toBeHidden();
    await expect(fig.locator('.figure__params')).toContainText('4 bits');
    return;
  }
  const form = fig.locator('form.figure__controls');
  await fig.locator('.figure__plot').scrollIntoViewIfNeeded(); // controls load when the figure nears the viewport
  await expect(form).toBeVisible();
  // 16 bits need four times the memory of 4 bits.
  await form.locator('select[name="bits"]').selectOption('16');
  await expect(total).not.toHaveText(initial);
  const gb = (s: string) => Number(s.replace(' GB', ''));
  expect(gb((await total.textContent())!) / gb(initial)).toBeCloseTo(4, 1);
  await expect(page).toHaveURL(/model-fit-calculator\.bits=16/);
  await page.goto(page.url());
  await expect(fig.locator('select[name="bits"]')).toHaveValue('16');
});
