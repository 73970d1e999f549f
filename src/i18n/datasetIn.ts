/**
 * A dataset's words in a page's language: English from its dataset.json, Spanish from the `es` there (validated by
 * src/schema.ts, kept in step with the English by src/i18n/drift.ts). Numbers and sizes in the language's conventions.
 */
import type { DatasetMeta, FileMeta } from '../schema.ts';
import type { Lang } from './lang.ts';
import { fmt as es } from '../charts/formatsEs.ts';
import { groupColumns, PLACEHOLDER } from '../publish/columnGroups.ts';

export interface DatasetText {
  title: string;
  description: string;
  caveats: string[];
  source: string;
  licence: string;
  file: (f: FileMeta) => string | undefined;
  /** The note of a file trimmed when brought in. */
  trimmed: (f: FileMeta) => string | undefined;
  /** Each column's meaning, in the file's column order (a run of columns shares one: src/publish/columnGroups.ts). */
  columns: (f: FileMeta) => string[];
  /** A meaning as the column dictionary shows it (a run's shared text, with ‹column name›). */
  meaning: (english: string) => string;
}

export function datasetIn(meta: DatasetMeta, lang: Lang): DatasetText {
  if (lang === 'en') {
    return {
      title: meta.title, description: meta.description, caveats: meta.caveats, source: meta.source.name, licence: meta.licence.name,
      file: (f) => f.description, trimmed: (f) => f.trimmed, columns: (f) => f.columns.map((c) => c.description), meaning: (m) => m,
    };
  }
  const t = meta.es;
  if (!t) throw new Error(`content/data/${meta.id}/dataset.json: no "es" (a Spanish page shows every dataset: add its Spanish title, source, licence, description, caveats and file descriptions; see WRITING.md)`);
  const meaning = (english: string) => {
    const s = t.columns[english];
    if (s === undefined) throw new Error(`content/data/${meta.id}/dataset.json: no Spanish in es.columns for "${english}"`);
    return s;
  };
  return {
    title: t.title, description: t.description, caveats: t.caveats, source: t.source, licence: t.licence, file: (f) => t.files[f.path], trimmed: (f) => f.trimmed && t.trimmed?.[f.path], meaning,
    columns: (f) => groupColumns(f.columns).flatMap((g) => g.names.map((name) => (g.names.length > 1 ? meaning(g.description).split(PLACEHOLDER).join(name) : meaning(g.description)))),
  };
}

/** A whole number as the language writes it: 146,148 / 146.148. */
export const countIn = (n: number, lang: Lang): string => (lang === 'en' ? n.toLocaleString('en-GB') : es.int(n));
