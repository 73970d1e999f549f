import { translation } from '../translation.ts';
import { utc } from '../defaults.ts';
import chart, { summaryFacts } from '../defs/largest-entity-by-grouping.ts';

export default translation<typeof chart>({
  strings: {
    'The largest miner depends on how you count': 'El minero más grande depende de cómo se cuente',
    'Share of Bitcoin blocks found by the largest entity in each 30-day window, counting pools grouped by owner and counting single pools, 2018–2026':
      'Porción de los bloques de Bitcoin encontrados por la entidad más grande en cada ventana de 30 días, contando pools agrupados por dueño y contando pools individuales, 2018–2026',
    'Two lines from 2018 to 2026: the largest owner of pools usually found a larger share of blocks than the largest single pool, with one window in April 2020 where one owner found more than half of the blocks while the largest single pool found about a fifth.':
      'Dos líneas entre 2018 y 2026: el dueño de pools más grande solía encontrar una porción de bloques mayor que el pool individual más grande, con una ventana en abril de 2020 en la que un solo dueño encontró más de la mitad de los bloques, mientras el pool individual más grande encontró cerca de un quinto.',
    'The Edinburgh Decentralisation Index groups pools run by the same company (for example Bitmain’s pools) into one owner. The single-pool file ends in February 2025. Neither measure says where the machines are.':
      'El Edinburgh Decentralisation Index agrupa en un solo dueño los pools que maneja una misma empresa (por ejemplo, los de Bitmain). El archivo por pool individual termina en febrero de 2025. Ninguna de las dos medidas dice dónde están las máquinas.',
    'Window (label date)': 'Ventana (fecha de referencia)',
    Counting: 'Conteo',
    'Largest entity’s share': 'Porción de la entidad más grande',
    'Nakamoto coefficient': 'Coeficiente de Nakamoto',
    'Pools grouped by owner': 'Pools agrupados por dueño',
    'Single pools': 'Pools individuales',
    '↑ largest entity’s share of blocks (%)': '↑ porción de bloques de la entidad más grande (%)',
    'Nakamoto coefficient %s': 'Coeficiente de Nakamoto: %s',
    'Ways of counting': 'Formas de contar',
  },
  summary: (rows, _context, { fmt }) => {
    const { owners, peak, same, last } = summaryFacts(rows);
    return `La porción ${owners ? 'del dueño' : 'del pool individual'} más grande llegó a un máximo de ${fmt.num1(peak.share_pct)} % en la ventana con fecha del ${fmt.date(utc(peak.date))}${same ? `, cuando el pool individual más grande tenía ${fmt.num1(same.share_pct)} %` : ''}; en la ventana más reciente (${fmt.date(utc(last.date))}) fue de ${fmt.num1(last.share_pct)} %.`;
  },
});
