import * as Plot from '@observablehq/plot';
import { base, fmt, COLORS, MUTED, TEXT } from '../defaults.ts';
import type snapshots from '../../series/geo-hashrate-share-snapshots.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { choose } from '../view.ts';
import { EN, place, type Locale } from '../locale.ts';

/**
 * Country shares of hashrate as separate panels, one per estimator and period, never joined by a line:
 * the estimators measure different things (pool connections, a commercial model, a survey, a claim).
 */
export const PANELS = [
  { estimator: 'CBECI mining map (CCAF)', period: '2019-09 to 2020-04 (average shown at map launch)', label: 'Cambridge map (pool connections), Sep 2019–Apr 2020 average', short: 'Cambridge map, Sep 2019–Apr 2020', colour: COLORS[0] },
  { estimator: 'CBECI mining map (CCAF)', period: '2022-01', label: 'Cambridge map (pool connections), January 2022', short: 'Cambridge map, Jan 2022', colour: COLORS[0] },
  { estimator: 'Hashrate Index heatmap', period: '2025-Q3 (start)', label: 'Hashrate Index (own model), start of Q3 2025', short: 'Hashrate Index, start of Q3 2025', colour: COLORS[1] },
  { estimator: 'Cambridge Digital Mining Industry Report (CCAF survey)', period: '2025 report (survey of 49 firms ~48% of hashrate)', label: 'Cambridge survey of 49 firms, 2025: share of the hashrate they reported', short: 'Cambridge survey of 49 firms, 2025*', colour: COLORS[2] },
  { estimator: 'Miners cited by CryptoSlate (Kal Kassa / Ethiopian Electric Power)', period: 'reported Dec 2024', label: 'Claim by a local miner and the utility, reported Dec 2024', short: 'Claim reported Dec 2024 (not an estimate)', colour: MUTED },
];

/** A country on the bars' axis: the UAE abbreviated on phones, where its name would not fit. */
const axisName = (c: string, narrow: boolean, l: Locale) => (narrow && c === 'United Arab Emirates' ? l.t('UAE') : place(c, l));

