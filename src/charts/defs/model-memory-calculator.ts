/**
 * "Will this model fit on my device?": memory for a model's weights at 16, 8 and 4 bits per weight, plus an
 * overhead the reader sets, against common device memory sizes. Runs at build time (defaults) and in the
 * browser (when a control changes): pure, like every chart. The preset models and their sizes arrive as rows
 * (the series llm-memory-presets).
 */
import * as Plot from '@observablehq/plot';
import { base, fmt, COLORS, MUTED, TEXT } from '../defaults.ts';
import { BITS, DEFAULT_OVERHEAD_PCT, footprints } from '../../data/modelFootprints.ts';
import type presetSeries from '../../series/llm-memory-presets.ts';
import { defineChart, type Control, type Inputs, type Row } from '../types.ts';
import { EN, asWritten, type Locale } from '../locale.ts';
import { setting } from '../mmluSetting.ts';

/** Preset keys (select values) and their labels; each key must have a row in the chart's data. */
export const PRESETS: { value: string; label: string }[] = [
  { value: 'llama-3.2-1b', label: 'Llama 3.2 1B (Meta)' },
  { value: 'qwen2.5-1.5b', label: 'Qwen2.5 1.5B (Alibaba)' },
  { value: 'gemini-nano-1', label: 'Gemini Nano-1 (Google)' },
  { value: 'gemma-2-2b', label: 'Gemma 2 2B (Google)' },
  { value: 'llama-3.2-3b', label: 'Llama 3.2 3B (Meta)' },
  { value: 'gemini-nano-2', label: 'Gemini Nano-2 (Google)' },
  { value: 'phi-3-mini', label: 'Phi-3-mini (Microsoft)' },
  { value: 'mistral-7b', label: 'Mistral 7B (Mistral AI)' },
  { value: 'llama-3.1-8b', label: 'Llama 3.1 8B (Meta)' },
  { value: 'gemma-2-9b', label: 'Gemma 2 9B (Google)' },
  { value: 'qwen2.5-14b', label: 'Qwen2.5 14B (Alibaba)' },
  { value: 'qwen2.5-32b', label: 'Qwen2.5 32B (Alibaba)' },
  { value: 'mixtral-8x7b', label: 'Mixtral 8x7B (Mistral AI)' },
  { value: 'llama-3.3-70b', label: 'Llama 3.3 70B (Meta)' },
];
export const OTHER = 'other';

/**
 * Device memory sizes to compare with: plain common capacities, shown as examples, not as specific products.
 * Memory chips come in binary sizes, so a device sold with "8 GB" has 8 × 2³⁰ bytes: the calculator calls it 8 GiB.
 */
export const DEVICE_GB = [4, 6, 8, 12, 16, 24, 32, 64] as const;
/** The sizes drawn as reference lines (the reader's own choice is always drawn too). */
const RULES_GB = [4, 8, 16, 32, 64];

export const controls: Control[] = [
  {
    name: 'model', label: 'Model', kind: 'select', default: 'phi-3-mini',
    options: [...PRESETS, { value: OTHER, label: 'Other: use the size below' }],
    format: (v: string, l: Locale = EN) => PRESETS.find((p) => p.value === v)?.label ?? l.t('other'),
  },
  {
    name: 'size', label: 'Size of the other model', unit: 'billion parameters', kind: 'number', min: 0.1, max: 2000, step: 0.1, default: 7,
    format: (v: number, l: Locale = EN) => l.t('%s billion parameters', l.fmt.sig3(v)),
    // Only "Other" uses the typed size. The container is also hidden by CSS (src/styles/charts.css) from the first paint.
    shownIf: (p) => p.model === OTHER,
  },
  {
    name: 'bits', label: 'Bits per weight', kind: 'select', default: '4', format: (v: string) => `${v} bits`,
    options: BITS.map((b) => ({ value: String(b), label: b === 16 ? '16 (as published)' : `${b} (quantised)` })),
  },
  { name: 'overhead', label: 'Overhead on top of the weights', unit: '%, our assumption', kind: 'range', min: 0, max: 100, step: 5, default: DEFAULT_OVERHEAD_PCT, format: (v: number) => `${v} %` },
  {
    name: 'device', label: 'Device memory', unit: 'example sizes', kind: 'select', default: '8', format: (v: string) => `${v} GiB`,
    options: DEVICE_GB.map((g) => ({ value: String(g), label: `${g} GiB` })),
  },
];

