import * as Plot from '@observablehq/plot';
import { base, fmt, COLORS, MUTED } from '../defaults.ts';
import type generations from '../../series/btc-energy-per-hash-by-generation.ts';
import { roundSig } from '../../data/roundSig.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { choose } from '../view.ts';

/** The kind the series gives CBECI's placeholder rows (drawn grey). */
const ASSUMED = 'Cambridge’s generic assumption';

const joules = (v: number) => (v >= 1e6 ? `${fmt.int(v / 1e6)} million J` : `${fmt.sig3(v)} J`);

export default defineChart({
  id: 'energy-per-hash-by-generation',
  title: 'What a terahash cost, generation by generation',
  subtitle: 'Energy to compute one terahash (a trillion hashes), in joules, for each generation of mining hardware (log scale)',
  alt: 'Horizontal bars on a logarithmic scale, one per hardware generation: Cambridge assumes about 10 million joules per terahash for the best CPU of 2009, then a tenfold drop for each step through GPUs, FPGAs and early ASICs; named machines fall from about 766 joules for the Antminer S3 of 2014 to 12.8 joules for the Avalon A16 XP of 2025.',
  caption: 'Grey bars are Cambridge’s round-number assumptions for whole classes of hardware, not measurements of any device; coloured bars are makers’ specifications for single machines at release. The scale is logarithmic: equal steps along it are equal multiples.',
  datasets: ['cbeci-miners', 'asic-specs'],
  series: ['btc-energy-per-hash-by-generation'],
  data: (s: Inputs<typeof generations>) => s['btc-energy-per-hash-by-generation'],
  columns: [
    { key: 'hardware', label: 'Hardware' },
    { key: 'released', label: 'Year' },
    { key: 'j_per_th', label: 'Energy per terahash', unit: 'J/TH', format: (v: number) => fmt.sig3(v) },
    { key: 'kind', label: 'What the figure is' },
    { key: 'source', label: 'Source' },
  ],
  summary: (rows) => {
    const a = rows[0];
    const b = rows.at(-1)!;
    return `${a.hardware} (${a.released}, ${a.kind}): ${joules(a.j_per_th)} per terahash; ${b.hardware} (${b.released}, ${String(b.kind).replace(/^M/, 'm')}): ${joules(b.j_per_th)}, about ${fmt.int(roundSig((a.j_per_th) / (b.j_per_th), 2))} times less.`;
  },
  view: (rows) => choose(rows, 'kind', 'Sources'),
  spec: (rows, opts) => {
    const { narrow } = opts;
    return Plot.plot({
      ...base(opts, narrow ? 300 : 320),
      marginLeft: narrow ? 142 : 150,
      marginRight: narrow ? 16 : 24,
      x: { type: 'log', domain: [1, 1e9], label: 'joules per terahash →', grid: true, ticks: narrow ? [1, 1e3, 1e6] : [1, 10, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9], tickFormat: (v: number) => (v >= 1e9 ? `${fmt.int(v / 1e9)}bn` : v >= 1e6 ? `${fmt.int(v / 1e6)}M` : fmt.si(v)) },
      y: { label: null, domain: rows.map((r) => r.label), tickSize: 0 },
      marks: [
        Plot.barX(rows, { y: 'label', x1: 1, x2: 'j_per_th', fill: (d: Row) => (d.kind === ASSUMED ? MUTED : COLORS[0]) }),
        Plot.text(rows, { y: 'label', x: 'j_per_th', text: (d: Row) => (narrow ? joules(d.j_per_th as number).replace(' million', 'M') : joules(d.j_per_th as number)), dx: 4, textAnchor: 'start', fill: 'currentColor', fontSize: narrow ? 9 : 10.5 }),
      ],
    });
  },
  tip: { x: 'j_per_th', y: 'label', label: (r) => `${r.label}\n${joules(r.j_per_th)} per terahash\n${r.kind}`, mode: 'xy' },
});
