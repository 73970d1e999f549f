import type { APIRoute, GetStaticPaths } from 'astro';
import { chartPaths } from '../../../../charts/build.ts';
import { downloadSvg } from '../../../../charts/chartImages.ts';

/** The Spanish chart as a download (SVG), its title, subtitle and source line in Spanish (see src/pages/charts/[id]/chart.svg.ts). */
export const getStaticPaths: GetStaticPaths = () => chartPaths('es');

export const GET: APIRoute = ({ params, site }) =>
  new Response(downloadSvg(params.id!, 'es', site), { headers: { 'Content-Type': 'image/svg+xml' } });
