import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, TEXT } from '../defaults.ts';
import type models from '../../series/llm-mmlu-vs-parameters.ts';
import type smallest from '../../series/llm-smallest-model-at-mmlu.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { choose } from '../view.ts';
import { EN, asWritten, timeTicks, type Locale } from '../locale.ts';
import { setting } from '../mmluSetting.ts';

const THRESHOLDS = [50, 60, 65, 70];
/** Pixel nudges so that lines sharing a value (e.g. ≥60 % and ≥65 % both at Llama 2 70B) stay visible side by side. */
const NUDGE: Record<number, number> = { 50: 4.5, 60: 1.5, 65: -1.5, 70: -4.5 };
const color = (t: number) => COLORS[THRESHOLDS.indexOf(t)];


/** What the summary says, in any language: the 60 % line's first and last records and the 70 % line's, or, in a
 * view without one of them, each line shown from its first record to its last. */
export function summaryFacts(rows: Row[]) {
  type Step = { threshold: number; model: string; params_billions: number; date: string };
  const of = (t: number) => rows.filter((r) => r.threshold === t) as Step[];
  const [s60, s70] = [of(60), of(70)];
  const shown = [...new Set(rows.map((r) => r.threshold as number))].map((t) => ({ t, first: of(t)[0]!, last: of(t).at(-1)! }));
  return { shown, both: s60.length && s70.length ? { first60: s60[0]!, last60: s60.at(-1)!, first70: s70[0]!, last70: s70.at(-1)! } : null };
}

/**
 * Step lines: for each MMLU threshold, the size of the smallest open model whose maker reported at least that
 * score, from the derived series llm-smallest-model-at-mmlu. Each row holds from `date` until `until` (the next
 * record of the same threshold, or the last release date in the file).
 */
