import { defineSeries } from './define.ts';
import { hashrateDaily } from './inputs.ts';
import { hashrateEhs } from '../data/hashrateEhs.ts';

/** Unrounded: btc-hashrate-ehs publishes these values to 4 significant digits; the methods page works from these. */
export default defineSeries({
  id: 'btc-hashrate-daily',
  title: 'Bitcoin network hashrate in EH/s with 7- and 30-day means, unrounded',
  description: 'Daily estimated hashrate ÷ 1e18 with trailing 7- and 30-calendar-day means (empty until the window is full).',
  datasets: ['btc-hashrate'],
  download: false,
  from: () => hashrateEhs(hashrateDaily()),
  columns: {
    date: { description: 'UTC day (YYYY-MM-DD).', value: (p) => p.date },
    hashrateEhs: { unit: 'EH/s', description: 'Daily estimate.', value: (p) => p.hashrateEhs },
    mean7dEhs: { unit: 'EH/s', description: 'Mean of the 7 days ending on this date.', value: (p) => p.mean7dEhs },
    mean30dEhs: { unit: 'EH/s', description: 'Mean of the 30 days ending on this date.', value: (p) => p.mean30dEhs },
  },
});
