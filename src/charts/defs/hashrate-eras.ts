import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, MUTED, TEXT } from '../defaults.ts';
import type hashrate from '../../series/btc-hashrate-ehs.ts';
import type implied from '../../series/btc-hashrate-implied.ts';
import type hardware from '../../series/cbeci-hardware-list.ts';
import { hashrateSeries } from '../../data/hashrateSeries.ts';
import { hardwareEras } from '../../data/hardwareEras.ts';
import { defineChart, type Inputs } from '../types.ts';
import { EN } from '../locale.ts';
import { combine, scaleChoice, yearRange } from '../view.ts';

const SOURCE = { estimate: 'Coin Metrics estimate', implied: 'implied by difficulty' };

/** Powers of 1,000 H/s within the data, for a log axis read as kH/s, MH/s … EH/s. */
function logTicks(data: { ehs: number }[]): number[] {
  const lo = Math.floor(Math.log10(Math.min(...data.map((d) => d.ehs))) / 3) * 3;
  // Up to the highest power inside the data: one above it would be drawn outside the plot, over the buttons.
  const hi = Math.floor(Math.log10(Math.max(...data.map((d) => d.ehs))) / 3) * 3;
  return Array.from({ length: (hi - lo) / 3 + 1 }, (_, i) => 10 ** (lo + 3 * i));
}

type Point = { date: string; ehs: number; source: string };

/** What the summary says, in any language: the first and last points shown, the highest (the daily peak when the rows
 * shown include its day, else the highest weekly point shown) and where the implied series takes over, if it does. */
export function summaryFacts(rows: Point[], { peak }: { peak: Point }) {
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const top = peak.date >= first.date && peak.date <= last.date ? peak : rows.reduce((a, r) => (r.ehs > a.ehs ? r : a));
  const implied = rows.find((r) => r.source === 'implied');
  return { first, last, top, rose: last.ehs >= first.ehs, joined: implied && first.source === 'estimate' ? implied : undefined };
}

/** Network hashrate on a log scale, 30-day mean sampled weekly, with the hardware eras behind it. After the Coin Metrics
 * estimate ends, the hashrate implied by difficulty carries the line on, dashed and labelled. */
