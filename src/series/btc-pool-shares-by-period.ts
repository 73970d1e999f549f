import { defineSeries } from './define.ts';
import { poolBlocks } from './inputs.ts';
import { poolSharesByPeriod } from '../data/poolSharesByPeriod.ts';
import { roundTo } from '../data/roundTo.ts';

export default defineSeries({
  id: 'btc-pool-shares-by-period',
  title: 'Bitcoin mining-pool shares per difficulty period, 2016–2018',
  description:
    'For each 2,016-block difficulty period (heights divisible by 2,016) between heights 400,000 and 546,235: the five largest named pools, all other named pools together ("Other") and unattributed blocks ("Unknown": labels "unknown" and "failed"), as shares of the blocks present in the data. Shares in % with 2 decimals.',
  es: {
    title: 'Porciones de los pools de minería de Bitcoin por período de dificultad, 2016–2018',
    description:
      'Para cada período de dificultad de 2.016 bloques (alturas divisibles por 2.016) entre las alturas 400.000 y 546.235: los cinco mayores pools con nombre, todos los demás pools con nombre juntos ("Other") y los bloques sin atribuir ("Unknown": las etiquetas "unknown" y "failed"), como porciones de los bloques presentes en los datos. Porciones en % con 2 decimales.',
    // Each column's meaning, keyed by its English text (a changed English meaning has none).
    columns: {
      'First block height of the period (a multiple of 2,016).':
        'Primera altura de bloque del período (un múltiplo de 2.016).',
      'Last block height of the period.':
        'Última altura de bloque del período.',
      'Blocks of the period present in the data (2,016 unless at the edges of the data or in the 88-block gap).':
        'Bloques del período presentes en los datos (2.016, salvo en los bordes de los datos o en el hueco de 88 bloques).',
      '1–5 for the named pools, empty for Other and Unknown.':
        'De 1 a 5 para los pools con nombre; vacío para Other y Unknown.',
      'Pool label, "Other" or "Unknown".':
        'Etiqueta del pool, "Other" (los demás) o "Unknown" (sin atribuir).',
      'Blocks found in the period.':
        'Bloques encontrados en el período.',
      'blocks ÷ period_blocks × 100.':
        'blocks ÷ period_blocks × 100.',
    },
  },
  datasets: ['pool-blocks-2016-2018'],
  // One row per listed pool of each period: the top five, then Other, then Unknown.
  from: () =>
    poolSharesByPeriod(poolBlocks(), { top: 5 }).flatMap((p) => [
      ...p.top.map((t, i) => ({ p, rank: (i + 1) as number | null, pool: t.pool, blocks: t.blocks, sharePct: t.sharePct })),
      { p, rank: null, pool: 'Other', blocks: p.otherBlocks, sharePct: p.otherPct },
      { p, rank: null, pool: 'Unknown', blocks: p.unknownBlocks, sharePct: p.unknownPct },
    ]),
  columns: {
    period_start_height: { description: 'First block height of the period (a multiple of 2,016).', value: (r) => r.p.startHeight },
    period_end_height: { description: 'Last block height of the period.', value: (r) => r.p.endHeight },
    period_blocks: {
      unit: 'blocks',
      description: 'Blocks of the period present in the data (2,016 unless at the edges of the data or in the 88-block gap).',
      value: (r) => r.p.blocks,
    },
    rank: { description: '1–5 for the named pools, empty for Other and Unknown.', value: (r) => r.rank },
    pool: { description: 'Pool label, "Other" or "Unknown".', value: (r) => r.pool },
    blocks: { unit: 'blocks', description: 'Blocks found in the period.', value: (r) => r.blocks },
    share_pct: { unit: '%', description: 'blocks ÷ period_blocks × 100.', value: (r) => roundTo(r.sharePct, 2) },
  },
});
