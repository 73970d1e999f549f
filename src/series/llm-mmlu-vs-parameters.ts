import { defineSeries } from './define.ts';
import { mmluModels } from './inputs.ts';

export default defineSeries({
  id: 'llm-mmlu-vs-parameters',
  title: 'Open LLMs: vendor-reported MMLU score vs. parameters',
  description:
    'Open-weight models with a vendor-reported MMLU score and a stated size (parameters from the notes, else the model name). Settings differ between rows; duplicates under different names are kept as in the source.',
  es: {
    title: 'Modelos de lenguaje abiertos: resultado en MMLU reportado por el fabricante frente a parámetros',
    description:
      'Modelos de pesos abiertos con un resultado en MMLU reportado por su fabricante y un tamaño declarado (los parámetros, de las notas o, si no, del nombre del modelo). Los modos de evaluación difieren entre filas; los duplicados con nombres distintos se conservan como en la fuente.',
    // Each column's meaning, keyed by its English text (a changed English meaning has none).
    columns: {
      'Model name as listed.':
        'Nombre del modelo, como figura en la lista.',
      'Developer.':
        'Desarrollador.',
      'YYYY-MM-DD.':
        'AAAA-MM-DD.',
      'Stated size (rounded by the source, e.g. "3B").':
        'Tamaño declarado (redondeado por la fuente, por ejemplo "3B").',
      '"notes" or "name": where the size was read.':
        '"notes" o "name": dónde se leyó el tamaño (las notas o el nombre).',
      'Reported MMLU (leading number of the reported text).':
        'MMLU reportado (el número del comienzo del texto reportado).',
      'Evaluation setting as reported.':
        'Modo de evaluación, como se reportó.',
      'Vendor source of the score.':
        'Fuente del fabricante para el resultado.',
    },
  },
  datasets: ['llm-mmlu-reported'],
  from: mmluModels,
  columns: {
    model: { description: 'Model name as listed.', value: (m) => m.model },
    organization: { description: 'Developer.', value: (m) => m.organization },
    release_date: { description: 'YYYY-MM-DD.', value: (m) => m.releaseDate },
    params_billions: { unit: 'billion parameters', description: 'Stated size (rounded by the source, e.g. "3B").', value: (m) => m.paramsBillions },
    params_from: { description: '"notes" or "name": where the size was read.', value: (m) => m.paramsFrom },
    mmlu: { unit: '%', description: 'Reported MMLU (leading number of the reported text).', value: (m) => m.mmlu },
    mmlu_setting: { description: 'Evaluation setting as reported.', value: (m) => m.setting },
    source_url: { description: 'Vendor source of the score.', value: (m) => m.sourceUrl },
  },
});
