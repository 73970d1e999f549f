/**
 * Runs in a worker thread (src/charts/image.ts starts a pool of them): rasterises one SVG with resvg and encodes the
 * PNG with sharp. Nothing here may use TypeScript-only syntax, since Node loads this file itself, outside Vite.
 * In a worker, neither the drawing, the encoding nor the 6 MB pixel buffer in between touches the build's main
 * thread, which meanwhile renders pages.
 */
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import type { PngOptions } from 'sharp';

// One thread per worker: the pool already has one worker per core.
sharp.concurrency(1);

export interface RasterTask {
  svg: string;
  width: number;
  fonts: string[];
  png: PngOptions;
}

export default async function rasterise({ svg, width, fonts, png }: RasterTask): Promise<Uint8Array> {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: 'Inter' },
    background: '#ffffff',
  }).render();
  // The background is opaque, so the alpha channel carries nothing.
  const out = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).removeAlpha().png(png).toBuffer();
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}
