import { defineSeries } from './define.ts';
import { cbeciMiners } from './inputs.ts';

/** Typed view of CBECI's hardware list: readers download it as the dataset cbeci-miners. */
export default defineSeries({
  id: 'cbeci-hardware-list',
  title: 'Mining hardware in Cambridge’s index, with release dates and efficiency',
  description: 'One row per machine (and CBECI’s generic CPU, GPU, FPGA and early-ASIC rows).',
  datasets: ['cbeci-miners'],
  download: false,
  from: cbeciMiners,
  columns: {
    model: { description: 'Miner name as in the list.', value: (r) => String(r.Miner_name) },
    released_unix: { unit: 's', description: 'Release date as a UNIX time.', value: (r) => Number(r.UNIX_date_of_release) },
    j_per_gh: { unit: 'J/GH', description: 'Efficiency.', value: (r) => Number(r.Efficiency_J_Gh) },
  },
});
