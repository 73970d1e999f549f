import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, TEXT } from '../defaults.ts';
import type byOwner from '../../series/edi-block-production-by-owner.ts';
import type byPool from '../../series/edi-block-production-by-pool.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { choose, combine, yearRange } from '../view.ts';
import { EN, type Locale } from '../locale.ts';

const OWNER = 'Pools grouped by owner';
const SINGLE = 'Single pools';
/** Bands quoted in the EDI tool's documentation (US Department of Justice): below 1,500 competitive, above 2,500 highly concentrated. */
const BANDS = [1500, 2500];

/** One plotted point: a row of data() with its window's label date parsed for the x scale. */
interface Point { date: string; grouping: string; hhi: number; d: Date }

/** What the summary says, in any language: the peak, low and latest HHI counting owners (or single pools, in a view of
 * those only). */
export function summaryFacts(rows: Row[]) {
  type W = { date: string; hhi: number };
  const owners = rows.some((r) => r.grouping === OWNER);
  const counted = rows.filter((r) => r.grouping === (owners ? OWNER : SINGLE)) as W[];
  return {
    owners,
    peak: counted.reduce((a, r) => (r.hhi > a.hhi ? r : a)),
    low: counted.reduce((a, r) => (r.hhi < a.hhi ? r : a)),
    last: counted.at(-1)!,
  };
}

/** Herfindahl–Hirschman Index of block production per 30-day window (EDI), by owner and by single pool. */
export default defineChart({
  id: 'edi-hhi-by-grouping',
  title: 'Concentration across all pools (HHI)',
  subtitle: 'Herfindahl–Hirschman Index of Bitcoin block production in each 30-day window, counting owners of pools and counting single pools, 2018–2026 (0 = spread evenly among very many, 10,000 = one entity)',
  alt: 'Two lines from 2018 to 2026: the HHI counting owners of pools is well above the HHI counting single pools until 2020 and peaks in April 2020; it falls to about 1,000 at the end of 2020, after which the two lines almost coincide, rising to between about 1,500 and 2,000 from 2023.',
  caption: 'The HHI adds up the squares of every entity’s percentage share, so it responds to the whole distribution, not only to the largest. Dashed lines at 1,500 and 2,500: the US Department of Justice bands that the index’s documentation quotes (below 1,500 “competitive”, above 2,500 “highly concentrated”), made for markets, not for mining. The single-pool file ends in February 2025.',
  datasets: ['pool-concentration-edi'],
  series: ['edi-block-production-by-owner', 'edi-block-production-by-pool'],
  data: (s: Inputs<typeof byOwner | typeof byPool>) => {
    const read = (rows: Inputs<typeof byOwner>['edi-block-production-by-owner'], grouping: string) =>
      rows.map((r) => ({ date: r.date, grouping, hhi: Math.round(r.hhi) }));
    return [...read(s['edi-block-production-by-owner'], OWNER), ...read(s['edi-block-production-by-pool'], SINGLE)];
  },
  columns: [
    { key: 'date', label: 'Window (label date)' },
    { key: 'grouping', label: 'Counting', format: (v: string, l = EN) => l.t(v) },
    { key: 'hhi', label: 'HHI', format: (v: number, l = EN) => l.fmt.int(v) },
  ],
  summary: (rows) => {
    // Counting owners; a view with single pools only counts those.
    const { owners, peak, low, last } = summaryFacts(rows);
    return `Counting ${owners ? 'owners' : 'single pools'}, the HHI peaked at ${fmt.int(peak.hhi)} (${fmt.date(utc(peak.date))}), was lowest at ${fmt.int(low.hhi)} (${fmt.date(utc(low.date))}) and stood at ${fmt.int(last.hhi)} in the latest window (${fmt.date(utc(last.date))}).`;
  },
  view: (rows) => combine(yearRange(rows, 'date'), choose(rows, 'grouping', 'Ways of counting')),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const data = rows.map((r): Point => ({ date: String(r.date), grouping: String(r.grouping), hhi: Number(r.hhi), d: utc(String(r.date)) }));
    const stroke = (d: Row) => (d.grouping === OWNER ? COLORS[1] : COLORS[0]);
    const max = Math.max(...rows.map((r) => r.hhi));
    const peaks = data.filter((r) => r.grouping === OWNER);
    const peak = peaks.length ? [peaks.reduce((a, r) => (r.hhi > a.hhi ? r : a))] : [];
    // (A view after February 2025 has no single-pool rows: that file ends there.)
    const under = data.find((r) => r.grouping === SINGLE && r.date >= '2019-01-01');
    return Plot.plot({
      ...base(opts, narrow ? 260 : 300),
      marginRight: narrow ? 14 : 24,
      x: { type: 'utc', label: null, ticks: narrow ? 4 : 8 },
      y: { label: '↑ HHI', domain: [0, Math.ceil(max / 500) * 500], grid: true, tickFormat: (v: number) => l.fmt.int(v), ticks: 6 },
      marks: [
        Plot.ruleY(BANDS, { strokeDasharray: '4 3', stroke: 'currentColor', strokeOpacity: 0.5 }),
        Plot.lineY(data, { x: 'd', y: 'hhi', z: 'grouping', stroke, strokeWidth: 2 }),
        // Owners: beside the April 2020 peak, where the line falls away at once; single pools: under their 2019 low.
        Plot.text(peak, { x: 'd', y: 'hhi', text: (d: Point) => l.t(d.grouping), dx: 8, textAnchor: 'start', fill: COLORS[1], fontSize: TEXT.label(narrow), fontWeight: 600 }),
        Plot.text(under ? [under] : [], { x: 'd', y: 'hhi', text: (d: Point) => l.t(d.grouping), dy: 14, textAnchor: 'start', fill: COLORS[0], fontSize: TEXT.label(narrow), fontWeight: 600 }),
      ],
    });
  },
  tip: { x: 'date', y: 'hhi', label: (r, l: Locale = EN) => `${l.fmt.date(utc(r.date))}\n${l.t(r.grouping)}: HHI ${l.fmt.int(r.hhi)}`, mode: 'xy' },
});

