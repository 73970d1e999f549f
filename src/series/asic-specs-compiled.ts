import { defineSeries } from './define.ts';
import { asicSpecsCompiled } from './inputs.ts';

/** Typed view of the compiled spec table: readers download it as the dataset asic-specs. */
export default defineSeries({
  id: 'asic-specs-compiled',
  title: 'Bitcoin mining machines 2017–2026: release, hashrate and power',
  description: 'One row per machine of the compiled spec table, with the columns the charts use.',
  datasets: ['asic-specs'],
  download: false,
  from: asicSpecsCompiled,
  columns: {
    model: { description: 'Model.', value: (r) => String(r.model) },
    date: { description: 'Release date as given (see the dataset for what it means per row).', value: (r) => String(r.date) },
    hashrate_ths: { unit: 'TH/s', description: 'Nominal hashrate.', value: (r) => Number(r.hashrate_ths) },
  },
});
