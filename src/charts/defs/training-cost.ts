import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, MUTED, TEXT } from '../defaults.ts';
import type table from '../../series/ai-training-cost.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { chooseTop, combine, yearRange } from '../view.ts';
import { EN, type Locale } from '../locale.ts';

/**
 * Where a label sits relative to its dot: offsets in pixels and the text anchor, and optionally a short
 * leader from the dot towards the label (length in pixels, angle in degrees clockwise from straight up).
 */
type Place = { dx: number; dy: number; anchor: 'start' | 'middle' | 'end'; leader?: { length: number; rotate: number } };

/** A leader line for Plot.vector: starts just outside the dot, so it points at it without covering it. */
const leaderShape = (gap: number) => ({ draw(context: CanvasPath, length: number) { context.moveTo(0, -gap); context.lineTo(0, -length); } });

const LEFT: Place = { dx: -7, dy: 0, anchor: 'end' };

/**
 * Labelled models and where each label goes at each width (placed by eye against the rendered charts);
 * a model without a narrow place is not labelled on phones.
 */
const LABELS: Record<string, { label: string; wide: Place; narrow?: Place }> = {
  'GPT-3 175B (davinci)': { label: 'GPT-3', wide: LEFT, narrow: LEFT },
  'GPT-4 (Mar 2023)': { label: 'GPT-4', wide: LEFT, narrow: LEFT },
  // Above: Inflection-2 sits just below it and GPT-4 just to its left.
  'Gemini 1.0 Ultra': { label: 'Gemini Ultra', wide: { dx: 4, dy: -15, anchor: 'middle' } },
  // Straight below on a leader, in the empty stretch of 2024; DeepSeek-R1 sits just above and to its right.
  'DeepSeek-V3': {
    label: 'DeepSeek-V3',
    wide: { dx: 0, dy: 21, anchor: 'middle', leader: { length: 13, rotate: 180 } },
    narrow: { dx: 10, dy: 21, anchor: 'middle', leader: { length: 14, rotate: 180 } },
  },
  'GPT-4.5': { label: 'GPT-4.5', wide: LEFT, narrow: LEFT },
  // Above on a leader: GPT-4.5 sits just to its left, at almost the same height.
  'Grok 4': {
    label: 'Grok 4',
    wide: { dx: 0, dy: -21, anchor: 'middle', leader: { length: 13, rotate: 0 } },
    narrow: { dx: 0, dy: -19, anchor: 'middle', leader: { length: 12, rotate: 0 } },
  },
};

/** A cost as the table and tooltip give it: "$78.4 million", or whole dollars below a million. */
const dollars = (v: number, l: Locale) => (v >= 1e6 ? l.t('$%s million', l.fmt.sig3(v / 1e6)) : l.fmt.usd(v));

/** What the summary says, in any language: the dearest run, and GPT-3 as the yardstick when shown and not the top. */
export function summaryFacts(rows: Row[]) {
  const top = rows.reduce((a, r) => ((r.cost_usd as number) > (a.cost_usd as number) ? r : a)) as { model: string; date: string; cost_usd: number };
  const gpt3 = rows.find((r) => r.model === 'GPT-3 175B (davinci)') as typeof top | undefined;
  return { top, gpt3: gpt3 && gpt3 !== top ? gpt3 : undefined };
}

