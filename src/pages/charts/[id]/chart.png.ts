import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { buildChart } from '../../../charts/build.ts';
import { absolute, url } from '../../../site.ts';
import { standaloneSvg, pngFromSvg } from '../../../charts/image.ts';

/** The chart as a PNG (1440 px wide) with title and source drawn in. */
export const getStaticPaths: GetStaticPaths = () => charts.map((c) => ({ params: { id: c.id } }));

export const GET: APIRoute = async ({ params, site }) => {
  const svg = standaloneSvg(buildChart(params.id!), absolute(url(`charts/${params.id}/`), site));
  return new Response(new Uint8Array(await pngFromSvg(svg)), { headers: { 'Content-Type': 'image/png' } });
};
