import * as Plot from '@observablehq/plot';
import { base, fmt, COLORS } from '../defaults.ts';
import { table } from '../../datasets/load.ts';
import type { ChartDef, Row } from '../types.ts';

/** Three snapshots by two estimators, shown side by side and never joined into one line. */
const SNAPSHOTS = [
  { estimator: 'CBECI mining map (CCAF)', period: '2019-09 to 2020-04 (average shown at map launch)', label: 'Cambridge map, Sep 2019–Apr 2020' },
  { estimator: 'CBECI mining map (CCAF)', period: '2022-01', label: 'Cambridge map, Jan 2022' },
  { estimator: 'Hashrate Index heatmap', period: '2025-Q3 (start)', label: 'Hashrate Index, mid-2025' },
];

export default {
  id: 'country-shares-snapshots',
  title: 'Three snapshots of where mining happens',
  subtitle: 'Share of Bitcoin’s hashrate by country in three snapshots from two estimators, per cent',
  alt: 'Dot chart comparing country shares of hashrate in three snapshots: China dominates the Cambridge map of 2019–2020, the United States leads in January 2022 after China’s ban, and the United States still leads in Hashrate Index’s mid-2025 estimate, with Russia and China next and Paraguay among the smaller shares.',
  caption: 'Cambridge’s map located pools’ connections (a sample of pools, to January 2022); Hashrate Index uses its own model. The snapshots are not one series: methods, samples and dates differ, so compare them with care. A country missing from a snapshot was not reported in it.',
  datasets: ['geo-hashrate-snapshots'],
  data: () => {
    const rows = table('geo-hashrate-snapshots', 'geo_hashrate_share_snapshots.csv');
    return SNAPSHOTS.flatMap((s) =>
      rows.filter((r) => r.estimator === s.estimator && r.period === s.period).map((r) => ({ snapshot: s.label, country: String(r.country), share_pct: Number(r.share_pct) })),
    ) as Row[];
  },
  columns: [
    { key: 'snapshot', label: 'Snapshot' },
    { key: 'country', label: 'Country' },
    { key: 'share_pct', label: 'Share', unit: '%', format: (v: number) => fmt.num2(v) },
  ],
  summary: (rows) => {
    const lead = SNAPSHOTS.map((s) => rows.filter((r) => r.snapshot === s.label).reduce((a, r) => ((r.share_pct as number) > (a.share_pct as number) ? r : a)));
    return lead.map((l) => `${l.snapshot}: ${l.country} first with ${fmt.num1(l.share_pct as number)} %`).join('; ') + '.';
  },
  spec: (rows, opts) => {
    const narrow = opts.width < 480;
    const order = [...new Set(rows.map((r) => r.country as string))].sort((a, b) =>
      Math.max(...rows.filter((r) => r.country === b).map((r) => r.share_pct as number)) - Math.max(...rows.filter((r) => r.country === a).map((r) => r.share_pct as number)));
    return Plot.plot({
      ...base(opts, narrow ? 360 : 340),
      marginLeft: narrow ? 118 : 150,
      x: { label: 'share of hashrate (%) →', grid: true, domain: [0, 70] },
      y: { label: null, domain: order, tickSize: 0 },
      color: { domain: SNAPSHOTS.map((s) => s.label), range: [COLORS[3], COLORS[1], COLORS[0]], legend: false },
      symbol: { domain: SNAPSHOTS.map((s) => s.label), range: ['circle', 'square', 'diamond'], legend: false },
      marginBottom: narrow ? 84 : 32,
      marks: [
        Plot.ruleY(order, { stroke: 'currentColor', strokeOpacity: 0.1 }),
        Plot.dot(rows, { x: 'share_pct', y: 'country', fill: 'snapshot', r: 5.5, symbol: 'snapshot' }),
        // A key in the empty lower right: one line per snapshot, in its colour.
        // (on phones, below the axis, where no dots are).
        ...SNAPSHOTS.map((s, i) =>
          Plot.text([s], {
            frameAnchor: narrow ? 'bottom-left' : 'bottom-right', textAnchor: narrow ? 'start' : 'end',
            text: (d: { label: string }) => `${['●', '■', '◆'][i]} ${d.label}`,
            dy: narrow ? 40 + i * 14 : -8 - (SNAPSHOTS.length - 1 - i) * 15, dx: narrow ? -100 : 0,
            fill: COLORS[[3, 1, 0][i]], fontSize: narrow ? 9.5 : 10.5, fontWeight: 600,
          })),
      ],
    });
  },
  tip: { x: 'share_pct', y: 'country', label: (r) => `${r.country}\n${r.snapshot}: ${fmt.num2(r.share_pct as number)} %`, mode: 'xy' },
} satisfies ChartDef;
