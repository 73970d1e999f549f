import * as Plot from '@observablehq/plot';
import { base, fmt, COLORS, MUTED } from '../defaults.ts';
import type npuSeries from '../../series/npu-tops.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { choose } from '../view.ts';
import { EN, asWritten, type Locale } from '../locale.ts';

const REQUIREMENT = 'Microsoft Copilot+ PC minimum NPU requirement';

/** Short names for the chart (wide, narrow); every chip in the file must have one, so a new row is never silently dropped. */
const NAMES: Record<string, [string, string]> = {
  'A11 Bionic Neural Engine': ['Apple A11 Bionic', 'A11'],
  'A12 Bionic Neural Engine': ['Apple A12 Bionic', 'A12'],
  'A14 Bionic Neural Engine': ['Apple A14 Bionic', 'A14'],
  'A15 Bionic Neural Engine': ['Apple A15 Bionic', 'A15'],
  'A16 Bionic Neural Engine': ['Apple A16 Bionic', 'A16'],
  'A17 Pro Neural Engine': ['Apple A17 Pro', 'A17 Pro'],
  'M3 Neural Engine': ['Apple M3', 'M3'],
  'M4 Neural Engine': ['Apple M4', 'M4'],
  'Core Ultra (Meteor Lake) NPU': ['Intel Core Ultra (Meteor Lake)', 'Meteor Lake'],
  'Ryzen 7000/8000 NPU': ['AMD Ryzen 7000/8000', 'Ryzen 7/8000'],
  'Snapdragon X Elite / X Plus Hexagon NPU': ['Qualcomm Snapdragon X Elite/Plus', 'Snapdragon X'],
  'Lunar Lake NPU (announced)': ['Intel Lunar Lake (announced)', 'Lunar Lake*'],
  'Next-gen Ryzen 9 NPU (announced)': ['AMD next-gen Ryzen (announced)', 'next Ryzen*'],
};

/** Names with words in them, translated; the others are product names, the same in every language. */
const WORDED = new Set(['Intel Lunar Lake (announced)', 'AMD next-gen Ryzen (announced)', 'next Ryzen*', 'Copilot+ PC minimum (Microsoft)', 'Copilot+ minimum']);
export const nameIn = (name: string, l: Locale) => (WORDED.has(name) ? l.t(name) : name);

const KINDS = ['phone', 'laptop, tablet or desktop'];
const kindIn = (kind: string, l: Locale) => l.t(kind === 'requirement' ? 'requirement (not a chip)' : kind);
/** A claim as the sources give it: one figure, or a range ("12–16"). */
const claim = (d: Row, l: Locale) => (d.tops_low === d.tops_high ? l.fmt.sig3(d.tops_high as number) : `${asWritten(d.tops_low as number, l)}–${asWritten(d.tops_high as number, l)}`);

/** What the summary says, in any language: Apple's phone chips from first to highest, and how many chips reach the
 * Copilot+ line; or, in a view without Apple's phones, the highest claim shown. */
export function summaryFacts(rows: Row[]) {
  type Chip = { name: string; kind: string; year: number; tops_low: number; tops_high: number };
  const chips = rows.filter((r) => r.kind !== 'requirement') as Chip[];
  const phones = chips.filter((r) => r.kind === KINDS[0]);
  const need = rows.find((r) => r.kind === 'requirement')!.tops_low as number;
  const above = chips.filter((r) => r.tops_low >= need);
  const highest = (rs: Chip[]) => rs.reduce((a, r) => (r.tops_high > a.tops_high ? r : a));
  return {
    chips, need, above, top: highest(chips),
    phones: phones.length ? { first: phones[0]!, top: highest(phones) } : null,
    // All the chips that reach the line are for laptops, tablets or desktops, from one year.
    aboveAllLaptopsFrom: above.length && above.every((r) => r.kind === KINDS[1] && r.year === above[0]!.year) ? above[0]!.year : null,
  };
}
const kindColor = (k: string) => (k === KINDS[0] ? COLORS[0] : COLORS[1]);

