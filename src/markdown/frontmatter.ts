/**
 * Frontmatter problems with the line they are on: used by the build (src/content.config.ts, before Astro's own check,
 * whose messages point at line 0) and by `npm run check`. Messages are plain text: file:line, the field, what was
 * expected.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

export interface Problem { line: number; message: string }
interface Issue { path: PropertyKey[]; message: string; code?: string; keys?: string[] }
interface Schema { safeParse(x: unknown): { success: boolean; error?: { issues: readonly unknown[] } } }

/** The frontmatter text and the body, the body keeping its line numbers (the frontmatter becomes blank lines). */
export function splitFrontmatter(src: string): { text: string; body: string } {
  const m = src.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?/);
  if (!m) return { text: '', body: src };
  return { text: m[1]!, body: '\n'.repeat(m[0].split('\n').length - 1) + src.slice(m[0].length) };
}

/** Line (1-based, in the file) of a field path like ['takeaways', 1] in a block of YAML starting at firstLine. */
export function yamlLineOf(yamlText: string, path: PropertyKey[], firstLine: number): number {
  const lines = yamlText.split('\n');
  let from = 0;
  let indent = -1;
  let line = firstLine;
  for (const part of path) {
    if (typeof part === 'string') {
      const i = lines.findIndex((l, k) => k >= from && new RegExp(`^\\s{${indent + 1},}${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(l) && (l.match(/^\s*/)![0].length > indent));
      if (i < 0) return line;
      from = i; indent = lines[i]!.match(/^\s*/)![0].length; line = firstLine + i;
    } else if (typeof part === 'number') {
      if (/\[.*\]/.test(lines[from] ?? '')) return line; // flow list on one line
      let count = -1;
      for (let k = from + 1; k < lines.length; k++) {
        const m = lines[k]!.match(/^(\s*)-\s/);
        if (m && m[1]!.length >= indent) count++;
        else if (/^\S/.test(lines[k]!) && m === null) break;
        if (count === part) { from = k; indent = m![1]!.length; line = firstLine + k; break; }
      }
    }
  }
  return line;
}

/** Schema issues as problems on their lines: an unknown field at its line, a missing one at the line before the block. */
export function issueProblems(text: string, firstLine: number, issues: readonly Issue[], prefix = ''): Problem[] {
  const out: Problem[] = [];
  for (const i of issues) {
    if (i.code === 'unrecognized_keys' && i.keys) {
      for (const k of i.keys) out.push({ line: yamlLineOf(text, [...i.path, k], firstLine), message: `${prefix}unknown field "${[...i.path, k].join('.')}" (a typo?). Fields are listed in src/content.config.ts.` });
      continue;
    }
    const field = i.path.map(String).join('.') || '(frontmatter)';
    const missing = /received undefined|Required/i.test(i.message);
    out.push({ line: missing ? firstLine - 1 : yamlLineOf(text, i.path, firstLine), message: `${prefix}${missing ? `missing field "${field}"` : `field "${field}": ${i.message}`}` });
  }
  return out;
}

/** Everything wrong with a piece's frontmatter, each on its line. */
export function frontmatterProblems(file: string, schema: Schema): Problem[] {
  const { text } = splitFrontmatter(readFileSync(file, 'utf8'));
  if (!text) return [{ line: 1, message: 'needs frontmatter between --- lines at the top (npm run new makes one)' }];
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (e) {
    const err = e as { mark?: { line: number }; reason?: string };
    return [{ line: (err.mark?.line ?? 0) + 2, message: `frontmatter is not valid YAML: ${err.reason ?? (e as Error).message}` }];
  }
  const r = schema.safeParse(data);
  return r.success ? [] : issueProblems(text, 2, r.error!.issues as Issue[]);
}
