import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, MUTED, TEXT } from '../defaults.ts';
import type hashrate from '../../series/btc-hashrate-ehs.ts';
import type hardware from '../../series/cbeci-hardware-list.ts';
import { hashrateSeries } from '../../data/hashrateSeries.ts';
import { hardwareEras } from '../../data/hardwareEras.ts';
import { defineChart, type Inputs } from '../types.ts';
import { combine, scaleChoice, yearRange } from '../view.ts';

/** Powers of 1,000 H/s spanning the data, for a log axis read as kH/s, MH/s … EH/s. */
function logTicks(data: { ehs: number }[]): number[] {
  const lo = Math.floor(Math.log10(Math.min(...data.map((d) => d.ehs))) / 3) * 3;
  const hi = Math.ceil(Math.log10(Math.max(...data.map((d) => d.ehs))) / 3) * 3;
  return Array.from({ length: (hi - lo) / 3 + 1 }, (_, i) => 10 ** (lo + 3 * i));
}

/** Network hashrate on a log scale, 30-day mean sampled weekly, with the hardware eras behind it. */
export default defineChart({
  id: 'hashrate-eras',
  title: 'From laptops to warehouses: the network’s computing power',
  subtitle: 'Bitcoin network hashrate in hashes per second, 30-day mean',
  alt: 'Line chart on a logarithmic scale: Bitcoin network hashrate rises from almost nothing in 2009 to hundreds of exahashes per second in 2025, through CPU, GPU, FPGA and ASIC eras, with a sharp dip in mid-2021 when China banned mining.',
  caption: 'On the logarithmic scale each gridline is a thousand times the one below. Era start dates are those of CBECI’s generic hardware list; eras overlapped in practice. Hashrate is estimated from difficulty and block times, so daily values are noisy: a 30-day mean is shown.',
  datasets: ['btc-hashrate', 'cbeci-miners'],
  series: ['btc-hashrate-ehs', 'cbeci-hardware-list'],
  data: (s: Inputs<typeof hashrate | typeof hardware>) => hashrateSeries(s['btc-hashrate-ehs'], { everyDays: 7 }),
  // The eras behind the line, the last ending on the line's last day; and the peak of the daily series (the weekly
  // points the chart draws can miss the day it peaked).
  context: (s: Inputs<typeof hashrate | typeof hardware>) => {
    const daily = hashrateSeries(s['btc-hashrate-ehs'], { everyDays: 1 });
    return { eras: hardwareEras(s['cbeci-hardware-list'], daily.at(-1)!.date), peak: daily.reduce((a, r) => (r.ehs > a.ehs ? r : a)) };
  },
  columns: [
    { key: 'date', label: 'Date' },
    { key: 'ehs', label: 'Hashrate, 30-day mean', unit: 'EH/s', format: (v: number) => fmt.sig3(v) },
  ],
  summary: (rows, { peak }) => {
    const first = rows[0]!;
    const last = rows[rows.length - 1]!;
    // The daily peak when the rows shown include its day; else the highest of the weekly points shown.
    const top = peak.date >= first.date && peak.date <= last.date ? peak : rows.reduce((a, r) => (r.ehs > a.ehs ? r : a));
    const verb = last.ehs >= first.ehs ? 'rose' : 'fell';
    return `The 30-day mean hashrate ${verb} from ${fmt.hash(first.ehs)} on ${fmt.date(utc(first.date))} to ${fmt.hash(last.ehs)} on ${fmt.date(utc(last.date))}; its highest value, ${fmt.hash(top.ehs)}, came on ${fmt.date(utc(top.date))}.`;
  },
  view: (rows) => combine(yearRange(rows, 'date'), scaleChoice('log')),
  spec: (rows, opts, context) => {
    const data = rows.filter((r) => (r.ehs as number) > 0).map((r) => ({ date: utc(r.date as string), ehs: r.ehs as number }));
    // The eras that overlap the line, cut to its span (a view may show a few years only).
    const [x0, x1] = [data[0]!.date, data.at(-1)!.date];
    const eras = context.eras
      .map((e) => ({ ...e, start: new Date(e.start), end: new Date(e.end) }))
      .filter((e) => e.end > x0 && e.start < x1)
      .map((e) => ({ ...e, start: e.start < x0 ? x0 : e.start, end: e.end > x1 ? x1 : e.end }));
    const { narrow } = opts;
    const log = (opts.params?.scale ?? 'log') === 'log';
    const top = Math.max(...data.map((d) => d.ehs));
    return Plot.plot({
      ...base(opts),
      // Linear labels ("800 EH/s") are wider than the log ones ("1 EH/s").
      ...(log ? {} : { marginLeft: narrow ? 58 : 64 }),
      y: log
        ? { type: 'log', label: null, grid: true, ticks: logTicks(data), tickFormat: fmt.hash }
        : { type: 'linear', label: null, grid: true, ticks: 5, tickFormat: fmt.hash },
      x: { type: 'utc', label: null },
      marks: [
        Plot.rectX(eras, { x1: 'start', x2: 'end', y1: log ? Math.min(...data.map((d) => d.ehs)) : 0, y2: top, fill: (d) => d.index % 2 ? MUTED : 'transparent', fillOpacity: 0.12 }),
        // On phones the era names alternate between two rows so short eras do not collide.
        ...[0, 1].map((row) =>
          Plot.text(eras.filter((e) => (narrow ? e.index % 2 === row : row === 0)), {
            x: 'start', text: 'era', frameAnchor: 'top', dx: 3, dy: row ? -2 : -15, textAnchor: 'start',
            fill: 'currentColor', fontSize: TEXT.label(narrow), fontWeight: 600,
          })),
        Plot.lineY(data, { x: 'date', y: 'ehs', stroke: COLORS[0], strokeWidth: 2 }),
      ],
    });
  },
  tip: { x: 'date', y: 'ehs', label: (r) => `${fmt.date(utc(r.date as string))}\n${fmt.hash(r.ehs as number)}` },
});
