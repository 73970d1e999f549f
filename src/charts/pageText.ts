/**
 * A chart's page text (title, subtitle, alt text, caption) is written into every page at build time, and the browser
 * never needs it again: Explore and the calculators redraw the chart and keep the accessible name the page already has
 * (src/charts/draw.ts). This Vite plugin leaves that text out of the browser's chart files, in the client build only:
 * - a chart file (src/charts/defs/<id>.ts): the four fields of its `defineChart({ ... })` become "";
 * - a translation (src/charts/<lang>/<id>.ts): the strings keyed by that chart's four English texts are dropped.
 * It is the longest text a chart has (about half a translation file), so a page with a calculator loads less.
 * The build-time pages, images and downloads are drawn from the full files, untouched.
 */
import { readFileSync } from 'node:fs';
import { parseAst, type Plugin } from 'vite';

export const PAGE_FIELDS = ['title', 'subtitle', 'alt', 'caption'] as const;

interface Node { type: string; start: number; end: number; [k: string]: any }

const DEF = /[\\/]src[\\/]charts[\\/]defs[\\/]([\w-]+)\.ts$/;
const TRANSLATION = /[\\/]src[\\/]charts[\\/]([a-z]{2})[\\/]([\w-]+)\.ts$/;

/** The object literal passed to the default export's call (`export default defineChart({ ... })`). */
function definition(code: string): Node | undefined {
  // Chart files are TypeScript, read before the bundler strips the types.
  const body = parseAst(code, { lang: 'ts' }).body as unknown as Node[];
  const call = body.find((n) => n.type === 'ExportDefaultDeclaration')?.declaration;
  const arg = call?.type === 'CallExpression' ? call.arguments[0] : undefined;
  return arg?.type === 'ObjectExpression' ? arg : undefined;
}

const keyOf = (p: Node): string | undefined => (p.type !== 'Property' ? undefined : p.key.type === 'Identifier' ? p.key.name : typeof p.key.value === 'string' ? p.key.value : undefined);

/** A string written as a literal ('…' or `…` without ${}), else undefined. */
function literal(n: Node): string | undefined {
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return n.quasis[0].value.cooked;
  return undefined;
}

const pageProps = (obj: Node): Node[] => obj.properties.filter((p: Node) => (PAGE_FIELDS as readonly string[]).includes(keyOf(p) ?? ''));

/** The page text a chart file writes as literals (a text computed with ${} cannot be matched, and stays in its
 * translation). */
export function pageTextOf(defCode: string): string[] {
  const obj = definition(defCode);
  return obj ? pageProps(obj).map((p) => literal(p.value)).filter((s): s is string => s !== undefined) : [];
}

/** Removes the spans (each property with the comma after it), from the end so earlier offsets stay valid. */
function cut(code: string, spans: [number, number, string][]): string {
  return spans.sort((a, b) => b[0] - a[0]).reduce((out, [from, to, text]) => out.slice(0, from) + text + out.slice(to), code);
}

/** A chart file without its page text: the four fields are "" (the chart's shape and every other field unchanged). */
export function withoutPageText(defCode: string): string {
  const obj = definition(defCode);
  if (!obj) return defCode;
  return cut(defCode, pageProps(obj).map((p) => [p.value.start, p.value.end, '""']));
}

/** A translation without the strings keyed by its chart's page text. */
export function translationWithoutPageText(code: string, english: string[]): string {
  const strings = definition(code)?.properties.find((p: Node) => keyOf(p) === 'strings')?.value as Node | undefined;
  if (strings?.type !== 'ObjectExpression') return code;
  const drop = new Set(english);
  const spans: [number, number, string][] = [];
  strings.properties.forEach((p: Node, i: number) => {
    const key = keyOf(p);
    if (key === undefined || !drop.has(key)) return;
    const next: Node | undefined = strings.properties[i + 1];
    spans.push([p.start, next ? next.start : p.end, '']);
  });
  return cut(code, spans);
}

export function pageText(): Plugin {
  return {
    name: 'page-text',
    transform(code, id, options) {
      if (options?.ssr) return null;
      const file = id.split('?')[0]!;
      const def = DEF.exec(file);
      if (def) return { code: withoutPageText(code), map: null };
      const tr = TRANSLATION.exec(file);
      if (!tr || tr[2]!.startsWith('_')) return null;
      const defFile = file.replace(TRANSLATION, `/src/charts/defs/${tr[2]}.ts`);
      this.addWatchFile(defFile);
      return { code: translationWithoutPageText(code, pageTextOf(readFileSync(defFile, 'utf8'))), map: null };
    },
  };
}
