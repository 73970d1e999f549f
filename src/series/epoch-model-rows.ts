import { defineSeries } from './define.ts';
import { epochFrontier, epochNotable } from './inputs.ts';
import type { Row } from '../datasets/load.ts';

const num = (v: Row[string] | undefined) => (v === null || v === undefined ? null : Number(v));

/**
 * Both Epoch files row by row, as published (names untrimmed, no model merged): for figures one file gives and
 * ai-model-training-compute does not keep, such as the frontier file's own Grok 3 estimate or a training time.
 * Readers download the files as the datasets epoch-notable-models and epoch-frontier-models.
 */
export default defineSeries({
  id: 'epoch-model-rows',
  title: 'Epoch AI’s notable and frontier model files, row by row',
  description: 'The columns the pieces cite, one row per row of each file; the file column says which.',
  datasets: ['epoch-notable-models', 'epoch-frontier-models'],
  download: false,
  from: () => [...epochNotable().map((r) => ({ r, file: 'notable' })), ...epochFrontier().map((r) => ({ r, file: 'frontier' }))],
  columns: {
    file: { description: '"notable" or "frontier".', value: (x) => x.file },
    model: { description: 'Model as in the file.', value: (x) => String(x.r.Model) },
    training_compute_flop: { unit: 'FLOP', description: 'Training compute.', value: (x) => num(x.r['Training compute (FLOP)']) },
    hardware_quantity: { unit: 'chips', description: 'Number of chips.', value: (x) => num(x.r['Hardware quantity']) },
    training_power_w: { unit: 'W', description: 'Training power draw.', value: (x) => num(x.r['Training power draw (W)']) },
    training_time_hours: { unit: 'hours', description: 'Training time (notable file only).', value: (x) => num(x.r['Training time (hours)']) },
  },
});
