/**
 * Which pages exist in which language, for the language switcher, hreflang alternates, the sitemap and navigation.
 * Every Spanish page has an English original at the same path; an English page has a Spanish counterpart when it is
 * one of the translated site pages or a piece with a translation.
 */
import { getCollection } from 'astro:content';
import { inLang, splitLang, type Lang } from './lang.ts';
import { translatedCharts } from '../charts/translations.ts';
import { listDatasetIds } from '../datasets/load.ts';

/** Site pages (not pieces or charts) that exist in Spanish, as site-relative paths without the language prefix. */
export const SITE_PAGES_ES = ['', 'about/', 'glossary/', 'search/', 'for-educators/', 'charts/', 'changelog/', 'data/', 'methods/'];

let paths: Promise<Set<string>> | undefined;
/** Every page path (without prefix) that exists in Spanish. */
export function spanishPaths(): Promise<Set<string>> {
  paths ??= getCollection('articlesEs', (a) => import.meta.env.DEV || !a.data.draft).then(
    (pieces) => new Set([...SITE_PAGES_ES, ...pieces.map((p) => `articles/${p.id}/`), ...translatedCharts('es').map((id) => `charts/${id}/`), ...listDatasetIds().map((id) => `data/${id}/`)]),
  );
  return paths;
}

/** The same page in every language it exists in, as site-relative paths: { en: 'about/', es: 'es/about/' }. */
export async function pageVersions(sitePath: string): Promise<Partial<Record<Lang, string>>> {
  const [, rest] = splitLang(sitePath);
  const es = await spanishPaths();
  return es.has(rest) ? { en: inLang('en', rest), es: inLang('es', rest) } : { [splitLang(sitePath)[0]]: sitePath };
}
