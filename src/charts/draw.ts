/**
 * Redraws a figure in the browser with the chart's own spec: both variants (wide, narrow), finished exactly as at build
 * time (src/charts/finish.ts), with fresh tooltip points. Used by Explore and by the calculators.
 */
import { WIDTHS, isNarrow, type Variant } from './defaults.ts';
import { finishSvg, tipPoints } from './finish.ts';
import type { ChartDef, Params, Row } from './types.ts';

export function draw(figure: HTMLElement, def: ChartDef, rows: Row[], params: Params | undefined, context: unknown, viewNote = ''): void {
  const plot = figure.querySelector<HTMLElement>('.figure__plot')!;
  const points: Record<string, unknown> = {};
  for (const variant of Object.keys(WIDTHS) as Variant[]) {
    const old = plot.querySelector(`svg.plot--${variant}`);
    const node = def.spec(rows, { width: WIDTHS[variant], narrow: isNarrow(WIDTHS[variant]), document, params }, context);
    const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg')!;
    if (def.tip) points[variant] = tipPoints(def, rows, svg);
    finishSvg(svg, def, variant);
    // The accessible name says which view is shown when it is not the default.
    if (viewNote) svg.querySelector('title')!.textContent += ` ${viewNote}`;
    old?.replaceWith(svg);
  }
  const pointsScript = plot.querySelector('script[data-points]');
  if (pointsScript) pointsScript.textContent = JSON.stringify(points);
}
