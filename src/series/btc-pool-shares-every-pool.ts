import { defineTable } from './define.ts';
import labels from './btc-pool-block-labels.ts';
import { poolSharesByPeriod } from '../data/poolSharesByPeriod.ts';

/**
 * Every named pool's blocks and share in every complete difficulty period (not only the top five: a pool that drops
 * out of a period's top keeps its own share). Unrounded shares; computed once for the charts and numbers that need it.
 */
export default defineTable({
  id: 'btc-pool-shares-every-pool',
  title: 'Every mining pool’s share of blocks per complete difficulty period, 2016–2018',
  description: 'One row per complete 2,016-block period and named pool that found a block in it, largest first.',
  datasets: ['pool-blocks-2016-2018'],
  download: false,
  from: () =>
    poolSharesByPeriod(labels.rows(), { top: 1000 })
      .filter((p) => p.complete)
      .flatMap((p) => p.top.map((t) => ({ period_start_height: p.startHeight, pool: t.pool, blocks: t.blocks, share_pct: t.sharePct }))),
  columns: {
    period_start_height: { description: 'First block height of the period.' },
    pool: { description: 'Pool label as in the source.' },
    blocks: { unit: 'blocks', description: 'Blocks the pool found in the period.' },
    share_pct: { unit: '%', description: 'Its share of the period’s blocks (unrounded).' },
  },
});
