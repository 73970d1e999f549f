import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { buildChart } from '../../../charts/build.ts';
import { chartCardSvg, sharePng } from '../../../lib/shareImage.ts';

/** Share image of a chart (1200 × 630 PNG): title and the build-time chart, light theme. */
export const getStaticPaths: GetStaticPaths = () => charts.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(await sharePng(chartCardSvg(buildChart(params.id!))), { headers: { 'Content-Type': 'image/png' } });
