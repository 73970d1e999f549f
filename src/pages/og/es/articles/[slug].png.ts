import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedTranslations } from '../../../../lib/translations.ts';
import { textCardSvg, sharePng } from '../../../../lib/shareImage.ts';

/** Share image of a piece in Spanish (1200 × 630 PNG): its Spanish headline and standfirst. */
export const getStaticPaths: GetStaticPaths = async () =>
  (await publishedTranslations()).map(({ article: a }) => ({ params: { slug: a.id }, props: { title: a.data.title, dek: a.data.dek } }));

export const GET: APIRoute = async ({ props }) => {
  const svg = textCardSvg({ kicker: 'Explicación con datos', title: props.title, dek: props.dek, footer: 'Lee el artículo, revisa los datos' });
  return new Response(await sharePng(svg), { headers: { 'Content-Type': 'image/png' } });
};
