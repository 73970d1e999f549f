import * as Plot from '@observablehq/plot';
import { base, fmt, COLORS, MUTED } from '../defaults.ts';
import type generations from '../../series/btc-energy-per-hash-by-generation.ts';
import { roundSig } from '../../data/roundSig.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { choose } from '../view.ts';
import { EN, type Locale } from '../locale.ts';

/** The kind the series gives CBECI's placeholder rows (drawn grey). */
const ASSUMED = 'Cambridge’s generic assumption';

const joules = (v: number, l: Locale = EN) => (v >= 1e6 ? (Math.round(v / 1e6) === 1 ? l.t('1 million J') : l.t('%s million J', l.fmt.int(v / 1e6))) : `${l.fmt.sig3(v)} J`);
/** A row's label ("Best CPU (2009)") in the locale's language: the generation's name translated, a machine's kept. */
const labelOf = (r: Row, l: Locale) => (l.lang === 'en' ? String(r.label) : `${l.t(String(r.hardware))} (${r.released})`);

/** What the summary says, in any language: the first and last generation shown, and how many times less energy. */
export function summaryFacts<R extends Row>(rows: R[]) {
  const a = rows[0]!;
  const b = rows.at(-1)!;
  return { a, b, times: roundSig((a.j_per_th as number) / (b.j_per_th as number), 2), joules };
}

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
    { key: 'hardware', label: 'Hardware', format: (v: string, l = EN) => l.t(v) },
    { key: 'released', label: 'Year' },
    { key: 'j_per_th', label: 'Energy per terahash', unit: 'J/TH', format: (v: number, l = EN) => l.fmt.sig3(v) },
    { key: 'kind', label: 'What the figure is', format: (v: string, l = EN) => l.t(v) },
    { key: 'source', label: 'Source' },
  ],
  summary: (rows) => {
    const { a, b } = summaryFacts(rows);
    return `${a.hardware} (${a.released}, ${a.kind}): ${joules(a.j_per_th)} per terahash; ${b.hardware} (${b.released}, ${String(b.kind).replace(/^M/, 'm')}): ${joules(b.j_per_th)}, about ${fmt.int(roundSig((a.j_per_th) / (b.j_per_th), 2))} times less.`;
  },
  view: (rows) => choose(rows, 'kind', 'Sources'),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    return Plot.plot({
      ...base(opts, narrow ? 300 : 320),
      marginLeft: narrow ? 142 : 150,
      marginRight: narrow ? 16 : 24,
      x: { type: 'log', domain: [1, 1e9], label: l.t('joules per terahash →'), grid: true, ticks: narrow ? [1, 1e3, 1e6] : [1, 10, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9], tickFormat: (v: number) => (v >= 1e9 ? l.t('%sbn', l.fmt.int(v / 1e9)) : v >= 1e6 ? l.t('%sM', l.fmt.int(v / 1e6)) : l.fmt.si(v)) },
      // The rows keep their English labels (tooltips find them by it); the axis shows them in the page's language.
      y: { label: null, domain: rows.map((r) => r.label), tickSize: 0, ...(l.lang === 'en' ? {} : { tickFormat: (v: string) => labelOf(rows.find((r) => r.label === v)!, l) }) },
      marks: [
        Plot.barX(rows, { y: 'label', x1: 1, x2: 'j_per_th', fill: (d: Row) => (d.kind === ASSUMED ? MUTED : COLORS[0]) }),
        Plot.text(rows, { y: 'label', x: 'j_per_th', text: (d: Row) => (narrow ? joules(d.j_per_th as number, l).replace(l.t(' million'), 'M') : joules(d.j_per_th as number, l)), dx: 4, textAnchor: 'start', fill: 'currentColor', fontSize: narrow ? 9 : 10.5 }),
      ],
    });
  },
  tip: { x: 'j_per_th', y: 'label', label: (r, l = EN) => `${labelOf(r, l)}\n${l.t('%s per terahash', joules(r.j_per_th, l))}\n${l.t(String(r.kind))}`, mode: 'xy' },
});
