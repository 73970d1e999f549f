/**
 * Declarations for plain `tsc` (run by `npm test`), for modules it cannot type by itself.
 * A script, not a module (no top-level import or export), so these declarations are global.
 */

// Astro's own types (import.meta.glob, astro:content, …), also when .astro/types.d.ts has not been generated yet
// (a fresh checkout, before the first build or `astro sync`).
/// <reference types="astro/client" />

/**
 * `.astro` components imported from .ts files (src/components/mdx.ts). Astro's editor tooling reads the
 * component itself; plain tsc cannot, and astro/client declares no `*.astro` module.
 */
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}

/** citation-js ships no types: the part of its API that src/lib/cite.ts uses. */
declare module '@citation-js/core' {
  export class Cite {
    /** CSL-JSON items (or any input a loaded plugin can parse). */
    constructor(data: unknown, options?: object);
    /** `style` is an output plugin ('bibliography', 'bibtex', …); with a text or HTML format the result is a string. */
    format(style: string, options?: { format?: 'text' | 'html'; template?: string; lang?: string }): string;
  }
}

/** chart2music ships types its package "exports" hide from TypeScript: the part src/charts/listen.ts uses. */
declare module 'chart2music' {
  export function c2mChart(input: {
    type: string | string[];
    element: HTMLElement | SVGElement;
    cc?: HTMLElement;
    title?: string;
    lang?: string;
    data: unknown;
    axes?: Record<string, { label?: string; format?: (value: number) => string }>;
    options?: object;
  }): { err: string | null };
}
