/**
 * The browser's Plot holds only what the charts use (issue 20's budget). Plot's colour-scheme table
 * (scales/schemes.js) and its projection switch (projection.js) import every d3 scheme and projection by name, so no
 * bundler can drop the ~40 unused ones. This Vite plugin gives those two files, in the client build only, a stand-in
 * for "d3" that re-exports what KEEP names and replaces the rest with a value that throws a clear error on use.
 *
 * The build-time SVG is drawn with the full Plot; the unit tests run the same stand-in (vitest.config.ts), render every
 * chart and every view option through it, and check the result equals the build-time SVG. A chart that starts using a
 * scheme or projection not kept here fails there with the name to add.
 */
import { readFileSync } from 'node:fs';
import { parseAst, type Plugin } from 'vite';

/** Schemes and projections the specs use (with Plot's own defaults, so a chart that names no scheme still draws). */
export const KEEP = new Set([
  // Plot's defaults: categorical (observable10), ordinal and sequential (turbo), diverging (rdbu), and greys, which
  // Plot reads for every ordinal colour scale (a domain of booleans); tableau10 for a chart that names it
  'quantize', 'schemeObservable10', 'schemeTableau10', 'interpolateTurbo', 'schemeRdBu', 'interpolateRdBu',
  'schemeGreys', 'interpolateGreys',
  // country-share-maps: color { scheme: 'blues' }
  'schemeBlues', 'interpolateBlues',
  // country-share-maps: projection 'equal-earth'; the rest is how Plot draws any projection
  'geoEqualEarth', 'geoPath', 'geoTransform', 'geoStream', 'geoClipRectangle',
]);

/** Plot's files whose "d3" imports are trimmed. */
const TRIMMED = /@observablehq[\\/]plot[\\/]src[\\/](scales[\\/]schemes|projection)\.js$/;
const PREFIX = '\0plot-d3:';

/** The names a file imports from a module ("d3" unless given). */
export function importsFrom(source: string, from = 'd3'): string[] {
  const quoted = from.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return [...source.matchAll(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["']${quoted}["']`, 'g'))].flatMap((m) => m[1]!.split(',').map((s) => s.trim()).filter(Boolean));
}

/** Parts of Plot itself that no chart uses, by the Plot file that imports them: the tip mark and the pointer (charts
 * have their own tooltips, drawn from build-time points: src/charts/interact.ts) and the HTML legends (a static SVG
 * cannot carry them; charts draw their own keys). Plot calls them only for a mark with a `tip` option or a scale with
 * a `legend`; the stand-in throws if one ever does. */
export const UNUSED: [RegExp, RegExp][] = [
  [/@observablehq[\\/]plot[\\/]src[\\/]plot\.js$/, /^\.\/(marks\/tip|interactions\/pointer)\.js$/],
  [/@observablehq[\\/]plot[\\/]src[\\/]legends\.js$/, /^\.\/legends\/(ramp|swatches)\.js$/],
];
const UNUSED_PREFIX = '\0plot-unused:';

/** The stand-in for a Plot file no chart uses: each name the importer takes from it throws when used. */
export function unusedStandIn(names: string[], file: string): string {
  return [
    `const dropped = (name) => { const fail = () => { throw new Error(\`Plot's \${name} (${file}) is not in the browser bundle: the charts draw their own tooltips and keys (see UNUSED in src/charts/plotBundle.ts)\`); }; return new Proxy(function () {}, { get: fail, apply: fail }); };`,
    ...names.map((n) => `export const ${n} = dropped(${JSON.stringify(n)});`),
  ].join('\n');
}

/** The stand-in module for one trimmed file. */
export function standIn(names: string[], file: string): string {
  const kept = names.filter((n) => KEEP.has(n));
  const dropped = names.filter((n) => !KEEP.has(n));
  return [
    `export { ${kept.join(', ')} } from 'd3';`,
    // A Proxy over a function: calling it, indexing it or reading its length all throw, so a dropped scheme or
    // projection can never draw something wrong silently.
    `const dropped = (name) => { const fail = () => { throw new Error(\`Plot's \${name} is not in the browser bundle: add it to KEEP in src/charts/plotBundle.ts (used via ${file})\`); }; return new Proxy(function () {}, { get: fail, apply: fail }); };`,
    ...dropped.map((n) => `export const ${n} = dropped(${JSON.stringify(n)});`),
  ].join('\n');
}

/** d3-scale-chromatic ships one file whose top level builds every colour table with calls (`colors("…")`,
 * `ramp(scheme)`) that a bundler must assume have side effects, so unused tables stay. Each such initializer is wrapped
 * in an IIFE marked pure, so a table nobody reads is dropped; a table that is read is built exactly as before. */
const CHROMATIC = /node_modules[\\/]d3-scale-chromatic[\\/]dist[\\/][^\\/]+\.mjs$/;
export function pureTables(code: string): string {
  type Node = { type: string; start: number; end: number; declarations?: { init?: Node | null }[] };
  const edits: [number, string][] = [];
  for (const statement of parseAst(code).body as unknown as Node[]) {
    if (statement.type !== 'VariableDeclaration') continue;
    for (const { init } of statement.declarations!) {
      if (!init || (init.type !== 'CallExpression' && init.type !== 'NewExpression')) continue;
      edits.push([init.start, '/* @__PURE__ */ (() => ('], [init.end, '))()']);
    }
  }
  // Apply from the end so earlier offsets stay valid.
  return edits.sort((a, b) => b[0] - a[0]).reduce((out, [at, text]) => out.slice(0, at) + text + out.slice(at), code);
}

/** `always`: trim in every environment (the unit tests run Plot in Node); otherwise only in the client build. */
export function plotBundle({ always = false } = {}): Plugin {
  return {
    name: 'plot-bundle',
    enforce: 'pre',
    resolveId(source, importer, options) {
      if (importer && (!options?.ssr || always) && UNUSED.some(([file, part]) => file.test(importer) && part.test(source))) {
        return `${UNUSED_PREFIX}${importer}\0${source}`;
      }
      if (source !== 'd3' || !importer || importer.startsWith(PREFIX) || !TRIMMED.test(importer) || (options?.ssr && !always)) return null;
      return PREFIX + importer;
    },
    transform(code, id, options) {
      if (!CHROMATIC.test(id) || (options?.ssr && !always)) return null;
      return { code: pureTables(code), map: null };
    },
    load(id) {
      if (id.startsWith(UNUSED_PREFIX)) {
        const [importer, source] = id.slice(UNUSED_PREFIX.length).split('\0') as [string, string];
        return unusedStandIn(importsFrom(readFileSync(importer, 'utf8'), source), source);
      }
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      return standIn(importsFrom(readFileSync(file, 'utf8')), file.replace(/.*node_modules[\\/]/, ''));
    },
  };
}
