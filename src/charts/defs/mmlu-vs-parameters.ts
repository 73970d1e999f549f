import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, TEXT } from '../defaults.ts';
import type models from '../../series/llm-open-models.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { combine, choose, yearRange } from '../view.ts';
import { EN, asWritten, type Locale } from '../locale.ts';
import { setting } from '../mmluSetting.ts';

const YEARS = ['2023', '2024', '2025'];
const yearColor = (y: string) => COLORS[YEARS.indexOf(y)] ?? COLORS[5];

/**
 * Labelled models, each with where its label sits (dx, dy in px, text anchor). `narrow` marks the few kept on phones;
 * `only` marks a phone-only variant of a label; `words` a label with words in it, which is translated (names are not).
 * Chosen to show the same size across years (7B: Llama 2 → Mistral → Qwen2.5), the small end, and one pair that
 * differs only in the reported setting (Llama 3.2 1B base vs Instruct).
 */
export const LABELS: { model: string; text: string; dx: number; dy: number; anchor: 'start' | 'end' | 'middle'; narrow?: boolean; only?: boolean; words?: boolean }[] = [
  { model: 'Llama 2 7B', text: 'Llama 2 7B', dx: 7, dy: 4, anchor: 'start', narrow: true },
  { model: 'Mistral 7B', text: 'Mistral 7B', dx: -7, dy: 0, anchor: 'end' },
  { model: 'Qwen2.5 7B', text: 'Qwen2.5 7B', dx: -7, dy: -5, anchor: 'end', narrow: true },
  { model: 'Llama 3.2 1B', text: 'Llama 3.2 1B (base)', dx: 7, dy: 0, anchor: 'start', narrow: true, words: true },
  { model: 'Llama 3.2 1B Instruct', text: 'Llama 3.2 1B Instruct', dx: 7, dy: 5, anchor: 'start' },
  { model: 'Qwen2.5 1.5B', text: 'Qwen2.5 1.5B', dx: 0, dy: -10, anchor: 'middle' },
  { model: 'Granite 4.0 H Micro 3B Instruct', text: 'Granite 4.0 H Micro 3B', dx: -7, dy: -6, anchor: 'end' },
  { model: 'Granite 4.0 H Micro 3B Instruct', text: 'Granite 4.0 3B', dx: 0, dy: -10, anchor: 'middle', narrow: true, only: true },
  { model: 'Llama 2 70B', text: 'Llama 2 70B', dx: 0, dy: 12, anchor: 'middle' },
];

/** What the summary says, in any language: Llama 2 7B against Qwen2.5 7B and the best small model, or, in a view
 * without them, the best score shown overall and among small models. */
export function summaryFacts(rows: Row[]) {
  type Model = { model: string; release_date: string; params_billions: number; mmlu: number };
  const get = (m: string) => rows.find((r) => r.model === m) as Model | undefined;
  const best = (rs: Row[]) => rs.reduce((x, r) => ((r.mmlu as number) > (x.mmlu as number) ? r : x)) as Model;
  const smallOnes = rows.filter((r) => (r.params_billions as number) <= 4);
  const [a, b] = [get('Llama 2 7B'), get('Qwen2.5 7B')];
  return { n: rows.length, top: best(rows), small: smallOnes.length ? best(smallOnes) : undefined, pair: a && b && smallOnes.length ? { a, b } : null };
}

/**
 * Open models with a vendor-reported MMLU score and a stated size (derived series llm-mmlu-vs-parameters), one dot per
 * model, coloured by release year. Rows that repeat a model under another name with the same date, size and score
 * (e.g. "Qwen2 7B" and "Qwen2-7B") are shown once.
 */
