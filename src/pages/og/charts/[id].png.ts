import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPaths } from '../../../charts/build.ts';
import { cardPng, prefetchChartImages } from '../../../charts/chartImages.ts';

/** Share image of a chart (1200 × 630 PNG): title and the build-time chart, light theme. */
export const getStaticPaths: GetStaticPaths = () => {
  prefetchChartImages(import.meta.env.SITE);
  return chartPaths('en');
};

export const GET: APIRoute = async ({ params }) =>
  new Response(await cardPng(params.id!, 'en'), { headers: { 'Content-Type': 'image/png' } });
