export type HashrateSource = 'estimate' | 'implied';

/**
 * The hashrate rows for charts and numbers: the trailing 30-day mean in EH/s of the series btc-hashrate-ehs (Coin
 * Metrics' estimate, already 4 significant digits), then, after its last day, the mean of btc-hashrate-implied (the
 * hashrate difficulty implies) when given. Each row says which it is, so a chart can mark the change of source.
 * One row every `everyDays` days of each part, plus each part's last. Days before a full window are left out.
 */
export function hashrateSeries(
  rows: readonly { date: string; mean_30d_ehs: number | null }[],
  { everyDays = 7, implied = [] as readonly { date: string; mean_30d_ehs: number | null }[] } = {},
): { date: string; ehs: number; source: HashrateSource }[] {
  const part = (points: readonly { date: string; mean_30d_ehs: number | null }[], source: HashrateSource) => {
    const full = points.filter((p) => p.mean_30d_ehs !== null);
    return full
      .filter((_, i) => i % everyDays === 0 || i === full.length - 1)
      .map((p) => ({ date: p.date, ehs: p.mean_30d_ehs!, source }));
  };
  const estimate = part(rows, 'estimate');
  const end = estimate.at(-1)?.date ?? '';
  return [...estimate, ...part(implied.filter((p) => p.date > end), 'implied')];
}
