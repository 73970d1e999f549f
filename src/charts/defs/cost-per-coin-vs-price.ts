import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, MUTED, TEXT } from '../defaults.ts';
import type weekly from '../../series/btc-cost-vs-price-weekly.ts';
import { COST_SERIES_PRICE_PER_KWH } from '../../data/costSeriesPrice.ts';
import { halvingLabels } from '../halvingMarks.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { yearRange } from '../view.ts';
import { EN, type Locale } from '../locale.ts';

export const usdShort = (v: number, l: Locale = EN) => l.t('$%s', v < 10 ? l.fmt.num2(v) : v < 1000 ? l.fmt.int(v) : l.fmt.si(v));
/** Cents as cents, dollars in whole dollars, in the table. */
const dollars = (v: number, l: Locale) => (v < 100 ? l.t('$%s', l.fmt.num2(v)) : l.fmt.usd(v));

/** Log-scale ticks at 1, 10, 100 … spanning the values. */
function decades(lo: number, hi: number): number[] {
  const a = Math.floor(Math.log10(lo));
  const b = Math.ceil(Math.log10(hi));
  return Array.from({ length: b - a + 1 }, (_, i) => 10 ** (a + i));
}

export default defineChart({
  id: 'cost-per-coin-vs-price',
  title: 'The electricity bill for a coin, against its price',
  subtitle: `Electricity cost of mining one new bitcoin at $${fmt.num2(COST_SERIES_PRICE_PER_KWH)}/kWh, network-wide, and the bitcoin price (log scale)`,
  alt: 'Two lines on a logarithmic scale from 2012 to September 2024: the bitcoin price and the electricity cost of mining one coin at 5 cents per kilowatt-hour. Both rise by several orders of magnitude; the cost line jumps up at each halving and stays below the price line almost all the time.',
  caption:
    'Each gridline is ten times the one below. Cost = 30-day mean hashrate × 10 minutes × CBECI’s estimated average joules per terahash, divided by the block subsidy, at CBECI’s headline assumption of $0.05/kWh. Electricity only: no machines, buildings or staff, and no transaction fees (not in our data), which would lower the cost per coin. Price: Bitstamp BTC/USD at 00:00 UTC (one exchange, not a daily average). Dashed lines mark the halvings, labelled with the new subsidy in BTC. Weekly points, plus each halving day and the day before. Ends on 20 September 2024, the last day of CBECI’s efficiency series.',
  datasets: ['btc-hashrate', 'cbeci-efficiency', 'btc-price-daily'],
  series: ['btc-cost-vs-price-weekly'],
  data: (s: Inputs<typeof weekly>) => s['btc-cost-vs-price-weekly'],
  columns: [
    { key: 'date', label: 'Date' },
    { key: 'cost', label: 'Electricity cost per coin at $0.05/kWh', unit: 'USD', format: (v: number, l = EN) => dollars(v, l) },
    { key: 'price', label: 'BTC/USD (Bitstamp, 00:00 UTC)', unit: 'USD', format: (v: number, l = EN) => dollars(v, l) },
    { key: 'subsidy', label: 'Block subsidy', unit: 'BTC' },
    { key: 'share', label: 'Cost as share of price', unit: '%', format: (v: number, l = EN) => l.fmt.pct(v) },
  ],
  summary: (rows) => {
    const first = rows[0];
    const last = rows[rows.length - 1];
    const d = (r: Row) => fmt.date(utc(r.date as string));
    return `At $0.05/kWh the electricity for one new coin rose from ${usdShort(first.cost)} on ${d(first)} to ${fmt.usd(last.cost)} on ${d(last)}, while the price rose from ${usdShort(first.price)} to ${fmt.usd(last.price)}; on the last day the cost was ${fmt.pct(last.share)} of the price.`;
  },
  view: (rows) => yearRange(rows, 'date'),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const data = rows.map((r) => ({ date: utc(r.date), cost: r.cost, price: r.price }));
    const lo = Math.min(...data.map((d) => d.cost));
    const hi = Math.max(...data.map((d) => d.price));
    const last = data[data.length - 1];
    const halvings = halvingLabels(rows[0].date, narrow, l);
    return Plot.plot({
      ...base(opts, narrow ? 300 : 380),
      marginRight: narrow ? 58 : 70,
      x: { type: 'utc', label: null, ticks: narrow ? 5 : 10 },
      y: { type: 'log', label: l.t('↑ US dollars per coin'), grid: true, domain: [lo * 0.8, hi * 1.25], ticks: decades(lo, hi), tickFormat: (v: number) => usdShort(v, l) },
      marks: [
        Plot.ruleX(halvings, { x: 'date', stroke: MUTED, strokeDasharray: '3 3' }),
        // Halving labels beside their rules; the last one on the left so it stays inside the frame.
        ...[false, true].map((lastOne) =>
          Plot.text(halvings.filter((_, i) => (i === halvings.length - 1) === lastOne), {
            x: 'date', text: 'label', frameAnchor: 'bottom', dx: lastOne ? -3 : 3, dy: -3, textAnchor: lastOne ? 'end' : 'start', fill: 'currentColor', fontSize: TEXT.small(narrow),
          })),
        Plot.lineY(data, { x: 'date', y: 'price', stroke: COLORS[1], strokeWidth: 1.5 }),
        Plot.lineY(data, { x: 'date', y: 'cost', stroke: COLORS[0], strokeWidth: 2.5 }),
        // Direct labels in the right margin, beside the last point of each line (price a little up, cost a little down).
        Plot.text([last], { x: 'date', y: 'price', text: () => l.t('price'), dx: 5, dy: -4, textAnchor: 'start', fill: COLORS[1], fontWeight: 600, fontSize: TEXT.strong(narrow) }),
        Plot.text([last], { x: 'date', y: 'cost', text: () => l.t('electricity'), dx: 5, dy: 6, textAnchor: 'start', fill: COLORS[0], fontWeight: 600, fontSize: TEXT.strong(narrow) }),
      ],
    });
  },
  tip: {
    x: 'date',
    y: 'cost',
    mode: 'x',
    label: (r, l: Locale = EN) => `${l.fmt.date(utc(r.date))}\n${l.t('Electricity per coin: %s', usdShort(r.cost, l))}\n${l.t('Price: %s (cost = %s)', usdShort(r.price, l), l.fmt.pct(r.share))}`,
  },
});
