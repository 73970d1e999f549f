import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPaths } from '../../../charts/build.ts';
import { downloadSvg } from '../../../charts/chartImages.ts';

/** The chart as a stand-alone SVG with title and source drawn in (light theme). */
export const getStaticPaths: GetStaticPaths = () => chartPaths('en');

export const GET: APIRoute = ({ params, site }) =>
  new Response(downloadSvg(params.id!, 'en', site), { headers: { 'Content-Type': 'image/svg+xml' } });
