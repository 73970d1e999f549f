import * as Plot from '@observablehq/plot';
import { base, fmt, COLORS, MUTED, TEXT } from '../defaults.ts';
import type everyPool from '../../series/btc-pool-shares-every-pool.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { choose } from '../view.ts';
import { EN, type Locale } from '../locale.ts';

/** How many pools get a panel: the largest by blocks over the whole file. */
const PANELS = 7;
/** Height of one panel in percentage points of share (the largest share of one pool in one period is under 30 %, leaving room for the name). */
const BAND = 40;
/** Pools run by Bitmain in this period (EDI's ownership file; the dataset's notes), highlighted. */
const BITMAIN = ['AntPool', 'BTC.com'];

/** What the summary says, in any language: the pools that rose and fell most, and the largest share in any period. */
export function summaryFacts(rows: Row[]) {
  const pools = [...new Set(rows.map((r) => r.pool as string))];
  const series = (p: string) => rows.filter((r) => r.pool === p);
  const changes = pools.map((p) => ({ p, first: series(p)[0]!.share_pct as number, last: series(p).at(-1)!.share_pct as number }));
  const up = changes.reduce((a, c) => (c.last - c.first > a.last - a.first ? c : a));
  const down = changes.reduce((a, c) => (c.last - c.first < a.last - a.first ? c : a));
  return { up, down, max: Math.max(...rows.map((r) => r.share_pct as number)) };
}

/**
 * Small multiples: each of the seven largest pools' share of blocks in every complete difficulty period, 2016–2018.
 * Panels are stacked on one y scale (each pool's panel is offset by BAND) so tooltips can be placed; `panel_y` is that
 * offset plus the share and is not a data column.
 */
export default defineChart({
  id: 'pool-shares-by-period',
  title: 'Pools rise and fall, period by period',
  subtitle: 'Share of blocks found by each of the seven largest mining pools in every complete difficulty period of 2,016 blocks, heights 400,000–546,235 (about 2016–2018)',
  alt: 'Seven small panels, one per mining pool, each showing its share of blocks across about 70 difficulty periods from 2016 to 2018: AntPool stays between roughly 12 and 28 percent throughout; F2Pool starts near a quarter and declines; BTC.com rises from nothing to about a quarter; BTCC fades from about 15 percent to nothing; BTC.TOP and ViaBTC appear and settle around a tenth; SlushPool stays around a tenth.',
  caption: 'Each point is one difficulty period, about two weeks; block heights stand in for dates because the file has no timestamps. Pools are single labels as the source wrote them; the two highlighted pools were both run by Bitmain. Periods cut by the edges of the data or by a gap of 88 missing heights are left out.',
  datasets: ['pool-blocks-2016-2018'],
  series: ['btc-pool-shares-every-pool'],
  data: ({ 'btc-pool-shares-every-pool': rows }: Inputs<typeof everyPool>) => {
    const periods = [...new Set(rows.map((r) => r.period_start_height))];
    const byKey = new Map(rows.map((r) => [`${r.period_start_height}|${r.pool}`, r]));
    const totals = new Map<string, number>();
    for (const r of rows) totals.set(r.pool, (totals.get(r.pool) ?? 0) + r.blocks);
    const pools = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, PANELS).map(([p]) => p);
    return pools.flatMap((pool, i) =>
      periods.map((start) => {
        const t = byKey.get(`${start}|${pool}`);
        const share = Math.round((t?.share_pct ?? 0) * 10) / 10;
        return { period_start: start, pool, rank: i + 1, blocks: t?.blocks ?? 0, share_pct: share, panel_y: (PANELS - 1 - i) * BAND + share };
      }),
    );
  },
  columns: [
    { key: 'period_start', label: 'Period starts at height', format: (v: number, l = EN) => l.fmt.int(v) },
    { key: 'pool', label: 'Pool', names: true },
    { key: 'blocks', label: 'Blocks in the period', format: (v: number, l = EN) => l.fmt.int(v) },
    { key: 'share_pct', label: 'Share of the period’s blocks', unit: '%', format: (v: number, l = EN) => l.fmt.num1(v) },
  ],
  summary: (rows) => {
    const { up, down, max } = summaryFacts(rows);
    return `From the first complete period to the last, ${up.p} rose from ${fmt.num1(up.first)} % to ${fmt.num1(up.last)} % of blocks and ${down.p} fell from ${fmt.num1(down.first)} % to ${fmt.num1(down.last)} %; no single pool found more than ${fmt.num1(max)} % in any period.`;
  },
  view: (rows) => choose(rows, 'pool', 'Pools'),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const pools = [...new Set(rows.map((r) => r.pool))];
    const offset = (p: string) => (pools.length - 1 - pools.indexOf(p)) * BAND;
    const colour = (p: string) => (BITMAIN.includes(p) ? COLORS[1] : COLORS[0]);
    /** One pool's rows, each with the bottom of its panel (the area's baseline). */
    const panel = (p: string) => rows.filter((r) => r.pool === p).map((r) => ({ ...r, base: offset(p) }));
    const gridValues = pools.flatMap((p) => [offset(p) + 10, offset(p) + 20]);
    const heights = rows.map((r) => r.period_start);
    return Plot.plot({
      ...base(opts, narrow ? 470 : 500),
      marginLeft: narrow ? 34 : 40,
      marginRight: narrow ? 10 : 20,
      x: { label: l.t('block height →'), tickFormat: (v: number) => l.fmt.si(v), ticks: narrow ? 3 : 6, domain: [Math.min(...heights), Math.max(...heights)] },
      y: {
        label: l.t('↑ share of the period’s blocks (%)'),
        domain: [0, pools.length * BAND],
        ticks: narrow ? pools.map((p) => offset(p) + 20) : gridValues,
        tickFormat: (v: number) => String(Math.round(v % BAND)),
      },
      marks: [
        Plot.ruleY(gridValues, { stroke: 'currentColor', strokeOpacity: 0.1 }),
        Plot.ruleY(pools.map(offset), { stroke: MUTED }),
        ...pools.map((p) =>
          Plot.areaY(panel(p), { x: 'period_start', y1: 'base', y2: 'panel_y', fill: colour(p), fillOpacity: 0.25 }),
        ),
        ...pools.map((p) =>
          Plot.lineY(panel(p), { x: 'period_start', y: 'panel_y', stroke: colour(p), strokeWidth: 1.5 }),
        ),
        Plot.text(pools, {
          x: () => Math.min(...heights), y: (p: string) => offset(p) + BAND - 1, text: (p: string) => p, dx: 4, textAnchor: 'start',
          lineAnchor: 'top', fill: 'currentColor', stroke: 'var(--bg)', strokeWidth: 3, paintOrder: 'stroke', fontSize: TEXT.label(narrow), fontWeight: 600,
        }),
      ],
    });
  },
  tip: { x: 'period_start', y: 'panel_y', label: (r, l: Locale = EN) => `${l.t('%s, period from height %s', r.pool, l.fmt.int(r.period_start))}\n${l.t('%s blocks (%s %)', l.fmt.int(r.blocks), l.fmt.num1(r.share_pct))}`, mode: 'xy' },
});
