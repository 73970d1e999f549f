import { defineSeries } from './define.ts';
import { ediByPool } from './inputs.ts';
import { EDI_COLUMNS } from './edi-block-production-by-owner.ts';

/** Typed view of one EDI file: readers download it as the dataset pool-concentration-edi. */
export default defineSeries({
  id: 'edi-block-production-by-pool',
  title: 'Concentration of Bitcoin block production per 30-day window, every pool on its own (2018–2025)',
  description: 'Edinburgh Decentralisation Index measures per 30-day window, every pool on its own.',
  datasets: ['pool-concentration-edi'],
  download: false,
  from: ediByPool,
  columns: EDI_COLUMNS,
});