export default defineChart({
  id: 'smallest-model-at-mmlu',
  title: 'The smallest model to reach each score',
  subtitle: 'Smallest open model whose maker reported at least a given MMLU score, by release date; billions of parameters (log scale)',
  alt: 'Step chart on a logarithmic scale: for MMLU scores of at least 50, 60, 65 and 70 percent, the size of the smallest open model reaching each score falls over 2023 and 2024, from tens of billions of parameters to between 1.5 and 7 billion.',
  caption:
    'Each line steps down when a smaller model reports the score; it holds until the next step. Scores are reported by the models’ makers under settings that differ (5-shot, chain of thought, base or instruction-tuned: see the table and tooltips), so a step can reflect a friendlier test as well as a better model. Only models in the benchmark file are counted: Microsoft’s Phi-3-mini (3.8 billion parameters, 69 % in April 2024) is not in it. Lines that share a value are nudged a few pixels apart.',
  datasets: ['llm-mmlu-reported'],
  series: ['llm-smallest-model-at-mmlu', 'llm-mmlu-vs-parameters'],
  data: (s: Inputs<typeof smallest | typeof models>) => {
    // The last release date of any model with a reported MMLU and size: the series holds "so far" up to that day.
    const end = s['llm-mmlu-vs-parameters'].reduce((a, r) => (r.release_date > a ? r.release_date : a), '');
    const steps = s['llm-smallest-model-at-mmlu'];
    return steps.map((s, i) => {
      const next = steps[i + 1];
      return {
        threshold: Number(s.threshold_mmlu),
        date: String(s.date),
        until: next && next.threshold_mmlu === s.threshold_mmlu ? String(next.date) : end,
        model: String(s.model),
        params_billions: Number(s.params_billions),
        mmlu: Number(s.mmlu),
        mmlu_setting: (s.mmlu_setting as string | null) ?? 'not stated',
      };
    });
  },
  columns: [
    { key: 'threshold', label: 'MMLU at least', unit: '%' },
    { key: 'date', label: 'From (release date)' },
    { key: 'until', label: 'Until' },
    { key: 'model', label: 'Smallest model so far', names: true },
    { key: 'params_billions', label: 'Parameters', unit: 'billions', format: (v: number, l = EN) => l.fmt.sig3(v) },
    { key: 'mmlu', label: 'Reported MMLU', unit: '%' },
    { key: 'mmlu_setting', label: 'Setting as reported', format: (v: string, l = EN) => setting(v, l) },
  ],
  summary: (rows: Row[]) => {
    const { shown, both } = summaryFacts(rows);
    // A view without the 60 % or 70 % line: each line shown, from its first model to its last.
    if (!both) {
      return `The smallest open model reported went ${shown.map(({ t, first: a, last: b }) => `at ${t} % or more, from ${fmt.sig3(a.params_billions)} billion parameters (${a.model}, ${fmt.month(utc(a.date))}) to ${fmt.sig3(b.params_billions)} billion (${b.model}, ${fmt.month(utc(b.date))})`).join('; ')}.`;
    }
    const { first60: first, last60: last, first70, last70 } = both;
    return `The smallest open model reported at 60 % or more went from ${first.model} (${fmt.sig3(first.params_billions)} billion parameters, ${fmt.month(utc(first.date))}) to ${last.model} (${fmt.sig3(last.params_billions)} billion, ${fmt.month(utc(last.date))}), ${fmt.int(first.params_billions / last.params_billions)} times smaller; at 70 % it went from ${fmt.sig3(first70.params_billions)} to ${fmt.sig3(last70.params_billions)} billion.`;
  },
  view: (rows) => choose(rows, 'threshold', 'Score thresholds (MMLU at least, %)'),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const lines = THRESHOLDS.filter((t) => rows.some((r) => r.threshold === t)).map((t) => {
      const steps = rows.filter((r) => r.threshold === t);
      const last = steps.at(-1)!;
      return { t, points: [...steps.map((r) => ({ date: utc(r.date as string), p: r.params_billions as number })), { date: utc(last.until as string), p: last.params_billions as number }], last };
    });
    // End labels: lines ending on the same value are stacked (in the order of their nudges) so labels do not overlap.
    const ends = lines.map((l) => {
      const same = lines.filter((o) => o.last.params_billions === l.last.params_billions).sort((a, b) => NUDGE[a.t] - NUDGE[b.t]);
      const k = same.indexOf(l);
      const mid = same.reduce((s, o) => s + NUDGE[o.t], 0) / same.length;
      return { t: l.t, date: l.points.at(-1)!.date, p: l.last.params_billions, model: l.last.model, dy: mid + (k - (same.length - 1) / 2) * (narrow ? 12 : 13) };
    });
    return Plot.plot({
      ...base(opts, narrow ? 300 : 360),
      marginRight: narrow ? 52 : 170,
      x: { type: 'utc', label: null, ticks: narrow ? 3 : 6, ...timeTicks(l) },
      y: { type: 'log', label: l.t('↑ Billions of parameters'), domain: [1, 100], grid: true, ticks: [1, 2, 5, 10, 20, 50, 100], tickFormat: (v: number) => String(v) },
      marks: [
        ...lines.map((l) => Plot.line(l.points, { x: 'date', y: 'p', curve: 'step-after', stroke: color(l.t), strokeWidth: 2.25, dy: NUDGE[l.t] })),
        ...lines.map((l) => Plot.dot(l.points.slice(0, -1), { x: 'date', y: 'p', fill: color(l.t), r: 3, dy: NUDGE[l.t] })),
        ...ends.map((e) =>
          Plot.text([e], {
            x: 'date', y: 'p', dx: 6, dy: e.dy, textAnchor: 'start', fontSize: TEXT.label(narrow), fontWeight: 600, fill: color(e.t),
            text: () => (narrow ? `≥${e.t} %` : `≥${e.t} %: ${e.model}`),
          })),
      ],
    });
  },
  tip: {
    x: 'date', y: 'params_billions', mode: 'xy',
    label: (r, l: Locale = EN) => `${l.t('%s: %s billion parameters', r.model as string, l.fmt.sig3(r.params_billions as number))}\nMMLU ${asWritten(r.mmlu as number, l)} % (${setting(r.mmlu_setting as string, l)})\n${l.t('smallest at ≥%s % from %s', r.threshold as number, l.fmt.date(utc(r.date as string)))}`,
  },
});
