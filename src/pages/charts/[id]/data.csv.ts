import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart, chartPaths } from '../../../charts/build.ts';
import { chartCsv } from '../../../publish/chartCsv.ts';

/** The chart's plotted rows as CSV (src/publish/chartCsv.ts). */
export const getStaticPaths: GetStaticPaths = () => chartPaths('en');

export const GET: APIRoute = ({ params }) =>
  new Response(chartCsv(buildChart(params.id!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
