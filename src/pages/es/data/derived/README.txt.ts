import type { APIRoute } from 'astro';
import { derivedReadme } from '../../../../publish/siteData.ts';

/** /es/data/derived/README.txt: the README of the derived series in Spanish, for the Spanish data page. */
export const GET: APIRoute = ({ site }) =>
  new Response(derivedReadme(site, 'es'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
