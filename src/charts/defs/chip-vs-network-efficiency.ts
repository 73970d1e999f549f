import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, MUTED } from '../defaults.ts';
import type chips from '../../series/btc-chips-vs-network-efficiency.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { yearRange } from '../view.ts';
import { EN } from '../locale.ts';

type Point = { kind: string; date: string; model: string; j_per_th: number };

/** What the summary says, in any language: the machines and the network line shown, the first machine released and
 * the most efficient. */
export function summaryFacts<R extends Point>(rows: R[]) {
  const chips = rows.filter((r) => r.kind === 'Machine at release');
  const net = rows.filter((r) => r.kind !== 'Machine at release');
  const first = chips.length ? chips.reduce((a, r) => (String(r.date) < String(a.date) ? r : a)) : undefined;
  const best = chips.length ? chips.reduce((a, r) => ((r.j_per_th) < (a.j_per_th) ? r : a)) : undefined;
  return { chips, net, first: first!, best: best! };
}

/** CBECI's network-average efficiency (estimate, weekly, with its lower–upper band) and each ASIC model at release. */
export default defineChart({
  id: 'chip-vs-network-efficiency',
  title: 'Newer chips, fewer joules per hash',
  subtitle: 'Energy per terahash (J/TH, log scale): each ASIC model at its release, and the network average estimated by Cambridge',
  alt: 'Log-scale chart of joules per terahash from 2014 to 2026: dots for individual mining machines fall from the Antminer S3 in 2014 to the Avalon A16 XP in 2025, and a line for the network average, with an uncertainty band, follows them down a few years behind the newest chips.',
  caption: 'The network average lags the newest machines because older ones keep running while electricity is cheap enough. Cambridge’s band shows how uncertain the average is. Machine figures are the makers’ specifications; only models with a known release month are shown.',
  datasets: ['cbeci-efficiency', 'cbeci-miners', 'asic-specs'],
  series: ['btc-chips-vs-network-efficiency'],
  data: (s: Inputs<typeof chips>) => s['btc-chips-vs-network-efficiency'],
  columns: [
    { key: 'kind', label: 'Series', format: (v: string, l = EN) => l.t(v) },
    { key: 'date', label: 'Date' },
    { key: 'model', label: 'Machine' },
    { key: 'j_per_th', label: 'Efficiency', unit: 'J/TH', format: (v: number, l = EN) => l.fmt.sig3(v) },
    { key: 'lower', label: 'Lower bound', unit: 'J/TH', format: (v: number, l = EN) => l.fmt.sig3(v) },
    { key: 'upper', label: 'Upper bound', unit: 'J/TH', format: (v: number, l = EN) => l.fmt.sig3(v) },
  ],
  summary: (rows) => {
    const { chips, net } = summaryFacts(rows);
    // A range of years without machines or without the network line: what it does show.
    if (!chips.length || !net.length) {
      const last = rows.at(-1)!;
      return chips.length
        ? `${chips.length} machines released in these years; the most efficient needs ${fmt.sig3(Math.min(...chips.map((r) => r.j_per_th)))} J/TH.`
        : `Cambridge put the network average at ${fmt.sig3(last.j_per_th)} J/TH on ${fmt.date(utc(last.date))}; no machine in our list was released in these years.`;
    }
    const { first, best } = summaryFacts(rows);
    return `The most efficient machine here, the ${best.model} (${fmt.month(utc(best.date))}), needs ${fmt.sig3(best.j_per_th)} J/TH, against ${fmt.sig3(first.j_per_th)} for the ${first.model} (${fmt.month(utc(first.date))}); Cambridge put the network average at ${fmt.sig3(net.at(-1)!.j_per_th)} J/TH on ${fmt.date(utc(net.at(-1)!.date))}.`;
  },
  view: (rows) => yearRange(rows, 'date', 3),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const net = rows.filter((r) => r.kind !== 'Machine at release').map((r) => ({ ...r, d: utc(r.date) }));
    const chips = rows.filter((r) => r.kind === 'Machine at release').map((r) => ({ ...r, d: utc(r.date) }));
    const find = (m: string) => chips.find((c) => c.model === m);
    // Where each label sits relative to its dot, in a gap of the data: offsets in pixels, the text anchor, and
    // optionally a leader from the dot (length in pixels, angle in degrees clockwise from straight up).
    type Place = { dx: number; dy: number; anchor: 'start' | 'middle' | 'end'; leader?: { length: number; rotate: number } };
    const place: [string, Place, Place | null][] = [
      // Straight below the S3 on a leader: the network line runs just above and right of it, the S5 just below right.
      ['Bitmain Antminer S3', { dx: 0, dy: 32, anchor: 'middle', leader: { length: 24, rotate: 180 } }, { dx: 0, dy: 36, anchor: 'middle', leader: { length: 28, rotate: 180 } }],
      // Left of the S9, where nothing else sits at 100 J/TH before mid-2016; on a phone that is the axis, so below.
      ['Antminer S9', { dx: -8, dy: 0, anchor: 'end' }, { dx: 0, dy: 11, anchor: 'middle' }],
      // The lowest, latest dot of the early-2020 cluster: to its right, in the gap before the S19 XP of late 2021;
      // on a phone that gap is too short, so below and to the left on a leader, under the cluster.
      ['Bitmain Antminer S19 Pro (110Th)', { dx: 6, dy: -1, anchor: 'start' }, { dx: -7, dy: 13, anchor: 'end', leader: { length: 11, rotate: 225 } }],
      // Below the 2023 group (S21, S21 Hyd, Whatsminer M60), ending just past it to keep clear of the A16 XP's label;
      // on a phone the two would still collide, so only the wide chart names it.
      ['Antminer S21', { dx: 8, dy: 13, anchor: 'end' }, null],
      // Below the A16 XP, ending just past it: clear of the network line, which stops in September 2024.
      ['Avalon A16 XP', { dx: 10, dy: 12, anchor: 'end' }, { dx: 8, dy: 12, anchor: 'end' }],
    ];
    const dotR = 2.5;
    const leaderShape = { draw(context: CanvasPath, length: number) { context.moveTo(0, -(dotR + 1.5)); context.lineTo(0, -length); } };
    // Whole decades, from below the lowest machine to above the top of Cambridge's band, so the band stays inside the frame.
    const yTop = 10 ** Math.ceil(Math.log10(Math.max(...(net.length ? net.map((r) => r.upper as number) : chips.map((r) => r.j_per_th)))));
    // Whole years from the first network week to the year after the last machine, so every point sits within the year ticks.
    const yearOf = (r: { date: string }) => Number(String(r.date).slice(0, 4));
    const years = [yearOf(net[0] ?? chips[0]!), Math.max(...(chips.length ? chips : net).map(yearOf)) + 1];
    const step = narrow ? 4 : 2;
    const xTicks = Array.from({ length: Math.floor((years[1] - years[0]) / step) + 1 }, (_, i) => utc(String(years[0] + i * step)));
    return Plot.plot({
      ...base(opts, narrow ? 300 : 360),
      x: { type: 'utc', label: null, domain: [utc(String(years[0])), utc(String(years[1]))], ticks: xTicks },
      y: {
        type: 'log', label: l.t('↑ joules per terahash'), grid: true, domain: [5, yTop],
        ticks: [10, 100, 1000, 10000, 100000].filter((v) => v <= yTop), tickFormat: (v: number) => (narrow && v >= 10000 ? l.fmt.si(v) : l.fmt.int(v)),
      },
      marks: [
        Plot.areaY(net, { x: 'd', y1: 'lower', y2: 'upper', fill: COLORS[0], fillOpacity: 0.15 }),
        Plot.lineY(net, { x: 'd', y: 'j_per_th', stroke: COLORS[0], strokeWidth: 2 }),
        Plot.dot(chips, { x: 'd', y: 'j_per_th', fill: COLORS[1], r: dotR, fillOpacity: 0.8 }),
        ...place.flatMap(([m, wide, phone]) => {
          const at = narrow ? phone : wide;
          const point = find(m);
          if (!at || !point) return [];
          const { dx, dy, anchor, leader } = at;
          return [
            ...(leader ? [Plot.vector([point], { x: 'd', y: 'j_per_th', anchor: 'start', length: leader.length, rotate: leader.rotate, shape: leaderShape, stroke: 'currentColor', strokeWidth: 1 })] : []),
            Plot.text([point], {
              x: 'd', y: 'j_per_th', text: (d: Row) => String(d.model).replace(/^Bitmain /, '').replace(/ \(.*\)$/, ''), dx, dy, textAnchor: anchor,
              fill: 'currentColor', fontSize: narrow ? 8.5 : 10, fontWeight: 600, stroke: 'var(--bg)', strokeWidth: 3, paintOrder: 'stroke',
            }),
          ];
        }),
        Plot.text(net.filter((r) => String(r.date) >= '2016-06-01').slice(0, 1), { x: 'd', y: 'upper', text: () => l.t(narrow ? 'network average' : 'network average (band: Cambridge’s range)'), dy: -8, dx: 4, textAnchor: 'start', fill: COLORS[0], fontSize: narrow ? 8.5 : 10, fontWeight: 600 }),
      ],
    });
  },
  tip: { x: 'date', y: 'j_per_th', label: (r, l = EN) => `${r.model || l.t('Network average')}\n${l.fmt.date(utc(r.date))}: ${l.fmt.sig3(r.j_per_th)} J/TH`, mode: 'xy' },
});
