import { test, expect } from '@playwright/test';
import { jsEnabled } from './helpers.ts';

// A number computed from the data (<Num>) says what it is and where it comes from on keyboard focus, hover and tap,
// in an accessible tip (not a title attribute that phones never show), with JavaScript on and off.
const PIECE = '/articles/the-cost-of-a-coin/';

test('a number shows its provenance on keyboard focus and hover, and Esc dismisses it', async ({ page }) => {
  await page.goto(PIECE);
  const num = page.locator('.num[data-num]').first();
  await expect(num).not.toHaveAttribute('title');
  const tip = page.locator(`#${await num.getAttribute('aria-describedby')}`);
  await expect(tip).toBeHidden();
  // Keyboard: Tab reaches the number.
  for (let i = 0; i < 200 && !(await num.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(num).toBeFocused();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Source:');
  await expect(tip).toContainText('Bitcoin network hashrate');
  if (jsEnabled()) {
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
  }
  await num.blur();
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await num.hover();
  await expect(tip).toBeVisible();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });
  test('a tap shows a number\'s provenance; with JavaScript a second tap hides it', async ({ page }) => {
    await page.goto(PIECE);
    const num = page.locator('.num[data-num]').first();
    const tip = page.locator(`#${await num.getAttribute('aria-describedby')}`);
    await num.scrollIntoViewIfNeeded();
    await num.tap();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('Source:');
    // On a phone the tip sits at the foot of the screen, inside it.
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    if (jsEnabled()) {
      await num.tap();
      await expect(tip).toBeHidden();
    }
  });
});

test('a Spanish number says where it comes from in Spanish', async ({ page }) => {
  await page.goto(`/es${PIECE}`);
  const num = page.locator('.num[data-num]').first();
  await num.focus();
  const tip = page.locator(`#${await num.getAttribute('aria-describedby')}`);
  await expect(tip).toContainText('Fuente:');
  await expect(tip).toContainText('Tasa de hash de la red Bitcoin');
});
