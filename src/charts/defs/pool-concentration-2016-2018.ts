import * as Plot from '@observablehq/plot';
import { base, fmt, COLORS } from '../defaults.ts';
import { derivedSeriesById } from '../../data/derivedSeries.ts';
import type { ChartDef, Row } from '../types.ts';

const SERIES = ['Largest pool', 'Three largest pools'] as const;

/** Per difficulty period (2,016 blocks): the largest pool's share and the three largest pools' share. */
export default {
  id: 'pool-concentration-2016-2018',
  title: 'How much the largest pools found, period by period',
  subtitle: 'Share of blocks found by the largest pool and by the three largest pools in each difficulty period of 2,016 blocks, 2016–2018',
  alt: 'Two lines over block heights 400,000 to 546,235, one point per difficulty period: the share of blocks found by the three largest pools stays close to half of all blocks, and the share of the largest single pool stays well below half.',
  caption: 'Each point is one difficulty period of 2,016 blocks, about two weeks. Periods cut by the edges of the data or by a gap of 88 unlabelled heights are left out. Pools are single labels, not owners.',
  datasets: ['pool-blocks-2016-2018'],
  data: () =>
    derivedSeriesById('btc-pool-concentration-by-period').rows().filter((r) => r.complete).flatMap((r) => [
      { height: r.period_start_height as number, series: SERIES[0], share_pct: r.top_pool_share_pct as number, pool: r.top_pool as string, nakamoto: r.nakamoto_coefficient as number, hhi: r.hhi as number },
      { height: r.period_start_height as number, series: SERIES[1], share_pct: r.top3_share_pct as number, pool: r.top_pool as string, nakamoto: r.nakamoto_coefficient as number, hhi: r.hhi as number },
    ]),
  columns: [
    { key: 'height', label: 'Period starts at height', format: fmt.int },
    { key: 'series', label: 'Measure' },
    { key: 'share_pct', label: 'Share of blocks', unit: '%', format: (v: number) => fmt.num1(v) },
    { key: 'pool', label: 'Largest pool' },
    { key: 'nakamoto', label: 'Nakamoto coefficient', format: String },
    { key: 'hhi', label: 'HHI', format: (v: number) => fmt.int(v) },
  ],
  summary: (rows) => {
    const top = rows.filter((r) => r.series === SERIES[0]);
    const top3 = rows.filter((r) => r.series === SERIES[1]);
    const max = top.reduce((a, r) => ((r.share_pct as number) > (a.share_pct as number) ? r : a));
    const minN = Math.min(...top.map((r) => r.nakamoto as number));
    const maxN = Math.max(...top.map((r) => r.nakamoto as number));
    const mean3 = top3.reduce((s, r) => s + (r.share_pct as number), 0) / top3.length;
    return `Across ${top.length} complete periods the three largest pools found ${fmt.num1(mean3)} % of blocks on average; the largest single share was ${fmt.num1(max.share_pct as number)} % (${max.pool}, period from height ${fmt.int(max.height as number)}), and between ${minN} and ${maxN} pools were needed to pass half the blocks.`;
  },
  spec: (rows, opts) => {
    const narrow = opts.width < 480;
    const last = SERIES.map((s) => rows.filter((r) => r.series === s).at(-1)!);
    return Plot.plot({
      ...base(opts, narrow ? 260 : 320),
      marginRight: narrow ? 16 : 120,
      x: { label: 'block height →', tickFormat: (v: number) => fmt.si(v), ticks: narrow ? 4 : 7 },
      y: { label: '↑ share of blocks (%)', domain: [0, 100], grid: true },
      marks: [
        Plot.ruleY([50], { strokeDasharray: '4 3', stroke: 'currentColor', strokeOpacity: 0.5 }),
        Plot.lineY(rows, { x: 'height', y: 'share_pct', z: 'series', stroke: (d: Row) => (d.series === SERIES[0] ? COLORS[1] : COLORS[0]), strokeWidth: 2 }),
        ...(narrow
          ? [Plot.text(last, { x: 'height', y: 'share_pct', text: 'series', dy: -10, textAnchor: 'end', fill: 'currentColor', fontSize: 9.5 })]
          : [Plot.text(last, { x: 'height', y: 'share_pct', text: 'series', dx: 6, textAnchor: 'start', fill: 'currentColor', fontSize: 10.5 })]),
        Plot.text([{ y: 50 }], { y: 'y', frameAnchor: 'left', text: () => 'half of all blocks', dy: -6, dx: 4, textAnchor: 'start', fill: 'currentColor', fontSize: 9.5 }),
      ],
    });
  },
  tip: { x: 'height', y: 'share_pct', label: (r) => `Period from height ${fmt.int(r.height as number)}\n${r.series}: ${fmt.num1(r.share_pct as number)} %\nLargest: ${r.pool}; Nakamoto coefficient ${r.nakamoto}`, mode: 'xy' },
} satisfies ChartDef;
