import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { downloadPng, prefetchChartImages } from '../../../charts/chartImages.ts';

/** The chart as a PNG (1440 px wide) with title and source drawn in. */
export const getStaticPaths: GetStaticPaths = () => {
  prefetchChartImages(import.meta.env.SITE);
  return charts.map((c) => ({ params: { id: c.id } }));
};

export const GET: APIRoute = async ({ params, site }) =>
  new Response(new Uint8Array(await downloadPng(params.id!, 'en', site)), { headers: { 'Content-Type': 'image/png' } });
