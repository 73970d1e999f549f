import { describe, expect, it } from 'vitest';
import { memoryForModel } from '../../../src/data/memoryForModel.ts';
import { reportedMmluModels } from '../../../src/data/reportedMmluModels.ts';
import type { BenchmarkRowInput } from '../../../src/data/reportedMmluModels.ts';
import { smallestModelAtMmlu } from '../../../src/data/smallestModelAtMmlu.ts';
import { modelTrainingTable } from '../../../src/data/modelTrainingTable.ts';
import { table } from '../../../src/datasets/table.ts';

const models = () => reportedMmluModels(table('llm-mmlu-reported', 'open_models_reported_benchmarks_trimmed.csv') as unknown as BenchmarkRowInput[]);

describe('reportedMmluModels', () => {
  it('keeps every row with an MMLU value and a size (61 of 133), reading sizes from notes or names', () => {
    const m = models();
    expect(m).toHaveLength(61);
    // notes "Open weights; MoE 46.7B total parameters." MMLU "70.6"
    expect(m.find((x) => x.model === 'Mixtral 8x7B')).toMatchObject({ paramsBillions: 46.7, paramsFrom: 'notes', mmlu: 70.6 });
    // no size in the notes → name "Qwen2-1.5B"; MoE "Qwen2-57B-A14B" → total 57B
    expect(m.find((x) => x.model === 'Qwen2-1.5B')).toMatchObject({ paramsBillions: 1.5, paramsFrom: 'name' });
    expect(m.find((x) => x.model === 'Qwen2-57B-A14B')).toMatchObject({ paramsBillions: 57, paramsFrom: 'name' });
  });

  it('parses "58.2 (reported score)" and "86.8% (accuracy)" as leading numbers', () => {
    const rows: BenchmarkRowInput[] = [
      { model_name: 'X 7B', organization: 'o', release_date: '2024-01-01', source_url: 'https://x', notes: null, MMLU: '58.2 (reported score)', MMLU__setting: '5-shot' },
      { model_name: 'Y', organization: 'o', release_date: '2024-01-01', source_url: 'https://y', notes: 'Open weights; 3B parameters.', MMLU: '86.8% (accuracy)', MMLU__setting: null },
      { model_name: 'Z', organization: 'o', release_date: '2024-01-01', source_url: 'https://z', notes: 'no size', MMLU: '50', MMLU__setting: null },
    ];
    expect(reportedMmluModels(rows).map((r) => [r.model, r.paramsBillions, r.mmlu])).toEqual([['X 7B', 7, 58.2], ['Y', 3, 86.8]]);
  });
});

