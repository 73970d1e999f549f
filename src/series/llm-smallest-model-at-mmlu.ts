import { defineSeries } from './define.ts';
import { mmluModels } from './inputs.ts';
import { smallestModelAtMmlu } from '../data/smallestModelAtMmlu.ts';

export default defineSeries({
  id: 'llm-smallest-model-at-mmlu',
  title: 'Smallest open model reaching an MMLU score, over time',
  description:
    'Step series per MMLU threshold (50, 60, 65, 70 %): each row is the release date from which a strictly smaller open model reached the threshold; the value holds until the next row of the same threshold. Vendor-reported scores under differing settings (see mmlu_setting). Phi-3-mini (3.8B, 69 % MMLU, April 2024, Microsoft Phi-3 report) is not in the source file and therefore not in this series.',
  es: {
    title: 'El modelo abierto más pequeño que alcanza un resultado en MMLU, a lo largo del tiempo',
    description:
      'Una serie escalonada por umbral de MMLU (50, 60, 65 y 70 %): cada fila es la fecha de lanzamiento a partir de la cual un modelo abierto estrictamente más pequeño alcanzó el umbral; el valor rige hasta la siguiente fila del mismo umbral. Resultados reportados por los fabricantes con modos distintos (ver mmlu_setting). Phi-3-mini (3.800 millones de parámetros, 69 % en MMLU, abril de 2024, informe Phi-3 de Microsoft) no está en el archivo de origen y, por lo tanto, tampoco en esta serie.',
    // Each column's meaning, keyed by its English text (a changed English meaning has none).
    columns: {
      'MMLU threshold.':
        'Umbral de MMLU.',
      'Release date of the model (YYYY-MM-DD).':
        'Fecha de lanzamiento del modelo (AAAA-MM-DD).',
      'Smallest model so far reaching the threshold.':
        'El modelo más pequeño hasta ese momento que alcanza el umbral.',
      'Its stated size.':
        'Su tamaño declarado.',
      'Its reported MMLU.':
        'Su MMLU reportado.',
      'Evaluation setting as reported.':
        'Modo de evaluación, como se reportó.',
      'Vendor source of the score.':
        'Fuente del fabricante para el resultado.',
    },
  },
  datasets: ['llm-mmlu-reported'],
  from: () => smallestModelAtMmlu(mmluModels(), [50, 60, 65, 70]),
  columns: {
    threshold_mmlu: { unit: '%', description: 'MMLU threshold.', value: (s) => s.threshold },
    date: { description: 'Release date of the model (YYYY-MM-DD).', value: (s) => s.date },
    model: { description: 'Smallest model so far reaching the threshold.', value: (s) => s.model },
    params_billions: { unit: 'billion parameters', description: 'Its stated size.', value: (s) => s.paramsBillions },
    mmlu: { unit: '%', description: 'Its reported MMLU.', value: (s) => s.mmlu },
    mmlu_setting: { description: 'Evaluation setting as reported.', value: (s) => s.setting },
    source_url: { description: 'Vendor source of the score.', value: (s) => s.sourceUrl },
  },
});
