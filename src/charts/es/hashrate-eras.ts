import { translation } from '../translation.ts';
import { utc } from '../defaults.ts';
import chart, { summaryFacts } from '../defs/hashrate-eras.ts';

export default translation<typeof chart>({
  strings: {
    'From laptops to warehouses: the network’s computing power': 'De la computadora de casa a la nave industrial: la potencia de cómputo de la red',
    'Bitcoin network hashrate in hashes per second, 30-day mean': 'Tasa de hash de la red Bitcoin, en hashes por segundo; media de 30 días',
    'Line chart on a logarithmic scale: Bitcoin network hashrate rises from almost nothing in 2009 to about a thousand exahashes per second in 2025 and 2026, through CPU, GPU, FPGA and ASIC eras, with a sharp dip in mid-2021 when China banned mining. From March 2025 the line is dashed: the hashrate implied by difficulty.':
      'Gráfico de líneas en escala logarítmica: la tasa de hash de la red Bitcoin sube desde casi nada en 2009 hasta cerca de mil exahashes por segundo en 2025 y 2026, atravesando las eras de CPU, GPU, FPGA y ASIC, con una caída brusca a mediados de 2021, cuando China prohibió la minería. Desde marzo de 2025 la línea es discontinua: es la tasa de hash que se deduce de la dificultad.',
    'On the logarithmic scale each gridline is a thousand times the one below. Era start dates are those of CBECI’s generic hardware list; eras overlapped in practice. Hashrate is estimated from difficulty and block times, so daily values are noisy: a 30-day mean is shown. Coin Metrics’ estimate ends on 8 March 2025; after it, the dashed line is the hashrate implied by Blockchain.com’s difficulty (difficulty × 2³² ÷ 600 s), which trails real changes by up to two weeks; the methods page compares the two where both exist.':
      'En la escala logarítmica, cada línea de la cuadrícula vale mil veces la de abajo. Cada era empieza en la fecha que le asigna la lista genérica de equipos del CBECI; en la práctica, las eras se superpusieron. La tasa de hash se estima a partir de la dificultad y del tiempo entre bloques, así que los valores diarios son ruidosos: se muestra una media de 30 días. La estimación de Coin Metrics termina el 8 de marzo de 2025; desde entonces, la línea discontinua es la tasa de hash que se deduce de la dificultad publicada por Blockchain.com (dificultad × 2³² ÷ 600 s), que reacciona a los cambios reales con hasta dos semanas de retraso. La página de métodos compara ambas series donde coinciden.',
    'Hashrate, 30-day mean': 'Tasa de hash, media de 30 días',
    'Coin Metrics estimate': 'estimación de Coin Metrics',
    'implied by difficulty': 'deducida de la dificultad',
    'dashed: implied': 'discontinua: deducida',
    'dashed: implied by difficulty': 'discontinua: deducida de la dificultad',
  },
  summary: (rows, context, { fmt }) => {
    const { first, last, top, rose, joined } = summaryFacts(rows, context);
    const after = joined ? ` (desde el ${fmt.date(utc(joined.date))}, deducida de la dificultad)` : last.source === 'implied' ? ' (deducida de la dificultad)' : '';
    return `La tasa de hash, en media de 30 días, ${rose ? 'subió' : 'bajó'} de ${fmt.hash(first.ehs)} el ${fmt.date(utc(first.date))} a ${fmt.hash(last.ehs)} el ${fmt.date(utc(last.date))}${after}; su valor más alto, ${fmt.hash(top.ehs)}, se registró el ${fmt.date(utc(top.date))}.`;
  },
});
