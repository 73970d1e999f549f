import type { BuiltChart } from '../charts/build.ts';
import { columnHeading } from '../charts/types.ts';
import { toCsv } from './csv.ts';

/**
 * Exactly the plotted rows of a chart as CSV, headed as the data table is ("Hashrate, 30-day mean (EH/s)"): people open
 * it in a spreadsheet. The machine keys ("ehs"), with label and unit, are in data.json; credits are there and on the page.
 * The chart page's download and the lesson packs use this one function.
 */
export function chartCsv({ def, rows }: Pick<BuiltChart, 'def' | 'rows'>): string {
  const keyed = rows.map((r) => Object.fromEntries(def.columns.map((c) => [columnHeading(c), r[c.key]])));
  return toCsv(def.columns.map(columnHeading), keyed);
}
