import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, MUTED, TEXT } from '../defaults.ts';
import { halvingLabels } from '../halvingMarks.ts';
import type weekly from '../../series/btc-cost-vs-price-weekly.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { yearRange } from '../view.ts';
import { EN, type Locale } from '../locale.ts';

const money = (v: number, l: Locale = EN) => (v < 100 ? l.t('$%s', l.fmt.num2(v)) : l.fmt.usd(v));

/** What the summary says, in any language: weekly points above 100 %, the peak and the last share. */
export function summaryFacts(rows: Row[]) {
  type W = { date: string; share: number };
  const ws = rows as W[];
  return { above: ws.filter((r) => r.share > 100).length, peak: ws.reduce((a, r) => (r.share > a.share ? r : a)), last: ws.at(-1)! };
}

/** The same weekly rows as cost-per-coin-vs-price, read as one ratio: electricity cost ÷ price. */
export default defineChart({
  id: 'electricity-share-of-coin-price',
  title: 'How much of a coin’s price goes on electricity',
  subtitle: 'Electricity cost of mining one new bitcoin at $0.05/kWh as a share of the bitcoin price',
  alt: 'Line chart from 2012 to September 2024 of the electricity cost of one new coin as a percentage of the bitcoin price. It swings mostly between about 10 and 80 percent, jumps at each halving, and crosses 100 percent only briefly in 2020.',
  caption:
    'Above 100 % the electricity for a coin (at $0.05/kWh, network-average efficiency) would cost more than the coin sold for. A share near 100 % does not mean every miner loses money: miners with cheaper power or newer machines spend less, and fees (not in our data) add to revenue. Dashed lines mark the halvings, labelled with the new subsidy in BTC. Price: Bitstamp BTC/USD at 00:00 UTC. Weekly points plus halving days; daily detail in the downloadable derived series.',
  datasets: ['btc-hashrate', 'cbeci-efficiency', 'btc-price-daily'],
  series: ['btc-cost-vs-price-weekly'],
  data: (s: Inputs<typeof weekly>) => s['btc-cost-vs-price-weekly'].map((r) => ({ date: r.date, share: r.share, cost: r.cost, price: r.price })),
  columns: [
    { key: 'date', label: 'Date' },
    { key: 'share', label: 'Electricity cost as share of price', unit: '%', format: (v: number, l = EN) => l.fmt.pct(v) },
    { key: 'cost', label: 'Electricity cost per coin at $0.05/kWh', unit: 'USD', format: (v: number, l = EN) => money(v, l) },
    { key: 'price', label: 'BTC/USD (Bitstamp, 00:00 UTC)', unit: 'USD', format: (v: number, l = EN) => money(v, l) },
  ],
  summary: (rows) => {
    const { above, peak, last } = summaryFacts(rows);
    return `Of the weekly points drawn here, ${above} ${above === 1 ? 'is' : 'are'} above 100 % (the piece counts days in the daily series); the highest share, ${fmt.pct(peak.share)}, came on ${fmt.date(utc(peak.date))}. On ${fmt.date(utc(last.date))} it was ${fmt.pct(last.share)}.`;
  },
  view: (rows) => yearRange(rows, 'date'),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const data = rows.map((r) => ({ date: utc(r.date), share: r.share }));
    const yMax = Math.max(110, Math.ceil(Math.max(...data.map((d) => d.share)) / 10) * 10 + 10);
    const halvings = halvingLabels(rows[0].date, narrow, l);
    return Plot.plot({
      ...base(opts, narrow ? 280 : 340),
      x: { type: 'utc', label: null, ticks: narrow ? 5 : 10 },
      y: { label: l.t('↑ Share of price (%)'), domain: [0, yMax], grid: true, tickFormat: (v: number) => `${v} %`, ticks: narrow ? 5 : 7 },
      marks: [
        Plot.ruleX(halvings, { x: 'date', stroke: MUTED, strokeDasharray: '3 3' }),
        // Halving labels beside their rules; the last one on the left so it stays inside the frame.
        ...[false, true].map((lastOne) =>
          Plot.text(halvings.filter((_, i) => (i === halvings.length - 1) === lastOne), {
            x: 'date', text: 'label', frameAnchor: 'top', dx: lastOne ? -3 : 3, dy: -2, textAnchor: lastOne ? 'end' : 'start', fill: 'currentColor', fontSize: TEXT.small(narrow),
          })),
        Plot.ruleY([100], { stroke: 'currentColor', strokeWidth: 1 }),
        Plot.text([100], { y: (d: number) => d, x: data[0].date, text: () => l.t('cost = price'), dy: -7, textAnchor: 'start', fill: 'currentColor', fontSize: TEXT.label(narrow) }),
        Plot.lineY(data, { x: 'date', y: 'share', stroke: COLORS[2], strokeWidth: 2 }),
        Plot.ruleY([0]),
      ],
    });
  },
  tip: {
    x: 'date',
    y: 'share',
    mode: 'x',
    label: (r: Row, l: Locale = EN) => `${l.fmt.date(utc(r.date as string))}\n${l.t('%s of the price', l.fmt.pct(r.share as number))}\n${l.t('(cost %s, price %s)', money(r.cost as number, l), money(r.price as number, l))}`,
  },
});