export default defineChart({
  id: 'hashrate-eras',
  title: 'From laptops to warehouses: the network’s computing power',
  subtitle: 'Bitcoin network hashrate in hashes per second, 30-day mean',
  alt: 'Line chart on a logarithmic scale: Bitcoin network hashrate rises from almost nothing in 2009 to about a thousand exahashes per second in 2025 and 2026, through CPU, GPU, FPGA and ASIC eras, with a sharp dip in mid-2021 when China banned mining. From March 2025 the line is dashed: the hashrate implied by difficulty.',
  caption: 'On the logarithmic scale each gridline is a thousand times the one below. Era start dates are those of CBECI’s generic hardware list; eras overlapped in practice. Hashrate is estimated from difficulty and block times, so daily values are noisy: a 30-day mean is shown. Coin Metrics’ estimate ends on 8 March 2025; after it, the dashed line is the hashrate implied by Blockchain.com’s difficulty (difficulty × 2³² ÷ 600 s), which trails real changes by up to two weeks; the methods page compares the two where both exist.',
  datasets: ['btc-hashrate', 'btc-difficulty', 'cbeci-miners'],
  series: ['btc-hashrate-ehs', 'btc-hashrate-implied', 'cbeci-hardware-list'],
  data: (s: Inputs<typeof hashrate | typeof implied | typeof hardware>) => hashrateSeries(s['btc-hashrate-ehs'], { everyDays: 7, implied: s['btc-hashrate-implied'] }),
  // The eras behind the line, the last ending on the line's last day; and the peak of the daily series (the weekly
  // points the chart draws can miss the day it peaked).
  context: (s: Inputs<typeof hashrate | typeof implied | typeof hardware>) => {
    const daily = hashrateSeries(s['btc-hashrate-ehs'], { everyDays: 1, implied: s['btc-hashrate-implied'] });
    return { eras: hardwareEras(s['cbeci-hardware-list'], daily.at(-1)!.date), peak: daily.reduce((a, r) => (r.ehs > a.ehs ? r : a)) };
  },
  columns: [
    { key: 'date', label: 'Date' },
    { key: 'ehs', label: 'Hashrate, 30-day mean', unit: 'EH/s', format: (v: number, l = EN) => l.fmt.sig3(v) },
    { key: 'source', label: 'Source', format: (v: string, l = EN) => l.t(SOURCE[v as 'estimate' | 'implied']) },
  ],
  summary: (rows, context) => {
    const { first, last, top, rose, joined } = summaryFacts(rows, context);
    const after = joined ? ` (from ${fmt.date(utc(joined.date))}, as implied by difficulty)` : last.source === 'implied' ? ' (as implied by difficulty)' : '';
    return `The 30-day mean hashrate ${rose ? 'rose' : 'fell'} from ${fmt.hash(first.ehs)} on ${fmt.date(utc(first.date))} to ${fmt.hash(last.ehs)} on ${fmt.date(utc(last.date))}${after}; its highest value, ${fmt.hash(top.ehs)}, came on ${fmt.date(utc(top.date))}.`;
  },
  view: (rows) => combine(yearRange(rows, 'date'), scaleChoice('log')),
  spec: (rows, opts, context) => {
    const data = rows.filter((r) => (r.ehs as number) > 0).map((r) => ({ date: utc(r.date as string), ehs: r.ehs as number, source: r.source }));
    // The dashed part starts on the estimate's last point, so the line has no gap where the source changes.
    const firstImplied = data.findIndex((d) => d.source === 'implied');
    const estimate = firstImplied < 0 ? data : data.slice(0, firstImplied);
    const implied = firstImplied < 0 ? [] : data.slice(Math.max(0, firstImplied - 1));
    // The eras that overlap the line, cut to its span (a view may show a few years only).
    const [x0, x1] = [data[0]!.date, data.at(-1)!.date];
    const eras = context.eras
      .map((e) => ({ ...e, start: new Date(e.start), end: new Date(e.end) }))
      .filter((e) => e.end > x0 && e.start < x1)
      .map((e) => ({ ...e, start: e.start < x0 ? x0 : e.start, end: e.end > x1 ? x1 : e.end }));
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const log = (opts.params?.scale ?? 'log') === 'log';
    const top = Math.max(...data.map((d) => d.ehs));
    return Plot.plot({
      ...base(opts),
      // Linear labels ("800 EH/s") are wider than the log ones ("1 EH/s").
      ...(log ? {} : { marginLeft: narrow ? 58 : 64 }),
      y: log
        ? { type: 'log', label: null, grid: true, ticks: logTicks(data), tickFormat: l.fmt.hash }
        : { type: 'linear', label: null, grid: true, ticks: 5, tickFormat: l.fmt.hash },
      x: { type: 'utc', label: null },
      marks: [
        Plot.rectX(eras, { x1: 'start', x2: 'end', y1: log ? Math.min(...data.map((d) => d.ehs)) : 0, y2: top, fill: (d) => d.index % 2 ? MUTED : 'transparent', fillOpacity: 0.12 }),
        // On phones the era names alternate between two rows so short eras do not collide.
        ...[0, 1].map((row) =>
          Plot.text(eras.filter((e) => (narrow ? e.index % 2 === row : row === 0)), {
            x: 'start', text: 'era', frameAnchor: 'top', dx: 3, dy: row ? -2 : -15, textAnchor: 'start',
            fill: 'currentColor', fontSize: TEXT.label(narrow), fontWeight: 600,
          })),
        Plot.lineY(estimate, { x: 'date', y: 'ehs', stroke: COLORS[0], strokeWidth: 2 }),
        Plot.lineY(implied, { x: 'date', y: 'ehs', stroke: COLORS[0], strokeWidth: 2, strokeDasharray: '4 3' }),
        // Named where it starts, where the line leaves room: on the log scale below the line at the right edge (the
        // line is nearly flat there); on the linear one up and to the left of the join (the line climbs steeply).
        Plot.text(implied.slice(0, 1), {
          ...(log ? { frameAnchor: 'right', dy: 30 } : { x: 'date', dx: -6, dy: -12 }),
          y: 'ehs', text: () => l.t(narrow ? 'dashed: implied' : 'dashed: implied by difficulty'),
          textAnchor: 'end', fill: 'currentColor', fontSize: TEXT.label(narrow),
        }),
      ],
    });
  },
  tip: { x: 'date', y: 'ehs', label: (r, l = EN) => `${l.fmt.date(utc(r.date as string))}\n${l.fmt.hash(r.ehs as number)}${r.source === 'implied' ? ` (${l.t('implied by difficulty')})` : ''}` },
});
