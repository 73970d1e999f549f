/**
 * Numbers for the piece "AI in your pocket" (content/articles/ai-in-your-pocket.mdx).
 * Model scores and sizes come from the derived series of llm-mmlu-reported (via the charts' own data), chip figures
 * from npu-tops, Gemini Nano sizes from epoch-notable-models.
 * Inputs quoted from published reports name their source (their numbers list no dataset).
 */
import { fmt, utc } from '../charts/defaults.ts';
import { memoryForModel } from '../data/memoryForModel.ts';
import smallest from '../series/llm-smallest-model-at-mmlu.ts';
import openModels from '../series/llm-open-models.ts';
import npu from '../series/npu-tops.ts';
import presetSeries from '../series/llm-memory-presets.ts';
import { DEFAULT_OVERHEAD_PCT, footprints } from '../data/modelFootprints.ts';
import type { NumberDef } from './types.ts';

/** Llama 3.2 3B has 3.21 billion parameters (Meta, September 2024). */
const LLAMA_32_3B_PARAMS = 3.21;

const MMLU = ['llm-mmlu-reported'];
const NPU = ['npu-tops'];

const steps = (t: number) => smallest.rows().filter((r) => r.threshold_mmlu === t);
const model = (name: string) => {
  const r = openModels.rows().find((x) => x.model === name);
  if (!r) throw new Error(`llm-mmlu-reported: no model "${name}" with MMLU and size`);
  return r;
};
const chip = (name: string) => {
  const r = npu.rows().find((x) => x.chip === name);
  if (!r) throw new Error(`npu-tops: no chip "${name}"`);
  return r;
};
/** A Gemini Nano size as the calculator's presets read it from epoch-notable-models. */
const epochParams = (key: string) => {
  const r = presetSeries.rows().find((x) => x.key === key && x.size_from === 'epoch-notable-models');
  if (!r) throw new Error(`epoch-notable-models: no parameter count for preset "${key}"`);
  return r.params_billions;
};

const month = (v: string) => fmt.month(utc(v));
const pct = (v: number) => `${v} %`;
const billions = (v: number) => `${fmt.sig3(v)} billion parameters`;
const gb = (v: number) => `${fmt.sig3(v)} GB`;

const step = (t: number, which: 'first' | 'last', field: 'model' | 'size' | 'date' | 'mmlu'): NumberDef => ({
  value: () => {
    const s = steps(t);
    const r = which === 'first' ? s[0] : s.at(-1)!;
    return field === 'model' ? String(r.model) : field === 'size' ? Number(r.params_billions) : field === 'date' ? String(r.date) : Number(r.mmlu);
  },
  format: field === 'model' ? String : field === 'size' ? billions : field === 'date' ? month : pct,
  datasets: MMLU,
  note: `${which === 'first' ? 'first' : 'latest'} record in the step series “smallest open model reporting MMLU ≥ ${t} %”: ${field === 'size' ? 'its size' : field === 'date' ? 'its release date' : field === 'mmlu' ? 'its reported score' : 'the model'}`,
});

const score = (name: string): NumberDef => ({ value: () => Number(model(name).mmlu), format: pct, datasets: MMLU, note: `${name}: MMLU as reported by its maker (${String(model(name).mmlu_setting)})` });
const released = (name: string): NumberDef => ({ value: () => String(model(name).release_date), format: month, datasets: MMLU, note: `${name}: release date` });
const tops = (name: string, note: string): NumberDef => ({ value: () => Number(chip(name).tops_high), format: (v: number) => `${fmt.sig3(v)} TOPS`, datasets: NPU, note: `${note}: claimed peak TOPS` });

