import { test, expect } from '@playwright/test';
import { jsEnabled } from './helpers.ts';

// The piece "The cost of a coin" and the calculator's operating-cost control (electricity share of operating costs).
const PAGE = '/articles/the-cost-of-a-coin/';
const n = (s: string | null) => Number(s!.replace(/[$,]/g, ''));

test('cost of a coin: operating cost = electricity ÷ share; defaults without JS, share kept in the URL with JS', async ({ page }) => {
  await page.goto(PAGE);
  const fig = page.locator('figure[data-figure="cost-per-coin-calculator"]');
  const electricity = fig.locator('[data-output="1"]');
  const operating = fig.locator('[data-output="3"]');
  await expect(fig.locator('dt').nth(3)).toHaveText('Operating cost per coin');
  // Defaults (computed at build): electricity is 80 % of operating costs.
  expect(n(await operating.textContent()) * 0.8).toBeCloseTo(n(await electricity.textContent()), -1);
  for (const id of ['cost-per-coin-vs-price', 'electricity-share-of-coin-price', 'cbeci-consumption-by-price']) {
    await expect(page.locator(`figure[data-figure="${id}"] svg.plot--wide`)).toBeAttached();
  }
  if (!jsEnabled()) {
    await expect(fig.locator('.figure__params')).toContainText('electricity share of operating costs 80 %');
    return;
  }
  const form = fig.locator('form.figure__controls');
  await fig.scrollIntoViewIfNeeded();
  await expect(form).toBeVisible();
  const before = (await electricity.textContent())!;
  const operatingBefore = (await operating.textContent())!;
  await form.locator('input[name="share"]').fill('50');
  await expect(operating).not.toHaveText(operatingBefore);
  // At 50 % the operating cost is twice the electricity cost (each rounded to the dollar).
  expect(Math.abs(n(await operating.textContent()) - 2 * n(before))).toBeLessThanOrEqual(1);
  await expect(electricity).toHaveText(before); // the share does not change the electricity bill
  await expect(page).toHaveURL(/cost-per-coin-calculator\.share=50/);

  // A shared URL restores the scenario; at 100 % operating cost equals the electricity cost.
  await page.goto(`${PAGE}?cost-per-coin-calculator.share=100`);
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('input[name="share"]')).toHaveValue('100');
  await expect(operating).toHaveText(before);
});
