/**
 * Turns Plot's output into the site's SVG: no <style> or style="" (a strict CSP blocks them; the rules
 * live in src/styles/charts.css), no aria-label on <g> (axe), coordinates rounded, role="img" with the alt
 * text as <title>. Used at build time (render.ts) and in the browser (draw.ts): one code path.
 */
import type { ChartDef, Row } from './types.ts';
import type { Variant } from './defaults.ts';

/** [x, y, label] in the SVG's viewBox units. */
export type Point = [number, number, string];

const GEOMETRY = ['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'points', 'dx', 'dy'];

/** Rounds coordinates to 0.1 px: invisible, and it roughly halves the markup. */
function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

export function finishSvg(svg: Element, def: Pick<ChartDef, 'id' | 'alt'>, variant: Variant): void {
  svg.querySelectorAll('style').forEach((s) => s.remove());
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    if (el !== svg) el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
    if (el.hasAttribute('style')) throw new Error(`chart "${def.id}": the spec sets an inline style (blocked by the CSP); use a class and src/styles/charts.css`);
    for (const a of GEOMETRY) {
      const v = el.getAttribute(a);
      if (v) el.setAttribute(a, roundNumbers(v));
    }
  }
  svg.setAttribute('class', `plot plot--${variant}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${def.id}-${variant}-alt`);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  const title = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.setAttribute('id', `${def.id}-${variant}-alt`);
  title.textContent = def.alt;
  svg.insertBefore(title, svg.firstChild);
}

/** Tooltip targets: each row with a tip position, placed with the chart's own scales. */
export function tipPoints(def: Pick<ChartDef, 'id' | 'tip'>, rows: Row[], svg: Element): Point[] {
  const tip = def.tip!;
  const sx = (svg as any).scale?.('x');
  const sy = (svg as any).scale?.('y');
  if (!sx || !sy) throw new Error(`chart "${def.id}": tooltips need x and y scales`);
  const toScale = (s: any, v: unknown) => s.apply(s.type === 'utc' || s.type === 'time' ? new Date(v as string) : v);
  return rows
    .filter((r) => r[tip.x] != null && r[tip.y] != null)
    .map((r) => [
      Math.round(toScale(sx, r[tip.x]) * 10) / 10,
      Math.round(toScale(sy, r[tip.y]) * 10) / 10,
      tip.label(r),
    ] as Point)
    .filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
}
