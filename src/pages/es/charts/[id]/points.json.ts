import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart, chartPaths } from '../../../../charts/build.ts';

/** The tooltip points of a chart translated into Spanish, with Spanish labels (see src/pages/charts/[id]/points.json.ts). */
export const getStaticPaths: GetStaticPaths = () => chartPaths('es', (c) => c.tip);

export const GET: APIRoute = ({ params }) => {
  const { wide, narrow } = buildChart(params.id!, undefined, 'es');
  return new Response(JSON.stringify({ wide: wide.points, narrow: narrow.points }), { headers: { 'Content-Type': 'application/json' } });
};
