/**
 * Screenshots of built pages for a human to look at (not a test).
 * Usage: node scripts/screenshots.ts <outDir> <path> [path...]   (needs a server: npm start)
 * Env: WIDTHS=390,1280 THEMES=light,dark JS=on|off BASE=http://127.0.0.1:4321 FULL=1
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { findChromium } from './browser.ts';

const [outDir = '/tmp/shots', ...paths] = process.argv.slice(2);
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const themes = (process.env.THEMES ?? 'light,dark').split(',') as ('light' | 'dark')[];
const base = process.env.BASE ?? 'http://127.0.0.1:4321';
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
for (const path of paths.length ? paths : ['/']) {
  for (const width of widths) {
    for (const colorScheme of themes) {
      const context = await browser.newContext({
        viewport: { width, height: 900 }, colorScheme, javaScriptEnabled: process.env.JS !== 'off', deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      await page.goto(base + path, { waitUntil: 'networkidle' });
      if (process.env.SCROLL) { await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight)); await page.waitForTimeout(500); await page.evaluate(() => window.scrollTo(0, 0)); }
      const name = `${path.replace(/\W+/g, '_') || 'home'}-${width}-${colorScheme}${process.env.JS === 'off' ? '-nojs' : ''}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL === '1' });
      console.log(`${outDir}/${name}`);
      await context.close();
    }
  }
}
await browser.close();
