/**
 * Stand-alone images of a chart for downloads and share cards: the build-time SVG with its title,
 * subtitle and source line drawn in, light theme, fonts embedded from an npm package (no network).
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import Piscina from 'piscina';
import sharp from 'sharp';
import { LIGHT_PALETTE } from './defaults.ts';
import type { BuiltChart } from './build.ts';
import { SITE } from '../site.ts';
import { inputsHash, readCached, writeCached } from '../lib/renderCache.ts';
import { FONTS_KEY, checkImageText, imageFonts } from './imageFonts.ts';
import type { RasterTask } from './rasterWorker.ts';

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

/** Inter, which the PNGs are drawn with; a browser showing the SVG itself (a download, the gallery's thumbnails) has
 * no web fonts here, so it falls back to the reader's system font rather than its default serif. */
const FONT_STACK = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/** Width and height of an SVG written by standaloneSvg, for an <img> that takes its place before it loads. */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /^<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg);
  if (!m) throw new Error('svgSize: not an SVG with a width and height');
  return { width: Number(m[1]), height: Number(m[2]) };
}

/**
 * Four rectangles in `fill` around the box (x, y, w, h) of a W × H image. Drawn over a chart whose <svg> lets its
 * content overflow, they cut it off at its box exactly as the <svg>'s own clip would, but resvg fills four rectangles
 * instead of drawing the chart into a full-size layer and masking it (about 11 ms less CPU per download PNG,
 * measured on the site's 30 charts).
 */
export function frameAround(x: number, y: number, w: number, h: number, W: number, H: number, fill: string): string {
  const r = (rx: number, ry: number, rw: number, rh: number) => (rw > 0 && rh > 0 ? `<rect x="${rx}" y="${ry}" width="${rw}" height="${rh}" fill="${fill}"/>` : '');
  return r(0, 0, W, y) + r(0, y + h, W, H - y - h) + r(0, y, x, h) + r(x + w, y, W - x - w, h);
}

