/**
 * Translations that cannot drift silently. A translation records which version of its English original it follows
 * (`follows:`, the first 12 hex digits of the original file's SHA-256). Two kinds of problem:
 * - behind: the original changed since. Reported by `npm run check` and the build, and the page says so to readers
 *   until the translation is brought up to date and `follows` set to the new version;
 * - mismatched: the translation shows other figures, numbers or citations than its original. Always an error: a
 *   translation tells the same argument from the same evidence.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { citedKeys } from '../markdown/citations.ts';
import type { DatasetMeta } from '../schema.ts';

/** The version of a file a translation follows. */
export const versionOf = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex').slice(0, 12);

export interface DriftProblem { file: string; line: number; message: string }

type Kind = 'figure' | 'number' | 'citation';
const LABEL: Record<Kind, (id: string) => string> = {
  figure: (id) => `<Figure chart="${id}">`,
  number: (id) => `<Num id="${id}">`,
  citation: (id) => `[@${id}]`,
};

/** Each figure, number and citation of an MDX text, with the line it is first on. */
export function evidence(text: string): Map<string, { kind: Kind; id: string; line: number }> {
  const found = new Map<string, { kind: Kind; id: string; line: number }>();
  const add = (kind: Kind, id: string, line: number) => {
    if (!found.has(`${kind}:${id}`)) found.set(`${kind}:${id}`, { kind, id, line });
  };
  text.split('\n').forEach((l, i) => {
    for (const m of l.matchAll(/<Figure\b[^>]*?\bchart="([^"]+)"/g)) add('figure', m[1]!, i + 1);
    for (const m of l.matchAll(/<Num\b[^>]*?\bid="([^"]+)"/g)) add('number', m[1]!, i + 1);
    for (const k of citedKeys(l)) add('citation', k, i + 1);
  });
  return found;
}

/** What is wrong with a translation (its text and file) against its original; `follows` is its recorded version. */
export function translationDrift(original: { file: string; text: string }, translation: { file: string; text: string }, follows: string | undefined) {
  const behind: DriftProblem[] = [];
  const mismatched: DriftProblem[] = [];
  const lines = translation.text.split('\n');
  const followsLine = lines.findIndex((l) => /^follows:/.test(l)) + 1 || 1;
  const now = versionOf(original.text);
  if (follows !== now) {
    behind.push({
      file: translation.file, line: followsLine,
      message: `follows ${follows ?? '(nothing)'} but ${original.file} is now ${now}: bring the translation up to date with the English, then set follows: "${now}"`,
    });
  }
  const en = evidence(original.text);
  const tr = evidence(translation.text);
  for (const [key, e] of en) {
    if (!tr.has(key)) mismatched.push({ file: translation.file, line: followsLine, message: `${LABEL[e.kind](e.id)} is in ${original.file}:${e.line} but not in the translation` });
  }
  for (const [key, e] of tr) {
    if (!en.has(key)) mismatched.push({ file: translation.file, line: e.line, message: `${LABEL[e.kind](e.id)} is not in ${original.file}: a translation shows the same evidence as its original` });
  }
  return { behind, mismatched };
}

/** translationDrift for files on disk. */
export function fileDrift(originalFile: string, translationFile: string, follows: string | undefined) {
  return translationDrift({ file: originalFile, text: readFileSync(originalFile, 'utf8') }, { file: translationFile, text: readFileSync(translationFile, 'utf8') }, follows);
}

/** What a dataset's translation (the `es` of its dataset.json) translates: the English it follows. */
export function datasetEnglish(meta: Pick<DatasetMeta, 'title' | 'source' | 'licence' | 'description' | 'caveats' | 'files'>): string {
  return JSON.stringify([meta.title, meta.source.name, meta.licence.name, meta.description, meta.caveats, meta.files.map((f) => [f.path, f.description ?? '', f.trimmed ?? ''])]);
}

/** A dataset translation behind its English: the English text changed since the version its `follows` records. */
export function datasetDrift(file: string, text: string, meta: DatasetMeta): DriftProblem[] {
  if (!meta.es) return [];
  const now = versionOf(datasetEnglish(meta));
  if (meta.es.follows === now) return [];
  const line = text.split('\n').findIndex((l) => /"follows"\s*:/.test(l)) + 1 || 1;
  return [{ file, line, message: `es follows ${meta.es.follows} but the English title, source, licence, description, caveats, file descriptions or trimming notes are now ${now}: bring the Spanish up to date, then set "follows": "${now}"` }];
}
