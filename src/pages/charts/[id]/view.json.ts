import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { buildChart } from '../../../charts/build.ts';

/**
 * What Explore needs to redraw a chart in the browser: every plotted row (all fields the spec reads, not only the
 * table's columns) and the chart's context. For charts with view options or controls; fetched when a reader explores
 * or a calculator starts.
 */
export const getStaticPaths: GetStaticPaths = () => charts.filter((c) => c.view || c.controls).map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = ({ params }) => {
  const { def, rows, context } = buildChart(params.id!);
  const columns = def.columns.map(({ key, label, unit }) => ({ key, label, unit: unit ?? null }));
  return new Response(JSON.stringify({ rows, context: context ?? null, columns }), { headers: { 'Content-Type': 'application/json' } });
};
