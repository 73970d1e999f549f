import { it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

// The cache folder is read when the module is loaded: point it at an empty folder first.
const dir = mkdtempSync(join(tmpdir(), 'image-fonts-'));
process.env.RENDER_CACHE_DIR = dir;
let fonts: typeof import('../../src/charts/imageFonts.ts');
beforeAll(async () => { fonts = await import('../../src/charts/imageFonts.ts'); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const draw = (svg: string, files: string[]) =>
  new Resvg(svg, { font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'Inter' }, background: '#ffffff' }).render().pixels;

it('cuts Inter down to a smaller file that draws the same pixels', async () => {
  const cut = await fonts.imageFonts();
  expect(cut).toHaveLength(2);
  for (const [i, f] of cut.entries()) {
    expect(f.startsWith(dir)).toBe(true);
    expect(statSync(f).size).toBeLessThan(statSync(fonts.FONT_FILES[i]).size / 2);
  }
  // Text from the charts in both languages, kerned pairs, both weights, the symbols the legends and notes use.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="120"><text x="10" y="40" font-size="22">AVATAR To Wa ¿Cuánto cuesta? Paraguay, Etiopía — 10⁸ × 2² ≈ → ≥ ■ “€ $ ¢”</text>` +
    `<text x="10" y="90" font-size="22" font-weight="700">Minería y energía: ñandú, Itaipú – 1.5 TWh · 42 %</text></svg>`;
  const full = draw(svg, fonts.FONT_FILES);
  const same = draw(svg, cut);
  expect(Buffer.compare(full, same)).toBe(0);
  // And the comparison can fail: without the bold face the second line is drawn differently.
  expect(Buffer.compare(full, draw(svg, cut.slice(0, 1)))).not.toBe(0);
  // Made once: a second call returns the same files.
  expect(await fonts.imageFonts()).toEqual(cut);
});

it('stops at a character the cut-down fonts do not have, naming it and its text', () => {
  expect(() => fonts.checkImageText('<svg><text>Hashrate, 2010–2025 &amp; “forecast” ≈ 10⁸</text></svg>')).not.toThrow();
  expect(() => fonts.checkImageText('<svg><text x="1"><tspan>Power Ω</tspan></text></svg>'))
    .toThrow(/"Ω" \(U\+03A9\) in "Power Ω".*IMAGE_CHARACTERS in src\/charts\/imageFonts\.ts/);
  // Entities are read as the characters they stand for.
  expect(() => fonts.checkImageText('<svg><text>&#x4E2D;</text></svg>')).toThrow(/U\+4E2D/);
  // Only drawn text counts: a tooltip <title> or an attribute is not drawn into the PNG.
  expect(() => fonts.checkImageText('<svg><title>中文</title><text aria-label="中">ok</text></svg>')).not.toThrow();
});
