import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, MUTED } from '../defaults.ts';
import { derivedSeriesById } from '../../data/derivedSeries.ts';
import type { ChartDef, Row } from '../types.ts';

const LABELLED = ['Bitmain Antminer S3', 'Antminer S9', 'Antminer S17 Pro', 'Antminer S19 Pro', 'Antminer S21', 'Avalon A16 XP'];

/** CBECI's network-average efficiency (estimate, weekly, with its lower–upper band) and each ASIC model at release. */
export default {
  id: 'chip-vs-network-efficiency',
  title: 'Newer chips, fewer joules per hash',
  subtitle: 'Energy per terahash (J/TH, log scale): each ASIC model at its release, and the network average estimated by Cambridge',
  alt: 'Log-scale chart of joules per terahash from 2014 to 2026: dots for individual mining machines fall from the Antminer S3 in 2014 to the Avalon A16 XP in 2025, and a line for the network average, with an uncertainty band, follows them down a few years behind the newest chips.',
  caption: 'The network average lags the newest machines because older ones keep running while electricity is cheap enough. Cambridge’s band shows how uncertain the average is. Machine figures are the makers’ specifications; only models with a known release month are shown.',
  datasets: ['cbeci-efficiency', 'cbeci-miners', 'asic-specs'],
  data: () => {
    const net = derivedSeriesById('btc-network-efficiency').rows().filter((r) => String(r.date) >= '2014-01-01');
    const weekly = net.filter((_, i) => i % 7 === 0 || i === net.length - 1).map((r) => ({
      kind: 'Network average (CBECI)', date: String(r.date), model: '', j_per_th: r.estimate_j_per_th as number,
      lower: r.lower_j_per_th as number, upper: r.upper_j_per_th as number,
    }));
    const seen = new Set<string>();
    const chips = derivedSeriesById('asic-efficiency-by-release').rows()
      .filter((r) => !r.placeholder && r.released && /^\d{4}-\d{2}/.test(String(r.released)))
      .filter((r) => { const k = `${r.model}|${r.released}`; if (seen.has(k)) return false; seen.add(k); return true; })
      .map((r) => ({ kind: 'Machine at release', date: String(r.released).slice(0, 10), model: String(r.model), j_per_th: r.efficiency_j_per_th as number, lower: null, upper: null }));
    return [...weekly, ...chips] as Row[];
  },
  columns: [
    { key: 'kind', label: 'Series' },
    { key: 'date', label: 'Date' },
    { key: 'model', label: 'Machine' },
    { key: 'j_per_th', label: 'Efficiency', unit: 'J/TH', format: (v: number) => fmt.sig3(v) },
    { key: 'lower', label: 'Lower bound', unit: 'J/TH', format: (v: number) => fmt.sig3(v) },
    { key: 'upper', label: 'Upper bound', unit: 'J/TH', format: (v: number) => fmt.sig3(v) },
  ],
  summary: (rows) => {
    const chips = rows.filter((r) => r.kind === 'Machine at release');
    const first = chips.reduce((a, r) => (String(r.date) < String(a.date) ? r : a));
    const best = chips.reduce((a, r) => ((r.j_per_th as number) < (a.j_per_th as number) ? r : a));
    const net = rows.filter((r) => r.kind !== 'Machine at release');
    return `The most efficient machine here, the ${best.model} (${fmt.month(utc(best.date as string))}), needs ${fmt.sig3(best.j_per_th as number)} J/TH, against ${fmt.sig3(first.j_per_th as number)} for the ${first.model} (${fmt.month(utc(first.date as string))}); Cambridge put the network average at ${fmt.sig3(net.at(-1)!.j_per_th as number)} J/TH on ${fmt.date(utc(net.at(-1)!.date as string))}.`;
  },
  spec: (rows, opts) => {
    const narrow = opts.width < 480;
    const net = rows.filter((r) => r.kind !== 'Machine at release').map((r) => ({ ...r, d: utc(r.date as string) }));
    const chips = rows.filter((r) => r.kind === 'Machine at release').map((r) => ({ ...r, d: utc(r.date as string) }));
    const find = (m: string) => chips.find((c) => c.model === m)!;
    // Where each label sits relative to its dot, chosen to keep clear of the dense 2017–2021 cluster and the frame.
    const place: [string, number, number, 'start' | 'middle' | 'end'][] = [
      ['Bitmain Antminer S3', 6, 0, 'start'],
      ['Antminer S9', 0, -10, 'middle'],
      ['Antminer S19 Pro', -4, 12, 'end'],
      ['Antminer S21', -4, 12, 'end'],
      ['Avalon A16 XP', -6, 0, 'end'],
    ];
    const maxUpper = Math.max(...net.map((r) => r.upper as number));
    return Plot.plot({
      ...base(opts, narrow ? 300 : 360),
      x: { type: 'utc', label: null, ticks: narrow ? 4 : 7 },
      y: {
        type: 'log', label: '↑ joules per terahash', grid: true, domain: [5, maxUpper],
        ticks: narrow ? [10, 100, 1000, 10000] : [10, 30, 100, 300, 1000, 3000, 10000, 30000], tickFormat: (v: number) => (narrow && v >= 10000 ? fmt.si(v) : fmt.int(v)),
      },
      marks: [
        Plot.areaY(net, { x: 'd', y1: 'lower', y2: 'upper', fill: COLORS[0], fillOpacity: 0.15 }),
        Plot.lineY(net, { x: 'd', y: 'j_per_th', stroke: COLORS[0], strokeWidth: 2 }),
        Plot.dot(chips, { x: 'd', y: 'j_per_th', fill: COLORS[1], r: 2.5, fillOpacity: 0.8 }),
        // On a phone the S21 label would collide with the A16 XP's, so only the wide chart names it.
        ...place.filter(([m]) => !narrow || m !== 'Antminer S21').map(([m, dx, dy, textAnchor]) =>
          Plot.text([find(m)], {
            x: 'd', y: 'j_per_th', text: (d: Row) => String(d.model).replace(/^Bitmain /, ''), dx, dy, textAnchor,
            fill: 'currentColor', fontSize: narrow ? 8.5 : 10, fontWeight: 600, stroke: 'var(--bg)', strokeWidth: 3, paintOrder: 'stroke',
          })),
        Plot.text([net.find((r) => String(r.date) >= '2016-06-01')!], { x: 'd', y: 'upper', text: () => (narrow ? 'network average' : 'network average (band: Cambridge’s range)'), dy: -8, dx: 4, textAnchor: 'start', fill: COLORS[0], fontSize: narrow ? 8.5 : 10, fontWeight: 600 }),
      ],
    });
  },
  tip: { x: 'date', y: 'j_per_th', label: (r) => `${r.model || 'Network average'}\n${fmt.date(utc(r.date as string))}: ${fmt.sig3(r.j_per_th as number)} J/TH`, mode: 'xy' },
} satisfies ChartDef;
