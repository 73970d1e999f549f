import type { APIRoute, GetStaticPaths } from 'astro';
import { getChart } from '../../../../charts/registry.ts';
import { buildChart } from '../../../../charts/build.ts';
import { translatedCharts } from '../../../../charts/translations.ts';

/** The tooltip points of a chart translated into Spanish, with Spanish labels (see src/pages/charts/[id]/points.json.ts). */
export const getStaticPaths: GetStaticPaths = () => translatedCharts('es').filter((id) => getChart(id).tip).map((id) => ({ params: { id } }));

export const GET: APIRoute = ({ params }) => {
  const { wide, narrow } = buildChart(params.id!, undefined, 'es');
  return new Response(JSON.stringify({ wide: wide.points, narrow: narrow.points }), { headers: { 'Content-Type': 'application/json' } });
};
