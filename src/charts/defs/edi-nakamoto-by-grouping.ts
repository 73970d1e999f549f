import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, TEXT } from '../defaults.ts';
import type byOwner from '../../series/edi-block-production-by-owner.ts';
import type byPool from '../../series/edi-block-production-by-pool.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { choose, combine, yearRange } from '../view.ts';
import { EN } from '../locale.ts';

const OWNER = 'Pools grouped by owner';
const SINGLE = 'Single pools';

/** What the summary says, in any language: each way of counting's windows, and the range of a set of windows. */
export function summaryFacts<R extends Row>(rows: R[]) {
  const owner = rows.filter((r) => r.grouping === OWNER);
  const single = rows.filter((r) => r.grouping === SINGLE);
  const range = (rs: Row[]) => `${Math.min(...rs.map((r) => r.nakamoto as number))}–${Math.max(...rs.map((r) => r.nakamoto as number))}`;
  return { owner, single, range };
}

/** Nakamoto coefficient per 30-day window (EDI), counting owners of pools and counting single pools. */
export default defineChart({
  id: 'edi-nakamoto-by-grouping',
  title: 'How many it takes to pass half the blocks',
  subtitle: 'Nakamoto coefficient of Bitcoin block production: the fewest entities that together found more than half of the blocks in each 30-day window, counting owners of pools and counting single pools, 2018–2026',
  alt: 'Two step lines from 2018 to 2026: counting single pools, between two and six pools were needed to pass half of the blocks; counting owners of pools, the number is never higher, falls to one in April 2020, is four in every window of 2021 and two in every window of 2023 and 2024; from 2022 the two lines almost coincide.',
  caption: 'Lower means more concentrated: a value of 2 means two entities together found a majority of the blocks. The Edinburgh Decentralisation Index groups pools run by the same company into one owner; its single-pool file ends in February 2025. Blocks are a noisy stand-in for hashrate.',
  datasets: ['pool-concentration-edi'],
  series: ['edi-block-production-by-owner', 'edi-block-production-by-pool'],
  data: (s: Inputs<typeof byOwner | typeof byPool>) => {
    const read = (rows: Inputs<typeof byOwner>['edi-block-production-by-owner'], grouping: string) =>
      rows.map((r) => ({ date: r.date, grouping, nakamoto: r.nakamoto_coefficient, entities: r.total_entities }));
    return [...read(s['edi-block-production-by-owner'], OWNER), ...read(s['edi-block-production-by-pool'], SINGLE)];
  },
  columns: [
    { key: 'date', label: 'Window (label date)' },
    { key: 'grouping', label: 'Counting', format: (v: string, l = EN) => l.t(v) },
    { key: 'nakamoto', label: 'Nakamoto coefficient', format: String },
    { key: 'entities', label: 'Entities that found a block', format: (v: number, l = EN) => l.fmt.int(v) },
  ],
  summary: (rows) => {
    const { owner, single, range } = summaryFacts(rows);
    if (!owner.length) {
      const lastPool = single.at(-1)!;
      return `Counting single pools, the Nakamoto coefficient ranged over ${range(single)} in ${single.length} windows; in the last window shown (${fmt.date(utc(lastPool.date))}) ${lastPool.nakamoto} pools were needed to pass half the blocks.`;
    }
    const last = owner.at(-1)!;
    const pools = single.length ? `; counting single pools, over ${range(single)} in ${single.length} windows` : '';
    return `Counting owners, the Nakamoto coefficient ranged over ${range(owner)} in ${owner.length} windows${pools}. In the latest window (${fmt.date(utc(last.date))}) ${last.nakamoto} owners were needed to pass half the blocks.`;
  },
  view: (rows) => combine(yearRange(rows, 'date'), choose(rows, 'grouping', 'Ways of counting')),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const data = rows.map((r) => ({ ...r, d: utc(r.date) }));
    const stroke = (d: Row) => (d.grouping === OWNER ? COLORS[1] : COLORS[0]);
    // Colour-keyed labels in the two empty strips: above every value (single pools) and below every value (owners).
    const x0 = data[0].d;
    return Plot.plot({
      ...base(opts, narrow ? 240 : 280),
      marginRight: narrow ? 14 : 24,
      x: { type: 'utc', label: null, ticks: narrow ? 4 : 8 },
      y: { label: l.t('↑ entities needed for a majority of blocks'), domain: [0, 7], ticks: [1, 2, 3, 4, 5, 6], grid: true, tickFormat: String },
      marks: [
        Plot.lineY(data, { x: 'd', y: 'nakamoto', z: 'grouping', stroke, strokeWidth: 2, curve: 'step-after' }),
        Plot.text(data.some((r) => r.grouping === SINGLE) ? [SINGLE] : [], { x: () => x0, y: () => 6.6, text: (g: string) => `— ${l.t(g)}`, textAnchor: 'start', fill: COLORS[0], fontSize: TEXT.label(narrow), fontWeight: 600 }),
        Plot.text(data.some((r) => r.grouping === OWNER) ? [OWNER] : [], { x: () => x0, y: () => 0.45, text: (g: string) => `— ${l.t(g)}`, textAnchor: 'start', fill: COLORS[1], fontSize: TEXT.label(narrow), fontWeight: 600 }),
      ],
    });
  },
  tip: { x: 'date', y: 'nakamoto', label: (r, l = EN) => `${l.fmt.date(utc(r.date))}\n${l.t('%s: %s needed for a majority', l.t(String(r.grouping)), String(r.nakamoto))}`, mode: 'xy' },
});
