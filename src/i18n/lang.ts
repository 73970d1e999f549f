/**
 * The site's languages: English at the root, Spanish under /es/. A page's path is the same in both, after the
 * language prefix (/charts/hashrate-eras/ and /es/charts/hashrate-eras/), so the switcher and hreflang need no table.
 */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** Names of the languages in themselves, for the switcher. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };

/** A site-relative path (as url() takes it) in a language: 'about/' -> 'es/about/'. */
export function inLang(lang: Lang, path = ''): string {
  const p = path.replace(/^\//, '');
  return lang === 'en' ? p : `${lang}/${p}`;
}

/** The language of a site-relative path and the path without its prefix: 'es/about/' -> ['es', 'about/']. */
export function splitLang(path: string): [Lang, string] {
  const p = path.replace(/^\//, '');
  for (const lang of LANGS) if (lang !== 'en' && (p === lang || p.startsWith(`${lang}/`))) return [lang, p.slice(lang.length + 1)];
  return ['en', p];
}
