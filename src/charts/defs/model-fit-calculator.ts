import interactive, { PRESETS, DEVICE_GB } from '../specs/model-fit-calculator.ts';
import { fmt } from '../defaults.ts';
import { table } from '../../datasets/load.ts';
import { memoryForModel } from '../../data/memoryForModel.ts';
import type { ChartDef, Row } from '../types.ts';

/** The presets, with their memory needs at 16/8/4 bits and 20 % overhead; open-model sizes are checked against the data. */
function presets(): Row[] {
  const open = table('llm-mmlu-reported', 'open_models_reported_benchmarks_trimmed.csv');
  return PRESETS.map((p) => {
    if (p.source === 'llm-mmlu-reported') {
      const name = p.label.replace(/ \(.*\)$/, '');
      const row = open.find((r) => r.model_name === name);
      if (!row || !String(row.notes).includes(`${p.value}B parameters`)) throw new Error(`model-fit-calculator: preset "${name}" (${p.value}B) does not match llm-mmlu-reported`);
    }
    const m = (bits: number) => Math.round(memoryForModel({ paramsBillions: Number(p.value), bitsPerWeight: bits, overheadFraction: 0.2 }).totalGb * 100) / 100;
    return { model: p.label, params_billions: Number(p.value), gb_16bit: m(16), gb_8bit: m(8), gb_4bit: m(4), source: p.source };
  });
}

export default {
  ...interactive,
  title: 'Will this model fit on my device?',
  subtitle: 'Memory a language model needs at 16, 8 and 4 bits per weight, plus an overhead you can change, against common device memory sizes',
  caption: `Memory = parameters × bits per weight ÷ 8, plus the overhead. The overhead stands for the program, its working memory and the text being processed; 20 % is our assumption, not a measured figure, so change it. The ${DEVICE_GB.join(', ')} GB lines are examples of common memory sizes, not particular devices, and the operating system and other apps need some of that memory too.`,
  datasets: ['llm-mmlu-reported'],
  data: presets,
  columns: [
    { key: 'model', label: 'Model' },
    { key: 'gb_16bit', label: '16-bit', unit: 'GB', format: fmt.num2 },
    { key: 'gb_8bit', label: '8-bit', unit: 'GB', format: fmt.num2 },
    { key: 'gb_4bit', label: '4-bit', unit: 'GB', format: fmt.num2 },
    { key: 'source', label: 'Size from' },
  ],
  summary: (rows) => {
    const phi = rows.find((r) => String(r.model).startsWith('Phi-3-mini'))!;
    const big = rows.find((r) => String(r.model).startsWith('Llama 2 70B'))!;
    return `With 20 % overhead, Phi-3-mini needs ${fmt.num2(phi.gb_16bit as number)} GB at 16 bits but ${fmt.num2(phi.gb_4bit as number)} GB at 4 bits; Llama 2 70B needs ${fmt.num1(big.gb_4bit as number)} GB even at 4 bits, more than any of the example devices.`;
  },
} satisfies ChartDef;
