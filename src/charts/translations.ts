/**
 * Chart translations, collected from src/charts/<lang>/<id>.ts (one file per chart and language, beside the chart's
 * own folder), and the locale a chart is drawn in. Strings every chart shares (the view controls of
 * src/charts/view.ts) are in src/charts/<lang>/_common.ts.
 */
import type { ChartTranslation } from './translation.ts';
import { lookup } from './translation.ts';
import { EN, type Locale } from './locale.ts';
import { fmt as esFmt } from './formatsEs.ts';
import type { Lang } from '../i18n/lang.ts';

const es = import.meta.glob<{ default: ChartTranslation }>(['./es/*.ts', '!./es/_*.ts'], { eager: true });
import esCommon from './es/_common.ts';

const byLang: Record<Exclude<Lang, 'en'>, { files: Map<string, ChartTranslation>; common: Record<string, string>; fmt: Locale['fmt'] }> = {
  es: { files: new Map(Object.entries(es).map(([f, m]) => [f.split('/').pop()!.replace(/\.ts$/, ''), m.default])), common: esCommon, fmt: esFmt },
};

/** The chart's translation into a language, if it has one. */
export function translationOf(id: string, lang: Lang): ChartTranslation | undefined {
  return lang === 'en' ? undefined : byLang[lang].files.get(id);
}

/** Ids of the charts translated into a language. */
export function translatedCharts(lang: Exclude<Lang, 'en'>): string[] {
  return [...byLang[lang].files.keys()].sort();
}

/** The locale to draw a chart in. */
export function chartLocale(id: string, lang: Lang): Locale {
  if (lang === 'en') return EN;
  const { files, common, fmt } = byLang[lang];
  return { lang, fmt, t: lookup(lang, id, files.get(id)?.strings ?? {}, common) };
}
