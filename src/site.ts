import { splitLang, type Lang } from './i18n/lang.ts';

/** Site-wide constants: one place for the name, licence and navigation. */
export const SITE = {
  name: 'Opposite Directions',
  tagline: 'How Bitcoin mining and AI are moving computing power in opposite directions — with the data to check it.',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  lang: 'en',
  /** Author line for citations of the site's own charts and pieces. */
  author: 'Opposite Directions',
  /** First publication of the site: the date a chart's citation carries. */
  launched: '2026-11-25',
} as const;

export const NAV = [
  { href: '', label: 'Pieces' },
  { href: 'charts/', label: 'Charts' },
  { href: 'data/', label: 'Data' },
  { href: 'methods/', label: 'Methods' },
  { href: 'for-educators/', label: 'For educators' },
  { href: 'about/', label: 'About' },
  { href: 'search/', label: 'Search' },
] as const;

/** Prefix a site-relative path with the configured base path (works under /sub/). */
export function url(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return base + path.replace(/^\//, '');
}

/** A site path (from url()) made absolute with the site's origin, for texts that leave the site (JSON, README, embeds, citations). */
export function absolute(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** The language of a page, from its URL path (under the base path): /es/... is Spanish. */
export function pageLang(pathname: string): Lang {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return splitLang(pathname.startsWith(base) ? pathname.slice(base.length) : pathname)[0];
}

/** Dates are shown in UTC so the output never depends on the build machine's time zone. */
export function formatDate(d: Date, lang: Lang = 'en'): string {
  return d.toLocaleDateString(lang === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
/** A date of the data as precise as the data gives it (YYYY, YYYY-MM or YYYY-MM-DD), written out: "22 August 2026",
 * "November 2024", "2024"; never a day the data does not have. */
export function writtenDataDate(s: string, lang: Lang = 'en'): string {
  if (s.length === 10) return formatDate(new Date(`${s}T00:00:00Z`), lang);
  if (s.length === 7) return new Date(`${s}-01T00:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return s;
}
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
