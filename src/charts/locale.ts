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
  /** The chart's string in this language, from its English text. */
  t: (english: string) => string;
}

export const EN: Locale = { lang: 'en', fmt, t: (s) => s };
