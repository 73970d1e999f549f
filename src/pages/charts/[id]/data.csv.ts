import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { buildChart } from '../../../charts/build.ts';
import { toCsv } from '../../../publish/csv.ts';
import { columnHeading } from '../../../charts/types.ts';

/**
 * Exactly the plotted rows of a chart as CSV, headed as the data table is ("Hashrate, 30-day mean (EH/s)"): people open
 * it in a spreadsheet. The machine keys ("ehs"), with label and unit, are in data.json; credits are there and on the page.
 */
export const getStaticPaths: GetStaticPaths = () => charts.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = ({ params }) => {
  const { def, rows } = buildChart(params.id!);
  const keyed = rows.map((r) => Object.fromEntries(def.columns.map((c) => [columnHeading(c), r[c.key]])));
  return new Response(toCsv(def.columns.map(columnHeading), keyed), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