export function standaloneSvg(b: BuiltChart, siteUrl: string): string {
  const W = 720;
  const pad = 40;
  const inner = W - 2 * pad;
  const title = wrap(b.def.title, 50);
  const subtitle = b.def.subtitle ? wrap(b.def.subtitle, 92) : [];
  const [sourceWord, chartWord] = b.lang === 'es' ? ['Fuente', 'Gráfico'] : ['Source', 'Chart'];
  // 12 px Inter averages about 6 px a character, capitals and wide letters more: 96 keeps the widest lines measured
  // (tests/e2e/standalone.spec.ts, every chart in both languages) inside the 640 px between the margins.
  const source = wrap(`${sourceWord}: ${b.credits.map((c) => `${c.source.name} (${c.licence.name})`).join('; ')}. ${chartWord}: ${SITE.name}, ${siteUrl}`, 96);
  let y = pad;
  const out: string[] = [];
  for (const l of title) { y += 26; out.push(`<text x="${pad}" y="${y}" font-size="22" font-weight="700">${escape(l)}</text>`); }
  y += 6;
  for (const l of subtitle) { y += 19; out.push(`<text x="${pad}" y="${y}" font-size="14" fill="#4a4f57">${escape(l)}</text>`); }
  y += 16;
  const chartH = Math.round((b.wide.height / b.wide.width) * inner);
  const chart = resolveColours(b.wide.svg)
    .replace(/^<svg[^>]*>/, (tag) => tag.replace(/ (font-family|font-size|fill|class|width|height|x|y)="[^"]*"/g, ''))
    .replace(/^<svg/, `<svg x="${pad}" y="${y}" width="${inner}" height="${chartH}" overflow="visible" color="#1b1d21" font-family="${FONT_STACK}" font-size="11"`)
    ;
  const chartY = y;
  y += chartH + 18;
  for (const l of source) { y += 16; out.push(`<text x="${pad}" y="${y}" font-size="12" fill="#4a4f57">${escape(l)}</text>`); }
  const H = y + pad;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="${FONT_STACK}" fill="#1b1d21"><rect width="100%" height="100%" fill="#ffffff"/>${chart}${frameAround(pad, chartY, inner, chartH, W, H, '#ffffff')}${out.join('')}</svg>\n`;
}

/**
 * Rasterised images are cached by a hash of everything that decides their bytes: the SVG text (which holds the rows,
 * the spec's output, the palette and the title), the width, the worker's code, the versions of resvg and sharp (with
 * its libraries), the PNG options and the fonts (src/charts/imageFonts.ts). An unchanged chart
 * is not rasterised again, in one build or the next; a changed one has a new key, so a stale image is never used.
 * The folder (src/lib/renderCache.ts) survives between builds, CI keeps it (pages.yml), a build drops the files it
 * did not use (scripts/build.ts), and deleting it is always safe.
 */
/** How the pixels become a PNG. sharp (libvips) instead of resvg's own encoder: about half the time, and an opaque RGB
 * file is a third smaller than resvg's RGBA one (measured on a synthetic 1440 px chart: 15 vs 35 ms, 60 vs 95 KB). */
const PNG_OPTIONS = { compressionLevel: 6, adaptiveFiltering: false } as const;
/** The worker is loaded by Node from the source folder (Vite does not bundle it into the build), found from the
 * project root, where every build and test runs. Its text is part of the cache key, like the versions and fonts. */
const WORKER = resolve('src/charts/rasterWorker.ts');
const INPUTS = inputsHash([WORKER], ['@resvg/resvg-js']).update(JSON.stringify(sharp.versions)).update(JSON.stringify(PNG_OPTIONS)).update(FONTS_KEY).digest('hex');

/** resvg allocates with mimalloc, which by default hands a freed pixel buffer back to the system within 10 ms, so the
 * next image faults every page in again: half of a download PNG's system time (13.9 → 6.9 ms measured). Kept, the
 * memory is reused. Set here, in the build's process before its workers load resvg (a worker's process.env is a copy). */
process.env.MIMALLOC_PURGE_DELAY ??= '-1';

/** One worker per core, started at the first image that is not cached. */
let pool: Piscina | undefined;
function rasterPool(): Piscina {
  pool ??= new Piscina({ filename: WORKER, maxThreads: availableParallelism(), minThreads: 0, idleTimeout: 1000 });
  return pool;
}

/** A whole PNG: the signature and the closing IEND chunk (a file cut short by a crash is not one). */
const isPng = (b: Buffer) => b.length > 20 && b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])) && b.subarray(-8, -4).toString('latin1') === 'IEND';

/** Images being rasterised, by cache key: a second request for one (a prefetch, then its page) waits for the same work. */
const inFlight = new Map<string, Promise<Buffer>>();

/** The render-cache key of the PNG of `svg` at `width` px. */
export const pngKey = (svg: string, width = 1440): string => createHash('sha256').update(INPUTS).update(String(width)).update('\0').update(svg).digest('hex');

/** PNG at twice the SVG's size, rasterised with resvg using the bundled Inter font only (cut down, imageFonts.ts) in a
 * worker thread, so pages built side by side rasterise on every core; or taken from the cache. */
export async function pngFromSvg(svg: string, width = 1440): Promise<Buffer> {
  checkImageText(svg);
  const key = pngKey(svg, width);
  let png = inFlight.get(key);
  if (!png) {
    png = cachedOrRasterised(svg, width, key).finally(() => inFlight.delete(key));
    inFlight.set(key, png);
  }
  return png;
}

async function cachedOrRasterised(svg: string, width: number, key: string): Promise<Buffer> {
  const hit = readCached(key, 'png');
  if (hit && isPng(hit)) return hit;
  const task: RasterTask = { svg, width, fonts: await imageFonts(), png: PNG_OPTIONS };
  const png = Buffer.from(await rasterPool().run(task));
  writeCached(key, 'png', png);
  return png;
}
