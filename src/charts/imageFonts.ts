/**
 * The fonts the chart images (src/charts/image.ts) are drawn with: Inter from its npm package, cut down to the
 * characters listed here. resvg reads the whole font file again for every glyph it draws, about 450 times per
 * download image, so a file a third the size saves some 7 ms of CPU per image (measured on the synthetic charts).
 * Every layout feature is kept, so the glyphs, kerning and widths of the characters kept are Inter's own: the PNGs
 * of the site's 60 charts came out pixel for pixel the same.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { RENDER_CACHE, inputsHash, touch, writeAtomic } from '../lib/renderCache.ts';

const require = createRequire(import.meta.url);
export const FONT_FILES = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((f) => require.resolve(`@expo-google-fonts/inter/${f}`));

/** Unicode blocks kept: Latin (English and Spanish and more), general punctuation, super- and subscripts, currency,
 * letterlike symbols, arrows, mathematical operators and geometric shapes (the ■ of legends). */
export const IMAGE_CHARACTERS: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], [0xa0, 0x24f], [0x2000, 0x22ff], [0x25a0, 0x25ff],
];

const inRanges = (cp: number) => IMAGE_CHARACTERS.some(([a, b]) => cp >= a && cp <= b);

/** What decides the subset's bytes: the fonts, the characters and the subsetter. Part of every image's cache key. */
export const FONTS_KEY = inputsHash(FONT_FILES, ['subset-font']).update(JSON.stringify(IMAGE_CHARACTERS)).digest('hex');

let subsets: Promise<string[]> | undefined;

/** Paths of the cut-down font files, made once and kept in the render cache (deleting it is always safe). */
export function imageFonts(): Promise<string[]> {
  subsets ??= Promise.all(FONT_FILES.map(async (font, i) => {
    const file = join(RENDER_CACHE, 'fonts', `${FONTS_KEY.slice(0, 16)}-${i}.ttf`);
    if (touch(file)) return file;
    let text = '';
    for (const [a, b] of IMAGE_CHARACTERS) for (let c = a; c <= b; c++) text += String.fromCodePoint(c);
    const ttf = await subsetFont(readFileSync(font), text, { targetFormat: 'truetype' });
    writeAtomic(file, ttf);
    return file;
  }));
  return subsets;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (m, hex: string, dec: string, name: string) =>
  hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : ENTITIES[name] ?? m);

/**
 * Stops the build at a character the image fonts do not have: resvg would leave it out of the PNG without a word.
 * Only what is drawn counts: the text of <text> elements (and their <tspan>s), not <title> or attributes.
 */
export function checkImageText(svg: string): void {
  for (const m of svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)) {
    const text = decode(m[1].replace(/<[^>]*>/g, ''));
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0x20 && !inRanges(cp)) {
        throw new Error(`chart image: the character "${ch}" (U+${cp.toString(16).toUpperCase().padStart(4, '0')}) in "${text.trim()}" is not in the fonts the PNGs are drawn with. ` +
          'Use another character, or add its Unicode block to IMAGE_CHARACTERS in src/charts/imageFonts.ts.');
      }
    }
  }
}
