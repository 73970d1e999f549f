/**
 * Build-time rendering: runs a chart's spec against a linkedom document and returns SVG markup that a
 * strict CSP accepts, plus tooltip targets. In the browser, Explore re-runs the same spec (src/charts/explore.ts).
 */
import { parseHTML } from 'linkedom';
import { WIDTHS, isNarrow, type Variant } from './defaults.ts';
import { finishSvg, tipPoints, type Point } from './finish.ts';
import { shareShapes } from './shareShapes.ts';
import type { ChartDef, Row } from './types.ts';
import { defaultParams } from './view.ts';

export type { Point };

export interface Rendered {
  svg: string;
  width: number;
  height: number;
  points: Point[];
}

export function renderChart(def: ChartDef, rows: Row[], variant: Variant, context?: unknown, params?: Record<string, number | string>): Rendered {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const width = WIDTHS[variant];
  const opts = { width, narrow: isNarrow(width), document: document as unknown as Document, params: params ?? defaultParams(def, rows, context) };
  const node = def.spec(rows, opts, context);
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  if (!svg) throw new Error(`chart "${def.id}": the spec returned no <svg>`);
  const [, , vw, vh] = (svg.getAttribute('viewBox') ?? `0 0 ${width} 0`).split(' ').map(Number);
  const points = def.tip ? tipPoints(def, rows, svg) : [];
  finishSvg(svg, def, variant);
  shareShapes(svg, def.id, variant);
  return { svg: (svg as Element).outerHTML, width: vw, height: vh, points };
}
