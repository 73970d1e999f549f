/**
 * Turns Plot's output into the site's SVG: no <style> or style="" (a strict CSP blocks them; the rules
 * live in src/styles/charts.css), no aria-label on <g> (axe), coordinates rounded, straight-line paths written
 * relative (half the bytes), role="img" with the alt
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

/**
 * A path of straight lines (M, L, Z with absolute coordinates, as Plot draws map outlines and many lines) rewritten
 * with relative moves: "L451,75L450,75" becomes "l0,1-1,0", the same shape in about half the characters. Works in
 * tenths of a pixel (after roundNumbers), so every point lands exactly where it was. Anything else is left as it is.
 */
export function relativePath(d: string): string {
  if (!/^M[\d\s.,MLZ-]*$/.test(d) || /[\d.]\s*-?\d*\.\d{2}/.test(d)) return d;
  const tokens = d.match(/[MLZ]|-?\d+(?:\.\d+)?/g) ?? [];
  const out: string[] = [];
  let [x, y, x0, y0] = [0, 0, 0, 0]; // current point and the subpath's start, in tenths
  let last = '';
  const num = (t: number) => String(t / 10);
  for (let i = 0; i < tokens.length; ) {
    const c = tokens[i++]!;
    if (c === 'Z') {
      out.push('z');
      [x, y, last] = [x0, y0, 'z'];
      continue;
    }
    if (c !== 'M' && c !== 'L') return d;
    const nx = Math.round(Number(tokens[i++]) * 10);
    const ny = Math.round(Number(tokens[i++]) * 10);
    if (!Number.isFinite(nx) || !Number.isFinite(ny)) return d;
    const first = out.length === 0;
    const cmd = first ? 'M' : c === 'M' ? 'm' : 'l';
    const [dx, dy] = first ? [nx, ny] : [nx - x, ny - y];
    const pair = `${num(dx)},${num(dy)}`;
    // Repeated l needs no letter; a pair after another starts with its own minus sign or a space.
    out.push(cmd === 'l' && last === 'l' ? (dx < 0 ? pair : ` ${pair}`) : `${cmd}${pair}`);
    last = cmd === 'm' ? 'l' : cmd; // after m further pairs are relative line-tos; after M they would be absolute
    [x, y] = [nx, ny];
    if (cmd !== 'l') [x0, y0] = [nx, ny];
  }
  const rel = out.join('');
  return rel.length < d.length ? rel : d;
}

export function finishSvg(svg: Element, def: Pick<ChartDef, 'id' | 'alt'>, variant: Variant): void {
  svg.querySelectorAll('style').forEach((s) => s.remove());
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    if (el !== svg) el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
    if (el.hasAttribute('style')) throw new Error(`chart "${def.id}": the spec sets an inline style (blocked by the CSP); use a class and src/styles/charts.css`);
    for (const a of GEOMETRY) {
      const v = el.getAttribute(a);
      if (v) el.setAttribute(a, a === 'd' ? relativePath(roundNumbers(v)) : roundNumbers(v));
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
