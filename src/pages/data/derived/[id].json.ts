import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadableSeries, seriesById } from '../../../series/registry.ts';
import { derivedJsonText } from '../../../publish/siteData.ts';

/** /data/derived/<id>.json: a derived series with its columns, units, and its source datasets' licences and citations. */
export const getStaticPaths: GetStaticPaths = () => downloadableSeries().map((s) => ({ params: { id: s.id } }));

export const GET: APIRoute = ({ params, site }) =>
  new Response(derivedJsonText(seriesById(params.id!), site), { headers: { 'Content-Type': 'application/json' } });
