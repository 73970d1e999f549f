import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart, chartPaths } from '../../../charts/build.ts';

/**
 * What Explore needs to redraw a chart in the browser: every plotted row (all fields the spec reads, not only the
 * table's columns) and the chart's context. For charts with view options or controls; fetched when a reader explores
 * or a calculator starts.
 */
export const getStaticPaths: GetStaticPaths = () => chartPaths('en', (c) => c.view || c.controls);

export const GET: APIRoute = ({ params }) => {
  const { def, rows, context } = buildChart(params.id!);
  const columns = def.columns.map(({ key, label, unit }) => ({ key, label, unit: unit ?? null }));
  return new Response(JSON.stringify({ rows, context: context ?? null, columns }), { headers: { 'Content-Type': 'application/json' } });
};
