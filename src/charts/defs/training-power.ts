import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS } from '../defaults.ts';
import { derivedSeriesById } from '../../data/derivedSeries.ts';
import type { ChartDef, Row } from '../types.ts';

/** Estimated power draw of the hardware during training, for models where Epoch gives it. */
export default {
  id: 'training-power',
  title: 'How much power a training run draws',
  subtitle: 'Estimated electrical power of the hardware used to train each model, megawatts (log scale)',
  alt: 'Scatter chart on a logarithmic scale: the estimated power drawn while training notable AI models rises from below a megawatt for most earlier models to several megawatts for GPT-3, tens of megawatts for GPT-4 and well over a hundred megawatts for Grok-3.',
  caption: 'Epoch AI’s estimate of the training cluster’s power draw, from the number and type of chips; it is not a metered figure, and it leaves out cooling and other data-centre overheads. Only models with an estimate are shown.',
  datasets: ['epoch-notable-models', 'epoch-frontier-models'],
  data: () =>
    derivedSeriesById('ai-model-training-compute').rows()
      .filter((r) => r.training_power_w != null)
      .map((r) => ({ model: String(r.model), date: String(r.date), mw: Math.round(Number(r.training_power_w) / 1e4) / 100, hardware: r.hardware, chips: r.hardware_quantity, landmark: ['GPT-3 175B (davinci)', 'GPT-4', 'Grok-3'].includes(String(r.model)) })),
  columns: [
    { key: 'model', label: 'Model' },
    { key: 'date', label: 'Published' },
    { key: 'mw', label: 'Training power', unit: 'MW', format: (v: number) => fmt.sig3(v) },
    { key: 'hardware', label: 'Hardware' },
    { key: 'chips', label: 'Chips', format: (v: number) => fmt.int(v) },
  ],
  summary: (rows) => {
    const top = rows.reduce((a, r) => ((r.mw as number) > (a.mw as number) ? r : a));
    const gpt3 = rows.find((r) => r.model === 'GPT-3 175B (davinci)');
    return `The largest estimate here is ${top.model} at ${fmt.sig3(top.mw as number)} MW${top.chips ? ` on ${fmt.int(top.chips as number)} chips` : ''}${gpt3 ? `, against ${fmt.sig3(gpt3.mw as number)} MW for GPT-3 in ${fmt.year(utc(gpt3.date as string))}` : ''}.`;
  },
  spec: (rows, opts) => {
    const narrow = opts.width < 480;
    const data = rows.map((r) => ({ ...r, d: utc(r.date as string) }));
    const labels = data.filter((r) => r.landmark);
    return Plot.plot({
      ...base(opts, narrow ? 280 : 320),
      x: { type: 'utc', label: null, ticks: narrow ? 4 : 7 },
      y: { type: 'log', label: '↑ megawatts', grid: true, tickFormat: (v: number) => (Number.isInteger(Math.log10(v)) ? fmt.sig3(v) : '') },
      marks: [
        Plot.dot(data, { x: 'd', y: 'mw', fill: (d: Row) => (d.landmark ? COLORS[1] : 'var(--chart-muted)'), r: (d: Row) => (d.landmark ? 4 : 2.5) }),
        Plot.text(labels, { x: 'd', y: 'mw', text: (d: Row) => String(d.model).replace(' (davinci)', ''), dx: -7, textAnchor: 'end', fill: 'currentColor', fontSize: narrow ? 9 : 10.5, fontWeight: 600 }),
      ],
    });
  },
  tip: { x: 'date', y: 'mw', label: (r) => `${r.model}\n${fmt.sig3(r.mw as number)} MW${r.chips ? ` · ${fmt.int(r.chips as number)} × ${r.hardware}` : ''}`, mode: 'xy' },
} satisfies ChartDef;
