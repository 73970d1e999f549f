import { csvFormatRows } from 'd3-dsv';

/**
 * The one CSV writer of the downloads (dataset files, derived series, chart data): a header of `names`, then one line
 * per row with each value as text (empty for null or missing). RFC 4180 quoting (d3-dsv), LF line ends, final newline.
 */
export function toCsv(names: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return csvFormatRows([[...names], ...rows.map((r) => names.map((n) => (r[n] === null || r[n] === undefined ? '' : String(r[n]))))]) + '\n';
}
