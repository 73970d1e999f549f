import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { buildChart } from '../../../charts/build.ts';
import { absolute, url } from '../../../site.ts';
import { standaloneSvg } from '../../../charts/image.ts';

/** The chart as a stand-alone SVG with title and source drawn in (light theme). */
export const getStaticPaths: GetStaticPaths = () => charts.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = ({ params, site }) => {
  const svg = standaloneSvg(buildChart(params.id!), absolute(url(`charts/${params.id}/`), site));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
