/**
 * The architecture as rules on imports: data flows content → datasets → series → charts → components → pages, and each
 * layer imports only from the layers before it. Read by tests/unit/architecture.test.ts, which fails on any violation.
 * Imports are read as text (import … from, export … from, import()), in .ts, .mjs and .astro files alike.
 */
import { posix } from 'node:path';

export interface SourceFile {
  /** Path from the project root with forward slashes, e.g. src/charts/defs/hashrate-eras.ts. */
  path: string;
  text: string;
}

export interface Rule {
  /** What the rule protects, as the failure message says it. */
  why: string;
  /** The files the rule applies to. */
  from: RegExp;
  /** An import these files must not make (resolved path for relative imports, else the bare specifier). */
  to: RegExp;
  /** Type-only imports are allowed (they load nothing at run time). */
  typesAllowed?: boolean;
  /** Files exempt from the rule. */
  except?: RegExp;
}

export const RULES: Rule[] = [
  { why: 'only pages import route code (src/pages/)', from: /^src\/(?!pages\/)/, to: /^src\/pages\// },
  { why: 'a chart is pure: it reads no dataset', from: /^src\/charts\/defs\//, to: /^src\/datasets\// },
  { why: 'a chart is pure: it names its series and imports only their types', from: /^src\/charts\/defs\//, to: /^src\/series\//, typesAllowed: true },
  { why: 'a chart is pure: no Node built-ins, so it runs in the browser', from: /^src\/charts\/defs\//, to: /^node:/ },
  { why: 'charts never import each other (shared tables are series)', from: /^src\/charts\/defs\//, to: /^src\/charts\/(defs|build|registry|render)/ },
  { why: 'charts do not read numbers', from: /^src\/charts\//, to: /^src\/numbers\// },
  { why: 'series come before charts and numbers', from: /^src\/series\//, to: /^src\/(charts|numbers|components|layouts)\// },
  { why: 'numbers and the methods page read series, never charts', from: /^src\/(numbers|methods)\//, to: /^src\/charts\/(defs|build|registry|render)/ },
  { why: 'only the series adapters (src/series/inputs.ts) read dataset rows', from: /^src\//, to: /^src\/datasets\/table\.ts$/, except: /^src\/series\/inputs\.ts$/ },
  { why: 'pure functions (src/data/) import only each other', from: /^src\/data\//, to: /^src\/(?!data\/)/, typesAllowed: true },
  { why: 'the loader comes first', from: /^src\/datasets\//, to: /^src\/(series|charts|numbers|components|pages|publish)\// },
];

const IMPORT = /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every import of a file: the resolved target (project path for relative imports, else the specifier) and whether it is type-only. */
export function importsOf(file: SourceFile): { target: string; typeOnly: boolean; line: number }[] {
  const out: { target: string; typeOnly: boolean; line: number }[] = [];
  for (const m of file.text.matchAll(IMPORT)) {
    const spec = m[3] ?? m[4]!;
    const target = spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file.path), spec)) : spec;
    out.push({ target, typeOnly: Boolean(m[2]), line: file.text.slice(0, m.index).split('\n').length });
  }
  return out;
}

/** Each broken rule as "file:line imports target: why". */
export function importViolations(files: readonly SourceFile[], rules: readonly Rule[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    const imports = importsOf(file);
    for (const rule of rules) {
      if (!rule.from.test(file.path) || rule.except?.test(file.path)) continue;
      for (const imp of imports) {
        if (rule.to.test(imp.target) && !(rule.typesAllowed && imp.typeOnly)) out.push(`${file.path}:${imp.line} imports ${imp.target}: ${rule.why}`);
      }
    }
  }
  return out;
}
