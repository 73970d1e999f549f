import { defineSeries } from './define.ts';
import { cbeciEfficiencyDaily } from './inputs.ts';
import { networkEfficiency } from '../data/networkEfficiency.ts';

/** Unrounded: btc-network-efficiency publishes these values to 4 significant digits; the methods page works from these. */
export default defineSeries({
  id: 'cbeci-efficiency-daily',
  title: 'Bitcoin network mining efficiency (CBECI), J/TH, unrounded',
  description: 'Cambridge’s daily estimate with its lower and upper bounds, as published, sorted by date.',
  datasets: ['cbeci-efficiency'],
  download: false,
  from: () => networkEfficiency(cbeciEfficiencyDaily()),
  columns: {
    date: { description: 'Day (YYYY-MM-DD).', value: (p) => p.date },
    lowerJPerTh: { unit: 'J/TH', description: 'Lower bound.', value: (p) => p.lowerJPerTh },
    estimateJPerTh: { unit: 'J/TH', description: 'Best-guess network average.', value: (p) => p.estimateJPerTh },
    upperJPerTh: { unit: 'J/TH', description: 'Upper bound.', value: (p) => p.upperJPerTh },
  },
});
