import { test, expect } from '@playwright/test';

// The home page shows the site's one picture (the flagship's key chart, drawn at build time: there without
// JavaScript too) and a card per piece with its key chart's picture, its reading time and how current its data is.
const flagshipKey = 'two-arrows'; // content/articles/opposite-directions.mdx, keyChart

for (const [path, words] of [['/', { read: /\d+ min read/, asOf: /data as of \d/ }], ['/es/', { read: /\d+ min de lectura/, asOf: /datos hasta el \d/ }]] as const) {
  test(`the home page ${path}: the central chart first, a picture, reading time and data date on every card`, async ({ page, request }) => {
    await page.goto(path);
    const picture = page.locator('.home__picture');
    await expect(picture.locator(`figure[data-figure="${flagshipKey}"] svg.plot`).first()).toBeVisible();
    await expect(picture.locator('.figure__summary')).not.toBeEmpty();
    // It comes before the list of pieces.
    expect(await page.evaluate(() => document.querySelector('.home__picture')!.compareDocumentPosition(document.querySelector('.card-list')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
    const cards = page.locator('.card');
    expect(await cards.count()).toBe(8);
    for (const card of await cards.all()) {
      await expect(card.locator('.meta')).toContainText(words.read);
      await expect(card.locator('.meta')).toContainText(words.asOf);
    }
    // Every card but the flagship's (its chart is drawn above) has its key chart's stand-alone SVG, sized before it loads.
    const pictures = page.locator('.card img.card__picture');
    expect(await pictures.count()).toBe(7);
    for (const img of await pictures.all()) {
      const src = (await img.getAttribute('src'))!;
      expect(src).toMatch(new RegExp(`^${path}charts/[a-z0-9-]+/chart\\.svg$`));
      expect(Number(await img.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(await img.getAttribute('height'))).toBeGreaterThan(0);
      expect((await img.getAttribute('alt'))!.length).toBeGreaterThan(5);
      const res = await request.get(src);
      expect(res.status(), src).toBe(200);
      expect(res.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    }
    // The card of the piece that chose its key chart shows that chart.
    await expect(page.locator(`.card:has(a[href="${path}articles/following-cheap-power/"]) img`)).toHaveAttribute('src', `${path}charts/country-share-maps/chart.svg`);
  });
}
