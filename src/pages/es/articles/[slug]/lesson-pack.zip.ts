import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedTranslations } from '../../../../lib/translations.ts';
import { lessonPack, type PackPiece } from '../../../../publish/lessonPack.ts';

/** /es/articles/<slug>/lesson-pack.zip: the lesson pack of a piece in Spanish (src/publish/lessonPack.ts). */
export const getStaticPaths: GetStaticPaths = async () =>
  (await publishedTranslations()).map(({ article: a }) => ({ params: { slug: a.id }, props: { piece: { id: a.id, body: a.body ?? '', data: a.data } } }));

export const GET: APIRoute = async ({ props, site }) =>
  new Response(new Uint8Array(await lessonPack((props as { piece: PackPiece }).piece, 'es', site)), { headers: { 'Content-Type': 'application/zip' } });
