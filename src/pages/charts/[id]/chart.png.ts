import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPaths } from '../../../charts/build.ts';
import { downloadPng, prefetchChartImages } from '../../../charts/chartImages.ts';

/** The chart as a PNG (1440 px wide) with title and source drawn in. */
export const getStaticPaths: GetStaticPaths = () => {
  prefetchChartImages(import.meta.env.SITE);
  return chartPaths('en');
};

export const GET: APIRoute = async ({ params, site }) =>
  new Response(new Uint8Array(await downloadPng(params.id!, 'en', site)), { headers: { 'Content-Type': 'image/png' } });
