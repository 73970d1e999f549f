/**
 * What the site says with the data under DATA_ROOT: every chart's summary sentence and every <Num>'s text, with the
 * datasets each draws on. `npm run refresh` takes one before and one after a refresh and reports the differences.
 * Loaded through Vite (scripts/refresh/snapshot.ts) because the number registry collects its files with import.meta.glob.
 */
import { charts } from '../charts/registry.ts';
import { chartData } from '../charts/build.ts';
import { numberIds, getNumber } from '../numbers/registry.ts';

export interface Snapshot {
  charts: Record<string, { summary: string; datasets: string[] }>;
  numbers: Record<string, { text: string; datasets: string[] }>;
}

/** A chart or number that cannot be computed is reported with its error rather than stopping the snapshot. */
const attempt = (f: () => string): string => {
  try {
    return f();
  } catch (e) {
    return `(error: ${(e as Error).message.split('\n')[0]})`;
  }
};

export function snapshot(): Snapshot {
  const out: Snapshot = { charts: {}, numbers: {} };
  for (const def of charts) {
    out.charts[def.id] = {
      summary: attempt(() => {
        const { rows, context } = chartData(def);
        return def.summary(rows, context);
      }),
      datasets: def.datasets,
    };
  }
  for (const id of numberIds()) {
    let datasets: string[] = [];
    out.numbers[id] = { text: attempt(() => { const n = getNumber(id); datasets = n.datasets; return n.text; }), datasets };
  }
  return out;
}
