import type { APIRoute } from 'astro';
import { derivedReadme } from '../../../publish/siteData.ts';

/** /data/derived/README.txt: every derived series with its columns and the licences and citations of its sources. */
export const GET: APIRoute = ({ site }) =>
  new Response(derivedReadme(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
