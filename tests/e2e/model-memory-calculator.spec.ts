import { test, expect } from '@playwright/test';
import { jsEnabled } from './helpers.ts';

const PAGE = '/charts/model-memory-calculator/';

test('model-memory calculator: defaults without JS; controls update chart, outputs and URL with JS; the URL restores the state', async ({ page }) => {
  await page.goto(PAGE);
  const fig = page.locator('figure[data-figure="model-memory-calculator"]');
  const model = fig.locator('[data-output="0"]');
  const weights = fig.locator('[data-output="1"]');
  const total = fig.locator('[data-output="2"]');
  const verdict = fig.locator('[data-output="3"]');
  // Defaults, computed at build: Phi-3-mini, 3.8 billion parameters, 4 bits, 20 % overhead, 8 GB device.
  await expect(model).toHaveText('Phi-3-mini: 3.8 billion parameters');
  await expect(weights).toHaveText('1.77 GiB at 4 bits (1.9 billion bytes)');
  await expect(total).toHaveText('2.12 GiB (+20 %)');
  await expect(verdict).toHaveText('Fits: 27 % of 8 GiB');
  await expect(fig.locator('svg.plot--wide')).toBeVisible();
  if (!jsEnabled()) {
    await expect(fig.locator('form.figure__controls')).toBeHidden();
    await expect(fig.locator('.figure__params')).toContainText('bits per weight 4 bits');
    await expect(fig.locator('.figure__params')).toContainText('overhead on top of the weights 20 %');
    await expect(fig.locator('.figure__params')).not.toContainText('size');
    return;
  }
  const form = fig.locator('form.figure__controls');
  await expect(form).toBeVisible();
  const n = (s: string | null) => Number(s!.replace(/[^\d.].*$/, ''));
  const before = await fig.locator('svg.plot--wide').innerHTML();

  // 16 bits per weight need four times the memory of 4 bits, and no longer fit in 8 GB.
  await form.locator('select[name="bits"]').selectOption('16');
  await expect(weights).toContainText('at 16 bits');
  expect(n(await weights.textContent()) / 1.77).toBeCloseTo(4, 1);
  await expect(verdict).toHaveText(/^Too big: /);
  expect(await fig.locator('svg.plot--wide').innerHTML()).not.toBe(before);
  await expect(page).toHaveURL(/model-memory-calculator\.bits=16/);
  await expect(fig.locator('.figure__params')).toContainText('bits per weight 16 bits');

  // The size field applies only to "Other": hidden (and left out of the assumptions line) while a preset is chosen.
  const size = form.locator('input[name="size"]');
  await expect(size).toBeEnabled();
  await expect(size).toBeHidden();
  await expect(fig.locator('.figure__params')).not.toContainText('size');

  // "Other" uses the typed size; a bigger device makes it fit again.
  await form.locator('select[name="model"]').selectOption('other');
  await expect(size).toBeVisible();
  await expect(fig.locator('.figure__params')).toContainText('size of the other model 7 billion parameters');
  await form.locator('input[name="size"]').fill('1');
  await expect(model).toHaveText('Other model: 1 billion parameters');
  await expect(weights).toHaveText('1.86 GiB at 16 bits (2 billion bytes)');
  // A range input cannot be typed into: set it as a drag would, with an input event.
  await form.locator('input[name="overhead"]').evaluate((el: HTMLInputElement) => { el.value = '0'; el.dispatchEvent(new Event('input', { bubbles: true })); });
  await expect(total).toHaveText('1.86 GiB (+0 %)');
  await form.locator('select[name="device"]').selectOption('4');
  await expect(verdict).toHaveText('Fits: 47 % of 4 GiB');
  await expect(page).toHaveURL(/model-memory-calculator\.model=other/);
  await expect(page).toHaveURL(/model-memory-calculator\.size=1(&|$)/);
  await expect(page).toHaveURL(/model-memory-calculator\.device=4/);
  await expect(fig.locator('.figure__params')).toContainText('model other; size of the other model 1 billion parameters');

  // Back to a preset: the size field goes again.
  await form.locator('select[name="model"]').selectOption('mistral-7b');
  await expect(size).toBeHidden();
  await expect(fig.locator('.figure__params')).not.toContainText('size');
  await form.locator('select[name="model"]').selectOption('other');
  await expect(size).toBeVisible();

  // The shared URL restores the scenario.
  await page.goto(page.url());
  await expect(fig.locator('select[name="model"]')).toHaveValue('other');
  await expect(fig.locator('select[name="bits"]')).toHaveValue('16');
  await expect(fig.locator('input[name="size"]')).toHaveValue('1');
  await expect(fig.locator('input[name="size"]')).toBeVisible();
  await expect(model).toHaveText('Other model: 1 billion parameters');
  await expect(total).toHaveText('1.86 GiB (+0 %)');
  await expect(verdict).toHaveText('Fits: 47 % of 4 GiB');
});

test('model-memory calculator in the article: a preset from the URL, no JS shows the defaults', async ({ page }) => {
  await page.goto('/articles/ai-in-your-pocket/?model-memory-calculator.model=llama-3.3-70b');
  const fig = page.locator('figure[data-figure="model-memory-calculator"]');
  const model = fig.locator('[data-output="0"]');
  if (!jsEnabled()) {
    await expect(model).toHaveText('Phi-3-mini: 3.8 billion parameters');
    return;
  }
  await expect(model).toHaveText('Llama 3.3 70B: 70 billion parameters');
  // 70 billion × 4 bits ÷ 8 = 35 billion bytes = 32.6 GiB.
  await expect(fig.locator('[data-output="1"]')).toHaveText('32.6 GiB at 4 bits (35 billion bytes)');
  await expect(fig.locator('[data-output="3"]')).toHaveText(/^Too big: 4\.9 × 8 GiB$/);
});

// JavaScript on only (@once): without it the controls are not shown at all.
test('model-memory calculator: before its script has run, the size field is already hidden (no shift when enabled)', { tag: '@once' }, async ({ page }) => {
  // Hold back the calculator's script: this is the first paint, controls laid out but disabled.
  await page.route('**/_astro/explore.*.js', (route) => route.abort());
  await page.goto(PAGE);
  const fig = page.locator('figure[data-figure="model-memory-calculator"]');
  const form = fig.locator('form.figure__controls');
  await expect(form).toBeVisible();
  await expect(form.locator('select[name="model"]')).toBeDisabled();
  await expect(form.locator('input[name="size"]')).toBeHidden();
  const before = await form.boundingBox();
  await page.unroute('**/_astro/explore.*.js');
  await page.goto(PAGE);
  await expect(form.locator('select[name="model"]')).toBeEnabled();
  await expect(form.locator('input[name="size"]')).toBeHidden();
  expect((await form.boundingBox())!.height).toBe(before!.height);
});
