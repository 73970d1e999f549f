import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, MUTED } from '../defaults.ts';
import type table from '../../series/ai-training-compute.ts';
import { computeTrend, FIT_FROM } from '../../data/computeTrend.ts';
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

const LEFT: Place = { dx: -7, dy: 0, anchor: 'end' };
const ABOVE: Place = { dx: 0, dy: -10, anchor: 'middle' };

/**
 * Landmark models labelled on the compute chart (few, so labels do not collide), with where each label goes
 * at each width (placed by eye against the rendered charts); a model without a narrow place is not labelled
 * on phones. A model with an empty label is highlighted and named in a neighbour's label.
 */
const LANDMARKS: Record<string, { label: string; wide: Place; narrow?: Place }> = {
  AlexNet: { label: 'AlexNet', wide: ABOVE, narrow: ABOVE },
  'GPT-3 175B (davinci)': { label: 'GPT-3', wide: LEFT, narrow: LEFT },
  'GPT-4 (Mar 2023)': { label: 'GPT-4', wide: LEFT, narrow: LEFT },
  'Gemini 1.0 Ultra': { label: 'Gemini Ultra', wide: { dx: 0, dy: -9, anchor: 'middle' } },
  // Grok 3 and GPT-4.5 came out ten days apart with almost the same compute: their dots overlap, so one label names both.
  'Grok 3': { label: 'Grok 3 · GPT-4.5', wide: { dx: -7, dy: -2, anchor: 'end' }, narrow: LEFT },
  'GPT-4.5': { label: '', wide: LEFT, narrow: LEFT },
  // The top model, at the frame's top right corner: above it on a leader.
  'Grok 4': {
    label: 'Grok 4',
    wide: { dx: 0, dy: -21, anchor: 'middle', leader: { length: 13, rotate: 0 } },
    narrow: { dx: 0, dy: -19, anchor: 'middle', leader: { length: 12, rotate: 0 } },
  },
};

/** What the summary says, in any language: the top model, GPT-3 as the yardstick when shown and not the top, the fit. */
export function summaryFacts<R extends { model: string; date: string; flop: number; source: string }>(rows: R[]) {
  const top = rows.reduce((a, r) => (r.flop > a.flop ? r : a));
  const gpt3 = rows.find((r) => r.model === 'GPT-3 175B (davinci)');
  // The fit starts in 2010, or later when a view starts later.
  const firstYear = Math.max(2010, Math.min(...rows.map((r) => Number(String(r.date).slice(0, 4)))));
  return { top, gpt3: gpt3 && gpt3 !== top ? gpt3 : undefined, trend: computeTrend(rows), firstYear };
}

