import { defineSeries } from './define.ts';
import { bitstampPriceByDate } from './inputs.ts';
import { HALVINGS } from '../data/blockSubsidy.ts';

export default defineSeries({
  id: 'btc-block-subsidy',
  title: 'Bitcoin block subsidy and halvings',
  description: 'New bitcoins per block from each halving on (protocol rule: 50 BTC halved every 210,000 blocks), with the UTC day of the halving block and the Bitstamp BTC/USD price at 00:00 UTC that day.',
  es: {
    title: 'Subsidio por bloque de Bitcoin y halvings',
    description:
      'Bitcoins nuevos por bloque a partir de cada halving (regla del protocolo: 50 BTC que se reducen a la mitad cada 210.000 bloques), con el día UTC del bloque del halving y el precio BTC/USD de Bitstamp a las 00:00 UTC de ese día.',
    // Each column's meaning, keyed by its English text (a changed English meaning has none).
    columns: {
      'UTC day of the first block with this subsidy.':
        'Día UTC del primer bloque con este subsidio.',
      'Block height from which the subsidy applies.':
        'Altura del bloque desde la que rige el subsidio.',
      'New coins per block.':
        'Monedas nuevas por bloque.',
      'Bitstamp BTC/USD at about 00:00 UTC that day (empty before 2012).':
        'BTC/USD de Bitstamp alrededor de las 00:00 UTC de ese día (vacío antes de 2012).',
    },
  },
  datasets: ['btc-price-daily'],
  from: () => [{ date: '2009-01-03', height: 0, subsidyBtc: 50 }, ...HALVINGS],
  columns: {
    from_date: { description: 'UTC day of the first block with this subsidy.', value: (h) => h.date },
    from_height: { description: 'Block height from which the subsidy applies.', value: (h) => h.height },
    subsidy_btc: { unit: 'BTC', description: 'New coins per block.', value: (h) => h.subsidyBtc },
    btc_usd_at_0000_utc: {
      unit: 'USD',
      description: 'Bitstamp BTC/USD at about 00:00 UTC that day (empty before 2012).',
      value: (h) => bitstampPriceByDate().get(h.date) ?? null,
    },
  },
});
