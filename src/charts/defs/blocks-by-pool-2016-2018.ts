import * as Plot from '@observablehq/plot';
import { base, fmt, COLORS, MUTED, TEXT } from '../defaults.ts';
import type byPool from '../../series/btc-blocks-by-pool-2016-2018.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';

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
    { key: 'pool', label: 'Pool' },
    { key: 'blocks', label: 'Blocks', format: fmt.int },
    { key: 'share_pct', label: 'Share of all blocks', unit: '%', format: (v: number) => fmt.num1(v) },
  ],
  summary: (rows) => {
    const pools = rows.filter((r) => r.kind === 'pool');
    const top3 = pools.slice(0, 3).reduce((s, r) => s + (r.share_pct), 0);
    const top10 = pools.reduce((s, r) => s + (r.share_pct), 0);
    return `${pools[0].pool} found ${fmt.int(pools[0].blocks)} blocks, ${fmt.num1(pools[0].share_pct)} % of all; the three largest pools found ${fmt.num1(top3)} % and the ten largest ${fmt.num1(top10)} %.`;
  },
  view: () => ({
    controls: [{
      name: 'measure', label: 'Measure', kind: 'select', default: 'blocks',
      options: [{ value: 'blocks', label: 'Blocks found' }, { value: 'share', label: 'Share of all blocks (%)' }],
    }],
  }),
  spec: (rows, opts) => {
    const { narrow } = opts;
    // Bars in blocks (the default) or in shares of all blocks; the other figure labels each bar.
    const share = opts.params?.measure === 'share';
    return Plot.plot({
      ...base(opts, narrow ? 340 : 330),
      marginLeft: narrow ? 96 : 130,
      marginRight: 48,
      x: share
        ? { label: 'share of all blocks (%) →', grid: true, ticks: narrow ? 3 : 6 }
        : { label: 'blocks found →', grid: true, tickFormat: (v: number) => fmt.si(v), ticks: narrow ? 3 : 6 },
      y: { label: null, domain: rows.map((r) => r.pool), tickSize: 0 },
      marks: [
        Plot.barX(rows, { y: 'pool', x: share ? 'share_pct' : 'blocks', fill: (d: Row) => (d.kind === 'pool' ? COLORS[1] : MUTED) }),
        Plot.text(rows, { y: 'pool', x: share ? 'share_pct' : 'blocks', text: (d: Row) => (share ? fmt.int(d.blocks as number) : `${fmt.num1(d.share_pct as number)} %`), dx: 4, textAnchor: 'start', fill: 'currentColor', fontSize: TEXT.label(narrow) }),
        Plot.ruleX([0]),
      ],
    });
  },
  tip: { x: 'blocks', y: 'pool', label: (r) => `${r.pool}\n${fmt.int(r.blocks)} blocks (${fmt.num1(r.share_pct)} %)`, mode: 'xy' },
});
