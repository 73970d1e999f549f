import { translation } from '../translation.ts';
import { utc } from '../defaults.ts';
import chart, { summaryFacts } from '../defs/edi-hhi-by-grouping.ts';

export default translation<typeof chart>({
  strings: {
    'Concentration across all pools (HHI)': 'La concentración entre todos los pools (HHI)',
    'Herfindahl–Hirschman Index of Bitcoin block production in each 30-day window, counting owners of pools and counting single pools, 2018–2026 (0 = spread evenly among very many, 10,000 = one entity)':
      'Índice de Herfindahl-Hirschman de la producción de bloques de Bitcoin en cada ventana de 30 días, contando dueños de pools y contando pools individuales, 2018–2026 (0 = repartida en partes iguales entre muchísimos; 10.000 = una sola entidad)',
    'Two lines from 2018 to 2026: the HHI counting owners of pools is well above the HHI counting single pools until 2020 and peaks in April 2020; it falls to about 1,000 at the end of 2020, after which the two lines almost coincide, rising to between about 1,500 and 2,000 from 2023.':
      'Dos líneas entre 2018 y 2026: el HHI que cuenta dueños de pools está muy por encima del que cuenta pools individuales hasta 2020 y llega a su máximo en abril de 2020; baja a cerca de 1.000 a fines de 2020, y desde entonces las dos líneas casi coinciden y suben a entre 1.500 y 2.000 aproximadamente a partir de 2023.',
    'The HHI adds up the squares of every entity’s percentage share, so it responds to the whole distribution, not only to the largest. Dashed lines at 1,500 and 2,500: the US Department of Justice bands that the index’s documentation quotes (below 1,500 “competitive”, above 2,500 “highly concentrated”), made for markets, not for mining. The single-pool file ends in February 2025.':
      'El HHI suma los cuadrados de la porción porcentual de cada entidad, así que responde a toda la distribución y no solo a la más grande. Líneas discontinuas en 1.500 y 2.500: las franjas del Departamento de Justicia de Estados Unidos que cita la documentación del índice (por debajo de 1.500, “competitivo”; por encima de 2.500, “muy concentrado”), pensadas para mercados, no para la minería. El archivo por pool individual termina en febrero de 2025.',
    'Window (label date)': 'Ventana (fecha de referencia)',
    Counting: 'Conteo',
    'Pools grouped by owner': 'Pools agrupados por dueño',
    'Single pools': 'Pools individuales',
    HHI: 'HHI',
    'Ways of counting': 'Formas de contar',
  },
  summary: (rows, _context, { fmt }) => {
    const { owners, peak, low, last } = summaryFacts(rows);
    return `Contando ${owners ? 'dueños' : 'pools individuales'}, el HHI llegó a un máximo de ${fmt.int(peak.hhi)} (${fmt.date(utc(peak.date))}), tuvo su valor más bajo, ${fmt.int(low.hhi)}, el ${fmt.date(utc(low.date))} y estaba en ${fmt.int(last.hhi)} en la ventana más reciente (${fmt.date(utc(last.date))}).`;
  },
});
