/**
 * What a chart must never publish: a column it declares that no row has, a row without a value for a column, a number
 * that is NaN or ±Infinity (a misspelt field or a division by zero upstream), or a summary that reads "NaN",
 * "undefined" or "Infinity". The build stops with the chart file, the line of the column and what was expected.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ChartDef, Row } from './types.ts';

/** At most this many problems are listed per chart. */
const MAX = 10;

/** Problems with the plotted rows and the summary, each "what: expected" (empty when all is well). */
export function rowProblems(def: Pick<ChartDef, 'columns'>, rows: readonly Row[], summary?: string): { column?: string; message: string }[] {
  const out: { column?: string; message: string }[] = [];
  for (const c of def.columns) {
    if (!rows.some((r) => Object.prototype.hasOwnProperty.call(r, c.key))) {
      out.push({ column: c.key, message: `column "${c.key}" is declared in columns, but no row has it (expected a field "${c.key}" in what data returns)` });
      continue;
    }
    for (let i = 0; i < rows.length && out.length < MAX; i++) {
      const v = (rows[i] as Record<string, unknown>)[c.key];
      if (v === undefined) out.push({ column: c.key, message: `row ${i + 1} has no value for column "${c.key}" (expected a value, or null for an empty cell)` });
      else if (typeof v === 'number' && !Number.isFinite(v)) out.push({ column: c.key, message: `row ${i + 1}, column "${c.key}" is ${v} (expected a finite number, or null for an empty cell)` });
    }
  }
  if (summary !== undefined && /\b(NaN|undefined|Infinity)\b/.test(summary)) {
    out.push({ message: `the summary reads "${summary.slice(0, 160)}${summary.length > 160 ? '…' : ''}" (expected every value in it to be a number or text)` });
  }
  return out.slice(0, MAX);
}

/** The 1-based line of `key: '<column>'` in a chart file, else of its `data:` (0 when the file cannot be read). */
export function lineOf(file: string, column?: string): number {
  if (!existsSync(file)) return 0;
  const lines = readFileSync(file, 'utf8').split('\n');
  const find = (re: RegExp) => lines.findIndex((l) => re.test(l)) + 1;
  return (column ? find(new RegExp(`key:\\s*['"]${column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]`)) : 0) || find(/^\s*data:/);
}

/** Throws with file:line for every problem of the chart's rows and summary. */
export function checkRows(def: Pick<ChartDef, 'id' | 'columns'>, rows: readonly Row[], summary: string): void {
  const problems = rowProblems(def, rows, summary);
  if (!problems.length) return;
  const file = `src/charts/defs/${def.id}.ts`;
  throw new Error(
    `Chart "${def.id}" would publish wrong values:\n` +
      problems.map((p) => `  ${file}:${lineOf(file, p.column)}: ${p.message}`).join('\n'),
  );
}
