import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { cardPng, prefetchChartImages } from '../../../charts/chartImages.ts';

/** Share image of a chart (1200 × 630 PNG): title and the build-time chart, light theme. */
export const getStaticPaths: GetStaticPaths = () => {
  prefetchChartImages(import.meta.env.SITE);
  return charts.map((c) => ({ params: { id: c.id } }));
};

export const GET: APIRoute = async ({ params }) =>
  new Response(await cardPng(params.id!, 'en'), { headers: { 'Content-Type': 'image/png' } });
