/**
 * What the data pages say about a dataset, computed from its validated rows: per file the row count and the
 * date range (from its first date/month/year column), and the stable download addresses.
 */
import { loadDataset, listDatasetIds, type Dataset } from '../datasets/load.ts';

export interface FileSummary {
  path: string;
  stem: string;
  description: string;
  rows: number;
  range: string | null;
  trimmed?: string;
}

export const fileStem = (path: string) => path.replace(/\.csv$/i, '');

export function summarise(ds: Dataset): FileSummary[] {
  return ds.meta.files.map((f) => {
    const rows = ds.tables[f.path] ?? [];
    const dateCol = f.columns.find((c) => c.type === 'date' || c.type === 'month' || c.type === 'year');
    let range: string | null = null;
    if (dateCol) {
      const values = rows.map((r) => r[dateCol.name]).filter((v) => v != null).map(String).sort();
      if (values.length) range = values[0] === values.at(-1) ? values[0] : `${values[0]} to ${values.at(-1)}`;
    }
    return { path: f.path, stem: fileStem(f.path), description: f.description, rows: rows.length, range, trimmed: f.trimmed };
  });
}

export function allDatasets(): Dataset[] {
  return listDatasetIds().map((id) => loadDataset(id));
}
