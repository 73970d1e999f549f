import { test, expect } from '@playwright/test';
import { jsEnabled } from './helpers.ts';

const PAGE = '/charts/cost-per-coin-calculator/';

test('calculator: defaults without JS; controls update chart, outputs and URL with JS', async ({ page }) => {
  await page.goto(PAGE);
  const fig = page.locator('figure[data-figure="cost-per-coin-calculator"]');
  const cost = fig.locator('[data-output="1"]');
  const initial = (await cost.textContent())!;
  expect(initial).toMatch(/^\$[\d,]+$/);
  await expect(fig.locator('svg.plot--wide')).toBeVisible();
  if (!jsEnabled()) {
    await expect(fig.locator('form.figure__controls')).toBeHidden();
    await expect(fig.locator('.figure__nojs')).toBeVisible(); // says why there are no controls
    await expect(fig.locator('.figure__params')).toContainText('electricity price');
    return;
  }
  const form = fig.locator('form.figure__controls');
  await expect(form).toBeVisible();
  await expect(fig.locator('.figure__nojs')).toBeHidden();
  const before = await fig.locator('svg.plot--wide').innerHTML();
  // Doubling the electricity price doubles the electricity cost per coin.
  await form.locator('input[name="price"]').fill('0.1');
  await expect(cost).not.toHaveText(initial);
  const n = (s: string) => Number(s.replace(/[$,]/g, ''));
  const doubled = n((await cost.textContent())!);
  expect(Math.abs(doubled / n(initial) - 2)).toBeLessThan(0.01);
  expect(await fig.locator('svg.plot--wide').innerHTML()).not.toBe(before);
  await expect(page).toHaveURL(/cost-per-coin-calculator\.price=0\.1/);
  await expect(fig.locator('.figure__params')).toContainText('electricity price $0.100/kWh');

  // The shared URL restores the scenario.
  await page.goto(page.url());
  await expect(fig.locator('input[name="price"]')).toHaveValue('0.1');
  await expect(cost).toHaveText((await cost.textContent())!);
  expect(n((await cost.textContent())!)).toBeCloseTo(doubled, -1);
});
