/**
 * A chart in another language. Its translation file (src/charts/<lang>/<id>.ts) gives the language's text for every
 * English string the chart shows, keyed by that English string, and the summary sentence written afresh for the
 * language. `localize` returns the same chart speaking that language, so every page, table, image and download built
 * from a ChartDef follows without knowing about languages. Keyed by the English: when a writer changes an English
 * string, its translation is missing and the build says which file and which string (no stale text is shown).
 */
import type { ChartDef, Column, Control, Row, View } from './types.ts';
import { asWritten, fill, place, type Locale } from './locale.ts';
import type { Lang } from '../i18n/lang.ts';

type RowOf<D> = D extends ChartDef<infer R, any, any> ? R : Row;
type ContextOf<D> = D extends ChartDef<any, any, infer X> ? X : unknown;

export interface ChartTranslation<D extends ChartDef = ChartDef> {
  /** Each English string the chart shows (title, subtitle, alt, caption, column labels, labels drawn by the spec,
   * values of the data shown as text) and its text in this language. */
  strings: Record<string, string>;
  /** One or two sentences computed from the rows, written for this language (not a translation of the English). */
  summary: (rows: RowOf<D>[], context: ContextOf<D>, l: Locale) => string;
}

/** Types a translation file against its chart: `export default translation<typeof chart>({ ... })`. */
export const translation = <D extends ChartDef>(t: ChartTranslation<D>): ChartTranslation<D> => t;

/** A translation's `t`: the string in this language, or an error naming the file that lacks it. */
export function lookup(lang: Lang, id: string, strings: Record<string, string>, common: Record<string, string>): Locale['t'] {
  return (english, ...values) => {
    const s = strings[english] ?? common[english];
    if (s === undefined) throw new Error(`src/charts/${lang}/${id}.ts: no ${lang} text for "${english}" (add it to strings; the English may have changed)`);
    return fill(s, values);
  };
}

/** The string in the locale's language; without a translation, a country by its name in the language, anything
 * else (names of machines and models) as it is. */
function orSame(l: Locale, s: string): string {
  try {
    return l.t(s);
  } catch {
    return place(s, l);
  }
}

/** The chart speaking the locale's language; an English locale returns the chart itself. */
export function localize(def: ChartDef, l: Locale, tr: ChartTranslation | undefined): ChartDef {
  if (l.lang === 'en') return def;
  if (!tr) throw new Error(`chart "${def.id}" has no ${l.lang} translation: add src/charts/${l.lang}/${def.id}.ts (see WRITING.md)`);
  const { t } = l;
  const column = (c: Column): Column => ({
    ...c,
    label: t(c.label),
    unit: c.unit && t(c.unit),
    // Values keep their machine-readable form in downloads; the table shows them in the language's format.
    format: c.format ? (v) => c.format!(v, l) : (v) => (typeof v === 'number' ? asWritten(v, l) : String(v)),
  });
  const control = (c: Control): Control => ({
    ...c,
    label: t(c.label),
    unit: c.unit && t(c.unit),
    // Choices are values of the data: a series name has its translation, a machine or a model keeps its name.
    options: c.options?.map((o) => ({ ...o, label: orSame(l, o.label) })),
    format: c.format ? (v) => c.format!(v, l) : undefined,
  });
  const view = (v: View): View => ({ ...v, controls: v.controls.map(control) });
  return {
    ...def,
    // In the browser a chart has no page text (src/charts/pageText.ts): "" stays "".
    title: def.title && t(def.title),
    subtitle: def.subtitle && t(def.subtitle),
    caption: def.caption && t(def.caption),
    alt: def.alt && t(def.alt),
    columns: def.columns.map(column),
    summary: (rows, context) => tr.summary(rows, context, l),
    spec: (rows, opts, context) => def.spec(rows, { ...opts, locale: l }, context),
    tip: def.tip && { ...def.tip, label: (r) => def.tip!.label(r, l) },
    controls: def.controls?.map(control),
    view: def.view && ((rows, context) => view(def.view!(rows, context))),
    outputs: def.outputs && ((params, rows) => def.outputs!(params, rows, l).map((o) => ({ ...o, label: t(o.label) }))),
  };
}
