import * as Plot from '@observablehq/plot';
import { base, fmt, COLORS } from '../defaults.ts';
import type measures from '../../series/btc-pool-concentration-measures.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { numberRange } from '../view.ts';
import { EN, type Locale } from '../locale.ts';

const STROKE = [COLORS[0], COLORS[1], COLORS[2]];
/** The three measures in the series' order: largest pool, Bitmain's two pools, three largest pools. */
const measuresOf = (rows: readonly { series: string }[]) => [...new Set(rows.map((r) => r.series))];

/** What the summary says, in any language: periods, the three largest pools' mean, the peaks and the range of the
 * Nakamoto coefficient. */
export function summaryFacts(rows: Row[]) {
  const SERIES = measuresOf(rows as { series: string }[]);
  const of = (s: string) => rows.filter((r) => r.series === s);
  const top = of(SERIES[0]!);
  const max = (s: string) => of(s).reduce((a, r) => ((r.share_pct as number) > (a.share_pct as number) ? r : a)).share_pct as number;
  return {
    periods: top.length,
    mean3: of(SERIES[2]!).reduce((s, r) => s + (r.share_pct as number), 0) / top.length,
    maxTop: max(SERIES[0]!), maxBitmain: max(SERIES[1]!),
    minN: Math.min(...top.map((r) => r.nakamoto as number)), maxN: Math.max(...top.map((r) => r.nakamoto as number)),
  };
}

/**
 * Per difficulty period (2,016 blocks): the largest pool's share, the share of Bitmain's two pools together and the
 * three largest pools' share.
 */
export default defineChart({
  id: 'pool-concentration-2016-2018',
  title: 'How much the largest pools found, period by period',
  subtitle: 'Share of blocks found by the largest pool, by Bitmain’s two pools together and by the three largest pools in each difficulty period of 2,016 blocks, 2016–2018',
  alt: 'Three lines over block heights 400,000 to 546,235, one point per difficulty period: the three largest pools together start above half of all blocks, fall well below it and climb back over it late in the record; the largest single pool stays well below half; Bitmain’s two pools, AntPool and BTC.com, counted together, start near a quarter, dip below a fifth and climb to about two fifths of blocks.',
  caption: 'Each point is one difficulty period of 2,016 blocks, about two weeks. Periods cut by the edges of the data or by a gap of 88 missing heights are left out. “Largest pool” and “three largest” count single pool labels; the middle line counts AntPool and BTC.com, both run by Bitmain in this period, as one owner.',
  datasets: ['pool-blocks-2016-2018'],
  series: ['btc-pool-concentration-measures'],
  data: (s: Inputs<typeof measures>) => s['btc-pool-concentration-measures'],
  columns: [
    { key: 'height', label: 'Period starts at height', format: (v: number, l = EN) => l.fmt.int(v) },
    { key: 'series', label: 'Measure', format: (v: string, l = EN) => l.t(v) },
    { key: 'share_pct', label: 'Share of blocks', unit: '%', format: (v: number, l = EN) => l.fmt.num1(v) },
    { key: 'pool', label: 'Largest pool', names: true },
    { key: 'nakamoto', label: 'Nakamoto coefficient (single pools)', format: String },
    { key: 'hhi', label: 'HHI (single pools)', format: (v: number, l = EN) => l.fmt.int(v) },
  ],
  summary: (rows) => {
    const { periods, mean3, maxTop, maxBitmain, minN, maxN } = summaryFacts(rows);
    return `Across ${periods} complete periods the three largest pools found ${fmt.num1(mean3)} % of blocks on average; the largest single pool’s share peaked at ${fmt.num1(maxTop)} %, Bitmain’s two pools together at ${fmt.num1(maxBitmain)} %, and between ${minN} and ${maxN} single pools were needed to pass half the blocks.`;
  },
  view: (rows) => numberRange(rows, 'height', 'block height', 2016),
  spec: (rows, opts) => {
    const SERIES = measuresOf(rows);
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const last = SERIES.map((s) => rows.filter((r) => r.series === s).at(-1)!);
    const stroke = (d: Row) => STROKE[SERIES.indexOf(d.series as string)];
    // Plot wraps an end label at the 130 px right margin (less its 6 px offset, in ems of 10.5 px), so a longer name,
    // the Spanish "Los tres pools más grandes", breaks at a space instead of running past the chart's edge.
    const LABEL_EMS = (130 - 6) / 10.5;
    const label = (s: string) => (narrow ? l.t(s).replace(' (Bitmain)', '') : l.t(s).replace(' (Bitmain)', '\n(Bitmain)'));
    return Plot.plot({
      ...base(opts, narrow ? 280 : 320),
      marginRight: narrow ? 16 : 130,
      x: { label: l.t('block height →'), tickFormat: (v: number) => l.fmt.si(v), ticks: narrow ? 4 : 7 },
      y: { label: l.t('↑ share of blocks (%)'), domain: [0, 100], grid: true },
      marks: [
        Plot.ruleY([50], { strokeDasharray: '4 3', stroke: 'currentColor', strokeOpacity: 0.5 }),
        Plot.lineY(rows, { x: 'height', y: 'share_pct', z: 'series', stroke, strokeWidth: 2 }),
        ...(narrow
          ? // On a phone: a colour key in the empty band above 70 %, in the same top-to-bottom order as the lines.
            [Plot.text([...last].reverse(), { x: (d: Row) => d.height, y: (_: Row, i: number) => 94 - i * 8, text: (d: Row) => `— ${label(d.series as string)}`, textAnchor: 'end', fill: stroke, fontSize: 9.5, fontWeight: 600 })]
          : [Plot.text(last, { x: 'height', y: 'share_pct', text: (d: Row) => label(d.series as string), dx: 6, textAnchor: 'start', fill: stroke, fontSize: 10.5, fontWeight: 600, lineWidth: LABEL_EMS })]),
        Plot.text([{ y: 50 }], { y: 'y', frameAnchor: 'left', text: () => l.t('half of all blocks'), dy: -6, dx: 4, textAnchor: 'start', fill: 'currentColor', fontSize: 9.5 }),
      ],
    });
  },
  tip: { x: 'height', y: 'share_pct', label: (r, l: Locale = EN) => `${l.t('Period from height %s', l.fmt.int(r.height as number))}\n${l.t(r.series as string)}: ${l.fmt.num1(r.share_pct as number)} %\n${l.t('Largest single pool: %s; Nakamoto coefficient %s', r.pool as string, r.nakamoto as number)}`, mode: 'xy' },
});
