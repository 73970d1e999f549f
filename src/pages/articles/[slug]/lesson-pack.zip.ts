import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedArticles } from '../../../lib/articles.ts';
import { lessonPack, lessonPackKey, type PackPiece } from '../../../publish/lessonPack.ts';

/** /articles/<slug>/lesson-pack.zip: the piece's lesson pack (src/publish/lessonPack.ts). */
export const getStaticPaths: GetStaticPaths = async () =>
  (await publishedArticles()).map((a) => {
    const piece: PackPiece = { id: a.id, body: a.body ?? '', data: a.data };
    return { params: { slug: a.id }, props: { piece }, cacheKey: lessonPackKey(piece, 'en') };
  });

export const GET: APIRoute = async ({ props, site }) =>
  new Response(new Uint8Array(await lessonPack((props as { piece: PackPiece }).piece, 'en', site)), { headers: { 'Content-Type': 'application/zip' } });
