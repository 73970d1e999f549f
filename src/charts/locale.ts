/**
 * What a chart needs to speak a language: its number and date formats and its strings. English charts are written in
 * English, so English's `t` returns its argument; another language's `t` looks the English string up in the chart's
 * translation (src/charts/<lang>/<id>.ts) and stops the build when it is missing, so a changed English string can never
 * reach a Spanish chart untranslated.
 */
import { fmt } from './defaults.ts';
import type { Lang } from '../i18n/lang.ts';

export type Formats = typeof fmt;

export interface Locale {
  lang: Lang;
  fmt: Formats;
  /** The chart's string in this language, from its English text; each %s is replaced by the next value. */
  t: (english: string, ...values: (string | number)[]) => string;
}

/** A string with each %s replaced by the next value: fill('$%sB', 119) is '$119B'. */
export const fill = (s: string, values: (string | number)[]): string => (values.length ? s.replace(/%s/g, () => String(values.shift())) : s);

export const EN: Locale = { lang: 'en', fmt, t: (s, ...values) => fill(s, values) };

/** A number as the data gives it ("67.43"), in the locale's decimal mark ("67,43"). */
export const asWritten = (v: number, l: Locale = EN): string => (l.lang === 'en' ? String(v) : v.toLocaleString(l.lang, { maximumFractionDigits: 3, useGrouping: 'always' } as Intl.NumberFormatOptions));

/** A time axis's ticks in the locale's language: "2024", "jul 2024". English charts keep Plot's own ticks. */
export function timeTicks(l: Locale): { tickFormat?: (d: Date) => string } {
  if (l.lang === 'en') return {};
  const month = new Intl.DateTimeFormat(l.lang, { month: 'short', timeZone: 'UTC' });
  return { tickFormat: (d) => (d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : `${month.format(d).replace('.', '')} ${d.getUTCFullYear()}`) };
}

/** A country as a label or table cell: as the data writes it in English ("United States"), by its name in another
 * language ("Estados Unidos"); a name that is not a country stays as written. */
export const place = (name: string, l: Locale = EN): string => (l.lang === 'en' ? name : l.fmt.country(name));
