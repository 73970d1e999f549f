/**
 * Redraws a figure in the browser with the chart's own spec: both variants (wide, narrow), finished exactly as at build
 * time (src/charts/finish.ts), with fresh tooltip points. Used by Explore and by the calculators.
 */
import { WIDTHS, isNarrow, type Variant } from './defaults.ts';
import { finishSvg, tipPoints } from './finish.ts';
import type { ChartDef, Params, Row } from './types.ts';

// The browser's chart files leave out the alt text (src/charts/pageText.ts): a redrawn chart keeps the one built.
const builtAlt = new WeakMap<HTMLElement, string>();

export function draw(figure: HTMLElement, def: ChartDef, rows: Row[], params: Params | undefined, context: unknown, viewNote = ''): void {
  const plot = figure.querySelector<HTMLElement>('.figure__plot')!;
  if (!builtAlt.has(plot)) builtAlt.set(plot, plot.querySelector('svg.plot > title')?.textContent ?? def.alt);
  const alt = builtAlt.get(plot)!;
  const points: Record<string, unknown> = {};
  for (const variant of Object.keys(WIDTHS) as Variant[]) {
    const old = plot.querySelector(`svg.plot--${variant}`);
    const node = def.spec(rows, { width: WIDTHS[variant], narrow: isNarrow(WIDTHS[variant]), document, params }, context);
    const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg')!;
    if (def.tip) points[variant] = tipPoints(def, rows, svg);
    finishSvg(svg, def, variant);
    // The accessible name says which view is shown when it is not the default.
    svg.querySelector('title')!.textContent = viewNote ? `${alt} ${viewNote}` : alt;
    old?.replaceWith(svg);
  }
  const pointsScript = plot.querySelector('script[data-points]');
  if (pointsScript) pointsScript.textContent = JSON.stringify(points);
}
