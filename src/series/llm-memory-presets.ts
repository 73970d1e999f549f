import { defineSeries } from './define.ts';
import { epochNotable, mmluModels } from './inputs.ts';
import type { MmluModel } from '../data/reportedMmluModels.ts';

interface Preset {
  key: string;
  model: string;
  paramsBillions: number;
  sizeFrom: string;
  mmlu: number | null;
  setting: string | null;
  released: string;
}

const bench = (name: string): MmluModel => {
  const m = mmluModels().find((x) => x.model === name);
  if (!m) throw new Error(`llm-memory-presets: no "${name}" with MMLU in llm-mmlu-reported`);
  return m;
};
const fromBench = (key: string, name: string): Preset => {
  const m = bench(name);
  return { key, model: name, paramsBillions: m.paramsBillions, sizeFrom: `llm-mmlu-reported (${m.paramsFrom === 'notes' ? 'notes' : 'model name'})`, mmlu: m.mmlu, setting: m.setting, released: m.releaseDate };
};
/** A model whose name (and the file) rounds its size: the maker's exact count, the MMLU from the file. */
const makerSize = (key: string, name: string, benchName: string, size: number, from: string): Preset => {
  const m = bench(benchName);
  return { key, model: name, paramsBillions: size, sizeFrom: `${from} (the file rounds it)`, mmlu: m.mmlu, setting: benchName === name ? m.setting : `Instruct, ${m.setting}`, released: m.releaseDate };
};
// Llama 3.2 1B and 3B have 1.23 and 3.21 billion parameters (Meta's release, September 2024).
const llama32 = (key: string, name: string, size: number): Preset => makerSize(key, name, `${name} Instruct`, size, 'Meta, September 2024 release');
const nano = (key: string, name: string): Preset => {
  const r = epochNotable().find((x) => x.Model === name);
  if (!r || r.Parameters == null) throw new Error(`llm-memory-presets: no parameter count for "${name}" in epoch-notable-models`);
  return { key, model: name, paramsBillions: Number(r.Parameters) / 1e9, sizeFrom: 'epoch-notable-models', mmlu: null, setting: null, released: String(r['Publication date']) };
};

/**
 * The model-memory calculator's preset models. Sizes come from the datasets where they hold the model (llm-mmlu-reported
 * for open models, rounded as the makers state them; epoch-notable-models for Gemini Nano) or from the makers where the
 * datasets lack it or round it (Phi-3-mini: not in the benchmark file; Llama 3.2: the file rounds 1.23B and 3.21B to 1B and 3B;
 * Qwen2.5 14B: 14.7B). The other open models keep the size their names give, as the file does.
 */
export default defineSeries({
  id: 'llm-memory-presets',
  title: 'Preset models of the model-memory calculator',
  description: 'Each preset’s parameter count, where it comes from, and its reported MMLU score.',
  datasets: ['llm-mmlu-reported', 'epoch-notable-models'],
  download: false,
  from: (): Preset[] => [
    llama32('llama-3.2-1b', 'Llama 3.2 1B', 1.23),
    fromBench('qwen2.5-1.5b', 'Qwen2.5 1.5B'),
    nano('gemini-nano-1', 'Gemini Nano-1'),
    fromBench('gemma-2-2b', 'Gemma 2 2B'),
    llama32('llama-3.2-3b', 'Llama 3.2 3B', 3.21),
    nano('gemini-nano-2', 'Gemini Nano-2'),
    // Phi-3-mini: 3.8 billion parameters, 69 % MMLU (Microsoft Phi-3 technical report, April 2024).
    { key: 'phi-3-mini', model: 'Phi-3-mini', paramsBillions: 3.8, sizeFrom: 'Microsoft’s Phi-3 technical report (not in the benchmark file)', mmlu: 69, setting: 'as reported in the Phi-3 report', released: '2024-04' },
    fromBench('mistral-7b', 'Mistral 7B'),
    fromBench('llama-3.1-8b', 'Llama 3.1 8B'),
    fromBench('gemma-2-9b', 'Gemma 2 9B'),
    // "Number of Parameters: 14.7B" (Qwen team, Qwen2.5-14B model card, Hugging Face, September 2024).
    makerSize('qwen2.5-14b', 'Qwen2.5 14B', 'Qwen2.5 14B', 14.7, 'Qwen team, Qwen2.5-14B model card, September 2024'),
    fromBench('qwen2.5-32b', 'Qwen2.5 32B'),
    fromBench('mixtral-8x7b', 'Mixtral 8x7B'),
    fromBench('llama-3.3-70b', 'Llama 3.3 70B'),
  ],
  columns: {
    key: { description: 'The calculator’s value for the preset.', value: (p) => p.key },
    model: { description: 'Model.', value: (p) => p.model },
    params_billions: { unit: 'billions', description: 'Parameters.', value: (p) => p.paramsBillions },
    size_from: { description: 'Where the size comes from.', value: (p) => p.sizeFrom },
    mmlu: { unit: '%', description: 'Reported MMLU, if any.', value: (p) => p.mmlu },
    mmlu_setting: { description: 'Its evaluation setting.', value: (p) => p.setting },
    released: { description: 'Release date.', value: (p) => p.released },
  },
});
