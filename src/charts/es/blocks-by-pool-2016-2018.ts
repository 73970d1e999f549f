import { translation } from '../translation.ts';
import chart, { summaryFacts } from '../defs/blocks-by-pool-2016-2018.ts';

export default translation<typeof chart>({
  strings: {
    'Who found the blocks, 2016–2018': 'Quién encontró los bloques, 2016–2018',
    'Blocks found by each mining pool between block heights 400,000 and 546,235 (about February 2016 to October 2018)':
      'Bloques encontrados por cada pool de minería entre las alturas de bloque 400.000 y 546.235 (aproximadamente de febrero de 2016 a octubre de 2018)',
    'Bar chart of blocks found per mining pool from 2016 to 2018: AntPool found the most, followed by F2Pool, BTC.com and BTC.TOP; the ten largest pools together found most of the blocks, and a small share had no pool label.':
      'Gráfico de barras de los bloques encontrados por cada pool de minería entre 2016 y 2018: AntPool encontró la mayor cantidad, seguido por F2Pool, BTC.com y BTC.TOP; los diez pools más grandes juntos encontraron la mayoría de los bloques, y una pequeña porción no tenía etiqueta de pool.',
    'A pool is a coordinator, not a miner: thousands of machines, owned by many people and firms, may point at one pool, and one firm may run several pools. Labels are as in the source; spelling variants of one pool are kept apart.':
      'Un pool es un coordinador, no un minero: miles de máquinas de muchas personas y empresas pueden apuntar a un mismo pool, y una empresa puede manejar varios pools. Las etiquetas son las de la fuente; las grafías distintas de un mismo pool se mantienen separadas.',
    Pool: 'Pool',
    Blocks: 'Bloques',
    'Share of all blocks': 'Porción de todos los bloques',
    '%s other pools': 'otros %s pools',
    'No pool label': 'Sin etiqueta de pool',
    'share of all blocks (%) →': 'porción de todos los bloques (%) →',
    'blocks found →': 'bloques encontrados →',
    '%s blocks (%s %)': '%s bloques (%s %)',
    Measure: 'Medida',
    'Blocks found': 'Bloques encontrados',
    'Share of all blocks (%)': 'Porción de todos los bloques (%)',
  },
  summary: (rows, _context, { fmt }) => {
    const { top, top3, top10 } = summaryFacts(rows);
    return `${top.pool} encontró ${fmt.int(top.blocks)} bloques, el ${fmt.num1(top.share_pct)} % del total; los tres pools más grandes encontraron el ${fmt.num1(top3)} %, y los diez más grandes, el ${fmt.num1(top10)} %.`;
  },
});
