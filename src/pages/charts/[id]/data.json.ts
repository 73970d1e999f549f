import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { buildChart } from '../../../charts/build.ts';
import { absolute, url } from '../../../site.ts';

/** The plotted rows with their columns, units, sources, licences and citation. */
export const getStaticPaths: GetStaticPaths = () => charts.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = ({ params, site }) => {
  const { def, rows, credits, summary } = buildChart(params.id!);
  const body = {
    chart: def.id,
    title: def.title,
    url: absolute(url(`charts/${def.id}/`), site),
    summary,
    columns: def.columns.map(({ key, label, unit }) => ({ key, label, unit: unit ?? null })),
    sources: credits.map((c) => ({ dataset: c.id, title: c.title, source: c.source, licence: c.licence, dataAsOf: c.dataAsOf, citation: c.citation })),
    rows: rows.map((r) => Object.fromEntries(def.columns.map((c) => [c.key, r[c.key] ?? null]))),
  };
  return new Response(JSON.stringify(body, null, 1) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
