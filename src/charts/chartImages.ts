/**
 * A chart's two images, defined once for the routes, the lesson packs and the prefetch: the download (the stand-alone
 * SVG with title and source, and its PNG) and the share card. The prefetch starts rasterising every chart's images
 * while Astro renders pages, so the raster workers and the page renderer run side by side instead of taking turns
 * (back-to-back 1,000-chart builds on 2 cores: 83.8 s without it, 73.5 s with it).
 */
import { buildChart } from './build.ts';
import { charts } from './registry.ts';
import { translatedCharts } from './translations.ts';
import { pngFromSvg, standaloneSvg } from './image.ts';
import { chartCardSvg, sharePng } from '../lib/shareImage.ts';
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

export const cardPng = (id: string, lang: Lang): Promise<Uint8Array<ArrayBuffer>> =>
  forChart(id, lang, sharePng(chartCardSvg(buildChart(id, undefined, lang), CARD_FOOTER[lang])));

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
  const queue: [string, Lang][] = [...charts.map((c): [string, Lang] => [c.id, 'en']), ...translatedCharts('es').map((id): [string, Lang] => [id, 'es'])];
  const drain = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const [id, lang] = job;
      try {
        await Promise.all([downloadPng(id, lang, site), cardPng(id, lang)]);
      } catch {
        // reported by the route
      }
    }
  };
  for (let i = 0; i < AHEAD; i++) void drain();
}
