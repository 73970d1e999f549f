import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, MUTED } from '../defaults.ts';
import { table } from '../../datasets/load.ts';
import type { ChartDef, Row } from '../types.ts';

/** Vendor-claimed AI operations per second of phone and laptop chips, with the Copilot+ PC requirement. */
export default {
  id: 'npu-tops',
  title: 'AI chips in phones and laptops, as their makers rate them',
  subtitle: 'Claimed peak trillions of operations per second (TOPS) of the neural processors in phone and laptop chips, by announcement year',
  alt: 'Dot chart: claimed neural-processor performance of phone and laptop chips rises from under one TOPS for Apple’s A11 in 2017 to tens of TOPS for Apple’s A17 Pro and M4 and Qualcomm’s Snapdragon X in 2023 and 2024, around Microsoft’s 40 TOPS requirement for Copilot+ PCs.',
  caption: 'TOPS are marketing peaks: vendors do not always say which number format they count, so a jump can partly be a change of counting. For running language models, memory and memory bandwidth usually matter more than TOPS.',
  datasets: ['npu-tops'],
  data: () =>
    table('npu-tops', 'npu_tops_by_chip.csv').map((r) => ({
      chip: String(r.chip), vendor: r.vendor, device: r.device_class, year: Number(String(r.announced).slice(0, 4)), date: String(r.announced).slice(0, 4),
      tops: Number(r.tops_high), requirement: /Copilot\+/.test(String(r.chip)),
    })),
  columns: [
    { key: 'chip', label: 'Chip' },
    { key: 'vendor', label: 'Vendor' },
    { key: 'device', label: 'Device' },
    { key: 'year', label: 'Year', format: String },
    { key: 'tops', label: 'Claimed peak', unit: 'TOPS', format: (v: number) => fmt.sig3(v) },
  ],
  summary: (rows) => {
    const chips = rows.filter((r) => !r.requirement);
    const first = chips.reduce((a, r) => ((r.year as number) < (a.year as number) ? r : a));
    const top = chips.reduce((a, r) => ((r.tops as number) > (a.tops as number) ? r : a));
    const req = rows.find((r) => r.requirement);
    return `Claimed peaks rose from ${fmt.sig3(first.tops as number)} TOPS (${first.chip}, ${first.year}) to ${fmt.sig3(top.tops as number)} TOPS (${top.chip}, ${top.year})${req ? `; Microsoft’s Copilot+ PCs require ${fmt.sig3(req.tops as number)}` : ''}.`;
  },
  spec: (rows, opts) => {
    const narrow = opts.width < 480;
    const chips = rows.filter((r) => !r.requirement).map((r) => ({ ...r, d: utc(String(r.date)) }));
    const req = rows.find((r) => r.requirement);
    return Plot.plot({
      ...base(opts, narrow ? 300 : 340),
      x: { type: 'utc', label: null, ticks: narrow ? 4 : 8 },
      y: { label: '↑ claimed TOPS', grid: true },
      marks: [
        ...(req ? [Plot.ruleY([req.tops as number], { stroke: COLORS[1], strokeDasharray: '4 3' }), Plot.text([req], { y: 'tops', frameAnchor: 'left', text: () => `Copilot+ PC requirement: ${req.tops} TOPS`, dy: -7, dx: 4, textAnchor: 'start', fill: COLORS[1], fontSize: narrow ? 9 : 10.5, fontWeight: 600 })] : []),
        Plot.dot(chips, { x: 'd', y: 'tops', fill: (d: Row) => (d.vendor === 'Apple' ? COLORS[0] : MUTED), r: 4.5 }),
        Plot.text(chips.filter((c) => ['A11 Bionic Neural Engine', 'A17 Pro Neural Engine', 'M4 Neural Engine'].includes(String(c.chip)) || /Snapdragon X/.test(String(c.chip))), { x: 'd', y: 'tops', text: (d: Row) => String(d.chip).replace(' Neural Engine', '').replace(' Bionic', ''), dx: 8, textAnchor: 'start', fill: 'currentColor', fontSize: narrow ? 9 : 10.5 }),
      ],
    });
  },
  tip: { x: 'date', y: 'tops', label: (r) => `${r.chip} (${r.vendor}, ${r.year})\n${fmt.sig3(r.tops as number)} TOPS claimed`, mode: 'xy' },
} satisfies ChartDef;
