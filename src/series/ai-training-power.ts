import { defineTable } from './define.ts';
import training from './ai-model-training-compute.ts';
import { modelFields } from '../data/modelFields.ts';

/** Models with a training-power estimate, in megawatts to 3 significant digits. */
export default defineTable({
  id: 'ai-training-power',
  title: 'Training power of notable AI models (Epoch AI)',
  description: 'Each model of ai-model-training-compute with a training-cluster power estimate, in MW to 3 significant digits.',
  datasets: ['epoch-notable-models', 'epoch-frontier-models'],
  download: false,
  from: () =>
    training
      .rows()
      .filter((r) => r.training_power_w != null)
      .map((r) => ({ ...modelFields(r), mw: Number((Number(r.training_power_w) / 1e6).toPrecision(3)), hardware: r.hardware, chips: r.hardware_quantity, source: r.source })),
  columns: {
    model: { description: 'Model.' },
    organization: { description: 'Developer(s).' },
    date: { description: 'Publication date.' },
    mw: { unit: 'MW', description: 'Training power, 3 significant digits.' },
    hardware: { description: 'Training chip type(s).' },
    chips: { unit: 'chips', description: 'Number of chips.' },
    source: { description: 'Dataset of the row.' },
  },
});
