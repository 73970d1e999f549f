import { defineTable } from './define.ts';
import training from './ai-model-training-compute.ts';
import { modelFields } from '../data/modelFields.ts';

/** Models since 2010 with a training-compute estimate, compute to 3 significant digits. */
export default defineTable({
  id: 'ai-training-compute',
  title: 'Training compute of notable AI models since 2010 (Epoch AI)',
  description: 'Each model of ai-model-training-compute with a compute estimate, dated 2010 or later; compute to 3 significant digits.',
  datasets: ['epoch-notable-models', 'epoch-frontier-models'],
  download: false,
  from: () =>
    training
      .rows()
      .filter((r) => r.training_compute_flop != null && r.date >= '2010-01-01')
      .map((r) => ({ ...modelFields(r), flop: Number(Number(r.training_compute_flop).toPrecision(3)), confidence: r.confidence, source: r.source })),
  columns: {
    model: { description: 'Model.' },
    organization: { description: 'Developer(s).' },
    date: { description: 'Publication date.' },
    flop: { unit: 'FLOP', description: 'Training compute, 3 significant digits.' },
    confidence: { description: 'Epoch’s confidence.' },
    source: { description: 'Dataset of the row.' },
  },
});
