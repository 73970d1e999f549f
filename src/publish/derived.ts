/** The derived-series downloads: /data/derived/<id>.json and .csv, from a series and its sources' metadata. */
import type { DatasetMeta } from '../datasets/load.ts';
import { toCsv } from './csv.ts';
import { provenance } from './provenance.ts';

/** One derived series as offered for download (a subset of src/series/define.ts's Series). */
export interface DerivedForDownload {
  id: string;
  title: string;
  description: string;
  datasets: string[];
  columns: { name: string; unit?: string; description: string }[];
}

/** The body of /data/derived/<id>.json. */
export function derivedJson(
  s: DerivedForDownload,
  rows: readonly Record<string, unknown>[],
  sources: readonly DatasetMeta[],
  links: { page: string; csv: string; methods: string },
) {
  return {
    id: s.id,
    title: s.title,
    description: s.description,
    links,
    sources: sources.map(provenance),
    columns: s.columns.map((c) => ({ name: c.name, unit: c.unit ?? null, description: c.description })),
    rowCount: rows.length,
    rows: rows.map((r) => Object.fromEntries(s.columns.map((c) => [c.name, r[c.name] ?? null]))),
  };
}

/** A derived series as CSV: its declared columns in order, one line per row. */
export function derivedCsv(s: Pick<DerivedForDownload, 'columns'>, rows: readonly Record<string, unknown>[]): string {
  return toCsv(s.columns.map((c) => c.name), rows);
}
