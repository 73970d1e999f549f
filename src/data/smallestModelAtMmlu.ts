import type { MmluModel } from './reportedMmluModels.ts';

export interface SmallestModelStep {
  /** MMLU threshold, percent. */
  threshold: number;
  /** Release date from which this model is the smallest known to reach the threshold. */
  date: string;
  model: string;
  paramsBillions: number;
  mmlu: number;
  /** Benchmark setting as reported — settings differ between rows (5-shot, 0-shot CoT, instruct …). */
  setting: string | null;
  sourceUrl: string;
}

/**
 * Step series: for each threshold, the smallest model (by parameters) released so far whose reported MMLU is at least
 * the threshold. One row each time the record changes (a strictly smaller model reaches the threshold); the value holds
 * until the next row of the same threshold. Models released the same day are taken smallest first.
 * Rows are ordered by threshold, then date.
 */
export function smallestModelAtMmlu(models: readonly MmluModel[], thresholds: readonly number[] = [50, 60, 65, 70]): SmallestModelStep[] {
  const sorted = [...models].sort(
    (a, b) =>
      (a.releaseDate < b.releaseDate ? -1 : a.releaseDate > b.releaseDate ? 1 : 0) ||
      a.paramsBillions - b.paramsBillions ||
      (a.model < b.model ? -1 : a.model > b.model ? 1 : 0),
  );
  const out: SmallestModelStep[] = [];
  for (const threshold of [...thresholds].sort((a, b) => a - b)) {
    let best: number = Infinity;
    for (const m of sorted) {
      if (m.mmlu >= threshold && m.paramsBillions < best) {
        best = m.paramsBillions;
        out.push({ threshold, date: m.releaseDate, model: m.model, paramsBillions: m.paramsBillions, mmlu: m.mmlu, setting: m.setting, sourceUrl: m.sourceUrl });
      }
    }
  }
  return out;
}
