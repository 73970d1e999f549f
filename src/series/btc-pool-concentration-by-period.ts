import { defineSeries } from './define.ts';
import { poolBlocks } from './inputs.ts';
import { poolSharesByPeriod } from '../data/poolSharesByPeriod.ts';
import { roundTo } from '../data/roundTo.ts';

export default defineSeries({
  id: 'btc-pool-concentration-by-period',
  title: 'Bitcoin mining-pool concentration per difficulty period (HHI, Nakamoto coefficient), 2016–2018',
  description:
    'Per 2,016-block difficulty period: the largest pool and its share, the top-3 share, the Herfindahl-Hirschman Index (0–10,000) and the Nakamoto coefficient (fewest pools with more than 50 % of blocks). Each unattributed block is counted as its own one-block miner (so it neither forms one giant pool nor inflates the named pools); pools are single labels, not owners.',
  es: {
    title: 'Concentración de los pools de minería de Bitcoin por período de dificultad (HHI, coeficiente de Nakamoto), 2016–2018',
    description:
      'Por período de dificultad de 2.016 bloques: el pool mayor y su porción, la porción de los tres mayores, el índice de Herfindahl-Hirschman (0–10.000) y el coeficiente de Nakamoto (la menor cantidad de pools con más del 50 % de los bloques). Cada bloque sin atribuir cuenta como un minero propio de un solo bloque (así no forma un pool gigante ni infla a los pools con nombre); los pools son etiquetas sueltas, no dueños.',
    // Each column's meaning, keyed by its English text (a changed English meaning has none).
    columns: {
      'First block height of the period.':
        'Primera altura de bloque del período.',
      'Last block height of the period.':
        'Última altura de bloque del período.',
      'Blocks of the period present in the data.':
        'Bloques del período presentes en los datos.',
      'true if all 2,016 blocks of the period are in the data.':
        'true si los 2.016 bloques del período están en los datos.',
      'Largest named pool.':
        'El pool con nombre más grande.',
      'Its share of the period’s blocks.':
        'Su porción de los bloques del período.',
      'Share of the three largest named pools.':
        'Porción de los tres pools con nombre más grandes.',
      'Share of unattributed blocks.':
        'Porción de los bloques sin atribuir.',
      'Number of distinct named pools.':
        'Cantidad de pools con nombre distintos.',
      'Herfindahl-Hirschman Index of block shares in %, 0–10,000 (1 decimal).':
        'Índice de Herfindahl-Hirschman de las porciones de bloques en %, de 0 a 10.000 (1 decimal).',
      'Fewest entities with more than 50 % of blocks.':
        'La menor cantidad de entidades con más del 50 % de los bloques.',
    },
  },
  datasets: ['pool-blocks-2016-2018'],
  from: () => poolSharesByPeriod(poolBlocks(), { top: 5 }),
  columns: {
    period_start_height: { description: 'First block height of the period.', value: (p) => p.startHeight },
    period_end_height: { description: 'Last block height of the period.', value: (p) => p.endHeight },
    period_blocks: { unit: 'blocks', description: 'Blocks of the period present in the data.', value: (p) => p.blocks },
    complete: { description: 'true if all 2,016 blocks of the period are in the data.', value: (p) => p.complete },
    top_pool: { description: 'Largest named pool.', value: (p) => p.top[0]?.pool ?? null },
    top_pool_share_pct: { unit: '%', description: 'Its share of the period’s blocks.', value: (p) => (p.top[0] ? roundTo(p.top[0].sharePct, 2) : null) },
    top3_share_pct: { unit: '%', description: 'Share of the three largest named pools.', value: (p) => roundTo(p.top.slice(0, 3).reduce((s, t) => s + t.sharePct, 0), 2) },
    unknown_share_pct: { unit: '%', description: 'Share of unattributed blocks.', value: (p) => roundTo(p.unknownPct, 2) },
    named_pools: { description: 'Number of distinct named pools.', value: (p) => p.namedPools },
    hhi: { description: 'Herfindahl-Hirschman Index of block shares in %, 0–10,000 (1 decimal).', value: (p) => roundTo(p.hhi, 1) },
    nakamoto_coefficient: { description: 'Fewest entities with more than 50 % of blocks.', value: (p) => p.nakamotoCoefficient },
  },
});
