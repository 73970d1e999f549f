import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPaths } from '../../../../charts/build.ts';
import { cardPng, prefetchChartImages } from '../../../../charts/chartImages.ts';

/** Share image of a Spanish chart page (1200 × 630 PNG): its Spanish title over the Spanish chart. */
export const getStaticPaths: GetStaticPaths = () => {
  prefetchChartImages(import.meta.env.SITE);
  return chartPaths('es');
};

export const GET: APIRoute = async ({ params }) =>
  new Response(await cardPng(params.id!, 'es'), { headers: { 'Content-Type': 'image/png' } });
