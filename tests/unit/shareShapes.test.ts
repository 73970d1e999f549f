import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { shareShapes } from '../../src/charts/shareShapes.ts';
import { buildChart } from '../../src/charts/build.ts';

const long = `M0,0${'l1,1'.repeat(150)}z`;
const svgOf = (inner: string) => {
  const { document } = parseHTML(`<!doctype html><html><body><svg xmlns="http://www.w3.org/2000/svg"><title>t</title>${inner}</svg></body></html>`);
  return document.querySelector('svg')!;
};

describe('shareShapes', () => {
  it('writes a long path drawn twice once, in <defs>, and draws it with <use> keeping each copy’s attributes', () => {
    const svg = svgOf(`<g transform="translate(0,10)"><path d="${long}" fill="red"/></g><g transform="translate(0,90)"><path d="${long}" fill="blue"/></g><path d="M0,0l1,1" stroke="black"/>`);
    shareShapes(svg, 'c', 'wide');
    expect(svg.querySelectorAll('defs path')).toHaveLength(1);
    expect(svg.querySelector('defs path')!.getAttribute('d')).toBe(long);
    const uses = [...svg.querySelectorAll('use')];
    expect(uses.map((u) => [u.getAttribute('href'), u.getAttribute('fill')])).toEqual([['#c-wide-shape-1', 'red'], ['#c-wide-shape-1', 'blue']]);
    // A short path is cheaper inline; the <defs> follows the <title> (the accessible name stays first).
    expect(svg.querySelector('path[stroke="black"]')).not.toBeNull();
    expect(svg.firstElementChild!.tagName.toLowerCase()).toBe('title');
  });

  it('leaves an SVG without repeated long paths as it was', () => {
    const svg = svgOf(`<path d="${long}"/><path d="${long.replace('M0,0', 'M5,5')}"/>`);
    const before = svg.outerHTML;
    shareShapes(svg, 'c', 'wide');
    expect(svg.outerHTML).toBe(before);
  });

  it('sends each map outline once: the built two-panel map has no long path twice', () => {
    for (const variant of ['wide', 'narrow'] as const) {
      const svg = buildChart('country-share-maps', 'a test')[variant].svg;
      const ds = [...svg.matchAll(/ d="([^"]{400,})"/g)].map((m) => m[1]);
      expect(new Set(ds).size, variant).toBe(ds.length);
      expect(svg, variant).toMatch(/<use [^>]*href="#country-share-maps-/);
    }
  });
});