export default defineChart({
  id: 'country-shares-snapshots',
  title: 'Where the hashrate is, according to whom',
  subtitle: 'Share of Bitcoin’s hashrate by country, per cent: five separate snapshots, each labelled with who made it and when',
  alt: 'Five panels of horizontal bars. Cambridge’s pool-based map puts China far ahead in September 2019 to April 2020, with the United States, Russia, Kazakhstan, Malaysia and Iran far behind; by January 2022 the same map puts the United States first and China second. Hashrate Index’s 2025 model puts the United States first, then Russia and China, with Paraguay, the United Arab Emirates, Oman and Canada at a few per cent each. Cambridge’s 2025 survey gives the United States three quarters of the hashrate its respondents reported. A separate panel shows Ethiopia at 2.5 %, a claim reported by the press.',
  caption: 'Compare within a panel, and across panels only with care: the Cambridge map located the connections of a few pools that shared data; Hashrate Index’s model is its own; *the 2025 survey counts only the hashrate of the firms that answered (about half the network), not the whole network; Ethiopia’s figure is a claim, not a measurement. A country missing from a panel was not reported in it, which does not mean zero.',
  datasets: ['geo-hashrate-snapshots'],
  series: ['geo-hashrate-share-snapshots'],
  data: ({ 'geo-hashrate-share-snapshots': rows }: Inputs<typeof snapshots>) => {
    return PANELS.flatMap((p, i) => {
      const mine = rows.filter((r) => r.estimator === p.estimator && r.period === p.period);
      if (!mine.length) throw new Error(`country-shares-snapshots: no rows for ${p.estimator} / ${p.period}`);
      return mine
        .map((r) => ({ snapshot: p.label, estimator: p.estimator, period: p.period, country: r.country, share_pct: r.share_pct, key: `${i}|${r.country}` }))
        .sort((a, b) => b.share_pct - a.share_pct);
    });
  },
  columns: [
    { key: 'snapshot', label: 'Snapshot', format: (v: string, l = EN) => l.t(v) },
    { key: 'country', label: 'Country', format: (v: string, l = EN) => place(v, l) },
    { key: 'share_pct', label: 'Share of hashrate', unit: '%', format: (v: number, l = EN) => l.fmt.num2(v) },
    { key: 'estimator', label: 'Estimator (as in the dataset)' },
    { key: 'period', label: 'Period (as stated by the source)' },
  ],
  summary: (rows) => {
    const lead = (i: number) => rows.filter((r) => r.snapshot === PANELS[i].label)[0];
    const [a, b, c] = [0, 1, 2].map(lead);
    // A view without one of the three estimates: the leader of each estimate shown.
    if (!a || !b || !c) {
      return `${PANELS.map((p) => rows.find((r) => r.snapshot === p.label)).flatMap((r) => (r ? [`${r.snapshot}: ${fmt.country(r.country)} first, with ${fmt.num1(r.share_pct)} %`] : [])).join('; ')}.`;
    }
    return `In Cambridge’s first map ${fmt.country(a.country)} led with ${fmt.num1(a.share_pct)} %; in its January 2022 map ${fmt.country(b.country)} led with ${fmt.num1(b.share_pct)} %; Hashrate Index’s model put ${fmt.country(c.country)} first at the start of Q3 2025, with ${fmt.num1(c.share_pct)} %.`;
  },
  view: (rows) => choose(rows, 'snapshot', 'Estimates'),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    // One band per header and per bar: each panel is a header line followed by its countries, largest first.
    // Only the estimates a view shows get a heading.
    const shown = PANELS.map((p, i) => ({ p, i })).filter(({ p }) => rows.some((r) => r.snapshot === p.label));
    const domain = shown.flatMap(({ p, i }) => [`${i}|`, ...rows.filter((r) => r.snapshot === p.label).map((r) => r.key)]);
    const heads = shown.map(({ p, i }) => ({ key: `${i}|`, text: l.t(narrow ? p.short : p.label), colour: p.colour }));
    const colour = new Map(PANELS.map((p) => [p.label, p.colour]));
    const marginLeft = narrow ? 108 : 140;
    return Plot.plot({
      ...base(opts, domain.length * (narrow ? 19 : 20) + 40),
      marginLeft,
      marginRight: narrow ? 36 : 44,
      x: { label: l.t('share of hashrate (%) →'), grid: true, domain: [0, 80], ticks: narrow ? 4 : 8 },
      y: { domain, label: null, tickSize: 0, padding: 0.22, tickFormat: (k: string) => axisName(k.split('|')[1]!, narrow, l) },
      marks: [
        Plot.barX(rows, { x: 'share_pct', y: 'key', fill: (r: Row) => colour.get(r.snapshot as string), fillOpacity: (r: Row) => (r.snapshot === PANELS[4].label ? 0.55 : 1) }),
        Plot.text(rows, { x: 'share_pct', y: 'key', text: (r: Row) => l.fmt.num1(r.share_pct as number), dx: 4, textAnchor: 'start', fill: 'currentColor', fontSize: TEXT.label(narrow) }),
        // Panel headings, flush with the left edge of the chart, in the panel's colour.
        // (a halo in the page colour keeps the gridlines from running through them).
        Plot.text(heads, { x: 0, y: 'key', text: 'text', dx: -marginLeft + 2, textAnchor: 'start', fill: 'colour', stroke: 'var(--bg)', strokeWidth: 5, paintOrder: 'stroke', fontWeight: 700, fontSize: narrow ? 10 : 11 }),
        Plot.tickX(rows, { x: 0, y: 'key', stroke: 'currentColor' }),
      ],
    });
  },
  tip: { x: 'share_pct', y: 'key', label: (r, l = EN) => `${place(r.country, l)}\n${l.t(r.snapshot)}: ${l.fmt.num2(r.share_pct)} %`, mode: 'xy' },
});
