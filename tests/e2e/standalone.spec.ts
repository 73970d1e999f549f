/**
 * The stand-alone chart images (chart.svg, and the PNGs drawn from it with Inter): every line of the title, subtitle
 * and source fits inside the image's margins. Measured in Chromium with Inter, the font the PNGs are drawn with.
 */
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const DIR = process.env.ASTRO_OUT_DIR ?? 'dist';
const require = createRequire(import.meta.url);
const font = (weight: number, file: string) =>
  `@font-face{font-family:Inter;font-weight:${weight};src:url(data:font/ttf;base64,${readFileSync(require.resolve(`@expo-google-fonts/inter/${file}`)).toString('base64')})}`;
const FONTS = font(400, '400Regular/Inter_400Regular.ttf') + font(700, '700Bold/Inter_700Bold.ttf');
const images = ['charts', 'es/charts'].flatMap((dir) => readdirSync(join(DIR, dir))
  .map((id) => `${dir}/${id}/chart.svg`).filter((f) => existsSync(join(DIR, f))));

test('every line of a stand-alone chart image stays inside its margins @once', async ({ page }) => {
  expect(images.length).toBeGreaterThan(40);
  await page.setContent(`<style>${FONTS}</style><p style="font-family:Inter">Inter <b>Inter</b></p><div id="chart"></div>`);
  await page.evaluate(() => document.fonts.ready);
  const over: string[] = [];
  for (const file of images) {
    const overflow = await page.evaluate((svg) => {
      const box = document.getElementById('chart')!;
      box.innerHTML = svg;
      const root = box.querySelector('svg')!;
      const right = root.viewBox.baseVal.width - 40;
      // The lines drawn around the chart (title, subtitle, source) are the root's own <text> elements.
      return [...root.querySelectorAll(':scope > text')].map((t) => ({ text: t.textContent!, end: (t as SVGTextElement).getBBox().x + (t as SVGTextElement).getBBox().width }))
        .filter((t) => t.end > right + 0.5).map((t) => `${Math.round(t.end - right)} px over: "${t.text}"`);
    }, readFileSync(join(DIR, file), 'utf8'));
    over.push(...overflow.map((o) => `${file}: ${o}`));
  }
  expect(over).toEqual([]);
});
