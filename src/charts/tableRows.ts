import type { Row } from './types.ts';

/** Rows for the on-page table: all of them up to `max`, else an even sample that keeps the first and last. */
export function tableRows(rows: Row[], max = 60): Row[] {
  if (rows.length <= max) return rows;
  const step = (rows.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => rows[Math.round(i * step)]);
}
