/** Column dictionaries that stay readable for wide tables (one column per month). */
import type { ColumnMeta } from '../datasets/load.ts';

/** A run of columns that differ only in name (e.g. one per month of a wide table), or a single column. */
export interface ColumnGroup {
  column: ColumnMeta;
  /** Names of all columns in the run (one name for a single column). */
  names: string[];
  /** The shared description with the column's own name replaced by `placeholder` (runs only). */
  description: string;
}

/**
 * Groups runs of at least `minRun` consecutive columns that have the same type, unit, required flag, range and
 * description apart from their own name ("… in Jan 2001." / "… in Feb 2001."), so a column dictionary of a wide
 * table reads "Jan 2001 … May 2023 (269 columns)" instead of 269 rows. Other columns stay one group each.
 */
/** Where each column of a run puts its own name in the run's shared description. */
export const PLACEHOLDER = '‹column name›';

export function groupColumns(columns: readonly ColumnMeta[], minRun = 3, placeholder = PLACEHOLDER): ColumnGroup[] {
  const template = (c: ColumnMeta) =>
    c.name ? JSON.stringify([c.type, c.unit, c.required, c.min, c.max, c.format, c.pattern, c.description.split(c.name).join('\0')]) : null;
  const out: ColumnGroup[] = [];
  let i = 0;
  while (i < columns.length) {
    const t = template(columns[i]!);
    let j = i + 1;
    while (t !== null && j < columns.length && template(columns[j]!) === t && columns[i]!.description.includes(columns[i]!.name)) j++;
    if (j - i >= minRun) {
      out.push({ column: columns[i]!, names: columns.slice(i, j).map((c) => c.name), description: columns[i]!.description.split(columns[i]!.name).join(placeholder) });
      i = j;
    } else {
      out.push({ column: columns[i]!, names: [columns[i]!.name], description: columns[i]!.description });
      i++;
    }
  }
  return out;
}