export default defineChart({
  id: 'mmlu-vs-parameters',
  title: 'Size is not score',
  subtitle: 'Open language models: reported MMLU score against billions of parameters (log scale), by year of release',
  alt: 'Scatter plot: reported MMLU scores of about sixty open language models against their size on a logarithmic scale. Larger models score higher on the whole, but newer models score higher than older ones of the same size: at 7 billion parameters, scores rise from about 46 percent in 2023 to 74 percent in 2024.',
  caption:
    'Scores are as reported by each model’s maker, under settings that differ (shots, chain of thought, base or instruction-tuned, scoring method): the same Llama 3.2 1B appears at two very different scores because Meta reported it two ways. Mixture-of-experts models (Mixtral 8x7B, Qwen2 57B-A14B, Qwen3 30B-A3B) are placed at their total size. Sizes are rounded as the makers state them (“3B”). IBM’s Granite 3.1 rows cite one model card for several sizes. Repeated rows of the same model are shown once.',
  datasets: ['llm-mmlu-reported'],
  series: ['llm-open-models'],
  data: (s: Inputs<typeof models>) => s['llm-open-models'],
  columns: [
    { key: 'model', label: 'Model', names: true },
    { key: 'organization', label: 'Maker', names: true },
    { key: 'release_date', label: 'Released' },
    { key: 'params_billions', label: 'Parameters', unit: 'billions', format: (v: number, l = EN) => l.fmt.sig3(v) },
    { key: 'mmlu', label: 'Reported MMLU', unit: '%' },
    { key: 'mmlu_setting', label: 'Setting as reported', format: (v: string, l = EN) => setting(v, l) },
  ],
  summary: (rows: Row[]) => {
    const { n, top, small, pair } = summaryFacts(rows);
    // A view without the two 7-billion models compared: the best score shown, overall and among small models.
    if (!pair) {
      const smallText = small ? `; among models of 4 billion parameters or fewer, ${small.mmlu} % (${small.model})` : '';
      return `${n} models. The highest reported score shown is ${top.mmlu} % (${top.model}, ${fmt.sig3(top.params_billions)} billion parameters)${smallText}.`;
    }
    const { a, b } = pair;
    return `${n} models. At 7 billion parameters the reported score rose from ${a.mmlu} % (${a.model}, ${fmt.month(utc(a.release_date))}) to ${b.mmlu} % (${b.model}, ${fmt.month(utc(b.release_date))}); the highest score among models of 4 billion parameters or fewer is ${small!.mmlu} % (${small!.model}).`;
  },
  view: (rows) => combine(yearRange(rows, 'release_date', 1), choose(rows, 'organization', 'Makers')),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    // Labels for the models a view shows (tests/charts/specs.test.ts checks every label names a model in the data).
    const labels = LABELS.filter((x) => (narrow ? x.narrow : !x.only)).flatMap((x) => {
      const r = rows.find((m) => m.model === x.model);
      return r ? [{ ...x, row: r }] : [];
    });
    return Plot.plot({
      ...base(opts, narrow ? 320 : 400),
      marginRight: narrow ? 16 : 28,
      x: { type: 'log', label: l.t('Billions of parameters (log scale) →'), domain: [1, 100], insetLeft: 10, insetRight: 4, ticks: [1, 2, 5, 10, 20, 50, 100], tickFormat: (v: number) => String(v) },
      y: { label: l.t('↑ Reported MMLU (%)'), domain: [20, 90], grid: true, ticks: narrow ? 4 : 7 },
      marks: [
        Plot.dot(rows, { x: 'params_billions', y: 'mmlu', fill: (d: Row) => yearColor(d.year as string), fillOpacity: 0.8, r: narrow ? 3.5 : 4.5 }),
        ...labels.map((x) =>
          Plot.text([x.row], { x: 'params_billions', y: 'mmlu', text: () => (x.words ? l.t(x.text) : x.text), dx: x.dx, dy: x.dy, textAnchor: x.anchor, fill: 'currentColor', fontSize: TEXT.label(narrow) })),
        // Key: one swatch per release year, bottom right inside the frame (large models with low scores: none).
        ...YEARS.map((y, i) =>
          Plot.dot([y], { frameAnchor: 'bottom-right', dx: narrow ? -78 : -92, dy: -8 - (YEARS.length - 1 - i) * (narrow ? 14 : 16), fill: yearColor(y), r: narrow ? 3.5 : 4.5 })),
        ...YEARS.map((y, i) =>
          Plot.text([y], { frameAnchor: 'bottom-right', dx: narrow ? -70 : -83, dy: -8 - (YEARS.length - 1 - i) * (narrow ? 14 : 16), text: () => l.t('released %s', y), textAnchor: 'start', fill: 'currentColor', fontSize: TEXT.label(narrow) })),
      ],
    });
  },
  tip: {
    x: 'params_billions', y: 'mmlu', mode: 'xy',
    label: (r, l: Locale = EN) => `${r.model} (${r.organization}, ${l.fmt.month(utc(r.release_date as string))})\n${l.t('%s billion parameters · MMLU %s %', l.fmt.sig3(r.params_billions as number), asWritten(r.mmlu as number, l))}\n${l.t('Setting: %s', setting(r.mmlu_setting as string, l))}`,
  },
});
