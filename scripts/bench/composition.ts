/**
 * What a page's HTML is made of, in gzip bytes: how much each kind of element adds to the compressed page
 * (the page gzipped with and without that kind of element), so a transfer budget miss names its cause.
 */
import { parseHTML } from 'linkedom';
import { gz } from './util.ts';

export const PARTS: [string, string][] = [
  ['chart SVGs, wide variant', 'svg.plot--wide'],
  ['chart SVGs, narrow variant', 'svg.plot--narrow'],
  ['tooltip points (script[data-points])', 'script[data-points]'],
  ['calculator rows (script[data-rows])', 'script[data-rows]'],
  ['data tables (details.figure__table)', 'details.figure__table'],
  ['inline scripts and styles', 'script:not([src]):not([type="application/json"]), style'],
];

export interface Composition {
  total: number;
  parts: { name: string; count: number; gz: number }[];
  rest: number;
  /** The heaviest single elements (gzipped on their own). */
  heaviest: { what: string; gz: number }[];
}

export function composition(html: string): Composition {
  const total = gz(html);
  const without = (selectors: string[]) => {
    const { document } = parseHTML(html);
    let count = 0;
    for (const sel of selectors) for (const el of [...document.querySelectorAll(sel)]) { el.remove(); count++; }
    return { gz: gz(document.toString()), count };
  };
  const baseline = without([]).gz; // the same serialiser, so differences are not from re-serialising
  const parts = PARTS.map(([name, sel]) => {
    const w = without([sel]);
    return { name, count: w.count, gz: baseline - w.gz };
  });
  const { document } = parseHTML(html);
  const items: { what: string; gz: number }[] = [];
  for (const f of [...document.querySelectorAll('figure[data-figure]')]) {
    const id = f.getAttribute('data-figure');
    for (const [what, sel] of [['tooltip points', 'script[data-points]'], ['wide SVG', 'svg.plot--wide'], ['narrow SVG', 'svg.plot--narrow'], ['data table', 'details.figure__table'], ['calculator rows', 'script[data-rows]']]) {
      const el = f.querySelector(sel);
      if (el) items.push({ what: `${id}: ${what}`, gz: gz(el.outerHTML) });
    }
  }
  items.sort((a, b) => b.gz - a.gz);
  return { total, parts, rest: without(PARTS.map(([, s]) => s)).gz, heaviest: items.slice(0, 4) };
}
