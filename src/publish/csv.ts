import { csvFormatRows } from 'd3-dsv';

/**
 * A text cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return) is written
 * with a leading apostrophe, the usual neutraliser: the downloads come from public sources and are opened in Excel.
 * Numbers (a negative number is not text) are written as they are.
 */
const FORMULA = /^[=+\-@\t\r]/;
const cell = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' && FORMULA.test(v) ? `'${v}` : String(v));

/**
 * The one CSV writer of the downloads (dataset files, derived series, chart data): a header of `names`, then one line
 * per row with each value as text (empty for null or missing). RFC 4180 quoting (d3-dsv), LF line ends, final newline.
 */
export function toCsv(names: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return csvFormatRows([names.map(cell), ...rows.map((r) => names.map((n) => cell(r[n])))]) + '\n';
}
