/**
 * Everything a page needs to show one chart, computed once per build and cached:
 * the plotted rows, both SVG variants, tooltip points, the computed summary and the credits.
 */
import { renderChart, type Rendered } from './render.ts';
import { getChart } from './registry.ts';
import { credits, type Credit } from './credits.ts';
import type { ChartDef, Row } from './types.ts';

export interface BuiltChart {
  def: ChartDef;
  rows: Row[];
  wide: Rendered;
  narrow: Rendered;
  summary: string;
  credits: Credit[];
}

const cache = new Map<string, BuiltChart>();

export function buildChart(id: string, usedIn?: string): BuiltChart {
  const hit = cache.get(id);
  if (hit) return hit;
  const def = getChart(id, usedIn);
  const rows = def.data();
  if (!rows.length) throw new Error(`chart "${id}": data() returned no rows`);
  const built: BuiltChart = {
    def,
    rows,
    wide: renderChart(def, rows, 'wide'),
    narrow: renderChart(def, rows, 'narrow'),
    summary: def.summary(rows),
    credits: credits(def.datasets, `chart "${id}"`),
  };
  cache.set(id, built);
  return built;
}

