import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { publishedTranslations } from '../../lib/translations.ts';
import { SITE, url } from '../../site.ts';
import { UI } from '../../i18n/ui.ts';

/** RSS feed of the pieces published in Spanish, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const pieces = (await publishedTranslations()).map((t) => t.article).sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.data.order - b.data.order,
  );
  return rss({
    title: `${SITE.name} (español)`,
    description: UI.es.tagline,
    site: new URL(url('es/'), site),
    trailingSlash: true,
    items: pieces.map((a) => ({
      title: a.data.title,
      link: url(`es/articles/${a.id}/`),
      pubDate: a.data.published,
      description: a.data.summary,
      categories: a.data.tags,
    })),
    customData: '<language>es</language>',
  });
};
