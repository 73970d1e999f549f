import { translation } from '../translation.ts';
import chart, { summaryFacts } from '../defs/chips-price-performance.ts';

export default translation<typeof chart>({
  strings: {
    'Data-centre chips against a gaming card': 'Chips de centro de datos frente a una tarjeta para videojuegos',
    'Price at release and peak 16-bit tensor performance of machine-learning chips (both log scales), from Epoch AI’s hardware data':
      'Precio de lanzamiento y rendimiento tensorial máximo en 16 bits de los chips para aprendizaje automático (ambas escalas logarítmicas), según los datos de hardware de Epoch AI',
    'Scatter chart on logarithmic scales of chip price against 16-bit tensor performance: data-centre accelerators such as the NVIDIA H100 cost tens of thousands of dollars and lead on performance, while the consumer RTX 4090 costs a small fraction of that for about a third of the H100’s performance; a dashed line of equal performance per dollar drawn through the RTX 4090 lies above every data-centre chip.':
      'Gráfico de dispersión en escalas logarítmicas del precio de cada chip frente a su rendimiento tensorial en 16 bits: los aceleradores para centros de datos, como la NVIDIA H100, cuestan decenas de miles de dólares y encabezan el rendimiento, mientras que la RTX 4090 de consumo cuesta una pequeña fracción de eso por cerca de un tercio del rendimiento de la H100; una línea discontinua de igual rendimiento por dólar, trazada por la RTX 4090, queda por encima de todos los chips de centro de datos.',
    'Orange dots are consumer graphics cards, grey dots data-centre chips. The dashed line marks the same peak operations per dollar as the RTX 4090: every data-centre chip sits below it, giving less arithmetic per dollar. Only chips with both a price and a 16-bit tensor figure in Epoch’s hardware data are shown. Prices are at release; data-centre chips often have no official list price, and Epoch’s H100 figure comes from an analyst’s estimate of a server holding eight of them. Peak figures come from datasheets, not measured speed; what a model can use depends on memory and its bandwidth too (see the table).':
      'Los puntos naranjas son tarjetas gráficas de consumo; los grises, chips de centro de datos. La línea discontinua marca las mismas operaciones máximas por dólar que la RTX 4090: todos los chips de centro de datos quedan por debajo, es decir, dan menos aritmética por dólar. Solo aparecen los chips que tienen tanto un precio como una cifra tensorial en 16 bits en los datos de hardware de Epoch. Los precios son de lanzamiento; los chips de centro de datos a menudo no tienen precio oficial de lista, y la cifra de Epoch para la H100 sale de la estimación de un analista para un servidor con ocho de ellas. Las cifras máximas vienen de las hojas de datos, no de velocidades medidas; lo que un modelo puede aprovechar depende también de la memoria y de su ancho de banda (ver la tabla).',
    Chip: 'Chip',
    Kind: 'Tipo',
    Released: 'Lanzamiento',
    'Price at release': 'Precio de lanzamiento',
    USD: 'US$',
    '16-bit tensor performance': 'Rendimiento tensorial en 16 bits',
    'TFLOP/s': 'TFLOP/s',
    Memory: 'Memoria',
    GB: 'GB',
    // The two kinds of chip, as table values, tooltips and Explore choices
    'data-centre chip': 'chip de centro de datos',
    'gaming card': 'tarjeta para videojuegos',
    'RTX 4090 (gaming)': 'RTX 4090 (videojuegos)',
    'price at release (US dollars) →': 'precio de lanzamiento (dólares) →',
    '$%s': 'US$ %s',
    '↑ peak 16-bit tensor TFLOP/s': '↑ TFLOP/s tensoriales máximos en 16 bits',
    'same TFLOP/s per $\nas the RTX 4090': 'mismos TFLOP/s por US$\nque la RTX 4090',
    'same TFLOP/s per dollar as the RTX 4090': 'mismos TFLOP/s por dólar que la RTX 4090',
    Chips: 'Chips',
  },
  summary: (rows, _context, { fmt }) => {
    const { pair, best, n } = summaryFacts(rows);
    if (!pair) return `${n} chips en pantalla; el que da más operaciones máximas en 16 bits por dólar es ${best.chip}: ${fmt.sig3(best.tflops)} TFLOP/s por ${fmt.usd(best.price_usd)}.`;
    const { h100, rtx } = pair;
    return `La H100 figura a ${fmt.usd(h100.price_usd)} por ${fmt.sig3(h100.tflops)} TFLOP/s; la RTX 4090, una tarjeta para videojuegos lanzada el mismo año, a ${fmt.usd(rtx.price_usd)} por ${fmt.sig3(rtx.tflops)} TFLOP/s: ${fmt.num1(h100.price_usd / rtx.price_usd)} veces el precio por ${fmt.num1(h100.tflops / rtx.tflops)} veces el rendimiento máximo.`;
  },
});
