/**
 * Where rendered charts are cached between builds: PNGs (src/charts/image.ts) and SVG variants
 * (src/charts/svgCache.ts) write here, and what the build's checks read from each page (scripts/pageFacts.ts);
 * scripts/build.ts prunes what a build did not use.
 * Outside node_modules because `npm ci` deletes that; RENDER_CACHE_DIR moves it (the bench and tests do).
 */
import { createRequire } from 'node:module';

export const RENDER_CACHE = process.env.RENDER_CACHE_DIR ?? '.cache/render';

const require = createRequire(import.meta.url);
/** An installed package's version: part of a cache key wherever the package decides the cached bytes. */
export const packageVersion = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;
