import * as Plot from '@observablehq/plot';
import { base, fmt, COLORS, MUTED, TEXT } from '../defaults.ts';
import type table from '../../series/ai-chips-price-performance.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { choose } from '../view.ts';
import { EN } from '../locale.ts';

/** Labelled chips and where each label goes (the dearest sit at the right edge, so their labels end at the dot).
 * A label with words in it is translated (`words`); a chip's name is not. */
const LABELS: Record<string, { label: string; pos: 'above' | 'above-end' | 'left' | 'below'; words?: true }> = {
  'NVIDIA GeForce RTX 4090': { label: 'RTX 4090 (gaming)', pos: 'above', words: true },
  'NVIDIA H100 SXM5 80GB': { label: 'H100', pos: 'above-end' },
  'NVIDIA B100': { label: 'B100', pos: 'above-end' },
  'NVIDIA A100 SXM4 40 GB': { label: 'A100', pos: 'below' },
  'NVIDIA Tesla V100 SXM2': { label: 'V100', pos: 'left' },
};

/** What the summary says, in any language: the H100 against the RTX 4090, or, in a view without both, the chip with
 * the most peak operations per dollar. */
export function summaryFacts(rows: Row[]) {
  type Chip = { chip: string; price_usd: number; tflops: number };
  const h100 = rows.find((r) => r.chip === 'NVIDIA H100 SXM5 80GB') as Chip | undefined;
  const rtx = rows.find((r) => r.chip === 'NVIDIA GeForce RTX 4090') as Chip | undefined;
  const best = rows.reduce((a, r) => ((r.tflops as number) / (r.price_usd as number) > (a.tflops as number) / (a.price_usd as number) ? r : a)) as Chip;
  return { pair: h100 && rtx ? { h100, rtx } : null, best, n: rows.length };
}

