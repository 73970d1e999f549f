import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPaths } from '../../../../charts/build.ts';
import { downloadPng, prefetchChartImages } from '../../../../charts/chartImages.ts';

/** The Spanish chart as a download (PNG), its title, subtitle and source line in Spanish (see src/pages/charts/[id]/chart.png.ts). */
export const getStaticPaths: GetStaticPaths = () => {
  prefetchChartImages(import.meta.env.SITE);
  return chartPaths('es');
};

export const GET: APIRoute = async ({ params, site }) =>
  new Response(new Uint8Array(await downloadPng(params.id!, 'es', site)), { headers: { 'Content-Type': 'image/png' } });
