import { translation } from '../translation.ts';
import { utc } from '../defaults.ts';
import chart, { usdShort } from '../defs/cost-per-coin-vs-price.ts';

export default translation<typeof chart>({
  strings: {
    'The electricity bill for a coin, against its price': 'La factura de electricidad de una moneda, frente a su precio',
    'Electricity cost of mining one new bitcoin at $0.05/kWh, network-wide, and the bitcoin price (log scale)':
      'Costo de la electricidad para minar un bitcoin nuevo a US$ 0,05/kWh, en toda la red, y el precio del bitcoin (escala logarítmica)',
    'Two lines on a logarithmic scale from 2012 to September 2024: the bitcoin price and the electricity cost of mining one coin at 5 cents per kilowatt-hour. Both rise by several orders of magnitude; the cost line jumps up at each halving and stays below the price line almost all the time.':
      'Dos líneas en escala logarítmica de 2012 a septiembre de 2024: el precio del bitcoin y el costo de la electricidad para minar una moneda a 5 centavos de dólar por kilovatio hora. Las dos suben varios órdenes de magnitud; la línea del costo salta en cada halving y se mantiene casi siempre por debajo de la del precio.',
    'Each gridline is ten times the one below. Cost = 30-day mean hashrate × 10 minutes × CBECI’s estimated average joules per terahash, divided by the block subsidy, at CBECI’s headline assumption of $0.05/kWh. Electricity only: no machines, buildings or staff, and no transaction fees (not in our data), which would lower the cost per coin. Price: Bitstamp BTC/USD at 00:00 UTC (one exchange, not a daily average). Dashed lines mark the halvings, labelled with the new subsidy in BTC. Weekly points, plus each halving day and the day before. Ends on 20 September 2024, the last day of CBECI’s efficiency series.':
      'Cada línea de la cuadrícula vale diez veces la de abajo. Costo = tasa de hash media de 30 días × 10 minutos × julios por terahash promedio estimados por el CBECI, dividido por el subsidio del bloque, con el supuesto principal del CBECI de US$ 0,05/kWh. Solo electricidad: ni máquinas, ni edificios, ni personal, y sin comisiones por transacción (no están en nuestros datos), que bajarían el costo por moneda. Precio: BTC/USD de Bitstamp a las 00:00 UTC (un solo exchange, no un promedio diario). Las líneas discontinuas marcan los halvings, con el nuevo subsidio en BTC. Puntos semanales, más el día de cada halving y el anterior. Termina el 20 de septiembre de 2024, el último día de la serie de eficiencia del CBECI.',
    'Electricity cost per coin at $0.05/kWh': 'Costo de la electricidad por moneda a US$ 0,05/kWh',
    'BTC/USD (Bitstamp, 00:00 UTC)': 'BTC/USD (Bitstamp, 00:00 UTC)',
    'Block subsidy': 'Subsidio del bloque',
    'Cost as share of price': 'Costo como porción del precio',
    BTC: 'BTC',
    '$%s': 'US$ %s',
    'halving → %s BTC': 'halving: pasa a %s BTC',
    '↑ US dollars per coin': '↑ dólares por moneda',
    price: 'precio',
    electricity: 'electricidad',
    'Electricity per coin: %s': 'Electricidad por moneda: %s',
    'Price: %s (cost = %s)': 'Precio: %s (costo = %s)',
  },
  summary: (rows, _context, l) => {
    const { fmt } = l;
    const [first, last] = [rows[0]!, rows.at(-1)!];
    const short = (v: number) => usdShort(v, l);
    return `A US$ 0,05/kWh, la electricidad para una moneda nueva pasó de ${short(first.cost)} el ${fmt.date(utc(first.date))} a ${fmt.usd(last.cost)} el ${fmt.date(utc(last.date))}, mientras el precio subía de ${short(first.price)} a ${fmt.usd(last.price)}; el último día, el costo equivalía al ${fmt.pct(last.share)} del precio.`;
  },
});