/** Epoch AI's estimated cost of the final training run of each model, in 2023 dollars. */
export default defineChart({
  id: 'training-cost',
  title: 'What a training run costs',
  subtitle: 'Epoch AI’s estimated cost of the computing for each model’s final training run, 2023 US dollars (log scale)',
  alt: 'Scatter chart on a logarithmic scale: estimated training costs of notable AI models rise from a few dollars to thousands for most models of the 2010s, to about two million dollars for GPT-3 in 2020, tens of millions for GPT-4 and Gemini Ultra in 2023, and several hundred million for GPT-4.5 and Grok 4 in 2025; DeepSeek-V3 at the end of 2024 sits far below the top.',
  caption:
    'Only models for which Epoch gives a cost are shown, and they are a minority. They come from Epoch’s notable-models data (to July 2026), with a few models missing from it taken from Epoch’s frontier list (to July 2025). The estimate prices the computing for the final run only: not the experiments before it, the staff, the data or the buildings, so a model’s full cost is higher. Many inputs are themselves estimates; Epoch marks its confidence in the compute figure, shown in the table.',
  datasets: ['epoch-notable-models', 'epoch-frontier-models'],
  series: ['ai-training-cost'],
  data: (s: Inputs<typeof table>) => s['ai-training-cost'],
  columns: [
    { key: 'model', label: 'Model', names: true },
    { key: 'organization', label: 'Organization', names: true },
    { key: 'date', label: 'Published' },
    { key: 'cost_usd', label: 'Final-run compute cost', unit: 'USD (2023)', format: (v: number, l = EN) => dollars(v, l) },
    { key: 'accessibility', label: 'Access', format: (v: string, l = EN) => l.t(v) },
    { key: 'confidence', label: 'Epoch’s confidence (compute)', format: (v: string, l = EN) => l.t(v) },
    { key: 'source', label: 'File' },
  ],
  summary: (rows) => {
    const { top, gpt3 } = summaryFacts(rows);
    // GPT-3 is the yardstick when the view includes it (2020).
    const vs = gpt3 ? `, about ${fmt.int((top.cost_usd) / (gpt3.cost_usd))} times GPT-3’s $${fmt.sig3((gpt3.cost_usd) / 1e6)} million in ${fmt.year(utc(gpt3.date))}` : '';
    return `The dearest run here is ${top.model} (${fmt.month(utc(top.date))}) at an estimated $${fmt.sig3((top.cost_usd) / 1e6)} million in 2023 dollars${vs}.`;
  },
  view: (rows) => combine(yearRange(rows, 'date'), chooseTop(rows, 'organization', 'Organisations (the most frequent)')),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const data = rows.map((r) => ({ ...r, d: utc(r.date) }));
    const marks = data.filter((r) => LABELS[r.model]?.[narrow ? 'narrow' : 'wide']);
    const dotR = narrow ? 3.2 : 4;
    const font = { fill: 'currentColor', fontSize: TEXT.label(narrow), fontWeight: 600 } as const;
    return Plot.plot({
      ...base(opts, narrow ? 300 : 340),
      // Room on the right for the labels of the latest models, centred on their dots.
      marginLeft: narrow ? 50 : 56,
      marginRight: narrow ? 36 : 30,
      x: { type: 'utc', label: null, ticks: narrow ? 4 : 7 },
      y: {
        type: 'log', label: l.t('↑ US dollars (2023)'), grid: true,
        tickFormat: (v: number) => (Number.isInteger(Math.log10(v)) && Math.log10(v) % 2 === 0 ? (v >= 1e6 ? l.t('$%sM', l.fmt.int(v / 1e6)) : l.t('$%s', l.fmt.si(v))) : ''),
      },
      marks: [
        Plot.dot(data.filter((r) => !LABELS[r.model]), { x: 'd', y: 'cost_usd', fill: MUTED, r: narrow ? 1.8 : 2.4, fillOpacity: 0.6 }),
        Plot.dot(marks, { x: 'd', y: 'cost_usd', fill: COLORS[0], r: dotR }),
        ...marks.flatMap((r) => {
          const { label, ...where } = LABELS[r.model];
          const { dx, dy, anchor, leader } = where[narrow ? 'narrow' : 'wide']!;
          return [
            ...(leader ? [Plot.vector([r], { x: 'd', y: 'cost_usd', anchor: 'start', length: leader.length, rotate: leader.rotate, shape: leaderShape(dotR + 1.5), stroke: 'currentColor', strokeWidth: 1 })] : []),
            Plot.text([r], { x: 'd', y: 'cost_usd', text: () => label, dx, dy, textAnchor: anchor, ...font, stroke: 'var(--bg)', strokeWidth: 3, paintOrder: 'stroke' }),
          ];
        }),
      ],
    });
  },
  tip: {
    x: 'date', y: 'cost_usd',
    label: (r, l = EN) => `${r.model} (${r.organization})\n${l.fmt.date(utc(r.date))}: ${dollars(r.cost_usd, l)}`,
    mode: 'xy',
  },
});
