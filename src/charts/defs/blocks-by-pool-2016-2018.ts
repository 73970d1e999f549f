import * as Plot from '@observablehq/plot';
import { base, fmt, COLORS, MUTED, TEXT } from '../defaults.ts';
import type byPool from '../../series/btc-blocks-by-pool-2016-2018.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { EN, type Locale } from '../locale.ts';

/** A bar's label: a pool's name as it is; the two groups ("53 other pools", "No pool label") in the chart's language. */
const poolIn = (name: string, l: Locale) => {
  const others = /^(\d+) other pools$/.exec(name);
  return others ? l.t('%s other pools', others[1]!) : name === 'No pool label' ? l.t(name) : name;
};

/** What the summary says, in any language: the largest pool, and the three and ten largest pools' shares. */
export function summaryFacts(rows: Row[]) {
  type P = { pool: string; blocks: number; share_pct: number };
  const pools = rows.filter((r) => r.kind === 'pool') as P[];
  return { top: pools[0]!, top3: pools.slice(0, 3).reduce((s, r) => s + r.share_pct, 0), top10: pools.reduce((s, r) => s + r.share_pct, 0) };
}

/** Blocks found by each pool over heights 400,000–546,235: the ten largest, then all others and unlabelled blocks. */
export default defineChart({
  id: 'blocks-by-pool-2016-2018',
  title: 'Who found the blocks, 2016–2018',
  subtitle: 'Blocks found by each mining pool between block heights 400,000 and 546,235 (about February 2016 to October 2018)',
  alt: 'Bar chart of blocks found per mining pool from 2016 to 2018: AntPool found the most, followed by F2Pool, BTC.com and BTC.TOP; the ten largest pools together found most of the blocks, and a small share had no pool label.',
  caption: 'A pool is a coordinator, not a miner: thousands of machines, owned by many people and firms, may point at one pool, and one firm may run several pools. Labels are as in the source; spelling variants of one pool are kept apart.',
  datasets: ['pool-blocks-2016-2018'],
  series: ['btc-blocks-by-pool-2016-2018'],
  data: (s: Inputs<typeof byPool>) => s['btc-blocks-by-pool-2016-2018'],
  columns: [
    { key: 'pool', label: 'Pool', format: (v: string, l = EN) => poolIn(v, l) },
    { key: 'blocks', label: 'Blocks', format: (v: number, l = EN) => l.fmt.int(v) },
    { key: 'share_pct', label: 'Share of all blocks', unit: '%', format: (v: number, l = EN) => l.fmt.num1(v) },
  ],
  summary: (rows) => {
    const { top, top3, top10 } = summaryFacts(rows);
    return `${top.pool} found ${fmt.int(top.blocks)} blocks, ${fmt.num1(top.share_pct)} % of all; the three largest pools found ${fmt.num1(top3)} % and the ten largest ${fmt.num1(top10)} %.`;
  },
  view: () => ({
    controls: [{
      name: 'measure', label: 'Measure', kind: 'select', default: 'blocks',
      options: [{ value: 'blocks', label: 'Blocks found' }, { value: 'share', label: 'Share of all blocks (%)' }],
    }],
  }),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    // Bars in blocks (the default) or in shares of all blocks; the other figure labels each bar.
    const share = opts.params?.measure === 'share';
    return Plot.plot({
      ...base(opts, narrow ? 340 : 330),
      marginLeft: narrow ? 96 : 130,
      marginRight: 48,
      x: share
        ? { label: l.t('share of all blocks (%) →'), grid: true, ticks: narrow ? 3 : 6 }
        : { label: l.t('blocks found →'), grid: true, tickFormat: (v: number) => l.fmt.si(v), ticks: narrow ? 3 : 6 },
      y: { label: null, domain: rows.map((r) => r.pool), tickSize: 0, ...(l.lang === 'en' ? {} : { tickFormat: (p: string) => poolIn(p, l) }) },
      marks: [
        Plot.barX(rows, { y: 'pool', x: share ? 'share_pct' : 'blocks', fill: (d: Row) => (d.kind === 'pool' ? COLORS[1] : MUTED) }),
        Plot.text(rows, { y: 'pool', x: share ? 'share_pct' : 'blocks', text: (d: Row) => (share ? l.fmt.int(d.blocks as number) : `${l.fmt.num1(d.share_pct as number)} %`), dx: 4, textAnchor: 'start', fill: 'currentColor', fontSize: TEXT.label(narrow) }),
        Plot.ruleX([0]),
      ],
    });
  },
  tip: { x: 'blocks', y: 'pool', label: (r, l: Locale = EN) => `${poolIn(r.pool, l)}\n${l.t('%s blocks (%s %)', l.fmt.int(r.blocks), l.fmt.num1(r.share_pct))}`, mode: 'xy' },
});
