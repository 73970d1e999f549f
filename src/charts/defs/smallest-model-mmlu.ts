import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS } from '../defaults.ts';
import { table } from '../../datasets/load.ts';
import { reportedMmluModels, type BenchmarkRowInput } from '../../data/reportedMmluModels.ts';
import { smallestModelAtMmlu } from '../../data/smallestModelAtMmlu.ts';
import type { ChartDef, Row } from '../types.ts';

const THRESHOLDS = [50, 60, 65, 70];

/** For each MMLU threshold, the smallest open model reported to reach it, as a step line over release dates. */
export default {
  id: 'smallest-model-mmlu',
  title: 'Smaller models, same scores',
  subtitle: 'Parameters of the smallest open model whose maker reported at least 50, 60, 65 or 70 % on the MMLU test, by release date (log scale)',
  alt: 'Step chart on a logarithmic scale: for each MMLU score threshold, the size of the smallest open model reported to reach it falls over 2023 and 2024, in some cases from tens of billions of parameters to one or two billion.',
  caption: 'Scores are as reported by the model makers, under settings that differ (few-shot, instruction-tuned and so on; see the table). Parameters are not capability, and a test score is not usefulness. Models absent from the file, such as Phi-3-mini, are not shown.',
  datasets: ['llm-mmlu-reported'],
  data: () => {
    const models = reportedMmluModels(table('llm-mmlu-reported', 'open_models_reported_benchmarks_trimmed.csv') as unknown as BenchmarkRowInput[]);
    const end = models.map((m) => m.releaseDate).sort().at(-1)!;
    const steps = smallestModelAtMmlu(models, THRESHOLDS);
    return THRESHOLDS.flatMap((t) => {
      const own = steps.filter((s) => s.threshold === t).map((s) => ({ threshold: `≥ ${t} %`, date: s.date, params_b: s.paramsBillions, model: s.model, mmlu: s.mmlu, setting: s.setting ?? '', step: true }));
      return own.length ? [...own, { ...own.at(-1)!, date: end, step: false }] : [];
    }) as Row[];
  },
  columns: [
    { key: 'threshold', label: 'MMLU at least' },
    { key: 'date', label: 'From' },
    { key: 'model', label: 'Smallest model' },
    { key: 'params_b', label: 'Parameters', unit: 'billion', format: (v: number) => fmt.sig3(v) },
    { key: 'mmlu', label: 'Reported MMLU', unit: '%', format: (v: number) => fmt.num1(v) },
    { key: 'setting', label: 'Setting as reported' },
  ],
  summary: (rows) => {
    const t60 = rows.filter((r) => r.threshold === '≥ 60 %' && r.step);
    const a = t60[0];
    const b = t60.at(-1)!;
    return `The smallest open model reported at 60 % or more went from ${a.model} (${fmt.sig3(a.params_b as number)} billion parameters, ${fmt.month(utc(a.date as string))}) to ${b.model} (${fmt.sig3(b.params_b as number)} billion, ${fmt.month(utc(b.date as string))}), ${fmt.int((a.params_b as number) / (b.params_b as number))} times smaller.`;
  },
  spec: (rows, opts) => {
    const narrow = opts.width < 480;
    const data = rows.map((r) => ({ ...r, d: utc(r.date as string) }));
    const ends = [...new Set(data.map((r) => r.threshold))].map((t) => data.filter((r) => r.threshold === t).at(-1)!);
    return Plot.plot({
      ...base(opts, narrow ? 280 : 320),
      marginRight: narrow ? 50 : 70,
      x: { type: 'utc', label: null, ticks: narrow ? 4 : 6 },
      y: { type: 'log', label: '↑ billion parameters', grid: true, ticks: [1, 3, 10, 30, 100], tickFormat: String },
      color: { domain: THRESHOLDS.map((t) => `≥ ${t} %`), range: [COLORS[2], COLORS[0], COLORS[3], COLORS[1]] },
      marks: [
        Plot.line(data, { x: 'd', y: 'params_b', z: 'threshold', stroke: 'threshold', curve: 'step-after', strokeWidth: 2 }),
        Plot.dot(data.filter((r) => r.step), { x: 'd', y: 'params_b', fill: 'threshold', r: 3 }),
        Plot.text(ends, { x: 'd', y: 'params_b', text: 'threshold', dx: 6, textAnchor: 'start', fill: 'threshold', fontSize: narrow ? 9 : 10.5, fontWeight: 600 }),
      ],
    });
  },
  tip: { x: 'date', y: 'params_b', label: (r) => `MMLU ${r.threshold}: ${r.model}\n${fmt.sig3(r.params_b as number)} billion parameters, ${fmt.num1(r.mmlu as number)} %${r.setting ? ` (${r.setting})` : ''}`, mode: 'xy' },
} satisfies ChartDef;
