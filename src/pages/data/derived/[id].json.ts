import type { APIRoute, GetStaticPaths } from 'astro';
import { derivedSeries, derivedSeriesById } from '../../../data/derivedSeries.ts';
import { loadDataset } from '../../../datasets/load.ts';

/** A derived series with its columns, units and the sources (with licences and citations) it is computed from. */
export const getStaticPaths: GetStaticPaths = () => derivedSeries.map((s) => ({ params: { id: s.id } }));

export const GET: APIRoute = ({ params }) => {
  const s = derivedSeriesById(params.id!);
  const sources = s.datasets.map((id) => {
    const m = loadDataset(id).meta;
    return { dataset: id, title: m.title, source: m.source, licence: m.licence, citation: m.citation, dataAsOf: m.dataAsOf };
  });
  const body = { id: s.id, title: s.title, description: s.description, columns: s.columns, sources, rows: s.rows() };
  return new Response(JSON.stringify(body) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
