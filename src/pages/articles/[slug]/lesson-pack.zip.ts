import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedArticles } from '../../../lib/articles.ts';
import { lessonPack, type PackPiece } from '../../../publish/lessonPack.ts';

/** /articles/<slug>/lesson-pack.zip: the piece's lesson pack (src/publish/lessonPack.ts). */
export const getStaticPaths: GetStaticPaths = async () =>
  (await publishedArticles()).map((a) => ({ params: { slug: a.id }, props: { piece: { id: a.id, body: a.body ?? '', data: a.data } } }));

export const GET: APIRoute = async ({ props, site }) =>
  new Response(new Uint8Array(await lessonPack((props as { piece: PackPiece }).piece, 'en', site)), { headers: { 'Content-Type': 'application/zip' } });