describe('smallestModelAtMmlu on llm-mmlu-reported (open models)', () => {
  it('matches the step series read by hand from the file', () => {
    // Hand check (rows sorted by release date, MMLU ≥ threshold, strictly smaller than the record so far):
    // ≥50: Llama 2 13B 53.8 (2023-07-18; Llama 2 7B has 45.7) → Qwen 7B 58.2 (2023-08-03) → Qwen2 1.5B 56.5 (2024-06-07)
    //      (Qwen 1.8B 45.3, Gemma 2B 42.3, Llama 3.2 1B Instruct 49.3 stay below 50)
    // ≥60: Llama 2 70B 69.7 → Qwen 14B 66.3 (2023-09-25) → Mistral 7B 62.5 (2023-09-27) → Qwen2.5 1.5B 60.9 (2024-09-19)
    // ≥65: Llama 2 70B → Qwen 14B → Llama 3 8B 68.4 (2024-04-18) → Qwen2 7B 70.3 (2024-06-07) → Qwen2.5 3B 65.6 (2024-09-19)
    // ≥70: Qwen 72B 77.4 (2023-11-30) → Mixtral 8x7B (46.7B) 70.6 (2023-12-11) → Qwen2 7B 70.3 (2024-06-07)
    const steps = smallestModelAtMmlu(models(), [50, 60, 65, 70]).map((s) => [s.threshold, s.date, s.model, s.paramsBillions, s.mmlu]);
    expect(steps).toEqual([
      [50, '2023-07-18', 'Llama 2 13B', 13, 53.8],
      [50, '2023-08-03', 'Qwen 7B', 7, 58.2],
      [50, '2024-06-07', 'Qwen2 1.5B', 1.5, 56.5],
      [60, '2023-07-18', 'Llama 2 70B', 70, 69.7],
      [60, '2023-09-25', 'Qwen 14B', 14, 66.3],
      [60, '2023-09-27', 'Mistral 7B', 7, 62.5],
      [60, '2024-09-19', 'Qwen2.5 1.5B', 1.5, 60.9],
      [65, '2023-07-18', 'Llama 2 70B', 70, 69.7],
      [65, '2023-09-25', 'Qwen 14B', 14, 66.3],
      [65, '2024-04-18', 'Llama 3 8B', 8, 68.4],
      [65, '2024-06-07', 'Qwen2 7B', 7, 70.3],
      [65, '2024-09-19', 'Qwen2.5 3B', 3, 65.6],
      [70, '2023-11-30', 'Qwen 72B', 72, 77.4],
      [70, '2023-12-11', 'Mixtral 8x7B', 46.7, 70.6],
      [70, '2024-06-07', 'Qwen2 7B', 7, 70.3],
    ]);
  });

  it('keeps the benchmark setting and source of each step', () => {
    const s = smallestModelAtMmlu(models(), [65]).at(-1)!;
    expect(s).toMatchObject({ model: 'Qwen2.5 3B', setting: '5-shot' });
    expect(s.sourceUrl).toMatch(/^https:\/\//);
  });
});

describe('memoryForModel', () => {
  it('Phi-3-mini 3.8B at 4 bits: 1.9 GB of weights (≈ 1.77 GiB; the Phi-3 report says ≈ 1.8 GB)', () => {
    // 3.8e9 weights × 4 bits ÷ 8 = 1.9e9 bytes = 1.9 GB; 1.9e9 / 2^30 = 1.76951 GiB
    const m = memoryForModel({ paramsBillions: 3.8, bitsPerWeight: 4 });
    expect(m.weightsGb).toBeCloseTo(1.9, 12);
    expect(m.overheadGb).toBe(0);
    expect(m.totalGib).toBeCloseTo(1.76951, 5);
  });

  it('7B at 16 bits with 20 % overhead: 14 GB + 2.8 GB = 16.8 GB', () => {
    const m = memoryForModel({ paramsBillions: 7, bitsPerWeight: 16, overheadFraction: 0.2 });
    expect(m.weightsGb).toBeCloseTo(14, 12);
    expect(m.overheadGb).toBeCloseTo(2.8, 12);
    expect(m.totalGb).toBeCloseTo(16.8, 12);
  });

  it('rejects impossible inputs', () => {
    expect(() => memoryForModel({ paramsBillions: 0, bitsPerWeight: 4 })).toThrow(RangeError);
    expect(() => memoryForModel({ paramsBillions: 1, bitsPerWeight: 0 })).toThrow(RangeError);
    expect(() => memoryForModel({ paramsBillions: 1, bitsPerWeight: 4, overheadFraction: -0.1 })).toThrow(RangeError);
  });
});

describe('modelTrainingTable (Epoch notable + frontier)', () => {
  const t = () => modelTrainingTable(table('epoch-notable-models', 'notable_ai_models.csv'), table('epoch-frontier-models', 'frontier_ai_models_trimmed.csv'));

  it('has Llama 2-7B and the Grok 3 figures of Epoch’s July 2026 data', () => {
    const rows = t();
    expect(rows.find((r) => r.model === 'Llama 2-7B')).toMatchObject({ parameters: 7e9, trainingComputeFlop: 8.4e22 });
    expect(rows.find((r) => r.model === 'Grok 3')).toMatchObject({ trainingComputeFlop: 3.5e26, hardwareQuantity: 80000, trainingPowerW: 109948656.20196915, source: 'epoch-notable-models' });
  });

  it('takes a model from the notable file when it is there, and adds frontier-file models missing from it', () => {
    const rows = t();
    expect(rows.find((r) => r.model === 'Grok 4')).toMatchObject({ date: '2025-07-09', trainingComputeFlop: 5.0000000000001e26, source: 'epoch-notable-models' });
    expect(rows.find((r) => r.model === 'Llama Nemotron Ultra 253B')).toMatchObject({ source: 'epoch-frontier-models' });
    // notable rows with compute: 529 (SOURCE.md); no model appears twice
    expect(rows.filter((r) => r.source === 'epoch-notable-models')).toHaveLength(529);
    expect(new Set(rows.map((r) => r.model)).size).toBe(rows.length);
  });

  it('keeps one row per model when the two files spell it differently, and trims names', () => {
    const rows = t();
    expect(rows.filter((r) => /^grok.?3$/i.test(r.model)).map((r) => r.model)).toEqual(['Grok 3']);
    expect(rows.filter((r) => r.model.startsWith('GPT-4') && r.date === '2023-03-15').map((r) => r.model)).toEqual(['GPT-4 (Mar 2023)']);
    expect(rows.find((r) => r.model === 'GPT-2 (774M)')).toBeDefined();
    expect(rows.filter((r) => r.model !== r.model.trim())).toEqual([]);
    expect(rows.find((r) => r.model === 'GPT-3.5 (davinci-002)')).toBeDefined();
  });
});
