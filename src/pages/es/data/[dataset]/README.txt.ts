import type { APIRoute, GetStaticPaths } from 'astro';
import { allDatasets, readme } from '../../../../publish/siteData.ts';

/** /es/data/<dataset>/README.txt: the README of /data/<dataset>/README.txt in Spanish, for the Spanish pages' downloads. */
export const getStaticPaths: GetStaticPaths = () => allDatasets().map((ds) => ({ params: { dataset: ds.meta.id } }));

export const GET: APIRoute = ({ params, site }) =>
  new Response(readme(params.dataset!, site, 'es'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
