import { translation } from '../translation.ts';
import { utc } from '../defaults.ts';
import chart, { summaryFacts } from '../defs/edi-nakamoto-by-grouping.ts';

export default translation<typeof chart>({
  strings: {
    'How many it takes to pass half the blocks': 'Cuántos hacen falta para superar la mitad de los bloques',
    'Nakamoto coefficient of Bitcoin block production: the fewest entities that together found more than half of the blocks in each 30-day window, counting owners of pools and counting single pools, 2018–2026':
      'Coeficiente de Nakamoto de la producción de bloques de Bitcoin: el menor número de entidades que juntas encontraron más de la mitad de los bloques en cada ventana de 30 días, contando dueños de pools y contando pools individuales, 2018–2026',
    'Two step lines from 2018 to 2026: counting single pools, between two and six pools were needed to pass half of the blocks; counting owners of pools, the number is never higher, falls to one in April 2020, is four in every window of 2021 and two in every window of 2023 and 2024; from 2022 the two lines almost coincide.':
      'Dos líneas escalonadas entre 2018 y 2026: contando pools individuales, hicieron falta entre dos y seis pools para superar la mitad de los bloques; contando dueños de pools, el número nunca es mayor, baja a uno en abril de 2020, es cuatro en todas las ventanas de 2021 y dos en todas las de 2023 y 2024; desde 2022 las dos líneas casi coinciden.',
    'Lower means more concentrated: a value of 2 means two entities together found a majority of the blocks. The Edinburgh Decentralisation Index groups pools run by the same company into one owner; its single-pool file ends in February 2025. Blocks are a noisy stand-in for hashrate.':
      'Más bajo significa más concentrado: un valor de 2 quiere decir que dos entidades juntas encontraron la mayoría de los bloques. El Edinburgh Decentralisation Index agrupa en un solo dueño los pools que maneja una misma empresa; su archivo por pool individual termina en febrero de 2025. Los bloques son un reflejo ruidoso de la tasa de hash.',
    'Window (label date)': 'Ventana (fecha de referencia)',
    Counting: 'Conteo',
    'Nakamoto coefficient': 'Coeficiente de Nakamoto',
    'Entities that found a block': 'Entidades que encontraron un bloque',
    'Pools grouped by owner': 'Pools agrupados por dueño',
    'Single pools': 'Pools individuales',
    '↑ entities needed for a majority of blocks': '↑ entidades necesarias para la mayoría de los bloques',
    '%s: %s needed for a majority': '%s: %s necesarios para la mayoría',
    'Ways of counting': 'Formas de contar',
  },
  summary: (rows, _context, { fmt }) => {
    const { owner, single, range } = summaryFacts(rows);
    if (!owner.length) {
      const lastPool = single.at(-1)!;
      return `Contando pools individuales, el coeficiente de Nakamoto fue de ${range(single)} en ${single.length} ventanas; en la última ventana mostrada (${fmt.date(utc(String(lastPool.date)))}) hicieron falta ${lastPool.nakamoto} pools para superar la mitad de los bloques.`;
    }
    const last = owner.at(-1)!;
    const pools = single.length ? `; contando pools individuales, de ${range(single)} en ${single.length} ventanas` : '';
    return `Contando dueños, el coeficiente de Nakamoto fue de ${range(owner)} en ${owner.length} ventanas${pools}. En la ventana más reciente (${fmt.date(utc(String(last.date)))}) hicieron falta ${last.nakamoto} dueños para superar la mitad de los bloques.`;
  },
});
