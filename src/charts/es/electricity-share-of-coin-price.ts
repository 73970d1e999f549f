import { translation } from '../translation.ts';
import { utc } from '../defaults.ts';
import chart, { summaryFacts } from '../defs/electricity-share-of-coin-price.ts';

export default translation<typeof chart>({
  strings: {
    'How much of a coin’s price goes on electricity': 'Cuánto del precio de una moneda se va en electricidad',
    'Electricity cost of mining one new bitcoin at $0.05/kWh as a share of the bitcoin price':
      'Costo de la electricidad para minar un bitcoin nuevo a US$ 0,05/kWh, como porción del precio del bitcoin',
    'Line chart from 2012 to September 2024 of the electricity cost of one new coin as a percentage of the bitcoin price. It swings mostly between about 10 and 80 percent, jumps at each halving, and crosses 100 percent only briefly in 2020.':
      'Gráfico de líneas de 2012 a septiembre de 2024 del costo de la electricidad de una moneda nueva como porcentaje del precio del bitcoin. Oscila sobre todo entre alrededor de 10 y 80 por ciento, salta en cada halving y supera el 100 por ciento solo por poco tiempo en 2020.',
    'Above 100 % the electricity for a coin (at $0.05/kWh, network-average efficiency) would cost more than the coin sold for. A share near 100 % does not mean every miner loses money: miners with cheaper power or newer machines spend less, and fees (not in our data) add to revenue. Dashed lines mark the halvings, labelled with the new subsidy in BTC. Price: Bitstamp BTC/USD at 00:00 UTC. Weekly points plus halving days; daily detail in the downloadable derived series.':
      'Por encima de 100 %, la electricidad para una moneda (a US$ 0,05/kWh, con la eficiencia media de la red) costaría más de lo que se obtiene al venderla. Una porción cercana a 100 % no significa que todos los mineros pierdan dinero: los que tienen energía más barata o máquinas más nuevas gastan menos, y las comisiones (no están en nuestros datos) se suman a los ingresos. Las líneas discontinuas marcan los halvings, con el nuevo subsidio en BTC. Precio: BTC/USD de Bitstamp a las 00:00 UTC. Puntos semanales más los días de halving; el detalle diario está en la serie derivada descargable.',
    'Electricity cost as share of price': 'Costo de la electricidad como porción del precio',
    'Electricity cost per coin at $0.05/kWh': 'Costo de la electricidad por moneda a US$ 0,05/kWh',
    'BTC/USD (Bitstamp, 00:00 UTC)': 'BTC/USD (Bitstamp, 00:00 UTC)',
    '$%s': 'US$ %s',
    'halving → %s BTC': 'halving: pasa a %s BTC',
    '↑ Share of price (%)': '↑ Porción del precio (%)',
    'cost = price': 'costo = precio',
    '%s of the price': '%s del precio',
    '(cost %s, price %s)': '(costo %s, precio %s)',
  },
  summary: (rows, _context, { fmt }) => {
    const { above, peak, last } = summaryFacts(rows);
    return `De los puntos semanales que se dibujan aquí, ${above} ${above === 1 ? 'está' : 'están'} por encima de 100 % (el artículo cuenta días en la serie diaria); la porción más alta, ${fmt.pct(peak.share)}, se dio el ${fmt.date(utc(peak.date))}. El ${fmt.date(utc(last.date))} era de ${fmt.pct(last.share)}.`;
  },
});
