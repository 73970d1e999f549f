import { defineSeries } from './define.ts';
import { epochFrontier, epochNotable } from './inputs.ts';
import { modelTrainingTable } from '../data/modelTrainingTable.ts';
import { roundSigOrNull as sig } from '../data/roundSig.ts';

export default defineSeries({
  id: 'ai-model-training-compute',
  title: 'AI models: training compute, cost and power (Epoch AI)',
  description:
    "Every Epoch notable model with a training-compute estimate (data to 2026-07-15), plus the few frontier-list models (to July 2025) not in it. Epoch estimates with their confidence label; 4 significant digits.",
  es: {
    title: 'Modelos de IA: cómputo, costo y potencia del entrenamiento (Epoch AI)',
    description:
      'Cada modelo destacado de Epoch con una estimación del cómputo de entrenamiento (datos al 2026-07-15), más los pocos modelos de la lista de frontera (hasta julio de 2025) que no están en ella. Estimaciones de Epoch con su etiqueta de confianza; 4 cifras significativas.',
    // Each column's meaning, keyed by its English text (a changed English meaning has none).
    columns: {
      'Model name.':
        'Nombre del modelo.',
      'Developer(s).':
        'Desarrollador(es).',
      'Publication date (YYYY-MM-DD).':
        'Fecha de publicación (AAAA-MM-DD).',
      'Trainable parameters.':
        'Parámetros entrenables.',
      'Total training compute.':
        'Cómputo total de entrenamiento.',
      'Estimated final-run compute cost.':
        'Costo estimado del cómputo de la última ejecución.',
      'Estimated training-cluster power draw.':
        'Potencia estimada del clúster de entrenamiento.',
      'Training chip type(s).':
        'Tipo o tipos de chip de entrenamiento.',
      'Number of chips.':
        'Cantidad de chips.',
      'Open weights / API / hosted / unreleased.':
        'Pesos abiertos / API / alojado / sin publicar.',
      'true if in Epoch\'s frontier set.':
        'true si está en el conjunto de frontera de Epoch.',
      'Epoch\'s confidence in the compute estimate.':
        'Confianza de Epoch en la estimación de cómputo.',
      'Dataset of the row.':
        'Conjunto de datos de la fila.',
    },
  },
  datasets: ['epoch-notable-models', 'epoch-frontier-models'],
  from: () => modelTrainingTable(epochNotable(), epochFrontier()),
  columns: {
    model: { description: 'Model name.', value: (m) => m.model },
    organization: { description: 'Developer(s).', value: (m) => m.organization },
    date: { description: 'Publication date (YYYY-MM-DD).', value: (m) => m.date },
    parameters: { unit: 'parameters', description: 'Trainable parameters.', value: (m) => sig(m.parameters) },
    training_compute_flop: { unit: 'FLOP', description: 'Total training compute.', value: (m) => sig(m.trainingComputeFlop) },
    training_cost_usd_2023: { unit: 'USD (2023)', description: 'Estimated final-run compute cost.', value: (m) => sig(m.trainingCostUsd2023) },
    training_power_w: { unit: 'W', description: 'Estimated training-cluster power draw.', value: (m) => sig(m.trainingPowerW) },
    hardware: { description: 'Training chip type(s).', value: (m) => m.hardware },
    hardware_quantity: { unit: 'chips', description: 'Number of chips.', value: (m) => m.hardwareQuantity },
    accessibility: { description: 'Open weights / API / hosted / unreleased.', value: (m) => m.accessibility },
    frontier: { description: "true if in Epoch's frontier set.", value: (m) => m.frontier },
    confidence: { description: "Epoch's confidence in the compute estimate.", value: (m) => m.confidence },
    source: { description: 'Dataset of the row.', value: (m) => m.source },
  },
});
