import { defineSeries } from './define.ts';
import { bitstampDaily } from './inputs.ts';

/** Typed view of the Bitstamp file: readers download it as the dataset btc-price-daily. */
export default defineSeries({
  id: 'btc-price-bitstamp',
  title: 'Bitcoin price in US dollars at about 00:00 UTC (Bitstamp), daily 2012–2026',
  description: 'One row per day of the Bitstamp file.',
  datasets: ['btc-price-daily'],
  download: false,
  from: bitstampDaily,
  columns: {
    date: { description: 'UTC day.', value: (r) => String(r.Date) },
    btc_usd: { unit: 'USD', description: 'BTC/USD at about 00:00 UTC.', value: (r) => (r.BTC_USD === null ? null : Number(r.BTC_USD)) },
  },
});
