import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, TEXT } from '../defaults.ts';
import type byOwner from '../../series/edi-block-production-by-owner.ts';
import type byPool from '../../series/edi-block-production-by-pool.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { choose, combine, yearRange } from '../view.ts';
import { EN, type Locale } from '../locale.ts';

const OWNER = 'Pools grouped by owner';
const SINGLE = 'Single pools';

/** One plotted point: a row of data() with its window's label date parsed for the x scale. */
interface Point { date: string; grouping: string; share_pct: number; nakamoto: number; d: Date }

/** What the summary says, in any language: the peak of the largest owner (or single pool, in a view of those only),
 * the largest single pool's share in that window, and the latest window. */
export function summaryFacts(rows: Row[]) {
  type W = { date: string; grouping: string; share_pct: number };
  const owners = rows.some((r) => r.grouping === OWNER);
  const counted = rows.filter((r) => r.grouping === (owners ? OWNER : SINGLE)) as W[];
  const peak = counted.reduce((a, r) => (r.share_pct > a.share_pct ? r : a));
  const same = owners ? (rows.find((r) => r.grouping === SINGLE && r.date === peak.date) as W | undefined) : undefined;
  return { owners, peak, same, last: counted.at(-1)! };
}

/** Share of blocks found by the largest entity per 30-day window, with pools grouped by owner and kept separate. */
export default defineChart({
  id: 'largest-entity-by-grouping',
  title: 'The largest miner depends on how you count',
  subtitle: 'Share of Bitcoin blocks found by the largest entity in each 30-day window, counting pools grouped by owner and counting single pools, 2018–2026',
  alt: 'Two lines from 2018 to 2026: the largest owner of pools usually found a larger share of blocks than the largest single pool, with one window in April 2020 where one owner found more than half of the blocks while the largest single pool found about a fifth.',
  caption: 'The Edinburgh Decentralisation Index groups pools run by the same company (for example Bitmain’s pools) into one owner. The single-pool file ends in February 2025. Neither measure says where the machines are.',
  datasets: ['pool-concentration-edi'],
  series: ['edi-block-production-by-owner', 'edi-block-production-by-pool'],
  data: (s: Inputs<typeof byOwner | typeof byPool>) => {
    const read = (rows: Inputs<typeof byOwner>['edi-block-production-by-owner'], grouping: string) =>
      rows.map((r) => ({ date: r.date, grouping, share_pct: Math.round(r.largest_share * 1000) / 10, nakamoto: r.nakamoto_coefficient }));
    return [...read(s['edi-block-production-by-owner'], OWNER), ...read(s['edi-block-production-by-pool'], SINGLE)];
  },
  columns: [
    { key: 'date', label: 'Window (label date)' },
    { key: 'grouping', label: 'Counting', format: (v: string, l = EN) => l.t(v) },
    { key: 'share_pct', label: 'Largest entity’s share', unit: '%', format: (v: number, l = EN) => l.fmt.num1(v) },
    { key: 'nakamoto', label: 'Nakamoto coefficient', format: String },
  ],
  summary: (rows) => {
    // Counting owners; a view with single pools only counts those.
    const { owners, peak, same, last } = summaryFacts(rows);
    return `The largest ${owners ? 'owner' : 'single pool'}’s share peaked at ${fmt.num1(peak.share_pct)} % in the window labelled ${fmt.date(utc(peak.date))}${same ? `, when the largest single pool had ${fmt.num1(same.share_pct)} %` : ''}; in the latest window (${fmt.date(utc(last.date))}) it was ${fmt.num1(last.share_pct)} %.`;
  },
  view: (rows) => combine(yearRange(rows, 'date'), choose(rows, 'grouping', 'Ways of counting')),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const data = rows.map((r): Point => ({ date: String(r.date), grouping: String(r.grouping), share_pct: Number(r.share_pct), nakamoto: Number(r.nakamoto), d: utc(String(r.date)) }));
    // Label each line where the two are furthest apart (the owner line's peak), not at the ends where they meet.
    const ownerRows = data.filter((r) => r.grouping === OWNER);
    const peak = ownerRows.length ? ownerRows.reduce((a, r) => (r.share_pct > a.share_pct ? r : a)) : undefined;
    const single = peak ? data.find((r) => r.grouping === SINGLE && r.date === peak.date) : undefined;
    return Plot.plot({
      ...base(opts, narrow ? 260 : 320),
      marginRight: narrow ? 16 : 24,
      x: { type: 'utc', label: null, ticks: narrow ? 4 : 8 },
      y: { label: l.t('↑ largest entity’s share of blocks (%)'), domain: [0, 60], grid: true },
      marks: [
        Plot.ruleY([50], { strokeDasharray: '4 3', stroke: 'currentColor', strokeOpacity: 0.5 }),
        Plot.lineY(data, { x: 'd', y: 'share_pct', z: 'grouping', stroke: (d: Row) => (d.grouping === OWNER ? COLORS[1] : COLORS[0]), strokeWidth: 2 }),
        Plot.text(peak ? [peak] : [], { x: 'd', y: 'share_pct', text: (d: Point) => l.t(d.grouping), dx: 8, textAnchor: 'start', fill: COLORS[1], fontSize: TEXT.label(narrow), fontWeight: 600 }),
        Plot.text(single ? [single] : [], { x: 'd', y: 'share_pct', text: (d: Point) => l.t(d.grouping), dy: 26, textAnchor: 'middle', fill: COLORS[0], fontSize: TEXT.label(narrow), fontWeight: 600 }),
      ],
    });
  },
  tip: { x: 'date', y: 'share_pct', label: (r, l: Locale = EN) => `${l.fmt.date(utc(r.date))}\n${l.t(r.grouping)}: ${l.fmt.num1(r.share_pct)} %\n${l.t('Nakamoto coefficient %s', r.nakamoto)}`, mode: 'xy' },
});
