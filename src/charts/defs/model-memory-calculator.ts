import interactive, { PRESETS, DEFAULT_OVERHEAD_PCT, footprints } from '../specs/model-memory-calculator.ts';
import { fmt } from '../defaults.ts';
import type presetSeries from '../../series/llm-memory-presets.ts';
import { defineChart, type Inputs } from '../types.ts';

/** The preset models, checked against the calculator's choices (each must have a row). */
function presets({ 'llm-memory-presets': rows }: Inputs<typeof presetSeries>) {
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
  series: ['llm-memory-presets'],
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
