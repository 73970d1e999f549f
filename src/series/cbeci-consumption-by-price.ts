import { defineSeries } from './define.ts';
import { cbeciConsumption } from './inputs.ts';

/** Typed view of three price columns of CBECI's file: readers download it as the dataset cbeci-consumption. */
export default defineSeries({
  id: 'cbeci-consumption-by-price',
  title: 'Bitcoin’s annualised electricity consumption at three assumed prices (CBECI)',
  description: 'Daily CBECI estimates of annualised consumption if miners paid $0.02, $0.05 or $0.10 per kWh.',
  datasets: ['cbeci-consumption'],
  download: false,
  from: cbeciConsumption,
  columns: {
    date: { description: 'Day (YYYY-MM-DD).', value: (r) => String(r.date) },
    twh_002: { unit: 'TWh/year', description: 'At $0.02/kWh.', value: (r) => Number(r['0.02']) },
    twh_005: { unit: 'TWh/year', description: 'At $0.05/kWh.', value: (r) => Number(r['0.05']) },
    twh_010: { unit: 'TWh/year', description: 'At $0.10/kWh.', value: (r) => Number(r['0.10']) },
  },
});
