import { defineTable } from './define.ts';
import labels from './btc-pool-block-labels.ts';

/** Blocks found by each pool over heights 400,000–546,235: the ten largest, then all other pools and unlabelled blocks. */
export default defineTable({
  id: 'btc-blocks-by-pool-2016-2018',
  title: 'Blocks by mining pool, heights 400,000–546,235',
  description: 'The ten pools with the most blocks, all other named pools together, and blocks without a pool label.',
  datasets: ['pool-blocks-2016-2018'],
  download: false,
  from: () => {
    const blocks = labels.rows();
    const counts = new Map<string, number>();
    for (const b of blocks) counts.set(b.pool, (counts.get(b.pool) ?? 0) + 1);
    const unknown = ['unknown', 'failed'];
    const named = [...counts].filter(([p]) => !unknown.includes(p.toLowerCase())).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const total = blocks.length;
    const row = (pool: string, n: number, kind: 'pool' | 'other') => ({ pool, blocks: n, share_pct: Math.round((n / total) * 1000) / 10, kind });
    const unknownBlocks = [...counts].filter(([p]) => unknown.includes(p.toLowerCase())).reduce((s, [, n]) => s + n, 0);
    return [
      ...named.slice(0, 10).map(([p, n]) => row(p, n, 'pool')),
      row(`${named.length - 10} other pools`, named.slice(10).reduce((s, [, n]) => s + n, 0), 'other'),
      row('No pool label', unknownBlocks, 'other'),
    ];
  },
  columns: {
    pool: { description: 'Pool label, or a group of the rest.' },
    blocks: { unit: 'blocks', description: 'Blocks found.' },
    share_pct: { unit: '%', description: 'Share of all blocks in the file, 1 decimal.' },
    kind: { description: '"pool" for the ten largest, "other" for the groups.' },
  },
});
