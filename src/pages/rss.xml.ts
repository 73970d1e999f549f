import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { publishedArticles } from '../lib/articles.ts';
import { SITE, url } from '../site.ts';

/** RSS feed of the published pieces (drafts never appear), newest first. */
export const GET: APIRoute = async ({ site }) => {
  const pieces = (await publishedArticles()).sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.data.order - b.data.order,
  );
  return rss({
    title: SITE.name,
    description: SITE.tagline,
    site: new URL(url(), site),
    trailingSlash: true,
    items: pieces.map((a) => ({
      title: a.data.title,
      link: url(`articles/${a.id}/`),
      pubDate: a.data.published,
      description: a.data.summary,
      categories: a.data.tags,
    })),
    customData: `<language>${SITE.lang}</language>`,
  });
};
