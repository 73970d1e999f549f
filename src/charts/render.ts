/**
 * Build-time rendering: runs a chart's spec against a linkedom document and returns SVG markup
 * that a strict CSP accepts (no <style>, no style=""), plus tooltip targets in SVG coordinates.
 * The browser never re-runs this for plain charts; it only adds tooltips over the same SVG.
 */
import { parseHTML } from 'linkedom';
import { WIDTHS, type Variant } from './defaults.ts';
import type { ChartDef, Row } from './types.ts';

/** [x, y, label] in the SVG's viewBox units. */
export type Point = [number, number, string];

export interface Rendered {
  svg: string;
  width: number;
  height: number;
  points: Point[];
}

const GEOMETRY = ['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'points', 'dx', 'dy'];

/** Rounds coordinates to 0.1 px: invisible, and it roughly halves the markup. */
function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

function clean(svg: Element, def: ChartDef, variant: Variant): void {
  svg.querySelectorAll('style').forEach((s) => s.remove());
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    // Plot labels <g> groups with aria-label (prohibited on a role-less <g>); the figure carries the
    // description instead, and screen readers should not read every tick.
    if (el !== svg) el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
    if (el.hasAttribute('style')) throw new Error(`chart "${def.id}": the spec sets an inline style (blocked by the CSP); use a class and src/styles/charts.css`);
    for (const a of GEOMETRY) {
      const v = el.getAttribute(a);
      if (v && a !== 'class') el.setAttribute(a, roundNumbers(v));
    }
  }
  svg.setAttribute('class', `plot plot--${variant}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${def.id}-${variant}-alt`);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  const title = svg.ownerDocument.createElement('title');
  title.setAttribute('id', `${def.id}-${variant}-alt`);
  title.textContent = def.alt;
  svg.insertBefore(title, svg.firstChild);
}

export function renderChart(def: ChartDef, rows: Row[], variant: Variant, params?: Record<string, number | string>): Rendered {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const width = WIDTHS[variant];
  const node = def.spec(rows, { width, document: document as unknown as Document, params });
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  if (!svg) throw new Error(`chart "${def.id}": the spec returned no <svg>`);
  const [, , vw, vh] = (svg.getAttribute('viewBox') ?? `0 0 ${width} 0`).split(' ').map(Number);
  const points = def.tip ? tipPoints(def, rows, svg as SVGSVGElement) : [];
  clean(svg, def, variant);
  return { svg: (svg as Element).outerHTML, width: vw, height: vh, points };
}

function tipPoints(def: ChartDef, rows: Row[], svg: SVGSVGElement): Point[] {
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
