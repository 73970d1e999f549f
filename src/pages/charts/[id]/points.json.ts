import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChart, chartPaths } from '../../../charts/build.ts';

/**
 * The tooltip layer's points (SVG coordinates and label) for both widths. Fetched when a figure nears the
 * viewport, so a piece's HTML stays small: inline, they were a third of the biggest pages.
 */
export const getStaticPaths: GetStaticPaths = () => chartPaths('en', (c) => c.tip);

export const GET: APIRoute = ({ params }) => {
  const { wide, narrow } = buildChart(params.id!);
  return new Response(JSON.stringify({ wide: wide.points, narrow: narrow.points }), { headers: { 'Content-Type': 'application/json' } });
};
