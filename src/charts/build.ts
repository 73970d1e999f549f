/**
 * Everything a page needs to show one chart, computed once per build and cached:
 * the plotted rows, both SVG variants, tooltip points, the computed summary and the credits.
 * The SVG variants are also kept between builds (src/charts/svgCache.ts).
 */
import { renderChart, type Rendered } from './render.ts';
import { charts, getChart } from './registry.ts';
import { seriesById } from '../series/registry.ts';
import { credits, type Credit } from './credits.ts';
import { checkRows } from './checkRows.ts';
import { cachedVariants, svgKey } from './svgCache.ts';
import type { ChartDef, Row } from './types.ts';
import { localize } from './translation.ts';
import { chartLocale, translatedCharts, translationOf } from './translations.ts';
import { pageKey } from './pageKey.ts';
import type { Lang } from '../i18n/lang.ts';

export interface BuiltChart {
  def: ChartDef;
  rows: Row[];
  wide: Rendered;
  narrow: Rendered;
  summary: string;
  credits: Credit[];
  /** What the spec needs besides the rows (ChartDef.context), kept so the browser can re-render the same chart. */
  context: unknown;
  /** The language its text is in. */
  lang: Lang;
}

/** The rows of each series a chart names, keyed by id: what its data and context transforms receive. */
export function chartInputs(def: ChartDef): Record<string, unknown[]> {
  return Object.fromEntries(def.series.map((id) => [id, seriesById(id).rows()]));
}

/** A chart's plotted rows (and context), computed from its series. */
export function chartData(def: ChartDef): { rows: Row[]; context: unknown } {
  const inputs = chartInputs(def);
  return { rows: def.data(inputs), context: def.context?.(inputs) };
}

const cache = new Map<string, BuiltChart>();
type LocalData = { def: ChartDef; rows: Row[]; context: unknown; cacheKey: () => string | undefined };
const data = new Map<string, LocalData>();

/** A chart's definition in `lang` with its rows and context, and the key of its paths, each computed once per build. */
function localData(id: string, lang: Lang, usedIn?: string): LocalData {
  const key = lang === 'en' ? id : `${lang}/${id}`;
  let hit = data.get(key);
  if (!hit) {
    const def = localize(getChart(id, usedIn), chartLocale(id, lang), translationOf(id, lang));
    const { rows, context } = chartData(def);
    let cacheKey: string | undefined | null = null;
    data.set(key, (hit = { def, rows, context, cacheKey: () => (cacheKey === null ? (cacheKey = pageKey(id, lang, rows, context)) : cacheKey) }));
  }
  return hit;
}

/** getStaticPaths for a route with one path per chart in `lang` (those that `keep` accepts), each with the key
 * Astro's incremental build compares to reuse it (src/charts/pageKey.ts). */
export function chartPaths(lang: Lang = 'en', keep: (def: ChartDef) => unknown = () => true) {
  const ids = lang === 'en' ? charts.map((c) => c.id) : translatedCharts(lang);
  return ids.filter((id) => keep(getChart(id))).map((id) => ({ params: { id }, cacheKey: chartKey(id, lang) }));
}

/** The key of a chart's paths in `lang` (src/charts/pageKey.ts), for anything else built from the chart alone. */
export const chartKey = (id: string, lang: Lang = 'en'): string | undefined => localData(id, lang).cacheKey();

/** The render-cache key of a chart's drawing in `lang` (src/charts/svgCache.ts), or undefined when it has none. */
export function drawingKey(id: string, lang: Lang = 'en'): string | undefined {
  const { rows, context } = localData(id, lang);
  return import.meta.env?.PROD === true ? svgKey(id, rows, context, '.', lang) : undefined;
}

/** A chart built for a page in `lang`: its text, numbers and drawing in that language (src/charts/translation.ts). */
export function buildChart(id: string, usedIn?: string, lang: Lang = 'en'): BuiltChart {
  const key = lang === 'en' ? id : `${lang}/${id}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const { def, rows, context } = localData(id, lang, usedIn);
  if (!rows.length) throw new Error(`chart "${id}": data() returned no rows`);
  const summary = def.summary(rows, context);
  // Before anything is drawn: a missing column or a NaN would otherwise reach the summary, table, CSV and JSON.
  checkRows(def, rows, summary);
  const { wide, narrow } = cachedVariants(id, rows, context, lang, () => ({
    wide: renderChart(def, rows, 'wide', context),
    narrow: renderChart(def, rows, 'narrow', context),
  }));
  const built: BuiltChart = {
    def,
    rows,
    context,
    wide,
    narrow,
    summary,
    credits: credits(def.datasets, `chart "${id}"`, lang),
    lang,
  };
  cache.set(key, built);
  return built;
}

