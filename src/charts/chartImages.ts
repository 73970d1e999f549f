/**
 * A chart's two images, defined once for the routes, the lesson packs and the prefetch: the download (the stand-alone
 * SVG with title and source, and its PNG) and the share card. The prefetch starts rasterising every chart's images
 * while Astro renders pages, so the raster workers and the page renderer run side by side instead of taking turns
 * (back-to-back 1,000-chart builds on 2 cores: 83.8 s without it, 73.5 s with it).
 */
import { createHash } from 'node:crypto';
import { buildChart, chartKey, drawingKey } from './build.ts';
import { charts } from './registry.ts';
import { translatedCharts } from './translations.ts';
import { pngFromSvg, pngKey, standaloneSvg } from './image.ts';
import { readCachedJson, touchCached, writeCached } from '../lib/renderCache.ts';
import { imageFonts } from './imageFonts.ts';
import { chartCiteInput } from './chartCitation.ts';
import { citeKey } from '../lib/cite.ts';
import { SHARE_WIDTH, chartCardSvg, sharePng } from '../lib/shareImage.ts';
import { absolute, url } from '../site.ts';
import { inLang, type Lang } from '../i18n/lang.ts';

type Site = URL | string | undefined;

const CARD_FOOTER: Record<Lang, string> = { en: 'Chart with data and sources', es: 'Gráfico con datos y fuentes' };

/** The download SVG: its source line names the chart page's address on `site`. */
export const downloadSvg = (id: string, lang: Lang, site: Site): string =>
  standaloneSvg(buildChart(id, undefined, lang), absolute(url(inLang(lang, `charts/${id}/`)), site));

/** A failure names the chart (a character the image fonts lack, say), whichever page asked for the image. */
const forChart = <T>(id: string, lang: Lang, image: Promise<T>): Promise<T> =>
  image.catch((e: Error) => { throw new Error(`chart "${id}" (${lang === 'en' ? `src/charts/defs/${id}.ts` : `src/charts/${lang}/${id}.ts`}): ${e.message}`, { cause: e }); });

export const downloadPng = (id: string, lang: Lang, site: Site): Promise<Buffer> => forChart(id, lang, pngFromSvg(downloadSvg(id, lang, site)));

const cardSvg = (id: string, lang: Lang): string => chartCardSvg(buildChart(id, undefined, lang), CARD_FOOTER[lang]);

export const cardPng = (id: string, lang: Lang): Promise<Uint8Array<ArrayBuffer>> => forChart(id, lang, sharePng(cardSvg(id, lang)));

/**
 * A chart's images in one language, prefetched: drawn and rasterised, or found in the render cache. What they are made
 * of (the drawing's key: code, rows, context, translation, installed packages, base path; the chart's page key:
 * content files; the site) decides their entries in the cache, so the entries are listed under a key of all that:
 * a rebuild in which the chart is unchanged (Astro then copies its pages) marks them as used and does nothing else,
 * where reading them took about 2 s of a 1,000-chart rebuild. The chart page's citation is listed too: that page,
 * copied, formats nothing, and the entry would otherwise be dropped and formatted again by the next build that
 * renders the page.
 */
async function prefetch(id: string, lang: Lang, site: Site): Promise<void> {
  const drawing = drawingKey(id, lang);
  const page = chartKey(id, lang);
  const key = drawing && page ? createHash('sha256').update(`${drawing}\0${page}\0${String(site)}`).digest('hex') : undefined;
  const listed = key ? readCachedJson(key, 'entries.json') : undefined;
  if (Array.isArray(listed) && listed.length && (listed as [string, string][]).every(([k, ext]) => touchCached(k, ext))) return;
  const download = downloadSvg(id, lang, site);
  const card = cardSvg(id, lang);
  await Promise.all([forChart(id, lang, pngFromSvg(download)), forChart(id, lang, sharePng(card))]);
  if (!key) return;
  const citation = citeKey(await chartCiteInput(id, lang, site));
  writeCached(key, 'entries.json', JSON.stringify([[pngKey(download), 'png'], [pngKey(card, SHARE_WIDTH), 'png'], [drawing, 'json'], [citation, 'json']]));
}

/** Charts rasterised at once by the prefetch: two keep both workers of a 2-core machine busy with a task queued behind each. */
const AHEAD = 2;
let started = false;

/**
 * Starts rasterising every chart's download and card, in both languages, in the background of a production build
 * (not under `astro dev`, which renders one page at a time). Called from the image routes' getStaticPaths, which Astro
 * runs before rendering any page; the routes then find each image rasterising or in the render cache (src/charts/image.ts).
 * A chart that fails is skipped here: its route fails on it too, and says which route it was.
 */
export function prefetchChartImages(site: Site): void {
  if (started || !import.meta.env.PROD) return;
  started = true;
  // The cut-down fonts are kept too, even when no image needs drawing: the prune would drop them otherwise.
  void imageFonts().catch(() => undefined);
  const queue: [string, Lang][] = [...charts.map((c): [string, Lang] => [c.id, 'en']), ...translatedCharts('es').map((id): [string, Lang] => [id, 'es'])];
  const drain = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const [id, lang] = job;
      try {
        await prefetch(id, lang, site);
      } catch {
        // reported by the route
      }
    }
  };
  for (let i = 0; i < AHEAD; i++) void drain();
}
