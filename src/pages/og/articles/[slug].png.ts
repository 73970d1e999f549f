import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedArticles } from '../../../lib/articles.ts';
import { textCardSvg, sharePng } from '../../../lib/shareImage.ts';

/** Share image of a piece (1200 × 630 PNG): headline and standfirst. Used for og:image and twitter:image. */
export const getStaticPaths: GetStaticPaths = async () =>
  (await publishedArticles()).map((a) => ({ params: { slug: a.id }, props: { title: a.data.title, dek: a.data.dek } }));

export const GET: APIRoute = async ({ props }) => {
  const svg = textCardSvg({ kicker: 'Explainer', title: props.title, dek: props.dek, footer: 'Read the piece, check the data' });
  return new Response(await sharePng(svg), { headers: { 'Content-Type': 'image/png' } });
};
