import { getCollection, type CollectionEntry } from 'astro:content';
export { readingMinutes } from './readingMinutes.ts';

export type Article = CollectionEntry<'articles'>;

/** Published pieces in reading order; drafts only in dev. One place decides what is public. */
export async function publishedArticles(): Promise<Article[]> {
  const all = await getCollection('articles', (a) => import.meta.env.DEV || !a.data.draft);
  return all.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
