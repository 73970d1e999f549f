import { defineSeries } from './define.ts';
import { framingClaims } from './inputs.ts';

/** Typed view of the compiled claims file: readers download it as the dataset framing-claims. */
export default defineSeries({
  id: 'framing-claims',
  title: 'Figures quoted in reports and news, with their sources',
  description: 'One row per claim: its id, the figure, its unit, what it refers to and who published it.',
  datasets: ['framing-claims'],
  download: false,
  from: framingClaims,
  columns: {
    claim_id: { description: 'Stable id of the claim.', value: (r) => String(r.claim_id) },
    value: { description: 'The figure.', value: (r) => Number(r.value) },
    unit: { description: 'Its unit.', value: (r) => String(r.unit) },
    refers_to: { description: 'The date or period it refers to.', value: (r) => String(r.refers_to) },
    source_name: { description: 'Who published it.', value: (r) => String(r.source_name) },
  },
});