/** AI chips by launch price and 16-bit tensor performance: data-centre accelerators against consumer graphics cards. */
export default defineChart({
  id: 'chips-price-performance',
  title: 'Data-centre chips against a gaming card',
  subtitle: 'Price at release and peak 16-bit tensor performance of machine-learning chips (both log scales), from Epoch AI’s hardware data',
  alt: 'Scatter chart on logarithmic scales of chip price against 16-bit tensor performance: data-centre accelerators such as the NVIDIA H100 cost tens of thousands of dollars and lead on performance, while the consumer RTX 4090 costs a small fraction of that for about a third of the H100’s performance; a dashed line of equal performance per dollar drawn through the RTX 4090 lies above every data-centre chip.',
  caption: 'Orange dots are consumer graphics cards, grey dots data-centre chips. The dashed line marks the same peak operations per dollar as the RTX 4090: every data-centre chip sits below it, giving less arithmetic per dollar. Only chips with both a price and a 16-bit tensor figure in Epoch’s hardware data are shown. Prices are at release; data-centre chips often have no official list price, and Epoch’s H100 figure comes from an analyst’s estimate of a server holding eight of them. Peak figures come from datasheets, not measured speed; what a model can use depends on memory and its bandwidth too (see the table).',
  datasets: ['epoch-ml-hardware'],
  series: ['ai-chips-price-performance'],
  data: (s: Inputs<typeof table>) => s['ai-chips-price-performance'],
  columns: [
    { key: 'chip', label: 'Chip', names: true },
    { key: 'kind', label: 'Kind', format: (v: string, l = EN) => l.t(v) },
    { key: 'released', label: 'Released' },
    { key: 'price_usd', label: 'Price at release', unit: 'USD', format: (v: number, l = EN) => l.fmt.usd(v) },
    { key: 'tflops', label: '16-bit tensor performance', unit: 'TFLOP/s', format: (v: number, l = EN) => l.fmt.sig3(v) },
    { key: 'memory_gb', label: 'Memory', unit: 'GB', format: (v: number, l = EN) => l.fmt.int(v) },
  ],
  summary: (rows) => {
    const { pair, best } = summaryFacts(rows);
    // A view without the two chips compared: the most peak operations per dollar among those shown.
    if (!pair) {
      return `${rows.length} chips shown; the most peak 16-bit operations per dollar: ${best.chip}, ${fmt.sig3(best.tflops)} TFLOP/s for ${fmt.usd(best.price_usd)}.`;
    }
    const { h100, rtx } = pair;
    return `The H100 is listed at ${fmt.usd(h100.price_usd)} for ${fmt.sig3(h100.tflops)} TFLOP/s; the RTX 4090 gaming card, released the same year, at ${fmt.usd(rtx.price_usd)} for ${fmt.sig3(rtx.tflops)} TFLOP/s: ${fmt.num1((h100.price_usd) / (rtx.price_usd))} times the price for ${fmt.num1((h100.tflops) / (rtx.tflops))} times the peak.`;
  },
  view: (rows) => choose(rows, 'kind', 'Chips'),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const name = (d: Row) => {
      const x = LABELS[d.chip as string];
      return !x ? '' : x.words ? l.t(x.label) : x.label;
    };
    const labels = rows.filter((r) => LABELS[r.chip]);
    const at = (pos: string) => labels.filter((r) => LABELS[r.chip].pos === pos);
    const font = { fill: 'currentColor', fontSize: TEXT.label(narrow), fontWeight: 600 } as const;
    // A line of equal peak operations per dollar through the RTX 4090: chips below it give less per dollar.
    // (A view without the RTX 4090 has no reference line.)
    const rtx = rows.find((r) => r.chip === 'NVIDIA GeForce RTX 4090');
    const perDollar = rtx ? rtx.tflops / rtx.price_usd : NaN;
    const X: [number, number] = [700, 50000];
    const Y: [number, number] = [80, 2400];
    const iso = [X[0], Y[1] / perDollar].map((x) => ({ x, y: x * perDollar }));
    const isoLabelAt = { x: narrow ? 3200 : 4200, y: (narrow ? 3200 : 4200) * perDollar };
    return Plot.plot({
      ...base(opts, narrow ? 320 : 360),
      marginRight: narrow ? 14 : 24,
      x: { type: 'log', domain: X, label: l.t('price at release (US dollars) →'), ticks: [1000, 3000, 10000, 30000], tickFormat: (v: number) => l.t('$%s', l.fmt.si(v)), grid: true },
      y: { type: 'log', domain: Y, label: l.t('↑ peak 16-bit tensor TFLOP/s'), grid: true, ticks: [100, 300, 1000], tickFormat: (v: number) => l.fmt.int(v) },
      marks: [
        Plot.line(rtx ? iso : [], { x: 'x', y: 'y', stroke: COLORS[1], strokeDasharray: '5 4', strokeWidth: 1.5 }),
        Plot.text(rtx ? [isoLabelAt] : [], {
          x: 'x', y: 'y', text: () => l.t(narrow ? 'same TFLOP/s per $\nas the RTX 4090' : 'same TFLOP/s per dollar as the RTX 4090'), dx: 8, dy: 4, textAnchor: 'start', lineAnchor: 'top', fill: COLORS[1], fontSize: TEXT.small(narrow),
        }),
        Plot.dot(rows, { x: 'price_usd', y: 'tflops', fill: (d: Row) => (d.kind === 'gaming card' ? COLORS[1] : MUTED), r: narrow ? 3.5 : 4.5 }),
        Plot.dot(labels, { x: 'price_usd', y: 'tflops', stroke: 'currentColor', r: narrow ? 5 : 6 }),
        Plot.text(at('above'), { x: 'price_usd', y: 'tflops', text: name, dy: -12, ...font }),
        Plot.text(at('above-end'), { x: 'price_usd', y: 'tflops', text: name, dy: -12, dx: 6, textAnchor: 'end', ...font }),
        Plot.text(at('left'), { x: 'price_usd', y: 'tflops', text: name, dx: -10, textAnchor: 'end', ...font }),
        Plot.text(at('below'), { x: 'price_usd', y: 'tflops', text: name, dy: 13, ...font }),
      ],
    });
  },
  tip: { x: 'price_usd', y: 'tflops', label: (r, l = EN) => `${r.chip} (${String(r.released).slice(0, 4)})\n${l.fmt.usd(r.price_usd)} · ${l.fmt.sig3(r.tflops)} TFLOP/s`, mode: 'xy' },
});
