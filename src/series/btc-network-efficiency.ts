import { defineSeries } from './define.ts';
import daily from './cbeci-efficiency-daily.ts';
import { roundSigOrNull as sig } from '../data/roundSig.ts';

export default defineSeries({
  id: 'btc-network-efficiency',
  title: 'Bitcoin network mining efficiency (CBECI), J/TH',
  description: "Cambridge's daily estimate of the mining fleet's average energy per terahash, with its lower and upper bounds. 4 significant digits.",
  es: {
    title: 'Eficiencia de minería de la red Bitcoin (CBECI), J/TH',
    description:
      'La estimación diaria de Cambridge de la energía media por terahash de la flota de minería, con sus cotas inferior y superior. 4 cifras significativas.',
    // Each column's meaning, keyed by its English text (a changed English meaning has none).
    columns: {
      'Day (YYYY-MM-DD).':
        'Día (AAAA-MM-DD).',
      'Lower bound (most efficient profitable hardware).':
        'Cota inferior (el equipo rentable más eficiente).',
      'Best-guess network average.':
        'Mejor estimación del promedio de la red.',
      'Upper bound.':
        'Cota superior.',
    },
  },
  datasets: ['cbeci-efficiency'],
  from: () => daily.rows(),
  columns: {
    date: { description: 'Day (YYYY-MM-DD).', value: (p) => p.date },
    lower_j_per_th: { unit: 'J/TH', description: 'Lower bound (most efficient profitable hardware).', value: (p) => sig(p.lowerJPerTh) },
    estimate_j_per_th: { unit: 'J/TH', description: 'Best-guess network average.', value: (p) => sig(p.estimateJPerTh) },
    upper_j_per_th: { unit: 'J/TH', description: 'Upper bound.', value: (p) => sig(p.upperJPerTh) },
  },
});
