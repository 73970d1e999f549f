/**
 * The methods page's table of contents: its own sections (content/methods.mdx) and one section per file in
 * content/methods/*.md (by file name, each under its own heading, anchor = file name), rendered once per build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { renderMarkdownSection } from '../publish/markdown.ts';

/** The sections written in content/methods.mdx, in order: [anchor, title]. */
const BEFORE: [string, string][] = [
  ['hashrate', 'Hashrate and its 7- and 30-day means'],
  ['efficiency', 'Network efficiency'],
  ['concentration', 'Pool shares, HHI and the Nakamoto coefficient'],
  ['smallest-model', 'The smallest model reaching an MMLU score'],
  ['growth', 'Growth: in total and a year'],
  ['subsidy', 'Block subsidy and the electricity per coin'],
  ['memory', 'The memory a model needs'],
];
const AFTER: [string, string][] = [
  ['derived', 'Every derived series'],
  ['caveats', 'Caveats that apply across the site'],
  ['faults', 'Known faults in the data, and what we did'],
];
const TAKEN = new Set(['contents', 'more', ...BEFORE.map(([id]) => id), ...AFTER.map(([id]) => id)]);
const DIR = 'content/methods';

export interface MethodSection { id: string; title: string; html: string }

let rendered: Promise<MethodSection[]> | undefined;

/** Every content/methods/*.md, rendered; a file name that is not a valid anchor, or one already taken, fails the build. */
export function methodSections(): Promise<MethodSection[]> {
  rendered ??= Promise.all(
    readdirSync(DIR).filter((f) => f.endsWith('.md')).sort().map(async (f) => {
      const id = f.replace(/\.md$/, '');
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new Error(`${DIR}/${f}: name the file with lower-case words joined by hyphens (it becomes the anchor)`);
      if (TAKEN.has(id)) throw new Error(`${DIR}/${f}: the anchor #${id} is taken by a section of the methods page; rename the file`);
      const { title, html } = await renderMarkdownSection(readFileSync(`${DIR}/${f}`, 'utf8'), id);
      return { id, title: title ?? id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()), html };
    }),
  );
  return rendered;
}

/** [anchor, title] of every section of the page, in order. */
export async function contents(): Promise<[string, string][]> {
  return [...BEFORE, ...(await methodSections()).map((s): [string, string] => [s.id, s.title]), ...AFTER];
}
