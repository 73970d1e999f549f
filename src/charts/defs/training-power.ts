import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, MUTED } from '../defaults.ts';
import { epochModels } from './training-compute.ts';
import type { ChartDef, Row } from '../types.ts';

/** Labelled models, with where each label goes. */
const LABELS: Record<string, { label: string; pos: 'left' | 'above' | 'below' }> = {
  'GPT-3 175B (davinci)': { label: 'GPT-3', pos: 'left' },
  'GPT-4': { label: 'GPT-4', pos: 'above' },
  'Llama 3.1-405B': { label: 'Llama 3.1-405B', pos: 'below' },
  'Grok-3': { label: 'Grok-3', pos: 'left' },
};

/** Estimated power draw of the hardware during training, for models where Epoch gives it. */
export default {
  id: 'training-power',
  title: 'How much power a training run draws',
  subtitle: 'Epoch AI’s estimate of the electrical power drawn by the computing cluster that trained each model, megawatts (log scale)',
  alt: 'Scatter chart on a logarithmic scale: the estimated power drawn while training notable AI models rises from a few kilowatts for models of the early 2010s to several megawatts for GPT-3 in 2020, about twenty megawatts for GPT-4 and Llama 3.1-405B, and about 150 megawatts for Grok-3 in 2025.',
  caption:
    'Epoch’s estimate of the power drawn by each training cluster, worked out from the number and type of chips; it is not a metered figure, and Epoch gives it for a minority of models. It covers more than the chips’ own rated power (see the text). A later copy of Epoch’s frontier list gives Grok 3 a lower estimate, on fewer chips.',
  datasets: ['epoch-notable-models', 'epoch-frontier-models'],
  data: () =>
    epochModels()
      .filter((r) => r.training_power_w != null)
      .map((r) => ({
        model: String(r.model).trim(),
        organization: r.organization as string | null,
        date: String(r.date),
        mw: Number((Number(r.training_power_w) / 1e6).toPrecision(3)),
        hardware: r.hardware as string | null,
        chips: r.hardware_quantity as number | null,
        source: String(r.source),
      })),
  columns: [
    { key: 'model', label: 'Model' },
    { key: 'organization', label: 'Organization' },
    { key: 'date', label: 'Published' },
    { key: 'mw', label: 'Training power', unit: 'MW', format: (v: number) => fmt.sig3(v) },
    { key: 'hardware', label: 'Hardware' },
    { key: 'chips', label: 'Chips', format: (v: number | null) => (v == null ? '' : fmt.int(v)) },
    { key: 'source', label: 'File' },
  ],
  summary: (rows) => {
    const top = rows.reduce((a, r) => ((r.mw as number) > (a.mw as number) ? r : a));
    const gpt3 = rows.find((r) => r.model === 'GPT-3 175B (davinci)');
    return `The largest estimate here is ${top.model} at ${fmt.sig3(top.mw as number)} MW${top.chips ? ` on ${fmt.int(top.chips as number)} chips` : ''}${gpt3 ? `, against ${fmt.sig3(gpt3.mw as number)} MW for GPT-3 in ${fmt.year(utc(gpt3.date as string))}` : ''}.`;
  },
  spec: (rows, opts) => {
    const narrow = opts.width < 480;
    const data = rows.map((r) => ({ ...r, d: utc(r.date as string) }) as Row & { d: Date });
    const marks = data.filter((r) => LABELS[r.model as string]);
    const at = (pos: string) => marks.filter((r) => LABELS[r.model as string].pos === pos);
    const label = (d: Row) => LABELS[d.model as string].label;
    const font = { fill: 'currentColor', fontSize: narrow ? 9.5 : 10.5, fontWeight: 600 } as const;
    return Plot.plot({
      ...base(opts, narrow ? 290 : 330),
      marginLeft: narrow ? 52 : 60,
      marginRight: narrow ? 16 : 30,
      x: { type: 'utc', label: null, ticks: narrow ? 4 : 7 },
      y: { type: 'log', label: '↑ megawatts', grid: true, ticks: [0.0001, 0.001, 0.01, 0.1, 1, 10, 100], tickFormat: (v: number) => (v < 1 ? fmt.sig3(v) : fmt.int(v)) },
      marks: [
        Plot.dot(data.filter((r) => !LABELS[r.model as string]), { x: 'd', y: 'mw', fill: MUTED, r: narrow ? 2 : 2.5, fillOpacity: 0.65 }),
        Plot.dot(marks, { x: 'd', y: 'mw', fill: COLORS[1], r: narrow ? 3.2 : 4 }),
        Plot.text(at('left'), { x: 'd', y: 'mw', text: label, dx: -7, textAnchor: 'end', ...font }),
        Plot.text(at('above'), { x: 'd', y: 'mw', text: label, dy: -10, ...font }),
        Plot.text(at('below'), { x: 'd', y: 'mw', text: label, dy: 13, textAnchor: narrow ? 'end' : 'middle', dx: narrow ? 4 : 0, ...font }),
      ],
    });
  },
  tip: { x: 'date', y: 'mw', label: (r) => `${r.model}\n${fmt.sig3(r.mw as number)} MW${r.chips ? ` · ${fmt.int(r.chips as number)} × ${r.hardware}` : ''}`, mode: 'xy' },
} satisfies ChartDef;
