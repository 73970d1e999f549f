import { defineSeries } from './define.ts';
import { priceDailyAverage } from './inputs.ts';

/** Typed view of the daily-average price file (file A): readers download it as the dataset btc-price-daily. */
export default defineSeries({
  id: 'btc-price-daily-average',
  title: 'Bitcoin daily average price, 2010–2025',
  description: 'The days of the daily-average file (file A of btc-price-daily).',
  datasets: ['btc-price-daily'],
  download: false,
  from: priceDailyAverage,
  columns: {
    date: { description: 'Day as given (DateTime).', value: (r) => String(r.DateTime) },
  },
});
