/** Numbers for ai-in-your-pocket, computed from the benchmark, NPU and model-size data. */
import { fmt } from '../charts/defaults.ts';
import fit from '../charts/defs/model-fit-calculator.ts';
import npu from '../charts/defs/npu-tops.ts';
import smallest from '../charts/defs/smallest-model-mmlu.ts';
import type { NumberDef } from './types.ts';

const preset = (prefix: string) => fit.data().find((r) => String(r.model).startsWith(prefix))!;
const chip = (name: string) => npu.data().find((r) => r.chip === name)!;
const step = (t: string, which: 'first' | 'last') => {
  const s = smallest.data().filter((r) => r.threshold === t && r.step);
  return which === 'first' ? s[0] : s.at(-1)!;
};
const GB = (v: number) => `${fmt.num1(v)} GB`;

export default {
  'pocket-phi3-16bit': { value: () => Number(preset('Phi-3-mini').gb_16bit), format: GB, datasets: ['llm-mmlu-reported'], note: 'Phi-3-mini (3.8 billion parameters) at 16 bits with 20 % overhead' },
  'pocket-phi3-4bit': { value: () => Number(preset('Phi-3-mini').gb_4bit), format: GB, datasets: ['llm-mmlu-reported'], note: 'Phi-3-mini at 4 bits with 20 % overhead' },
  'pocket-llama70-4bit': { value: () => Number(preset('Llama 2 70B').gb_4bit), format: GB, datasets: ['llm-mmlu-reported'], note: 'Llama 2 70B at 4 bits with 20 % overhead' },
  'pocket-llama1b-4bit': { value: () => Number(preset('Llama 3.2 1B').gb_4bit), format: GB, datasets: ['llm-mmlu-reported'], note: 'Llama 3.2 1B at 4 bits with 20 % overhead' },
  'pocket-a11-tops': { value: () => Number(chip('A11 Bionic Neural Engine').tops), format: (v: number) => `${fmt.sig3(v)} TOPS`, datasets: ['npu-tops'], note: 'Apple A11 Neural Engine, claimed (2017)' },
  'pocket-a17-tops': { value: () => Number(chip('A17 Pro Neural Engine').tops), format: (v: number) => `${fmt.sig3(v)} TOPS`, datasets: ['npu-tops'], note: 'Apple A17 Pro Neural Engine, claimed (2023)' },
  'pocket-65-first': { value: () => String(step('≥ 65 %', 'first').model), format: String, datasets: ['llm-mmlu-reported'], note: 'first model in the file reported at MMLU ≥ 65' },
  'pocket-65-last': { value: () => String(step('≥ 65 %', 'last').model), format: String, datasets: ['llm-mmlu-reported'], note: 'smallest model in the file reported at MMLU ≥ 65' },
  'pocket-65-last-date': { value: () => String(step('≥ 65 %', 'last').date), format: (v: string) => fmt.month(new Date(v)), datasets: ['llm-mmlu-reported'], note: 'its release date' },
  'pocket-70-last': { value: () => String(step('≥ 70 %', 'last').model), format: String, datasets: ['llm-mmlu-reported'], note: 'smallest model in the file reported at MMLU ≥ 70' },
  'pocket-70-last-size': { value: () => Number(step('≥ 70 %', 'last').params_b), format: (v: number) => `${fmt.sig3(v)} billion parameters`, datasets: ['llm-mmlu-reported'], note: 'its size' },
} satisfies Record<string, NumberDef>;
