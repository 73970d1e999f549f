import type { APIRoute, GetStaticPaths } from 'astro';
import { allDatasets, readme } from '../../../publish/siteData.ts';

/** /data/<dataset>/README.txt: source, licence, attribution, citation, files with their columns, caveats, corrections. */
export const getStaticPaths: GetStaticPaths = () => allDatasets().map((ds) => ({ params: { dataset: ds.meta.id } }));

export const GET: APIRoute = ({ params, site }) =>
  new Response(readme(params.dataset!, site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
