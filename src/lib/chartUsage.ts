import { publishedArticles, type Article } from './articles.ts';

/** Which published pieces place each chart (read from their MDX: <Figure chart="id" />). */
export async function piecesUsingChart(id: string): Promise<Article[]> {
  const articles = await publishedArticles();
  const pattern = new RegExp(`<Figure[^>]*\\bchart=["']${id}["']`);
  return articles.filter((a) => pattern.test(a.body ?? ''));
}

/** Chart ids placed in one piece, in order of appearance. */
export function chartsInArticle(article: Pick<Article, 'body'>): string[] {
  return [...(article.body ?? '').matchAll(/<Figure[^>]*\bchart=["']([a-z0-9-]+)["']/g)].map((m) => m[1]);
}
