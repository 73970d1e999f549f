import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { buildChart } from '../../../charts/build.ts';
import { toCsv } from '../../../publish/csv.ts';

/** Exactly the plotted rows of a chart, with the chart's columns, as CSV. Credits are in data.json and on the page. */
export const getStaticPaths: GetStaticPaths = () => charts.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = ({ params }) => {
  const { def, rows } = buildChart(params.id!);
  return new Response(toCsv(def.columns.map((c) => c.key), rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
