import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart } from '../../../../charts/build.ts';
import { translatedCharts } from '../../../../charts/translations.ts';
import { absolute, url } from '../../../../site.ts';
import { standaloneSvg, pngFromSvg } from '../../../../charts/image.ts';

/** The Spanish chart as a download (PNG), its title, subtitle and source line in Spanish (see src/pages/charts/[id]/chart.png.ts). */
export const getStaticPaths: GetStaticPaths = () => translatedCharts('es').map((id) => ({ params: { id } }));

export const GET: APIRoute = async ({ params, site }) => {
  const svg = standaloneSvg(buildChart(params.id!, undefined, 'es'), absolute(url(`es/charts/${params.id}/`), site));
  return new Response(new Uint8Array(await pngFromSvg(svg)), { headers: { 'Content-Type': 'image/png' } });
};
