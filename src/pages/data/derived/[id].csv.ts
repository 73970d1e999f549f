import type { APIRoute, GetStaticPaths } from 'astro';
import { csvFormat } from 'd3';
import { derivedSeries, derivedSeriesById } from '../../../data/derivedSeries.ts';

/** A derived series as CSV (its sources, licences and citation are in the matching .json and on /data/). */
export const getStaticPaths: GetStaticPaths = () => derivedSeries.map((s) => ({ params: { id: s.id } }));

export const GET: APIRoute = ({ params }) => {
  const s = derivedSeriesById(params.id!);
  return new Response(csvFormat(s.rows(), s.columns.map((c) => c.name)) + '\n', { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