/** Claimed peak TOPS of phone and laptop AI accelerators, one bar per chip in order of announcement, and the Copilot+ PC bar. */
export default defineChart({
  id: 'npu-tops-by-chip',
  title: 'The AI chips in phones and laptops, by their makers’ numbers',
  subtitle: 'Claimed peak trillions of operations per second (TOPS) of the neural processing unit, by chip and year announced',
  alt: 'Horizontal bar chart: claimed NPU performance rises from 0.6 TOPS in Apple’s A11 phone chip of 2017 to 35 TOPS in the A17 Pro of 2023, and laptop chips announced in 2024 claim 38 to 50 TOPS, around Microsoft’s 40 TOPS minimum for Copilot+ PCs.',
  caption:
    'TOPS are the makers’ marketing peaks. The sources do not say at what numeric precision they were counted, and that differs between makers and generations, so part of a jump such as Apple’s A16 to A17 Pro may be a change in counting. TOPS also says little about how fast a language model runs on the chip: generating text is mostly limited by how fast the device can read its memory. The AMD Ryzen 7000/8000 bar shows the quoted range of 12–16 TOPS. Years are as given by the sources (announcement or launch).',
  datasets: ['npu-tops'],
  series: ['npu-tops'],
  data: ({ 'npu-tops': all }: Inputs<typeof npuSeries>) => {
    const req = all.find((r) => r.chip === REQUIREMENT);
    if (!req) throw new Error(`npu-tops-by-chip: no row "${REQUIREMENT}" in npu-tops`);
    const chips = all
      .filter((r) => r !== req)
      .map((r) => {
        const names = NAMES[r.chip];
        if (!names) throw new Error(`npu-tops-by-chip: no short name for chip "${r.chip}"`);
        return {
          chip: r.chip,
          name: names[0],
          short: names[1],
          vendor: r.vendor,
          kind: r.device_class === 'phone' ? KINDS[0] : KINDS[1],
          year: Number(r.announced.slice(0, 4)),
          announced: r.announced,
          tops_low: r.tops_low,
          tops_high: r.tops_high,
          source: r.source_name,
        };
      })
      .sort((a, b) => a.year - b.year || (a.kind === b.kind ? 0 : a.kind === KINDS[0] ? -1 : 1) || a.tops_high - b.tops_high);
    // The Copilot+ requirement is a row too (drawn as a line, not a bar): kind "requirement".
    return [
      ...chips,
      { chip: req.chip, name: 'Copilot+ PC minimum (Microsoft)', short: 'Copilot+ minimum', vendor: req.vendor, kind: 'requirement', year: Number(req.announced.slice(0, 4)), announced: req.announced, tops_low: req.tops_low, tops_high: req.tops_high, source: req.source_name },
    ];
  },
  columns: [
    { key: 'name', label: 'Chip', format: (v: string, l = EN) => nameIn(v, l) },
    { key: 'kind', label: 'Used in', format: (v: string, l = EN) => kindIn(v, l) },
    { key: 'announced', label: 'Announced' },
    { key: 'tops_low', label: 'Claimed TOPS (low)', unit: 'TOPS' },
    { key: 'tops_high', label: 'Claimed TOPS (high)', unit: 'TOPS' },
    { key: 'source', label: 'Read on', names: true },
  ],
  summary: (rows: Row[]) => {
    const { chips, need, above, top, phones, aboveAllLaptopsFrom } = summaryFacts(rows);
    // A view without Apple's phones: the chips shown against the Copilot+ line.
    if (!phones) return `${chips.length} chips shown; the highest claim is ${top.tops_high} TOPS (${top.name}, ${top.year}); ${above.length} claim at least the ${need} TOPS Microsoft requires for Copilot+ PCs.`;
    const { first, top: best } = phones;
    return `Apple’s phone chips went from ${first.tops_high} claimed TOPS (${first.name}, ${first.year}) to ${best.tops_high} (${best.name}, ${best.year}), about ${fmt.int(best.tops_high / first.tops_high)} times more. ${above.length} of the ${chips.length} chips claim at least the ${need} TOPS Microsoft requires for Copilot+ PCs${aboveAllLaptopsFrom ? `, all of them for laptops, tablets or desktops, from ${aboveAllLaptopsFrom}` : ''}. The table lists the ${chips.length} chips and, as its last row, the requirement itself.`;
  },
  // Which makers' chips; Microsoft's Copilot+ requirement is a reference line and stays in every view.
  view: (rows) => {
    const makers = choose(rows.filter((r) => r.kind !== 'requirement'), 'vendor', 'Chip makers');
    return { controls: makers.controls, rows: (rs, p) => rs.filter((r) => r.kind === 'requirement' || makers.rows!([r], p).length > 0) };
  },
  spec: (all, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const rows = all.filter((r) => r.kind !== 'requirement');
    const req = all.find((r) => r.kind === 'requirement')!;
    const byChip = new Map(rows.map((r) => [r.chip, r]));
    const tick = (chip: string) => {
      const d = byChip.get(chip)!;
      return `${nameIn(String(narrow ? d.short : d.name), l)} · ${d.year}`;
    };
    const fill = (d: Row) => kindColor(d.kind as string);
    const valueText = (d: Row) => claim(d, l);
    const fs = narrow ? 9.5 : 10.5;
    const marginLeft = narrow ? 124 : 248; // room for the longest chip name in a wide system font
    const marginRight = narrow ? 26 : 40;
    const xMax = 55;
    // Value labels go just right of their bar, unless the Copilot+ line would run through them (with today's data: M4
    // at both widths, A17 Pro when narrow): those go inside the end of the bar, in the page's background colour. Text width is estimated (digits are about 0.6 em wide), with 3 px to spare.
    const px = (v: number) => marginLeft + (v / xMax) * (opts.width - marginLeft - marginRight);
    const ruleX = px(req.tops_low as number);
    const textWidth = (d: Row) => valueText(d).length * fs * 0.62;
    const clashes = (d: Row) => {
      const x0 = px(d.tops_high as number) + 4;
      return x0 - 3 <= ruleX && x0 + textWidth(d) + 3 >= ruleX;
    };
    const fitsInside = (d: Row) => px(d.tops_low as number) - px(0) >= textWidth(d) + 8;
    const inside = rows.filter((d) => clashes(d) && fitsInside(d));
    // The key's second entry starts after the first one's label (set for English; estimated from its length otherwise).
    const second = l.lang === 'en' ? (narrow ? 48 : 62) : Math.ceil(l.t(KINDS[0]!).length * fs * 0.6) + 26;
    const outside = rows.filter((d) => !inside.includes(d));
    return Plot.plot({
      ...base(opts, narrow ? 380 : 420),
      marginLeft,
      marginRight,
      marginTop: 46,
      y: { domain: rows.map((r) => r.chip), label: null, tickSize: 0, tickFormat: tick },
      x: { domain: [0, xMax], label: l.t('Claimed TOPS →'), grid: true, ticks: narrow ? 3 : 6 },
      marks: [
        Plot.barX(rows, { y: 'chip', x1: 0, x2: 'tops_low', fill }),
        Plot.barX(rows.filter((r) => r.tops_high !== r.tops_low), { y: 'chip', x1: 'tops_low', x2: 'tops_high', fill, fillOpacity: 0.4 }),
        Plot.ruleX([req], { x: 'tops_low', stroke: 'currentColor', strokeDasharray: '5 3', strokeWidth: 1.5 }),
        Plot.text(outside, { y: 'chip', x: 'tops_high', text: valueText, dx: 4, textAnchor: 'start', fill: 'currentColor', fontSize: fs }),
        Plot.text(inside, { y: 'chip', x: 'tops_low', text: valueText, dx: -4, textAnchor: 'end', fill: 'var(--bg)', fontWeight: 600, fontSize: fs }),
        Plot.text([req], { x: 'tops_low', frameAnchor: 'top', dy: -10, text: (d: Row) => (narrow ? `Copilot+ PC: ${d.tops_low}` : l.t('Copilot+ PC minimum: %s TOPS', d.tops_low as number)), textAnchor: 'middle', fill: 'currentColor', fontWeight: 600, fontSize: fs }),
        // Key: the two colours, above the bars on the left.
        ...KINDS.map((k, i) => {
          const dx = i === 0 ? 0 : second;
          return Plot.dot([k], { frameAnchor: 'top-left', dx: dx + 5, dy: -30, symbol: 'square', fill: kindColor(k), r: 4 });
        }),
        ...KINDS.map((k, i) => {
          const dx = i === 0 ? 0 : second;
          return Plot.text([k], { frameAnchor: 'top-left', dx: dx + 13, dy: -30, text: () => l.t(narrow && i === 1 ? 'laptop etc.' : k), textAnchor: 'start', fill: 'currentColor', fontSize: fs });
        }),
        ...(narrow ? [Plot.text(['* announced'], { frameAnchor: 'top-left', dx: -6, dy: -30, text: (d: string) => l.t(d), textAnchor: 'end', fill: 'currentColor', fontSize: fs })] : []),
      ],
    });
  },
  tip: {
    x: 'tops_high', y: 'chip', mode: 'xy',
    label: (r, l: Locale = EN) => `${nameIn(r.name as string, l)} (${kindIn(r.kind as string, l)}, ${r.announced})\n${l.t('%s TOPS claimed', r.tops_low === r.tops_high ? asWritten(r.tops_high as number, l) : `${asWritten(r.tops_low as number, l)}–${asWritten(r.tops_high as number, l)}`)}\n${l.t('Read on: %s', r.source as string)}`,
  },
});
