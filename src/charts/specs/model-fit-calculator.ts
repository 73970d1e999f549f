/**
 * "Will this model fit on my device?": memory for a model's weights at 16, 8 and 4 bits per weight, plus a
 * stated overhead, against common device memory sizes. Runs at build (defaults) and in the browser. Pure.
 */
import * as Plot from '@observablehq/plot';
import { base, fmt, COLORS, MUTED } from '../defaults.ts';
import { memoryForModel } from '../../data/memoryForModel.ts';
import type { ChartDef, Control, Row } from '../types.ts';

/**
 * Presets: parameter counts in billions. Open models are checked against llm-mmlu-reported at build
 * (src/charts/defs/model-fit-calculator.ts); the others are cited from the fact sheet.
 */
export const PRESETS: { value: string; label: string; source: string }[] = [
  { value: '1.23', label: 'Llama 3.2 1B (1.23 billion)', source: 'Meta, Sept 2024 [FACTS 6.6]' },
  { value: '1.5', label: 'Qwen2.5 1.5B (1.5 billion)', source: 'llm-mmlu-reported' },
  { value: '3.21', label: 'Llama 3.2 3B (3.21 billion)', source: 'Meta, Sept 2024 [FACTS 6.6]' },
  { value: '3.25', label: 'Gemini Nano-2 (3.25 billion)', source: 'Epoch AI [FACTS 6.9]' },
  { value: '3.8', label: 'Phi-3-mini (3.8 billion)', source: 'Microsoft, Apr 2024 [FACTS 6.4]' },
  { value: '7', label: 'Mistral 7B (7 billion)', source: 'llm-mmlu-reported' },
  { value: '8', label: 'Llama 3 8B (8 billion)', source: 'llm-mmlu-reported' },
  { value: '70', label: 'Llama 2 70B (70 billion)', source: 'llm-mmlu-reported' },
];

/** Common device memory sizes, as plain examples (not specific products). */
export const DEVICE_GB = [8, 12, 16];

export const controls: Control[] = [
  { name: 'model', label: 'Model', kind: 'select', default: '3.8', options: PRESETS.map(({ value, label }) => ({ value, label })), format: (v: string) => PRESETS.find((p) => p.value === String(v))?.label ?? `${v} billion parameters` },
  { name: 'bits', label: 'Bits per weight', kind: 'select', default: '4', options: [{ value: '16', label: '16 (full precision)' }, { value: '8', label: '8' }, { value: '4', label: '4 (typical on devices)' }], format: (v: string) => `${v} bits` },
  { name: 'overhead', label: 'Overhead on top of the weights', unit: '%', kind: 'range', min: 0, max: 100, step: 5, default: 20, format: (v: number) => `${v} %` },
];

const need = (p: Record<string, number | string>, bits = Number(p.bits)) =>
  memoryForModel({ paramsBillions: Number(p.model), bitsPerWeight: bits, overheadFraction: Number(p.overhead) / 100 });

export default {
  id: 'model-fit-calculator',
  alt: 'Bar chart of the memory a chosen AI model needs at 16, 8 and 4 bits per weight, including an overhead, with vertical lines at 8, 12 and 16 gigabytes as examples of common device memory.',
  controls,
  outputs: (p) => {
    const r = need(p);
    const fits = DEVICE_GB.filter((g) => r.totalGb <= g);
    return [
      { label: 'Weights', text: `${fmt.num2(r.weightsGb)} GB` },
      { label: 'With overhead', text: `${fmt.num2(r.totalGb)} GB` },
      { label: 'Fits in (of 8, 12, 16 GB)', text: fits.length ? fits.map((g) => `${g} GB`).join(', ') : 'none of them' },
    ];
  },
  spec: (_rows: Row[], opts) => {
    const p = opts.params!;
    const narrow = opts.width < 480;
    const bars = [16, 8, 4].map((bits) => ({ bits: `${bits}-bit`, gb: need(p, bits).totalGb, chosen: String(bits) === String(p.bits) }));
    const max = Math.max(20, ...bars.map((b) => b.gb)) * 1.1;
    return Plot.plot({
      ...base(opts, narrow ? 200 : 220),
      marginLeft: 56,
      marginRight: 30,
      marginTop: 30,
      x: { label: 'gigabytes needed (weights + overhead) →', domain: [0, max], grid: true },
      y: { label: null, domain: bars.map((b) => b.bits), tickSize: 0 },
      marks: [
        Plot.barX(bars, { y: 'bits', x: 'gb', fill: (d: { chosen: boolean }) => (d.chosen ? COLORS[0] : MUTED) }),
        Plot.text(bars, { y: 'bits', x: 'gb', text: (d: { gb: number }) => `${fmt.num1(d.gb)} GB`, dx: 4, textAnchor: 'start', fill: 'currentColor', fontSize: narrow ? 9.5 : 11 }),
        Plot.ruleX(DEVICE_GB, { stroke: COLORS[1], strokeDasharray: '4 3' }),
        Plot.text(DEVICE_GB, { x: (d: number) => d, frameAnchor: 'top', dy: -12, text: (d: number) => `${d} GB`, fill: COLORS[1], fontSize: narrow ? 9 : 10.5, fontWeight: 600 }),
      ],
    });
  },
} satisfies Pick<ChartDef, 'id' | 'alt' | 'spec' | 'controls' | 'outputs'>;
