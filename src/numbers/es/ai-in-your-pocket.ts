import { fmt, format } from '../../charts/formatsEs.ts';
import { utc } from '../../charts/defaults.ts';
import type { NumberTranslation } from '../types.ts';

const month = (v: string) => fmt.month(utc(v));
const pct = (v: number) => `${format(',.2~f')(v)} %`;
/** A size in billions of parameters, in Spanish millions: 1,5 → "1.500 millones de parámetros". */
const billions = (v: number) => `${fmt.int(v * 1000)} millones de parámetros`;
const gb = (v: number) => `${fmt.sig3(v)} GB`;
const times = (v: number) => `${fmt.int(v)} veces`;
const tops = (v: number) => `${fmt.sig3(v)} TOPS`;

/** The step series' numbers, by the same pattern as the English file's step(). */
const step = (t: number, which: 'first' | 'last', field: 'model' | 'size' | 'date'): NumberTranslation => ({
  format: field === 'model' ? String : field === 'size' ? billions : month,
  note: `${which === 'first' ? 'primer' : 'último'} récord de la serie escalonada “el modelo abierto más pequeño que reporta MMLU ≥ ${t} %”: ${field === 'size' ? 'su tamaño' : field === 'date' ? 'su fecha de lanzamiento' : 'el modelo'}`,
});
const score = (name: string): NumberTranslation => ({ format: pct, note: `${name}: MMLU según lo reportó su fabricante` });
const released = (name: string): NumberTranslation => ({ format: month, note: `${name}: fecha de lanzamiento` });
const claimed = (name: string): NumberTranslation => ({ format: tops, note: `${name}: TOPS máximos anunciados` });

export default {
  'pocket-models-count': { format: String, note: 'modelos abiertos con un resultado de MMLU reportado y un tamaño declarado (las filas repetidas cuentan una vez)' },
  'pocket-file-last-date': { format: month, note: 'la fecha de lanzamiento más reciente entre esos modelos' },
  'pocket-60-first-model': step(60, 'first', 'model'),
  'pocket-60-first-size': step(60, 'first', 'size'),
  'pocket-60-first-date': step(60, 'first', 'date'),
  'pocket-60-last-model': step(60, 'last', 'model'),
  'pocket-60-last-size': step(60, 'last', 'size'),
  'pocket-60-last-date': step(60, 'last', 'date'),
  'pocket-60-shrink': { format: times, note: 'tamaño del primer modelo que reportó MMLU ≥ 60 % ÷ tamaño del más pequeño hasta ahora' },
  'pocket-65-last-model': step(65, 'last', 'model'),
  'pocket-65-last-size': step(65, 'last', 'size'),
  'pocket-65-last-date': step(65, 'last', 'date'),
  'pocket-70-first-model': step(70, 'first', 'model'),
  'pocket-70-first-size': step(70, 'first', 'size'),
  'pocket-70-last-model': step(70, 'last', 'model'),
  'pocket-70-last-size': step(70, 'last', 'size'),
  'pocket-70-last-date': step(70, 'last', 'date'),
  'pocket-llama2-7b-mmlu': score('Llama 2 7B'),
  'pocket-llama2-7b-date': released('Llama 2 7B'),
  'pocket-mistral-7b-mmlu': score('Mistral 7B'),
  'pocket-mistral-7b-date': released('Mistral 7B'),
  'pocket-qwen25-7b-mmlu': score('Qwen2.5 7B'),
  'pocket-qwen25-7b-date': released('Qwen2.5 7B'),
  'pocket-llama32-1b-base-mmlu': score('Llama 3.2 1B'),
  'pocket-llama32-1b-instruct-mmlu': score('Llama 3.2 1B Instruct'),
  'pocket-llama32-1b-gap': { format: (v: number) => `${fmt.num1(v)} puntos porcentuales`, note: 'MMLU reportado de Llama 3.2 1B Instruct menos el del modelo base (con condiciones de medición distintas)' },
  'pocket-granite-h-micro-mmlu': score('Granite 4.0 H Micro 3B Instruct'),
  'pocket-granite-h-micro-date': released('Granite 4.0 H Micro 3B Instruct'),
  'pocket-llama32-3b-16bit': { format: gb, note: 'los 3.210 millones de parámetros de Llama 3.2 3B (Meta) × 16 bits ÷ 8, en miles de millones de bytes' },
  'pocket-llama32-3b-4bit': { format: gb, note: 'los 3.210 millones de parámetros de Llama 3.2 3B (Meta) × 4 bits ÷ 8, en miles de millones de bytes' },
  'pocket-llama33-70b-16bit': { format: gb, note: 'tamaño declarado de Llama 3.3 70B × 16 bits ÷ 8, en miles de millones de bytes' },
  'pocket-llama33-70b-4bit': { format: gb, note: 'tamaño declarado de Llama 3.3 70B × 4 bits ÷ 8, en miles de millones de bytes' },
  'pocket-presets-fit-8': { format: String, note: 'modelos predefinidos de la calculadora que necesitan 8 GiB o menos a 4 bits con la sobrecarga predeterminada' },
  'pocket-presets-count': { format: String, note: 'modelos predefinidos de la calculadora' },
  'pocket-overhead-default': { format: pct, note: 'la sobrecarga predeterminada de la calculadora: un supuesto nuestro, no una cifra medida' },
  'pocket-nano1-params': { format: billions, note: 'parámetros de Gemini Nano-1 (Epoch AI)' },
  'pocket-nano2-params': { format: billions, note: 'parámetros de Gemini Nano-2 (Epoch AI)' },
  'pocket-a11-tops': claimed('Apple A11 (2017)'),
  'pocket-a17-tops': claimed('Apple A17 Pro (2023)'),
  'pocket-a16-tops': claimed('Apple A16 (2022)'),
  'pocket-a11-a17-ratio': { format: times, note: 'TOPS anunciados del A17 Pro de Apple ÷ los del A11' },
  'pocket-meteor-lake-tops': claimed('Intel Core Ultra (Meteor Lake)'),
  'pocket-snapdragon-x-tops': claimed('Qualcomm Snapdragon X Elite / X Plus'),
  'pocket-copilot-tops': claimed('Requisito mínimo de Microsoft para las Copilot+ PC'),
} satisfies Record<string, NumberTranslation>;
