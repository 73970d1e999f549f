/**
 * A value no reader should see: "NaN", "undefined", "Infinity" or "[object Object]" in a built page's text or
 * attributes (a misspelt column or a failed computation, e.g. on the methods page, which no chart check covers).
 * Scripts and styles are left out; the words inside a JSON payload are not text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const BAD = /\b(NaN|undefined|-?Infinity)\b|\[object Object\]/;

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));

export function badValues(dir: string): { where: string; message: string }[] {
  const problems: { where: string; message: string }[] = [];
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8').replace(/<(script|style)\b[\s\S]*?<\/\1>/g, (m) => m.replace(/[^\n]/g, ' '));
    html.split('\n').forEach((line, i) => {
      const m = line.match(BAD);
      if (!m) return;
      const at = m.index!;
      problems.push({ where: `${relative(dir, file)}:${i + 1}`, message: `"${m[0]}" where a value belongs: …${line.slice(Math.max(0, at - 60), at + 30).trim()}…` });
    });
  }
  return problems;
}
