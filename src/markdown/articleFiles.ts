/**
 * The articles folder holds pieces and nothing else: one `<slug>.mdx` per piece, the file name being its URL. Anything
 * the collection would skip or merge silently (a `.md` file, a sub-folder, a name in capitals that slugifies onto
 * another piece's, a file not saved as UTF-8) stops the build instead, naming the file and what was expected.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { frontmatterProblems } from './frontmatter.ts';
import { decodeUtf8, NOT_UTF8 } from '../lib/utf8.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*\.mdx$/;

export function articleFileProblems(dir: string): string[] {
  if (!existsSync(dir)) return [`${dir}: the articles folder does not exist`];
  const shown = (name: string) => join(dir, name).replace(/^\.\//, '').split('\\').join('/');
  const problems: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue; // editor and system files (.DS_Store, .swp)
    if (statSync(join(dir, name)).isDirectory()) {
      problems.push(`${shown(name)}/: pieces cannot sit in sub-folders (expected content/articles/<slug>.mdx); move its files up or out`);
    } else if (!name.endsWith('.mdx')) {
      problems.push(`${shown(name)}: only .mdx files are pieces (expected <slug>.mdx); rename it to ${name.replace(/\.[^.]*$/, '')}.mdx or move it out of the folder`);
    } else if (!SLUG.test(name)) {
      problems.push(`${shown(name)}: a piece's file name is its URL (expected lower-case words and digits joined by hyphens, e.g. the-cost-of-a-coin.mdx)`);
    } else {
      const decoded = decodeUtf8(readFileSync(join(dir, name)));
      if ('badLine' in decoded) problems.push(`${shown(name)}:${decoded.badLine}: ${NOT_UTF8}`);
    }
  }
  return problems;
}

interface Schema { safeParse(x: unknown): { success: boolean; error?: { issues: readonly unknown[] } } }

/**
 * Throws with every problem at once, each as file:line: the folder's files, then each piece's frontmatter against the
 * schema (used by src/content.config.ts when the site is built or checked, before Astro's own messages).
 */
export function checkArticles(dir: string, schema: Schema): void {
  const problems = articleFileProblems(dir);
  if (!problems.length) {
    for (const name of readdirSync(dir).sort().filter((n) => n.endsWith('.mdx'))) {
      const file = join(dir, name);
      const shown = file.replace(/^\.\//, '').split('\\').join('/');
      for (const p of frontmatterProblems(file, schema)) problems.push(`${shown}:${p.line}: ${p.message}`);
    }
  }
  if (problems.length) throw new Error(`Pieces the site cannot build (fix these first):\n  ${problems.join('\n  ')}`);
}
