import type { Article } from './articles.ts';
import { piecesIn } from './translations.ts';
import type { Lang } from '../i18n/lang.ts';

/** Which published pieces in a language place a chart (read from their MDX: <Figure chart="id" />). */
export async function piecesUsingChart(id: string, lang: Lang = 'en') {
  const articles = await piecesIn(lang);
  const pattern = new RegExp(`<Figure[^>]*\\bchart=["']${id}["']`);
  return articles.filter((a) => pattern.test(a.body ?? ''));
}

/** Chart ids placed in one piece, in order of appearance. */
export function chartsInArticle(article: Pick<Article, 'body'>): string[] {
  return [...(article.body ?? '').matchAll(/<Figure[^>]*\bchart=["']([a-z0-9-]+)["']/g)].map((m) => m[1]);
}
