import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart, chartPaths } from '../../../charts/build.ts';
import { absolute, url } from '../../../site.ts';
import { loadDataset } from '../../../datasets/load.ts';
import { provenance } from '../../../publish/provenance.ts';
import { reuseLicence } from '../../../lib/reuseLicence.ts';

/** The plotted rows with their columns, units, sources, licences and citation. */
export const getStaticPaths: GetStaticPaths = () => chartPaths('en');

export const GET: APIRoute = ({ params, site }) => {
  const { def, rows, summary, credits } = buildChart(params.id!);
  const reuse = reuseLicence(credits);
  const body = {
    chart: def.id,
    title: def.title,
    url: absolute(url(`charts/${def.id}/`), site),
    summary,
    // The licence the chart and this download can be reused under: its data's, when NonCommercial or ShareAlike.
    licence: { name: reuse.name, url: reuse.url, because: reuse.because },
    columns: def.columns.map(({ key, label, unit }) => ({ key, label, unit: unit ?? null })),
    sources: def.datasets.map((id) => provenance(loadDataset(id).meta)),
    rows: rows.map((r) => Object.fromEntries(def.columns.map((c) => [c.key, r[c.key] ?? null]))),
  };
  return new Response(JSON.stringify(body, null, 1) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
