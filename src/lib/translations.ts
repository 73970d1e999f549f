/**
 * Published translations of the pieces, each with its English original and how far it has drifted from it
 * (src/i18n/drift.ts). Mismatched evidence stops the build, naming file and line; a translation that is behind its
 * original is reported and built with a note to readers.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { publishedArticles, type Article } from './articles.ts';
import { fileDrift } from '../i18n/drift.ts';
import type { Lang } from '../i18n/lang.ts';

export interface Translation { article: CollectionEntry<'articlesEs'>; original: Article; behind: boolean }

let all: Promise<Translation[]> | undefined;

/** The published pieces in a language: the English originals, or the translations into another language. */
export async function piecesIn(lang: Lang): Promise<(Article | CollectionEntry<'articlesEs'>)[]> {
  return lang === 'en' ? publishedArticles() : (await publishedTranslations()).map((t) => t.article);
}

export function publishedTranslations(): Promise<Translation[]> {
  all ??= (async () => {
    const originals = new Map((await publishedArticles()).map((a) => [a.id, a]));
    const pieces = await getCollection('articlesEs', (a) => import.meta.env.DEV || !a.data.draft);
    const out: Translation[] = [];
    const errors: string[] = [];
    for (const article of pieces.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))) {
      const file = `content/es/articles/${article.id}.mdx`;
      const original = originals.get(article.id);
      if (!original) {
        errors.push(`${file}:1: no English piece content/articles/${article.id}.mdx to translate (a translation has its original's file name)`);
        continue;
      }
      const drift = fileDrift(`content/articles/${article.id}.mdx`, file, article.data.follows);
      errors.push(...drift.mismatched.map((p) => `${p.file}:${p.line}: ${p.message}`));
      for (const p of drift.behind) console.warn(`Translation behind its original: ${p.file}:${p.line}: ${p.message}`);
      out.push({ article, original, behind: drift.behind.length > 0 });
    }
    if (errors.length) throw new Error(`Translations that do not match their originals:\n  ${errors.join('\n  ')}`);
    return out;
  })();
  return all;
}
