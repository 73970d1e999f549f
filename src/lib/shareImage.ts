/**
 * Share images (Open Graph / Twitter cards), 1200 × 630 PNG, drawn at build time: no remote fonts or
 * services. Text uses the Inter font files bundled in an npm package (see src/charts/image.ts); a chart's
 * card rasterises its build-time SVG with the palette's CSS variables replaced by the light-theme colours.
 */
import { frameAround, pngFromSvg, resolveColours, wrap } from '../charts/image.ts';
import type { BuiltChart } from '../charts/build.ts';
import { SITE } from '../site.ts';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
const PAD = 64;
const INK = '#1b1d21';
const SOFT = '#4a4f57';
const ACCENT = '#b4570b';
const PAPER = '#fbfaf7';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Largest font size (of the given ones) at which the text fits in maxLines; Inter averages ~0.55 em per character. */
function fit(text: string, sizes: number[], maxLines: number, width = SHARE_WIDTH - 2 * PAD): { size: number; lines: string[] } {
  for (const size of sizes) {
    const lines = wrap(text, Math.floor(width / (size * 0.55)));
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes[sizes.length - 1];
  const lines = wrap(text, Math.floor(width / (size * 0.55))).slice(0, maxLines);
  lines[maxLines - 1] = lines[maxLines - 1].replace(/\s*\S*$/, ' …');
  return { size, lines };
}

/** The card: its background, then `under` (a chart and the frame that cuts it off), then the rest on top. */
function frame(body: string, footer: string, under = ''): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}" font-family="Inter" fill="${INK}">` +
    `<rect width="100%" height="100%" fill="${PAPER}"/>${under}<rect width="12" height="100%" fill="${ACCENT}"/>` +
    body +
    `<text x="${PAD}" y="${SHARE_HEIGHT - 40}" font-size="24" font-weight="700" fill="${ACCENT}">${escape(SITE.name)}</text>` +
    `<text x="${SHARE_WIDTH - PAD}" y="${SHARE_HEIGHT - 40}" font-size="22" fill="${SOFT}" text-anchor="end">${escape(footer)}</text>` +
    `</svg>`;
}

/** A piece (or page): kicker, headline and standfirst. */
export function textCardSvg(o: { kicker: string; title: string; dek: string; footer?: string }): string {
  const title = fit(o.title, [68, 58, 50], 3);
  const dek = fit(o.dek, [32, 28], title.lines.length > 2 ? 2 : 3);
  let y = PAD + 30;
  const out = [`<text x="${PAD}" y="${y}" font-size="24" font-weight="700" fill="${SOFT}" letter-spacing="2">${escape(o.kicker.toUpperCase())}</text>`];
  y += 28;
  for (const l of title.lines) { y += title.size * 1.12; out.push(`<text x="${PAD}" y="${y}" font-size="${title.size}" font-weight="700">${escape(l)}</text>`); }
  y += 22;
  for (const l of dek.lines) { y += dek.size * 1.3; out.push(`<text x="${PAD}" y="${y}" font-size="${dek.size}" fill="${SOFT}">${escape(l)}</text>`); }
  return frame(out.join(''), o.footer ?? '');
}

/** A chart: its title over the build-time SVG (wide variant), scaled to fit, light theme. */
export function chartCardSvg(b: BuiltChart, footer: string): string {
  const title = fit(b.def.title, [44, 38, 32], 2);
  let y = PAD - 8;
  const out: string[] = [];
  for (const l of title.lines) { y += title.size * 1.15; out.push(`<text x="${PAD}" y="${y}" font-size="${title.size}" font-weight="700">${escape(l)}</text>`); }
  y += 20;
  const h = SHARE_HEIGHT - y - 90;
  const chart = resolveColours(b.wide.svg)
    .replace(/^<svg[^>]*>/, (tag) => tag.replace(/ (font-family|font-size|fill|class|width|height|x|y|preserveAspectRatio)="[^"]*"/g, ''))
    .replace(/^<svg/, `<svg x="${PAD}" y="${y}" width="${SHARE_WIDTH - 2 * PAD}" height="${h}" preserveAspectRatio="xMidYMid meet" overflow="visible" color="${INK}" font-family="Inter" font-size="11" fill="currentColor"`);
  return frame(out.join(''), footer, chart + frameAround(PAD, y, SHARE_WIDTH - 2 * PAD, h, SHARE_WIDTH, SHARE_HEIGHT, PAPER));
}

export async function sharePng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await pngFromSvg(svg, SHARE_WIDTH));
}
