/**
 * The refresh report's second half: what the site says differently after a refresh. Every chart summary and <Num> is
 * computed before and after (src/refresh/snapshot.ts, run through Vite because the number registry uses
 * import.meta.glob); the report lists each one that changed, with the file:line of every use of a changed number in
 * the prose, so the writer knows which sentences to re-read; and drafts a changelog entry per dataset.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { runnerImport } from 'vite';
import type { Snapshot } from '../../src/refresh/snapshot.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every chart summary and number, computed from the data under `dataRoot`. */
export async function takeSnapshot(dataRoot: string): Promise<Snapshot> {
  const was = process.env.DATA_ROOT;
  process.env.DATA_ROOT = dataRoot; // read by the loader when the runner evaluates it afresh
  try {
    const { module } = await runnerImport<typeof import('../../src/refresh/snapshot.ts')>(join(ROOT, 'src/refresh/snapshot.ts'), { configFile: false, logLevel: 'error', root: ROOT });
    return module.snapshot();
  } finally {
    if (was === undefined) delete process.env.DATA_ROOT;
    else process.env.DATA_ROOT = was;
  }
}

const mdxFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? mdxFiles(p) : /\.mdx?$/.test(n) ? [p] : [];
  });

/** file:line of every <Num id="…"> in the prose, by number id. */
export function numberUses(contentDir = join(ROOT, 'content')): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  for (const file of mdxFiles(contentDir)) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      for (const m of line.matchAll(/<Num\s[^>]*\bid=["']([^"']+)["']/g)) {
        const at = `${relative(ROOT, file)}:${i + 1}`;
        uses.set(m[1]!, [...(uses.get(m[1]!) ?? []), at]);
      }
    });
  }
  return uses;
}

export interface Differences {
  charts: { id: string; before: string; after: string }[];
  numbers: { id: string; before: string; after: string; uses: string[] }[];
}

export function differences(before: Snapshot, after: Snapshot, uses = numberUses()): Differences {
  const charts = Object.keys(after.charts)
    .filter((id) => before.charts[id]?.summary !== after.charts[id]!.summary)
    .map((id) => ({ id, before: before.charts[id]?.summary ?? '(new chart)', after: after.charts[id]!.summary }));
  const numbers = Object.keys(after.numbers)
    .filter((id) => before.numbers[id]?.text !== after.numbers[id]!.text)
    .map((id) => ({ id, before: before.numbers[id]?.text ?? '(new)', after: after.numbers[id]!.text, uses: uses.get(id) ?? [] }));
  return { charts, numbers };
}

/** The report's lines for the differences, and a changelog entry to edit per changed dataset. */
export function differencesMarkdown(d: Differences, datasets: { id: string; dataAsOf: string }[], today: string): string[] {
  const L: string[] = ['', '## Chart summaries that changed', ''];
  if (!d.charts.length) L.push('None.');
  for (const c of d.charts) L.push(`- **${c.id}** (/charts/${c.id}/)`, `  - before: ${c.before}`, `  - after: ${c.after}`);
  L.push('', '## Numbers that changed, and where the prose uses them', '');
  if (!d.numbers.length) L.push('None.');
  for (const n of d.numbers) L.push(`- \`${n.id}\`: ${n.before} → ${n.after}; ${n.uses.length ? `used in ${n.uses.join(', ')}` : 'not used in the prose'}`);
  L.push('', '## Draft changelog entries (content/changelog.yaml; say what changed for a reader)', '', '```yaml');
  for (const { id, dataAsOf } of datasets) {
    L.push(`- id: ${today}-${id}-refreshed`, `  date: ${today}`, '  kind: data', '  summary: >-', `    ${id} refreshed to ${dataAsOf}.`, `  links: [/data/${id}/]`, '');
  }
  L.push('```');
  return L;
}
