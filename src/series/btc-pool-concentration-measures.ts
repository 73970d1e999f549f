import { defineTable } from './define.ts';
import everyPool from './btc-pool-shares-every-pool.ts';
import concentration from './btc-pool-concentration-by-period.ts';

/**
 * Per complete difficulty period (2,016 blocks), three measures in this order: the largest pool's share, the share of
 * Bitmain's two pools together (AntPool and BTC.com) and the three largest pools' share.
 */
export default defineTable({
  id: 'btc-pool-concentration-measures',
  title: 'Mining-pool concentration per difficulty period, three measures, 2016–2018',
  description: 'Largest pool, Bitmain’s two pools and the three largest pools, as shares of each complete period’s blocks.',
  datasets: ['pool-blocks-2016-2018'],
  download: false,
  from: () => {
    const shares = new Map(everyPool.rows().map((r) => [`${r.period_start_height}|${r.pool}`, r.share_pct]));
    const share = (h: number, pool: string) => shares.get(`${h}|${pool}`) ?? 0;
    return concentration.rows().filter((r) => r.complete).flatMap((r) => {
      const h = r.period_start_height;
      const common = { height: h, pool: r.top_pool, nakamoto: r.nakamoto_coefficient, hhi: r.hhi };
      return [
        { ...common, series: 'Largest pool', share_pct: r.top_pool_share_pct },
        { ...common, series: 'AntPool + BTC.com (Bitmain)', share_pct: Math.round((share(h, 'AntPool') + share(h, 'BTC.com')) * 100) / 100 },
        { ...common, series: 'Three largest pools', share_pct: r.top3_share_pct },
      ];
    });
  },
  columns: {
    height: { description: 'First block height of the period.' },
    pool: { description: 'Largest single pool.' },
    nakamoto: { description: 'Nakamoto coefficient (single pools).' },
    hhi: { description: 'HHI (single pools), 0–10,000.' },
    series: { description: 'The measure.' },
    share_pct: { unit: '%', description: 'Share of the period’s blocks.' },
  },
});
