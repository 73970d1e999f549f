import interactive, { PRESETS, DEFAULT_OVERHEAD_PCT, footprints } from '../specs/model-memory-calculator.ts';
import { fmt } from '../defaults.ts';
import { table } from '../../datasets/load.ts';
import { reportedMmluModels, type BenchmarkRowInput } from '../../data/reportedMmluModels.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';

/**
 * The calculator's preset models. Sizes come from the datasets where they hold the model (llm-mmlu-reported for open
 * models, rounded as the makers state them; epoch-notable-models for Gemini Nano) or from FACTS.md where the datasets
 * lack it or round it (Phi-3-mini: not in the benchmark file; Llama 3.2: the file rounds 1.23B and 3.21B to 1B and 3B).
 */
export function presets(): Row[] {
  const mmlu = reportedMmluModels(table('llm-mmlu-reported', 'open_models_reported_benchmarks_trimmed.csv') as unknown as BenchmarkRowInput[]);
  const bench = (name: string) => {
    const m = mmlu.find((x) => x.model === name);
    if (!m) throw new Error(`model-memory-calculator: no "${name}" with MMLU in llm-mmlu-reported`);
    return m;
  };
  const epoch = (name: string) => {
    const r = table('epoch-notable-models', 'notable_ai_models_2025-02-24_trimmed.csv').find((x) => x.Model === name);
    if (!r || r.Parameters == null) throw new Error(`model-memory-calculator: no parameter count for "${name}" in epoch-notable-models`);
    return r;
  };
  const fromBench = (key: string, name: string): Row => {
    const m = bench(name);
    return { key, model: name, params_billions: m.paramsBillions, size_from: `llm-mmlu-reported (${m.paramsFrom === 'notes' ? 'notes' : 'model name'})`, mmlu: m.mmlu, mmlu_setting: m.setting, released: m.releaseDate };
  };
  // FACTS 6.6: Llama 3.2 1B and 3B have 1.23 and 3.21 billion parameters (Meta, September 2024); MMLU from the file.
  const llama32 = (key: string, name: string, size: number): Row => {
    const m = bench(`${name} Instruct`);
    return { key, model: name, params_billions: size, size_from: 'Meta via FACTS 6.6 (the file rounds it)', mmlu: m.mmlu, mmlu_setting: `Instruct, ${m.setting}`, released: m.releaseDate };
  };
  const nano = (key: string, name: string): Row => {
    const r = epoch(name);
    return { key, model: name, params_billions: Number(r.Parameters) / 1e9, size_from: 'epoch-notable-models', mmlu: null, mmlu_setting: null, released: String(r['Publication date']) };
  };
  const rows: Row[] = [
    llama32('llama-3.2-1b', 'Llama 3.2 1B', 1.23),
    fromBench('qwen2.5-1.5b', 'Qwen2.5 1.5B'),
    nano('gemini-nano-1', 'Gemini Nano-1'),
    fromBench('gemma-2-2b', 'Gemma 2 2B'),
    llama32('llama-3.2-3b', 'Llama 3.2 3B', 3.21),
    nano('gemini-nano-2', 'Gemini Nano-2'),
    // FACTS 6.4: Phi-3-mini, 3.8 billion parameters, 69 % MMLU (Microsoft Phi-3 technical report, April 2024).
    { key: 'phi-3-mini', model: 'Phi-3-mini', params_billions: 3.8, size_from: 'Microsoft Phi-3 report via FACTS 6.4 (not in the benchmark file)', mmlu: 69, mmlu_setting: 'as reported in the Phi-3 report', released: '2024-04' },
    fromBench('mistral-7b', 'Mistral 7B'),
    fromBench('llama-3.1-8b', 'Llama 3.1 8B'),
    fromBench('gemma-2-9b', 'Gemma 2 9B'),
    fromBench('qwen2.5-14b', 'Qwen2.5 14B'),
    fromBench('qwen2.5-32b', 'Qwen2.5 32B'),
    fromBench('mixtral-8x7b', 'Mixtral 8x7B'),
    fromBench('llama-3.3-70b', 'Llama 3.3 70B'),
  ];
  const missing = PRESETS.filter((p) => !rows.some((r) => r.key === p.value));
  if (missing.length) throw new Error(`model-memory-calculator: presets without a data row: ${missing.map((p) => p.value).join(', ')}`);
  return rows;
}

export default defineChart({
  ...interactive,
  title: 'Will this model fit on my device?',
  subtitle: 'Memory for a language model’s weights at 16, 8 and 4 bits per weight, plus an overhead you set, against common device memory sizes',
  caption:
    'Memory for the weights = parameters × bits per weight ÷ 8 bytes: the darker part of each bar. The overhead, the lighter part, stands for everything else a running model keeps in memory (the conversation so far, working buffers, the program running it); its default of 20 % is our assumption, not a measurement, and it grows with long conversations: change it. Device sizes are examples of common capacities, not particular products, given in GiB: memory is sold in binary units, so a device sold with “8 GB” has 8 GiB (8 × 2³⁰ bytes), and the operating system and other apps need part of it. Fitting is not the same as running fast: speed depends mostly on how quickly the device can read memory. Mixtral 8x7B uses only part of its weights for each word, but all of them must be held in memory.',
  datasets: ['llm-mmlu-reported', 'epoch-notable-models'],
  series: [],
  data: presets,
  columns: [
    { key: 'model', label: 'Preset model' },
    { key: 'params_billions', label: 'Parameters', unit: 'billions', format: (v: number) => fmt.sig3(v) },
    { key: 'size_from', label: 'Size from' },
    { key: 'mmlu', label: 'Reported MMLU', unit: '%', format: (v: number | null) => (v == null ? '–' : String(v)) },
    { key: 'mmlu_setting', label: 'MMLU setting', format: (v: string | null) => v ?? '–' },
    { key: 'released', label: 'Released' },
  ],
  summary: (rows) => {
    const at4 = rows.map((r) => ({ model: String(r.model), gib: footprints(Number(r.params_billions), DEFAULT_OVERHEAD_PCT).find((f) => f.bits === 4)!.totalGib }));
    const fit8 = at4.filter((r) => r.gib <= 8);
    const largest = at4.reduce((a, r) => (r.gib > a.gib ? r : a));
    return `At 4 bits per weight with ${DEFAULT_OVERHEAD_PCT} % overhead, ${fit8.length} of the ${rows.length} preset models need 8 GiB or less; the largest, ${largest.model}, needs ${fmt.num1(largest.gib)} GiB.`;
  },
});