export default {
  // The benchmark file
  'pocket-models-count': { value: () => openModels.rows().length, format: String, datasets: MMLU, note: 'open models with a reported MMLU score and a stated size (repeated rows counted once)' },
  'pocket-file-last-date': { value: () => openModels.rows().reduce((a, r) => (String(r.release_date) > a ? String(r.release_date) : a), ''), format: month, datasets: MMLU, note: 'latest release date among those models' },

  // Smallest model at a score
  'pocket-60-first-model': step(60, 'first', 'model'),
  'pocket-60-first-size': step(60, 'first', 'size'),
  'pocket-60-first-date': step(60, 'first', 'date'),
  'pocket-60-last-model': step(60, 'last', 'model'),
  'pocket-60-last-size': step(60, 'last', 'size'),
  'pocket-60-last-date': step(60, 'last', 'date'),
  'pocket-60-shrink': {
    value: () => Number(steps(60)[0].params_billions) / Number(steps(60).at(-1)!.params_billions),
    format: (v: number) => `${fmt.int(v)} times`,
    datasets: MMLU,
    note: 'size of the first model reporting MMLU ≥ 60 % ÷ size of the smallest one so far',
  },
  'pocket-65-last-model': step(65, 'last', 'model'),
  'pocket-65-last-size': step(65, 'last', 'size'),
  'pocket-65-last-date': step(65, 'last', 'date'),
  'pocket-70-first-model': step(70, 'first', 'model'),
  'pocket-70-first-size': step(70, 'first', 'size'),
  'pocket-70-last-model': step(70, 'last', 'model'),
  'pocket-70-last-size': step(70, 'last', 'size'),
  'pocket-70-last-date': step(70, 'last', 'date'),

  // Same size, different years / settings
  'pocket-llama2-7b-mmlu': score('Llama 2 7B'),
  'pocket-llama2-7b-date': released('Llama 2 7B'),
  'pocket-mistral-7b-mmlu': score('Mistral 7B'),
  'pocket-mistral-7b-date': released('Mistral 7B'),
  'pocket-qwen25-7b-mmlu': score('Qwen2.5 7B'),
  'pocket-qwen25-7b-date': released('Qwen2.5 7B'),
  'pocket-llama32-1b-base-mmlu': score('Llama 3.2 1B'),
  'pocket-llama32-1b-instruct-mmlu': score('Llama 3.2 1B Instruct'),
  'pocket-llama32-1b-gap': {
    value: () => Number(model('Llama 3.2 1B Instruct').mmlu) - Number(model('Llama 3.2 1B').mmlu),
    format: (v: number) => `${fmt.num1(v)} percentage points`,
    datasets: MMLU,
    note: 'Llama 3.2 1B Instruct’s reported MMLU minus the base model’s (different scoring settings)',
  },
  'pocket-granite-h-micro-mmlu': score('Granite 4.0 H Micro 3B Instruct'),
  'pocket-granite-h-micro-date': released('Granite 4.0 H Micro 3B Instruct'),

  // Memory
  'pocket-llama32-3b-16bit': {
    value: () => memoryForModel({ paramsBillions: LLAMA_32_3B_PARAMS, bitsPerWeight: 16 }).weightsGb,
    format: gb,
    datasets: [],
    note: 'Llama 3.2 3B’s 3.21 billion parameters (Meta) × 16 bits ÷ 8, in billions of bytes',
  },
  'pocket-llama32-3b-4bit': {
    value: () => memoryForModel({ paramsBillions: LLAMA_32_3B_PARAMS, bitsPerWeight: 4 }).weightsGb,
    format: gb,
    datasets: [],
    note: 'Llama 3.2 3B’s 3.21 billion parameters (Meta) × 4 bits ÷ 8, in billions of bytes',
  },
  'pocket-llama33-70b-16bit': {
    value: () => memoryForModel({ paramsBillions: Number(model('Llama 3.3 70B').params_billions), bitsPerWeight: 16 }).weightsGb,
    format: gb,
    datasets: MMLU,
    note: 'Llama 3.3 70B’s stated size × 16 bits ÷ 8, in billions of bytes',
  },
  'pocket-llama33-70b-4bit': {
    value: () => memoryForModel({ paramsBillions: Number(model('Llama 3.3 70B').params_billions), bitsPerWeight: 4 }).weightsGb,
    format: gb,
    datasets: MMLU,
    note: 'Llama 3.3 70B’s stated size × 4 bits ÷ 8, in billions of bytes',
  },
  'pocket-presets-fit-8': {
    value: () => presetSeries.rows().filter((r) => footprints(Number(r.params_billions), DEFAULT_OVERHEAD_PCT).find((f) => f.bits === 4)!.totalGib <= 8).length,
    format: String,
    datasets: ['llm-mmlu-reported', 'epoch-notable-models'],
    note: `preset models of the calculator that need 8 GiB or less at 4 bits with ${DEFAULT_OVERHEAD_PCT} % overhead`,
  },
  'pocket-presets-count': { value: () => presetSeries.rows().length, format: String, datasets: ['llm-mmlu-reported', 'epoch-notable-models'], note: 'preset models in the calculator' },
  'pocket-overhead-default': { value: () => DEFAULT_OVERHEAD_PCT, format: pct, datasets: [], note: 'the calculator’s default overhead: our assumption, not a measured figure' },

  // Gemini Nano (Epoch)
  'pocket-nano1-params': { value: () => epochParams('gemini-nano-1'), format: billions, datasets: ['epoch-notable-models'], note: 'Gemini Nano-1 parameters (Epoch AI)' },
  'pocket-nano2-params': { value: () => epochParams('gemini-nano-2'), format: billions, datasets: ['epoch-notable-models'], note: 'Gemini Nano-2 parameters (Epoch AI)' },

  // NPU TOPS
  'pocket-a11-tops': tops('A11 Bionic Neural Engine', 'Apple A11 (2017)'),
  'pocket-a17-tops': tops('A17 Pro Neural Engine', 'Apple A17 Pro (2023)'),
  'pocket-a16-tops': tops('A16 Bionic Neural Engine', 'Apple A16 (2022)'),
  'pocket-a11-a17-ratio': {
    value: () => Number(chip('A17 Pro Neural Engine').tops_high) / Number(chip('A11 Bionic Neural Engine').tops_high),
    format: (v: number) => `${fmt.int(v)} times`,
    datasets: NPU,
    note: 'claimed TOPS of Apple’s A17 Pro ÷ A11',
  },
  'pocket-meteor-lake-tops': tops('Core Ultra (Meteor Lake) NPU', 'Intel Core Ultra (Meteor Lake)'),
  'pocket-snapdragon-x-tops': tops('Snapdragon X Elite / X Plus Hexagon NPU', 'Qualcomm Snapdragon X Elite / X Plus'),
  'pocket-copilot-tops': tops('Microsoft Copilot+ PC minimum NPU requirement', 'Microsoft Copilot+ PC minimum'),
} satisfies Record<string, NumberDef>;
