import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadableSeries, seriesById } from '../../../series/registry.ts';
import { derivedCsvText } from '../../../publish/siteData.ts';

/** /data/derived/<id>.csv: a derived series (its sources, licences and citations are in <id>.json and README.txt). */
export const getStaticPaths: GetStaticPaths = () => downloadableSeries().map((s) => ({ params: { id: s.id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(derivedCsvText(seriesById(params.id!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
