import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedTranslations } from '../../../../lib/translations.ts';
import { lessonPack, lessonPackKey, type PackPiece } from '../../../../publish/lessonPack.ts';

/** /es/articles/<slug>/lesson-pack.zip: the lesson pack of a piece in Spanish (src/publish/lessonPack.ts). */
export const getStaticPaths: GetStaticPaths = async () =>
  (await publishedTranslations()).map(({ article: a }) => {
    const piece: PackPiece = { id: a.id, body: a.body ?? '', data: a.data };
    return { params: { slug: a.id }, props: { piece }, cacheKey: lessonPackKey(piece, 'es') };
  });

export const GET: APIRoute = async ({ props, site }) =>
  new Response(new Uint8Array(await lessonPack((props as { piece: PackPiece }).piece, 'es', site)), { headers: { 'Content-Type': 'application/zip' } });