/** Training compute of notable AI models, 2010 onward (Epoch AI), a fitted exponential trend and a few landmark models labelled. */
export default defineChart({
  id: 'training-compute',
  title: 'The compute behind notable AI models',
  subtitle: 'Total computation used to train each notable AI model, floating-point operations (log scale), 2010 to mid-2026, with a fitted trend',
  alt: 'Scatter chart on a logarithmic scale: the computation used to train notable AI models rises steeply from AlexNet in 2012 to GPT-3 in 2020, GPT-4 and Gemini Ultra in 2023 and Grok 3, GPT-4.5 and Grok 4, the largest, in 2025, spanning about ten orders of magnitude; a straight fitted line runs through the cloud of dots. Models of 2026 sit below the top.',
  caption:
    'Each dot is one model in Epoch AI’s notable-models data (to July 2026), with a few models missing from it taken from Epoch’s frontier list (to July 2025). Many of the newest models have no compute estimate in Epoch’s data yet and are not shown, so the top of the cloud is the largest estimated run, not necessarily the largest run. Compute is Epoch’s estimate, often from indirect evidence; each gridline is ten times the one below. The line is our fit: a least-squares straight line through the logarithm of compute against date, over the notable-file models from 2010 on; its slope gives the growth factor per year. Epoch reports about 4.3× a year since 2010.',
  datasets: ['epoch-notable-models', 'epoch-frontier-models'],
  series: ['ai-training-compute'],
  data: (s: Inputs<typeof table>) => s['ai-training-compute'],
  columns: [
    { key: 'model', label: 'Model', names: true },
    { key: 'organization', label: 'Organization', names: true },
    { key: 'date', label: 'Published' },
    { key: 'flop', label: 'Training compute', unit: 'FLOP', format: (v: number, l = EN) => l.fmt.sci(v) },
    { key: 'confidence', label: 'Epoch’s confidence', format: (v: string, l = EN) => l.t(v) },
    { key: 'source', label: 'File' },
  ],
  summary: (rows) => {
    const { top, gpt3, trend: t, firstYear } = summaryFacts(rows);
    const since = `since ${firstYear}`;
    // GPT-3 is the yardstick when the view includes it (2020).
    const vs = gpt3 ? `, about ${fmt.int((top.flop) / (gpt3.flop))} times GPT-3’s ${fmt.sci(gpt3.flop)} in ${fmt.year(utc(gpt3.date))}` : '';
    return `The most compute-intensive model here, ${top.model} (${fmt.month(utc(top.date))}), used an estimated ${fmt.sci(top.flop)} FLOP${vs}. A straight line fitted through the logarithm of compute of the ${t.n} notable-file models ${since} grows ${fmt.num1(t.factorPerYear)}× a year.`;
  },
  view: (rows) => combine(yearRange(rows, 'date'), chooseTop(rows, 'organization', 'Organisations (the most frequent)')),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const data = rows.map((r) => ({ ...r, d: utc(r.date) }));
    const marks = data.filter((r) => LANDMARKS[r.model]?.[narrow ? 'narrow' : 'wide']);
    const t = computeTrend(rows);
    const fitted = rows.filter((r) => r.source === 'epoch-notable-models' && String(r.date) >= FIT_FROM).map((r) => String(r.date)).sort();
    // From 2010, or from the first model a view shows if later.
    const ends = [fitted[0]!.slice(0, 4) > FIT_FROM.slice(0, 4) ? fitted[0]! : FIT_FROM, fitted[fitted.length - 1]].map((date) => ({ d: utc(date), flop: t.at(date) }));
    const dotR = narrow ? 3.2 : 4;
    const fontSize = narrow ? 9.5 : 10.5;
    const font = { fill: 'currentColor', fontSize, fontWeight: 600 } as const;
    const trendStyle = { stroke: COLORS[1], strokeWidth: 2, strokeDasharray: '6 4' } as const;
    const swatch = 24;
    const trendText = () => l.t('fitted trend: ×%s a year', l.fmt.num1(t.factorPerYear));
    return Plot.plot({
      ...base(opts, narrow ? 320 : 380),
      // Room on the right for the top model's label, centred on its dot.
      marginRight: narrow ? 22 : 30,
      x: { type: 'utc', label: null, ticks: narrow ? 4 : 8 },
      y: { type: 'log', label: l.t('↑ training compute (FLOP)'), grid: true, tickFormat: (v: number) => (Math.log10(v) % 3 === 0 ? l.fmt.sci(v).replace(/^1[.,]0 × /, '') : '') },
      marks: [
        Plot.dot(data.filter((r) => !marks.includes(r)), { x: 'd', y: 'flop', fill: MUTED, r: narrow ? 1.8 : 2.2, fillOpacity: 0.55 }),
        Plot.line(ends, { x: 'd', y: 'flop', ...trendStyle }),
        // The trend's key, a piece of the line and its growth rate, where no dot comes near: the top left corner
        // on the wide chart; on a phone that is level with the top labels, so the bottom right corner.
        ...(narrow
          ? [
              Plot.vector([t], { frameAnchor: 'bottom-right', dx: -6 - swatch, dy: -10, anchor: 'start', rotate: 90, length: swatch, shape: leaderShape(0), ...trendStyle }),
              Plot.text([t], { frameAnchor: 'bottom-right', dx: -6 - swatch - 6, dy: -10, text: trendText, textAnchor: 'end', lineAnchor: 'middle', fill: COLORS[1], fontSize, fontWeight: 600 }),
            ]
          : [
              Plot.vector([t], { frameAnchor: 'top-left', dx: 6, dy: 14, anchor: 'start', rotate: 90, length: swatch, shape: leaderShape(0), ...trendStyle }),
              Plot.text([t], { frameAnchor: 'top-left', dx: 6 + swatch + 6, dy: 14, text: trendText, textAnchor: 'start', lineAnchor: 'middle', fill: COLORS[1], fontSize, fontWeight: 600 }),
            ]),
        Plot.dot(marks, { x: 'd', y: 'flop', fill: COLORS[0], r: dotR }),
        ...marks.filter((r) => LANDMARKS[r.model].label).flatMap((r) => {
          const { label, ...where } = LANDMARKS[r.model];
          const { dx, dy, anchor, leader } = where[narrow ? 'narrow' : 'wide']!;
          return [
            ...(leader ? [Plot.vector([r], { x: 'd', y: 'flop', anchor: 'start', length: leader.length, rotate: leader.rotate, shape: leaderShape(dotR + 1.5), stroke: 'currentColor', strokeWidth: 1 })] : []),
            Plot.text([r], { x: 'd', y: 'flop', text: () => label, dx, dy, textAnchor: anchor, ...font, stroke: 'var(--bg)', strokeWidth: 3, paintOrder: 'stroke' }),
          ];
        }),
      ],
    });
  },
  tip: { x: 'date', y: 'flop', label: (r, l = EN) => `${r.model} (${r.organization})\n${l.fmt.date(utc(r.date))}: ${l.fmt.sci(r.flop)} FLOP${r.confidence ? ` · ${l.t(r.confidence)}` : ''}`, mode: 'xy' },
});