/** The model the reader chose: a preset row from the data, or "other" with the typed size. */
export function chosenModel(p: Record<string, number | string>, rows: Row[], l: Locale = EN): { name: string; paramsBillions: number } {
  if (p.model !== OTHER) {
    const row = rows.find((r) => r.key === p.model);
    if (row) return { name: String(row.model), paramsBillions: Number(row.params_billions) };
  }
  const size = Number(p.size);
  return { name: l.t('Other model'), paramsBillions: size > 0 ? size : 7 };
}

const gib = (v: number, l: Locale = EN) => (v < 10 ? l.fmt.num2(v) : v < 100 ? l.fmt.num1(v) : l.fmt.int(v));

/** The preset models, checked against the calculator's choices (each must have a row). */
function presets({ 'llm-memory-presets': rows }: Inputs<typeof presetSeries>) {
  const missing = PRESETS.filter((p) => !rows.some((r) => r.key === p.value));
  if (missing.length) throw new Error(`model-memory-calculator: presets without a data row: ${missing.map((p) => p.value).join(', ')}`);
  return rows;
}

export default defineChart({
  id: 'model-memory-calculator',
  alt: 'Bar chart: the memory a language model needs at 16, 8 and 4 bits per weight, each bar split into the weights and an assumed overhead, compared with horizontal lines at common device memory sizes such as 4, 8 and 16 GiB. Bars that fit under the chosen device size are green, bars that do not are orange.',
  controls,
  outputs: (p, rows, l = EN) => {
    const m = chosenModel(p, rows, l);
    const f = footprints(m.paramsBillions, Number(p.overhead)).find((x) => String(x.bits) === String(p.bits)) ?? footprints(m.paramsBillions, Number(p.overhead))[2];
    const device = Number(p.device);
    const share = f.totalGib / device;
    return [
      { label: 'Model', text: l.t('%s: %s billion parameters', m.name, l.fmt.sig3(m.paramsBillions)) },
      { label: 'Weights alone', text: l.t('%s GiB at %s bits (%s billion bytes)', gib(f.weightsGib, l), f.bits, l.fmt.sig3(f.weightsBytes / 1e9)) },
      { label: 'Weights + overhead', text: `${gib(f.totalGib, l)} GiB (+${p.overhead} %)` },
      { label: 'On the chosen device', text: share <= 1 ? l.t('Fits: %s % of %s GiB', l.fmt.int(share * 100), device) : l.t('Too big: %s × %s GiB', l.fmt.num1(share), device) },
    ];
  },
  spec: (rows: Row[], opts) => {
    const p = opts.params!;
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const m = chosenModel(p, rows, l);
    const device = Number(p.device);
    const bars = footprints(m.paramsBillions, Number(p.overhead)).map((b) => ({ ...b, fits: b.totalGib <= device, chosen: String(b.bits) === String(p.bits) }));
    const yMax = Math.max(bars[0].totalGib, device) * 1.12;
    const height = narrow ? 300 : 340;
    const plotHeight = height - 24 - 32 - 6; // minus marginTop, marginBottom, insetTop of base()
    // Reference lines: the example sizes inside the axis, plus the reader's device. Labels closer than ~11 px to a
    // label already placed are dropped (the chosen device's label is placed first, so it always shows).
    const sizes = [device, ...RULES_GB.filter((g) => g !== device && g <= yMax)];
    const kept: number[] = [];
    for (const g of sizes) if (kept.every((k) => Math.abs((k - g) / yMax) * plotHeight >= 11)) kept.push(g);
    const fill = (d: { fits: boolean }) => (d.fits ? COLORS[2] : COLORS[1]);
    const barLabel = (d: (typeof bars)[number]) => `${gib(d.totalGib, l)} GiB${narrow ? '\n' : ' · '}${l.t(d.fits ? 'fits' : 'too big')}`;
    return Plot.plot({
      ...base(opts, height),
      marginLeft: narrow ? 40 : 52,
      marginRight: narrow ? 58 : 92,
      x: { domain: bars.map((b) => b.label), label: null, padding: narrow ? 0.3 : 0.4, tickFormat: (v: string) => l.t(narrow ? '%s-bit' : '%s-bit weights', parseInt(v, 10)) },
      y: { domain: [0, yMax], label: l.t('↑ Memory (GiB)'), grid: true, ticks: narrow ? 4 : 6, tickFormat: (v: number) => l.fmt.si(v) },
      marks: [
        Plot.ruleY(sizes.filter((g) => g !== device), { y: (g: number) => g, stroke: MUTED, strokeDasharray: '4 3' }),
        Plot.ruleY([device], { y: (g: number) => g, stroke: 'currentColor', strokeWidth: 1.5 }),
        // fontWeight is a constant in Plot, not a channel: the chosen size is a second, bold text mark.
        ...[kept.filter((g) => g !== device), kept.filter((g) => g === device)].map((gs, bold) => Plot.text(gs, {
          y: (g: number) => g, frameAnchor: 'right', dx: narrow ? 56 : 90, textAnchor: 'end', lineAnchor: 'middle',
          text: (g: number) => (g === device ? (narrow ? `${g} GiB ◂` : l.t('your %s GiB', g)) : `${g} GiB`),
          fill: bold ? 'currentColor' : MUTED, fontWeight: bold ? 700 : 400, fontSize: TEXT.label(narrow),
        })),
        Plot.barY(bars, { x: 'label', y1: 0, y2: 'weightsGib', fill, fillOpacity: (d: { chosen: boolean }) => (d.chosen ? 1 : 0.55) }),
        Plot.barY(bars, { x: 'label', y1: 'weightsGib', y2: 'totalGib', fill, fillOpacity: (d: { chosen: boolean }) => (d.chosen ? 0.45 : 0.22) }),
        Plot.barY(bars.filter((b) => b.chosen), { x: 'label', y1: 0, y2: 'totalGib', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5 }),
        ...[bars.filter((b) => !b.chosen), bars.filter((b) => b.chosen)].map((bs, bold) => Plot.text(bs, {
          x: 'label', y: 'totalGib', text: barLabel, dy: -6, lineAnchor: 'bottom', fill: 'currentColor',
          fontWeight: bold ? 700 : 400, fontSize: TEXT.strong(narrow),
        })),
        Plot.ruleY([0]),
      ],
    });
  },
  title: 'Will this model fit on my device?',
  subtitle: 'Memory for a language model’s weights at 16, 8 and 4 bits per weight, plus an overhead you set, against common device memory sizes',
  caption:
    'Memory for the weights = parameters × bits per weight ÷ 8 bytes: the darker part of each bar. The overhead, the lighter part, stands for everything else a running model keeps in memory (the conversation so far, working buffers, the program running it); its default of 20 % is our assumption, not a measurement, and it grows with long conversations: change it. Device sizes are examples of common capacities, not particular products, given in GiB: memory is sold in binary units, so a device sold with “8 GB” has 8 GiB (8 × 2³⁰ bytes), and the operating system and other apps need part of it. Fitting is not the same as running fast: speed depends mostly on how quickly the device can read memory. Mixtral 8x7B uses only part of its weights for each word, but all of them must be held in memory.',
  datasets: ['llm-mmlu-reported', 'epoch-notable-models'],
  series: ['llm-memory-presets'],
  data: presets,
  columns: [
    { key: 'model', label: 'Preset model', names: true },
    { key: 'params_billions', label: 'Parameters', unit: 'billions', format: (v: number, l = EN) => l.fmt.sig3(v) },
    // A dataset id as it is; a source described in words in the chart's language.
    { key: 'size_from', label: 'Size from', format: (v: string, l = EN) => (/^[a-z-]+$/.test(v) ? v : l.t(v)) },
    { key: 'mmlu', label: 'Reported MMLU', unit: '%', format: (v: number | null, l = EN) => (v == null ? '–' : asWritten(v, l)) },
    { key: 'mmlu_setting', label: 'MMLU setting', format: (v: string | null, l = EN) => (v == null ? '–' : setting(v, l)) },
    { key: 'released', label: 'Released' },
  ],
  summary: (rows) => {
    const { fit8, largest } = summaryFacts(rows);
    return `At 4 bits per weight with ${DEFAULT_OVERHEAD_PCT} % overhead, ${fit8} of the ${rows.length} preset models need 8 GiB or less; the largest, ${largest.model}, needs ${fmt.num1(largest.gib)} GiB.`;
  },
});

/** What the summary says, in any language: how many presets fit in 8 GiB at 4 bits, and the largest. */
export function summaryFacts(rows: Row[]) {
  const at4 = rows.map((r) => ({ model: String(r.model), gib: footprints(Number(r.params_billions), DEFAULT_OVERHEAD_PCT).find((f) => f.bits === 4)!.totalGib }));
  const largest = at4.reduce((a, r) => (r.gib > a.gib ? r : a));
  return { fit8: at4.filter((r) => r.gib <= 8).length, largest };
}
