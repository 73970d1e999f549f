import type { APIRoute, GetStaticPaths } from 'astro';
import { allDatasets } from '../../../lib/datasetSummary.ts';
import { loadDataset } from '../../../datasets/load.ts';

/** Plain-text provenance that travels with the downloads: source, licence, attribution, citation, caveats. */
export const getStaticPaths: GetStaticPaths = () => allDatasets().map((ds) => ({ params: { dataset: ds.meta.id } }));

export const GET: APIRoute = ({ params }) => {
  const m = loadDataset(params.dataset!).meta;
  const lines = [
    m.title, '', m.description, '',
    `Source: ${m.source.name} <${m.source.url}>`,
    `Licence: ${m.licence.name}${m.licence.url ? ` <${m.licence.url}>` : ''}`,
    `Attribution: ${m.licence.attribution}`,
    `Retrieved: ${m.retrieved}; data as of ${m.dataAsOf}`,
    `Cite as: ${m.citation}`, '',
    'Files:', ...m.files.map((f) => `- ${f.path}: ${f.description}${f.trimmed ? ` (trimmed: ${f.trimmed})` : ''}`), '',
    'Caveats:', ...m.caveats.map((c) => `- ${c}`),
    ...(m.corrections.length ? ['', 'Corrections applied by the loader:', ...m.corrections.map((c) => `- ${c.file}, ${JSON.stringify(c.rowKey)}, ${c.column}: ${c.from} -> ${c.to} (${c.reason})`)] : []),
  ];
  return new Response(lines.join('\n') + '\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
