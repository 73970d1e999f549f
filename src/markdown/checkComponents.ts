/**
 * MDX components check: every <Capitalised> tag in a piece must be a component the pieces provide
 * (src/components/mdxProps.ts) or one the file imports, with only the props that component accepts.
 * Used twice: as a remark plugin when MDX compiles (the build stops at the first problem, naming
 * file and line), and by `npm run check` (which lists every problem at once).
 */
import { relative } from 'node:path';
import { MDX_COMPONENT_PROPS, type PropSpec } from '../components/mdxProps.ts';

interface Point { line: number; column: number }
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: Point };
}

export interface ComponentProblem { line: number; column: number; message: string }

/** Known ids for the id-like props, when the caller has them (npm run check does; the compiler does not). */
export interface KnownIds { chart?: Set<string>; term?: Set<string>; num?: Set<string> }

const SPECS: Record<string, PropSpec> = MDX_COMPONENT_PROPS;

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
  return d[a.length][b.length];
}

/** " Did you mean X?" when one candidate is close, else "". */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  let best = '';
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestD) { best = c; bestD = d; }
  }
  return best && bestD <= Math.max(2, Math.floor(word.length / 3)) ? ` Did you mean "${best}"?` : '';
}

/** Names an MDX file imports itself (import X from '…', import { A, B as C } from '…'). */
function importedNames(esm: string): string[] {
  const names: string[] = [];
  for (const m of esm.matchAll(/import\s+([\s\S]*?)\s+from\s/g)) {
    const clause = m[1];
    const def = clause.match(/^([A-Za-z_$][\w$]*)/);
    if (def) names.push(def[1]);
    const ns = clause.match(/\*\s+as\s+([A-Za-z_$][\w$]*)/);
    if (ns) names.push(ns[1]);
    const named = clause.match(/\{([^}]*)\}/);
    if (named) for (const part of named[1].split(',')) {
      const n = part.trim().split(/\s+as\s+/).pop();
      if (n) names.push(n);
    }
  }
  return names;
}

/** Every problem with components in one parsed MDX tree (remark-mdx). */
export function checkComponentTree(tree: Node, known: KnownIds = {}): ComponentProblem[] {
  const problems: ComponentProblem[] = [];
  const imported = new Set<string>();
  const walk = (n: Node, visit: (n: Node) => void) => { visit(n); n.children?.forEach((c) => walk(c, visit)); };
  walk(tree, (n) => { if (n.type === 'mdxjsEsm' && n.value) importedNames(n.value).forEach((x) => imported.add(x)); });
  const available = [...Object.keys(SPECS), ...imported];
  walk(tree, (n) => {
    if ((n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') || !n.name) return;
    const at = n.position?.start ?? { line: 0, column: 0 };
    const add = (message: string) => problems.push({ line: at.line, column: at.column, message });
    const base = n.name.split('.')[0];
    if (!/^[A-Z]/.test(base)) return; // html elements (<figure>, <section>) are fine
    const spec = SPECS[n.name];
    if (!spec) {
      if (!imported.has(base)) {
        add(`unknown component <${n.name}>.${didYouMean(n.name, available)} Components available in pieces: ${Object.keys(SPECS).map((c) => `<${c}>`).join(', ')} (see WRITING.md).`);
      }
      return;
    }
    const allowed = [...spec.required, ...spec.optional];
    const given = new Set<string>();
    for (const a of n.attributes ?? []) {
      if (a.type !== 'mdxJsxAttribute' || !a.name) continue; // {...spread}: cannot be checked here
      given.add(a.name);
      if (!allowed.includes(a.name)) {
        add(`<${n.name}> has no prop "${a.name}".${didYouMean(a.name, allowed)} Allowed: ${allowed.join(', ')}.`);
        continue;
      }
      const kind = a.name === 'chart' ? 'chart' : a.name === 'id' ? (n.name === 'Term' ? 'term' : n.name === 'Num' ? 'num' : undefined) : undefined;
      const ids = kind && known[kind];
      if (ids && typeof a.value === 'string' && !ids.has(a.value)) {
        const what = { chart: 'chart', term: 'glossary term', num: 'number' }[kind];
        add(`<${n.name} ${a.name}="${a.value}">: unknown ${what} "${a.value}".${didYouMean(a.value, ids)}`);
      }
    }
    for (const r of spec.required) if (!given.has(r)) add(`<${n.name}> needs the prop ${r}="…".`);
    const hasChildren = (n.children ?? []).length > 0;
    if (spec.children && !hasChildren) add(`<${n.name}> wraps the words it marks: <${n.name} …>words</${n.name}>.`);
    if (!spec.children && hasChildren) add(`<${n.name}> takes no content between its tags: write <${n.name} … />.`);
  });
  return problems;
}

/** A remark plugin that fails the MDX compile on a tree check's problems, naming the file and line of each. */
export function remarkFailOn<T>(what: string, check: (tree: T) => ComponentProblem[]) {
  return () => (tree: T, file: { path?: string }) => {
    const problems = check(tree);
    if (!problems.length) return;
    const name = file.path ? relative(process.cwd(), file.path) : 'an MDX file';
    const list = problems.map((p) => `  ${name}:${p.line}:${p.column} ${p.message}`).join('\n');
    throw new Error(`${what} error${problems.length > 1 ? 's' : ''} in ${name}:\n${list}`);
  };
}

/** Remark plugin: unknown components or props stop the MDX compile. */
export default remarkFailOn<Node>('MDX component', (tree) => checkComponentTree(tree));
