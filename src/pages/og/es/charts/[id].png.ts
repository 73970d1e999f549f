import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart } from '../../../../charts/build.ts';
import { translatedCharts } from '../../../../charts/translations.ts';
import { chartCardSvg, sharePng } from '../../../../lib/shareImage.ts';

/** Share image of a Spanish chart page (1200 × 630 PNG): its Spanish title over the Spanish chart. */
export const getStaticPaths: GetStaticPaths = () => translatedCharts('es').map((id) => ({ params: { id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(await sharePng(chartCardSvg(buildChart(params.id!, undefined, 'es'), 'Gráfico con datos y fuentes')), { headers: { 'Content-Type': 'image/png' } });
