import { translation } from '../translation.ts';
import chart, { summaryFacts } from '../defs/pool-shares-by-period.ts';

export default translation<typeof chart>({
  strings: {
    'Pools rise and fall, period by period': 'Los pools suben y bajan, período a período',
    'Share of blocks found by each of the seven largest mining pools in every complete difficulty period of 2,016 blocks, heights 400,000–546,235 (about 2016–2018)':
      'Porción de bloques encontrados por cada uno de los siete pools de minería más grandes en cada período de dificultad completo de 2.016 bloques, alturas 400.000–546.235 (aproximadamente 2016–2018)',
    'Seven small panels, one per mining pool, each showing its share of blocks across about 70 difficulty periods from 2016 to 2018: AntPool stays between roughly 12 and 28 percent throughout; F2Pool starts near a quarter and declines; BTC.com rises from nothing to about a quarter; BTCC fades from about 15 percent to nothing; BTC.TOP and ViaBTC appear and settle around a tenth; SlushPool stays around a tenth.':
      'Siete paneles pequeños, uno por pool de minería, cada uno con su porción de bloques a lo largo de unos 70 períodos de dificultad entre 2016 y 2018: AntPool se mantiene entre aproximadamente 12 y 28 por ciento todo el tiempo; F2Pool empieza cerca de un cuarto y va bajando; BTC.com sube de cero a cerca de un cuarto; BTCC se apaga de alrededor de 15 por ciento a nada; BTC.TOP y ViaBTC aparecen y se asientan en torno a un décimo; SlushPool se mantiene cerca de un décimo.',
    'Each point is one difficulty period, about two weeks; block heights stand in for dates because the file has no timestamps. Pools are single labels as the source wrote them; the two highlighted pools were both run by Bitmain. Periods cut by the edges of the data or by a gap of 88 missing heights are left out.':
      'Cada punto es un período de dificultad, unas dos semanas; las alturas de bloque reemplazan a las fechas porque el archivo no tiene marcas de tiempo. Los pools son etiquetas individuales tal como las escribió la fuente; los dos pools destacados los manejaba Bitmain. Se dejan afuera los períodos cortados por los bordes de los datos o por un hueco de 88 alturas faltantes.',
    'Period starts at height': 'El período empieza en la altura',
    Pool: 'Pool',
    'Blocks in the period': 'Bloques en el período',
    'Share of the period’s blocks': 'Porción de los bloques del período',
    'block height →': 'altura de bloque →',
    '↑ share of the period’s blocks (%)': '↑ porción de los bloques del período (%)',
    '%s, period from height %s': '%s, período desde la altura %s',
    '%s blocks (%s %)': '%s bloques (%s %)',
    Pools: 'Pools',
  },
  summary: (rows, _context, { fmt }) => {
    const { up, down, max } = summaryFacts(rows);
    return `Del primer período completo al último, ${up.p} pasó de ${fmt.num1(up.first)} % a ${fmt.num1(up.last)} % de los bloques y ${down.p} bajó de ${fmt.num1(down.first)} % a ${fmt.num1(down.last)} %; ningún pool encontró más de ${fmt.num1(max)} % en un período.`;
  },
});
