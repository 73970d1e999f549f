import { defineSeries } from './define.ts';
import daily from './btc-hashrate-daily.ts';
import { roundSigOrNull as sig } from '../data/roundSig.ts';

export default defineSeries({
  id: 'btc-hashrate-ehs',
  title: 'Bitcoin network hashrate in EH/s with 7- and 30-day means',
  description:
    'Daily estimated network hashrate converted from H/s to EH/s (÷ 1e18), with trailing 7- and 30-calendar-day means (empty until the window is full). 4 significant digits.',
  es: {
    title: 'Tasa de hash de la red Bitcoin en EH/s, con medias de 7 y 30 días',
    description:
      'La tasa de hash diaria estimada de la red, convertida de H/s a EH/s (÷ 1e18), con medias de los últimos 7 y 30 días naturales (vacías hasta completar la ventana). 4 cifras significativas.',
    // Each column's meaning, keyed by its English text (a changed English meaning has none).
    columns: {
      'UTC day (YYYY-MM-DD).':
        'Día UTC (AAAA-MM-DD).',
      'Daily estimate (noisy).':
        'Estimación diaria (con ruido).',
      'Mean of the 7 days ending on this date.':
        'Media de los 7 días que terminan en esta fecha.',
      'Mean of the 30 days ending on this date.':
        'Media de los 30 días que terminan en esta fecha.',
    },
  },
  datasets: ['btc-hashrate'],
  from: () => daily.rows(),
  columns: {
    date: { description: 'UTC day (YYYY-MM-DD).', value: (p) => p.date },
    hashrate_ehs: { unit: 'EH/s', description: 'Daily estimate (noisy).', value: (p) => sig(p.hashrateEhs) },
    mean_7d_ehs: { unit: 'EH/s', description: 'Mean of the 7 days ending on this date.', value: (p) => sig(p.mean7dEhs) },
    mean_30d_ehs: { unit: 'EH/s', description: 'Mean of the 30 days ending on this date.', value: (p) => sig(p.mean30dEhs) },
  },
});
