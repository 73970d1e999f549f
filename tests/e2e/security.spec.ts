import { test, expect } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { builtPages } from './helpers.ts';

const DIST = process.env.ASTRO_OUT_DIR ?? 'dist';

test('_headers: a CSP per page without unsafe-inline; only /embed/ may be framed', { tag: '@once' }, () => {
  const headers = readFileSync(`${DIST}/_headers`, 'utf8');
  const blocks = headers.split(/\n\n/).map((b) => b.trim().split('\n'));
  for (const page of builtPages(DIST)) {
    const path = page.replace(/\.html$/, '');
    const block = blocks.find((b) => b[0] === path);
    expect(block, `headers for ${path}`).toBeTruthy();
    const csp = block!.find((l) => l.includes('Content-Security-Policy'))!;
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain(path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'none'");
  }
  expect(headers).toContain('X-Content-Type-Options: nosniff');
  expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  // Every CSV download is declared UTF-8.
  expect(blocks.find((b) => b[0] === '/charts/hashrate-eras/data.csv')).toEqual(['/charts/hashrate-eras/data.csv', '  Content-Type: text/csv; charset=utf-8']);
});

test('the site works under a base path (/sub/)', async ({ page }) => {
  expect(existsSync('dist-sub/index.html'), 'npm test builds dist-sub with BASE_PATH=/sub/ first').toBe(true);
  const files = sirv('dist-sub', { dev: true });
  const server = createServer((req, res) => {
    if (!req.url!.startsWith('/sub/')) { res.writeHead(404); res.end(); return; }
    req.url = req.url!.slice(4);
    files(req, res, () => { res.writeHead(404); res.end(); });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const failed: string[] = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  try {
    await page.goto(`http://127.0.0.1:${port}/sub/`);
    await page.locator('.card h3 a').first().click();
    await expect(page).toHaveURL(/\/sub\/articles\//);
    await expect(page.locator('figure svg.plot').first()).toBeAttached();
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.filter((h) => !h.startsWith('/sub/'))).toEqual([]);
    expect(failed).toEqual([]);
  } finally {
    server.close();
  }
});
