import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, MUTED } from '../defaults.ts';
import { table } from '../../datasets/load.ts';
import type { ChartDef, Row } from '../types.ts';

const LABELLED = ['NVIDIA H100 SXM5 80GB', 'NVIDIA GeForce RTX 4090', 'NVIDIA A100 SXM4 40 GB', 'NVIDIA Tesla V100 SXM2'];

/** AI chips by launch price and 16-bit tensor performance: data-centre accelerators against consumer graphics cards. */
export default {
  id: 'chips-price-performance',
  title: 'Data-centre chips against a gaming card',
  subtitle: 'Launch price and 16-bit tensor performance of machine-learning chips (both log scales), from Epoch AI’s hardware data',
  alt: 'Scatter chart on logarithmic scales of chip price against 16-bit tensor performance: data-centre accelerators such as the NVIDIA H100 cost tens of thousands of dollars and lead on performance, while the consumer RTX 4090 costs a small fraction of that for about a third of the H100’s performance.',
  caption: 'Only chips with both a launch price and a 16-bit tensor figure are shown. Peak figures from datasheets, not measured speed; what a model can use depends on memory and its bandwidth too.',
  datasets: ['epoch-ml-hardware'],
  data: () =>
    table('epoch-ml-hardware', 'ml_hardware_trimmed.csv')
      .filter((r) => r['Release price (USD)'] != null && Number(r['Tensor-FP16/BF16 performance (FLOP/s)']) > 0)
      .map((r) => ({
        chip: String(r['Hardware name']), maker: r.Manufacturer, released: String(r['Release date'] ?? ''),
        price_usd: Number(r['Release price (USD)']), tflops: Math.round(Number(r['Tensor-FP16/BF16 performance (FLOP/s)']) / 1e10) / 100,
        memory_gb: r['Memory (bytes)'] != null ? Math.round(Number(r['Memory (bytes)']) / 1e9) : null,
        consumer: /GeForce|RTX/.test(String(r['Hardware name'])),
      })),
  columns: [
    { key: 'chip', label: 'Chip' },
    { key: 'released', label: 'Released' },
    { key: 'price_usd', label: 'Launch price', unit: 'USD', format: fmt.usd },
    { key: 'tflops', label: '16-bit tensor performance', unit: 'TFLOP/s', format: (v: number) => fmt.sig3(v) },
    { key: 'memory_gb', label: 'Memory', unit: 'GB', format: (v: number) => fmt.int(v) },
  ],
  summary: (rows) => {
    const h100 = rows.find((r) => r.chip === 'NVIDIA H100 SXM5 80GB')!;
    const rtx = rows.find((r) => r.chip === 'NVIDIA GeForce RTX 4090')!;
    return `The H100 launched at ${fmt.usd(h100.price_usd as number)} for ${fmt.sig3(h100.tflops as number)} TFLOP/s; the RTX 4090 gaming card, released the same year, at ${fmt.usd(rtx.price_usd as number)} for ${fmt.sig3(rtx.tflops as number)} TFLOP/s: ${fmt.num1((h100.price_usd as number) / (rtx.price_usd as number))} times the price for ${fmt.num1((h100.tflops as number) / (rtx.tflops as number))} times the peak.`;
  },
  spec: (rows, opts) => {
    const narrow = opts.width < 480;
    const labels = rows.filter((r) => LABELLED.includes(r.chip as string));
    return Plot.plot({
      ...base(opts, narrow ? 300 : 340),
      x: { type: 'log', label: 'launch price (US dollars) →', tickFormat: (v: number) => (Number.isInteger(Math.log10(v)) ? `$${fmt.si(v)}` : ''), grid: true },
      y: { type: 'log', label: '↑ 16-bit tensor TFLOP/s', grid: true, ticks: [10, 30, 100, 300, 1000, 3000], tickFormat: (v: number) => fmt.int(v) },
      marks: [
        Plot.dot(rows, { x: 'price_usd', y: 'tflops', fill: (d: Row) => (d.consumer ? COLORS[1] : MUTED), r: (d: Row) => (d.consumer ? 4 : 3) }),
        Plot.dot(labels, { x: 'price_usd', y: 'tflops', stroke: 'currentColor', r: 5.5 }),
        // The dearest chip sits at the right edge, so its label ends at the dot.
        ...[false, true].map((right) =>
          Plot.text(labels.filter((d) => ((d.price_usd as number) > 20000) === right), {
            x: 'price_usd', y: 'tflops', text: (d: Row) => String(d.chip).replace('NVIDIA ', '').replace('GeForce ', ''), dy: -11,
            textAnchor: right ? 'end' : 'middle', fill: 'currentColor', fontSize: narrow ? 9 : 10.5, fontWeight: 600,
          })),
      ],
    });
  },
  tip: { x: 'price_usd', y: 'tflops', label: (r) => `${r.chip} (${String(r.released).slice(0, 4)})\n${fmt.usd(r.price_usd as number)} · ${fmt.sig3(r.tflops as number)} TFLOP/s`, mode: 'xy' },
} satisfies ChartDef;
