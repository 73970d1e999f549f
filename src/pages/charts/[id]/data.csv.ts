import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { buildChart } from '../../../charts/build.ts';
import { chartCsv } from '../../../publish/chartCsv.ts';

/** The chart's plotted rows as CSV (src/publish/chartCsv.ts). */
export const getStaticPaths: GetStaticPaths = () => charts.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(chartCsv(buildChart(params.id!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
