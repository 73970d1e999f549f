import { translation } from '../translation.ts';
import chart, { summaryFacts } from '../defs/pool-concentration-2016-2018.ts';

export default translation<typeof chart>({
  strings: {
    'How much the largest pools found, period by period': 'Cuánto encontraron los pools más grandes, período a período',
    'Share of blocks found by the largest pool, by Bitmain’s two pools together and by the three largest pools in each difficulty period of 2,016 blocks, 2016–2018':
      'Porción de bloques encontrados por el pool más grande, por los dos pools de Bitmain juntos y por los tres pools más grandes en cada período de dificultad de 2.016 bloques, 2016–2018',
    'Three lines over block heights 400,000 to 546,235, one point per difficulty period: the three largest pools together start above half of all blocks, fall well below it and climb back over it late in the record; the largest single pool stays well below half; Bitmain’s two pools, AntPool and BTC.com, counted together, start near a quarter, dip below a fifth and climb to about two fifths of blocks.':
      'Tres líneas sobre las alturas de bloque 400.000 a 546.235, con un punto por período de dificultad: los tres pools más grandes juntos empiezan por encima de la mitad de todos los bloques, caen bastante por debajo y vuelven a superarla hacia el final del registro; el pool individual más grande se mantiene muy por debajo de la mitad; los dos pools de Bitmain, AntPool y BTC.com, contados juntos, empiezan cerca de un cuarto, bajan de un quinto y suben hasta cerca de dos quintos de los bloques.',
    'Each point is one difficulty period of 2,016 blocks, about two weeks. Periods cut by the edges of the data or by a gap of 88 missing heights are left out. “Largest pool” and “three largest” count single pool labels; the middle line counts AntPool and BTC.com, both run by Bitmain in this period, as one owner.':
      'Cada punto es un período de dificultad de 2.016 bloques, unas dos semanas. Se dejan afuera los períodos cortados por los bordes de los datos o por un hueco de 88 alturas faltantes. “Pool más grande” y “los tres más grandes” cuentan etiquetas de pools individuales; la línea del medio cuenta como un solo dueño a AntPool y BTC.com, que en este período manejaba Bitmain.',
    'Period starts at height': 'El período empieza en la altura',
    Measure: 'Medida',
    'Share of blocks': 'Porción de bloques',
    'Largest pool': 'Pool más grande',
    'Nakamoto coefficient (single pools)': 'Coeficiente de Nakamoto (pools individuales)',
    'HHI (single pools)': 'HHI (pools individuales)',
    // The three measures, as labels, table values and tooltips
    'AntPool + BTC.com (Bitmain)': 'AntPool + BTC.com (Bitmain)',
    'Three largest pools': 'Los tres pools más grandes',
    'block height →': 'altura de bloque →',
    '↑ share of blocks (%)': '↑ porción de bloques (%)',
    'half of all blocks': 'la mitad de todos los bloques',
    'Period from height %s': 'Período desde la altura %s',
    'Largest single pool: %s; Nakamoto coefficient %s': 'Pool individual más grande: %s; coeficiente de Nakamoto %s',
    'From (block height)': 'Desde (altura de bloque)',
    'To (block height)': 'Hasta (altura de bloque)',
  },
  summary: (rows, _context, { fmt }) => {
    const { periods, mean3, maxTop, maxBitmain, minN, maxN } = summaryFacts(rows);
    return `En ${periods} períodos completos, los tres pools más grandes encontraron en promedio ${fmt.num1(mean3)} % de los bloques; la porción del pool individual más grande llegó a un máximo de ${fmt.num1(maxTop)} %, la de los dos pools de Bitmain juntos a ${fmt.num1(maxBitmain)} %, y hicieron falta entre ${minN} y ${maxN} pools individuales para superar la mitad de los bloques.`;
  },
});
