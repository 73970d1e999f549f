/**
 * Stand-alone images of a chart for downloads and share cards: the build-time SVG with its title,
 * subtitle and source line drawn in, light theme, fonts embedded from an npm package (no network).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { LIGHT_PALETTE } from './defaults.ts';
import type { BuiltChart } from './build.ts';
import { SITE } from '../site.ts';

const require = createRequire(import.meta.url);
const FONTS = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((f) => require.resolve(`@expo-google-fonts/inter/${f}`));

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap by an average character width: good enough for one font at one size. */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > maxChars && line) { lines.push(line); line = word; }
    else line = (line + ' ' + word).trim();
  }
  if (line) lines.push(line);
  return lines;
}

/** Resolves the palette's CSS variables to light-theme colours, so the SVG stands alone. */
export function resolveColours(svg: string): string {
  // Page colours used by specs (e.g. text halos in the page background) resolve to the light page.
  const page: Record<string, string> = { '--bg': '#ffffff', '--fg': '#1b1d21' };
  return svg.replace(/var\((--[a-z0-9-]+)\)/g, (m, name: string) => LIGHT_PALETTE[name] ?? page[name] ?? '#1b1d21');
}

export function standaloneSvg(b: BuiltChart, siteUrl: string): string {
  const W = 720;
  const pad = 40;
  const inner = W - 2 * pad;
  const title = wrap(b.def.title, 50);
  const subtitle = b.def.subtitle ? wrap(b.def.subtitle, 92) : [];
  const source = wrap(`Source: ${b.credits.map((c) => `${c.source.name} (${c.licence.name})`).join('; ')}. Chart: ${SITE.name}, ${siteUrl}`, 110);
  let y = pad;
  const out: string[] = [];
  for (const l of title) { y += 26; out.push(`<text x="${pad}" y="${y}" font-size="22" font-weight="700">${escape(l)}</text>`); }
  y += 6;
  for (const l of subtitle) { y += 19; out.push(`<text x="${pad}" y="${y}" font-size="14" fill="#4a4f57">${escape(l)}</text>`); }
  y += 16;
  const chartH = Math.round((b.wide.height / b.wide.width) * inner);
  const chart = resolveColours(b.wide.svg)
    .replace(/^<svg[^>]*>/, (tag) => tag.replace(/ (font-family|font-size|fill|class|width|height|x|y)="[^"]*"/g, ''))
    .replace(/^<svg/, `<svg x="${pad}" y="${y}" width="${inner}" height="${chartH}" color="#1b1d21" font-family="Inter" font-size="11"`)
    ;
  y += chartH + 18;
  for (const l of source) { y += 16; out.push(`<text x="${pad}" y="${y}" font-size="12" fill="#4a4f57">${escape(l)}</text>`); }
  const H = y + pad;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="Inter" fill="#1b1d21"><rect width="100%" height="100%" fill="#ffffff"/>${out.join('')}${chart}</svg>\n`;
}

/** PNG at twice the SVG's size, rasterised with resvg using the bundled Inter font only. */
export function pngFromSvg(svg: string, width = 1440): Buffer {
  const r = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Inter' },
    background: '#ffffff',
  });
  return r.render().asPng();
}

