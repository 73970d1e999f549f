import { defineSeries } from './define.ts';
import { ediByOwner } from './inputs.ts';
import type { Row } from '../datasets/load.ts';

/** The columns of both EDI files (the by-pool series reads the same ones). */
export const EDI_COLUMNS = {
  date: { description: 'Label date of the window (YYYY-MM-DD).', value: (r: Row) => String(r.date) },
  hhi: { description: 'Herfindahl–Hirschman Index, 0–10,000.', value: (r: Row) => Number(r.hhi) },
  nakamoto_coefficient: { description: 'Fewest entities with more than half the blocks.', value: (r: Row) => Number(r.nakamoto_coefficient) },
  largest_share: { description: 'Share of blocks of the largest entity, 0–1 (concentration_ratio=1).', value: (r: Row) => Number(r['concentration_ratio=1']) },
  top3_share: { description: 'Share of blocks of the three largest entities, 0–1 (concentration_ratio=3).', value: (r: Row) => Number(r['concentration_ratio=3']) },
  total_entities: { description: 'Entities that found at least one block.', value: (r: Row) => Number(r.total_entities) },
};

/** Typed view of one EDI file: readers download it as the dataset pool-concentration-edi. */
export default defineSeries({
  id: 'edi-block-production-by-owner',
  title: 'Concentration of Bitcoin block production per 30-day window, pools grouped by owner (2018–2026)',
  description: 'Edinburgh Decentralisation Index measures per 30-day window, pools grouped by owner.',
  datasets: ['pool-concentration-edi'],
  download: false,
  from: ediByOwner,
  columns: EDI_COLUMNS,
});
