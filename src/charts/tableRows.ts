import type { Column, Row } from './types.ts';

/** Rows for the on-page table: all of them up to `max`, else an even sample that keeps the first and last. */
export function tableRows(rows: Row[], max = 60): Row[] {
  if (rows.length <= max) return rows;
  const step = (rows.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => rows[Math.round(i * step)]);
}

/** How the table shows one value: the column's format, numbers in British style, a dash for nothing. */
export const tableCell = (c: Column, v: unknown): string =>
  v == null || v === '' ? '–' : c.format ? c.format(v) : typeof v === 'number' ? v.toLocaleString('en-GB') : String(v);

/** The table's caption line: how many of the rows it shows. */
export const tableSummary = (shown: number, all: number): string =>
  `Data table${shown < all ? ` (${shown} of ${all} rows)` : ` (${all} rows)`}`;
