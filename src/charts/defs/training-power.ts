import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, MUTED, TEXT } from '../defaults.ts';
import type table from '../../series/ai-training-power.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { chooseTop, combine, yearRange } from '../view.ts';
import { EN } from '../locale.ts';

/**
 * Where a label sits relative to its dot: offsets in pixels and the text anchor, and optionally a short
 * leader from the dot towards the label (length in pixels, angle in degrees clockwise from straight up).
 */
type Place = { dx: number; dy: number; anchor: 'start' | 'middle' | 'end'; leader?: { length: number; rotate: number } };

/** A leader line for Plot.vector: starts just outside the dot, so it points at it without covering it. */
const leaderShape = (gap: number) => ({ draw(context: CanvasPath, length: number) { context.moveTo(0, -gap); context.lineTo(0, -length); } });

/** Labelled models, with where each label goes at each width (placed by eye against the rendered charts). */
const LABELS: Record<string, { label: string; wide: Place; narrow: Place }> = {
  'GPT-3 175B (davinci)': { label: 'GPT-3', wide: { dx: -7, dy: 0, anchor: 'end' }, narrow: { dx: -6, dy: 0, anchor: 'end' } },
  'GPT-4 (Mar 2023)': { label: 'GPT-4', wide: { dx: -7, dy: 0, anchor: 'end' }, narrow: { dx: -6, dy: 0, anchor: 'end' } },
  // Up and to the left with a leader: below it and beside it the dots are dense, above it sits Grok 3.
  'Llama 3.1-405B': {
    label: 'Llama 3.1-405B',
    wide: { dx: -11, dy: -18, anchor: 'end', leader: { length: 17, rotate: -40 } },
    narrow: { dx: -9, dy: -15, anchor: 'end', leader: { length: 14, rotate: -40 } },
  },
  'Grok 3': { label: 'Grok 3', wide: { dx: -7, dy: 0, anchor: 'end' }, narrow: { dx: -6, dy: 0, anchor: 'end' } },
};

/** A tick value in megawatts as it reads best: 100 W, 10 kW, 1 MW. */
const powerTick = (mw: number) => (mw >= 1 ? `${fmt.int(mw)} MW` : mw >= 1e-3 ? `${fmt.int(mw * 1e3)} kW` : `${fmt.int(mw * 1e6)} W`);

/** What the summary says, in any language: the largest estimate, and GPT-3's when shown. */
export function summaryFacts(rows: Row[]) {
  const top = rows.reduce((a, r) => ((r.mw as number) > (a.mw as number) ? r : a)) as { model: string; date: string; mw: number; chips: number | null };
  return { top, gpt3: rows.find((r) => r.model === 'GPT-3 175B (davinci)') as typeof top | undefined };
}

/** Estimated power draw of the hardware during training, for models where Epoch gives it. */
export default defineChart({
  id: 'training-power',
  title: 'How much power a training run draws',
  subtitle: 'Epoch AI’s estimate of the electrical power drawn by the computing cluster that trained each model, in watts, kilowatts and megawatts (log scale)',
  alt: 'Scatter chart on a logarithmic scale: the estimated power drawn while training notable AI models rises from a few kilowatts for models of the early 2010s to several megawatts for GPT-3 in 2020, about twenty megawatts for GPT-4 and Llama 3.1-405B, and about 110 megawatts for Grok 3 in 2025.',
  caption:
    'Epoch’s estimate of the power drawn by each training cluster, worked out from the number and type of chips; it is not a metered figure, and Epoch gives it for a minority of models. It covers more than the chips’ own rated power (see the text). Epoch revises these estimates: its data of February 2025 put Grok 3 on more chips at a higher power.',
  datasets: ['epoch-notable-models', 'epoch-frontier-models'],
  series: ['ai-training-power'],
  data: (s: Inputs<typeof table>) => s['ai-training-power'],
  columns: [
    { key: 'model', label: 'Model', names: true },
    { key: 'organization', label: 'Organization', names: true },
    { key: 'date', label: 'Published' },
    { key: 'mw', label: 'Training power', unit: 'MW', format: (v: number, l = EN) => l.fmt.sig3(v) },
    { key: 'hardware', label: 'Hardware', names: true },
    { key: 'chips', label: 'Chips', format: (v: number | null, l = EN) => (v == null ? '' : l.fmt.int(v)) },
    { key: 'source', label: 'File' },
  ],
  summary: (rows) => {
    const { top, gpt3 } = summaryFacts(rows);
    return `The largest estimate here is ${top.model} at ${fmt.sig3(top.mw)} MW${top.chips ? ` on ${fmt.int(top.chips)} chips` : ''}${gpt3 ? `, against ${fmt.sig3(gpt3.mw)} MW for GPT-3 in ${fmt.year(utc(gpt3.date))}` : ''}.`;
  },
  view: (rows) => combine(yearRange(rows, 'date'), chooseTop(rows, 'organization', 'Organisations (the most frequent)')),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const data = rows.map((r) => ({ ...r, d: utc(r.date) }));
    const marks = data.filter((r) => LABELS[r.model]);
    const dotR = narrow ? 3.2 : 4;
    const font = { fill: 'currentColor', fontSize: TEXT.label(narrow), fontWeight: 600 } as const;
    return Plot.plot({
      ...base(opts, narrow ? 290 : 330),
      marginLeft: narrow ? 56 : 62,
      marginRight: narrow ? 16 : 30,
      x: { type: 'utc', label: null, ticks: narrow ? 4 : 7 },
      // The domain starts at the 100 W gridline (below the smallest estimate) so every tick sits on the frame
      // and the lowest label stays clear of the year labels; ticks name their unit, 100 W to 100 MW.
      y: {
        type: 'log', label: l.t('↑ power drawn'), grid: true, domain: [1e-4, Math.max(...data.map((r) => r.mw))],
        ticks: [1e-4, 1e-3, 1e-2, 0.1, 1, 10, 100], tickFormat: powerTick,
      },
      marks: [
        Plot.dot(data.filter((r) => !LABELS[r.model]), { x: 'd', y: 'mw', fill: MUTED, r: narrow ? 2 : 2.5, fillOpacity: 0.65 }),
        Plot.dot(marks, { x: 'd', y: 'mw', fill: COLORS[1], r: dotR }),
        ...marks.flatMap((r) => {
          const { label, ...where } = LABELS[r.model];
          const { dx, dy, anchor, leader } = where[narrow ? 'narrow' : 'wide'];
          return [
            ...(leader ? [Plot.vector([r], { x: 'd', y: 'mw', anchor: 'start', length: leader.length, rotate: leader.rotate, shape: leaderShape(dotR + 1.5), stroke: 'currentColor', strokeWidth: 1 })] : []),
            Plot.text([r], { x: 'd', y: 'mw', text: () => label, dx, dy, textAnchor: anchor, ...font, stroke: 'var(--bg)', strokeWidth: 3, paintOrder: 'stroke' }),
          ];
        }),
      ],
    });
  },
  tip: { x: 'date', y: 'mw', label: (r, l = EN) => `${r.model}\n${l.fmt.sig3(r.mw)} MW${r.chips ? ` · ${l.fmt.int(r.chips)} × ${r.hardware}` : ''}`, mode: 'xy' },
});
