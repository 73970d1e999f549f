/**
 * The hashrate chart's rows from the series btc-hashrate-ehs: its trailing 30-day mean in EH/s (already 4 significant
 * digits), one row every `everyDays` days plus the last. Days before a full 30-day window exists are left out.
 */
export function hashrateSeries(rows: readonly { date: string; mean_30d_ehs: number | null }[], { everyDays = 7 } = {}): { date: string; ehs: number }[] {
  const points = rows.filter((p) => p.mean_30d_ehs !== null);
  return points
    .filter((_, i) => i % everyDays === 0 || i === points.length - 1)
    .map((p) => ({ date: p.date, ehs: p.mean_30d_ehs! }));
}
