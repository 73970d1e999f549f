/**
 * Where rasterised chart images are cached between builds (src/charts/image.ts writes, scripts/build.ts prunes).
 * Outside node_modules because `npm ci` deletes that; RENDER_CACHE_DIR moves it (the bench and tests do).
 */
export const RENDER_CACHE = process.env.RENDER_CACHE_DIR ?? '.cache/png';
