import { test, expect } from '@playwright/test';

// Each piece links to its lesson pack, in its language, and so does the educators' page; the pack downloads as a ZIP.
for (const [prefix, name] of [['', 'Lesson pack (ZIP)'], ['/es', 'Material para clase (ZIP)']] as const) {
  test(`a piece and the educators' page link to the lesson pack ${prefix || '(English)'}`, { tag: '@once' }, async ({ page, request }) => {
    const piece = `${prefix}/articles/the-cost-of-a-coin/`;
    await page.goto(piece);
    const link = page.getByRole('link', { name });
    await expect(link).toHaveAttribute('href', `${piece}lesson-pack.zip`);
    await expect(link).toHaveAttribute('download', /\.zip$/);
    const res = await request.get(`${piece}lesson-pack.zip`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/zip');
    const body = await res.body();
    expect([...body.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // a ZIP
    await page.goto(`${prefix}/for-educators/`);
    const packs = page.getByRole('link', { name });
    expect(await packs.count()).toBe(8);
    await expect(page.locator(`a[href="${piece}lesson-pack.zip"]`)).toHaveCount(1);
  });
}
