import { defineTable } from './define.ts';
import training from './ai-model-training-compute.ts';
import { modelFields } from '../data/modelFields.ts';

/** Models with a training-cost estimate, cost to 3 significant digits. */
export default defineTable({
  id: 'ai-training-cost',
  title: 'Training cost of notable AI models (Epoch AI)',
  description: 'Each model of ai-model-training-compute with a final-run cost estimate (2023 USD), 3 significant digits.',
  datasets: ['epoch-notable-models', 'epoch-frontier-models'],
  download: false,
  from: () =>
    training
      .rows()
      .filter((r) => r.training_cost_usd_2023 != null)
      .map((r) => ({ ...modelFields(r), cost_usd: Number(Number(r.training_cost_usd_2023).toPrecision(3)), accessibility: r.accessibility, confidence: r.confidence, source: r.source })),
  columns: {
    model: { description: 'Model.' },
    organization: { description: 'Developer(s).' },
    date: { description: 'Publication date.' },
    cost_usd: { unit: 'USD (2023)', description: 'Final-run compute cost, 3 significant digits.' },
    accessibility: { description: 'Open weights / API / hosted / unreleased.' },
    confidence: { description: 'Epoch’s confidence.' },
    source: { description: 'Dataset of the row.' },
  },
});
