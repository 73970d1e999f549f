import { defineSeries } from './define.ts';
import { poolBlocks } from './inputs.ts';

/** Typed view of the block file: readers download it as the dataset pool-blocks-2016-2018. */
export default defineSeries({
  id: 'btc-pool-block-labels',
  title: 'Pool label of every Bitcoin block, heights 400,000–546,235',
  description: 'One row per block: its height and the pool label the source gives it.',
  datasets: ['pool-blocks-2016-2018'],
  download: false,
  from: poolBlocks,
  columns: {
    height: { description: 'Block height.', value: (b) => b.height },
    pool: { description: 'Pool label as in the source ("unknown" and "failed" mean unattributed).', value: (b) => b.pool },
  },
});
