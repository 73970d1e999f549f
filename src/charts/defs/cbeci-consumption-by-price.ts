import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, TEXT } from '../defaults.ts';
import type consumption from '../../series/cbeci-consumption-by-price.ts';
import { thinDaily } from '../../data/thinDaily.ts';
import { roundTo } from '../../data/roundTo.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { yearRange } from '../view.ts';
import { EN, type Locale } from '../locale.ts';

const FROM = '2017-01-01';

export default defineChart({
  id: 'cbeci-consumption-by-price',
  title: 'How much electricity does Bitcoin use? It depends on the price you assume',
  subtitle: 'Cambridge’s best-guess annualised electricity use of Bitcoin mining, TWh per year, under three electricity-price assumptions',
  alt: 'Three lines from 2017 to September 2023 showing Cambridge’s estimate of Bitcoin’s yearly electricity use if miners paid 2, 5 or 10 US cents per kilowatt-hour. All three rise over time; the cheaper the assumed power, the higher the estimate.',
  caption:
    'CBECI counts only machines that would be profitable at the assumed price: cheap power keeps older, less efficient machines running, so the estimate rises. $0.05/kWh is the index’s headline assumption. Model estimates, CBECI method as of 2023 (API v1.2.0); Cambridge has since revised its model. Weekly points.',
  datasets: ['cbeci-consumption'],
  series: ['cbeci-consumption-by-price'],
  data: ({ 'cbeci-consumption-by-price': daily }: Inputs<typeof consumption>) =>
    thinDaily(daily.filter((r) => r.date >= FROM), 7).map((r) => ({
      date: r.date,
      twh_002: roundTo(r.twh_002, 1),
      twh_005: roundTo(r.twh_005, 1),
      twh_010: roundTo(r.twh_010, 1),
    })),
  columns: [
    { key: 'date', label: 'Date' },
    { key: 'twh_002', label: 'At $0.02/kWh', unit: 'TWh/yr', format: (v: number, l = EN) => l.fmt.num1(v) },
    { key: 'twh_005', label: 'At $0.05/kWh (CBECI headline)', unit: 'TWh/yr', format: (v: number, l = EN) => l.fmt.num1(v) },
    { key: 'twh_010', label: 'At $0.10/kWh', unit: 'TWh/yr', format: (v: number, l = EN) => l.fmt.num1(v) },
  ],
  summary: (rows) => {
    const last = rows[rows.length - 1];
    return `On ${fmt.date(utc(last.date))} Cambridge’s best guess was ${fmt.num1(last.twh_005)} TWh a year at its headline $0.05/kWh, ${fmt.num1(last.twh_002)} TWh at $0.02/kWh and ${fmt.num1(last.twh_010)} TWh at $0.10/kWh.`;
  },
  view: (rows) => yearRange(rows, 'date'),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const series = [
      { key: 'twh_002' as const, label: l.t('$0.02/kWh'), color: COLORS[2] },
      { key: 'twh_005' as const, label: l.t(narrow ? '$0.05/kWh' : '$0.05/kWh (headline)'), color: COLORS[0] },
      { key: 'twh_010' as const, label: l.t('$0.10/kWh'), color: COLORS[1] },
    ];
    const long = series.flatMap((s) => rows.map((r) => ({ date: utc(r.date), twh: r[s.key], series: s.label, color: s.color })));
    const last = rows[rows.length - 1];
    const ends = series.map((s) => ({ date: utc(last.date), twh: last[s.key], label: s.label, color: s.color }));
    const yMax = Math.max(...long.map((d) => d.twh));
    return Plot.plot({
      ...base(opts, narrow ? 300 : 360),
      marginRight: narrow ? 68 : 140,
      x: { type: 'utc', label: null, ticks: narrow ? 4 : 7 },
      y: { label: l.t('↑ TWh per year'), domain: [0, yMax * 1.08], grid: true },
      marks: [
        ...series.map((s, i) =>
          Plot.lineY(long.filter((d) => d.series === s.label), { x: 'date', y: 'twh', stroke: s.color, strokeWidth: i === 1 ? 2.5 : 1.5 }),
        ),
        // Labels at the right end of each line (the three ends are far enough apart not to overlap).
        ...ends.map((e) =>
          Plot.text([e], { x: 'date', y: 'twh', text: 'label', fill: e.color, textAnchor: 'start', dx: 5, fontWeight: 600, fontSize: TEXT.strong(narrow) }),
        ),
        Plot.ruleY([0]),
      ],
    });
  },
  tip: {
    x: 'date',
    y: 'twh_005',
    mode: 'x',
    label: (r: Row, l: Locale = EN) => `${l.fmt.date(utc(r.date as string))}\n${l.t('$0.02/kWh: %s TWh/yr', l.fmt.num1(r.twh_002 as number))}\n${l.t('$0.05/kWh: %s TWh/yr', l.fmt.num1(r.twh_005 as number))}\n${l.t('$0.10/kWh: %s TWh/yr', l.fmt.num1(r.twh_010 as number))}`,
  },
});
