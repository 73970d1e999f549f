import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, MUTED } from '../defaults.ts';
import { derivedSeriesById } from '../../data/derivedSeries.ts';
import type { ChartDef, Row } from '../types.ts';

/** Landmark models labelled on the AI charts: few enough that labels do not collide. */
export const LANDMARKS = ['AlexNet', 'GPT-3 175B (davinci)', 'GPT-4', 'Grok 4'];

/** Training compute of notable AI models, 2010 onward (Epoch AI), with a few landmark models labelled. */
export default {
  id: 'training-compute',
  title: 'The compute behind notable AI models',
  subtitle: 'Total computation used to train each notable AI model, floating-point operations (log scale), 2010–2025',
  alt: 'Scatter chart on a logarithmic scale: the computation used to train notable AI models rises steeply from AlexNet in 2012 to GPT-3 in 2020, GPT-4 in 2023 and Grok-3 and Grok 4 in 2025, spanning many orders of magnitude.',
  caption: 'Each dot is one model in Epoch AI’s notable-models data (models from the frontier file added where missing). Compute is Epoch’s estimate, often from indirect evidence; each gridline is ten times the one below. Epoch reports training compute growing about 4.3× a year since 2010.',
  datasets: ['epoch-notable-models', 'epoch-frontier-models'],
  data: () =>
    derivedSeriesById('ai-model-training-compute').rows()
      .filter((r) => r.training_compute_flop != null && String(r.date) >= '2010-01-01')
      .map((r) => ({ model: String(r.model), organization: r.organization, date: String(r.date), flop: Number(Number(r.training_compute_flop).toPrecision(3)), landmark: LANDMARKS.includes(String(r.model)) })),
  columns: [
    { key: 'model', label: 'Model' },
    { key: 'organization', label: 'Organization' },
    { key: 'date', label: 'Published' },
    { key: 'flop', label: 'Training compute', unit: 'FLOP', format: fmt.sci },
  ],
  summary: (rows) => {
    const top = rows.reduce((a, r) => ((r.flop as number) > (a.flop as number) ? r : a));
    const gpt3 = rows.find((r) => r.model === 'GPT-3 175B (davinci)')!;
    return `The most compute-intensive model here, ${top.model} (${fmt.month(utc(top.date as string))}), used an estimated ${fmt.sci(top.flop as number)} FLOP, about ${fmt.int((top.flop as number) / (gpt3.flop as number))} times GPT-3’s ${fmt.sci(gpt3.flop as number)} in ${fmt.year(utc(gpt3.date as string))}.`;
  },
  spec: (rows, opts) => {
    const narrow = opts.width < 480;
    const data = rows.map((r) => ({ ...r, d: utc(r.date as string) }));
    const marks = data.filter((r) => r.landmark);
    return Plot.plot({
      ...base(opts, narrow ? 300 : 360),
      marginRight: narrow ? 20 : 40,
      x: { type: 'utc', label: null, ticks: narrow ? 4 : 8 },
      y: { type: 'log', label: '↑ training compute (FLOP)', grid: true, tickFormat: (v: number) => (Math.log10(v) % 3 === 0 ? fmt.sci(v).replace('1.0 × ', '') : '') },
      marks: [
        Plot.dot(data.filter((r) => !r.landmark), { x: 'd', y: 'flop', fill: MUTED, r: 2.2, fillOpacity: 0.6 }),
        Plot.dot(marks, { x: 'd', y: 'flop', fill: COLORS[0], r: 4 }),
        Plot.text(marks, { x: 'd', y: 'flop', text: (d: Row) => String(d.model).replace(' (davinci)', ''), dx: -7, textAnchor: 'end', fill: 'currentColor', fontSize: narrow ? 9 : 10.5, fontWeight: 600 }),
      ],
    });
  },
  tip: { x: 'date', y: 'flop', label: (r) => `${r.model} (${r.organization})\n${fmt.date(utc(r.date as string))}: ${fmt.sci(r.flop as number)} FLOP`, mode: 'xy' },
} satisfies ChartDef;
