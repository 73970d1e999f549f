import * as Plot from '@observablehq/plot';
import { base, fmt, COLORS, MUTED, TEXT } from '../defaults.ts';
import type claimsSeries from '../../series/framing-claims.ts';
import type snapshotSeries from '../../series/btc-cost-snapshot.ts';
import type annualPrices from '../../series/us-electricity-price-annual.ts';
import { costPerCoin } from '../../data/costPerCoin.ts';
import { claimById } from '../../data/claimById.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { choose } from '../view.ts';
import { EN, type Locale } from '../locale.ts';

/** The inputs line of our electricity-only rows ("5.00 ¢/kWh; hashrate and CBECI efficiency on 2024-09-20") in the
 * locale's language; a published estimate's source is a name and stays as it is. */
const inputsText = (v: string, l: Locale) => {
  const m = l.lang === 'en' ? null : /^([\d.,]+) ¢\/kWh; hashrate and CBECI efficiency on (\S+)$/.exec(v);
  return m ? l.t('%s ¢/kWh; hashrate and CBECI efficiency on %s', l.fmt.num2(Number(m[1]!.replace(/,/g, ''))), m[2]!) : v;
};
const lowerFirst = (s: string) => s.replace(/^./, (c) => c.toLowerCase());

/** What the summary says, in any language: the claim, electricity at the US industrial price and CoinShares' total. */
export function summaryFacts<R extends Row>(rows: R[]) {
  return {
    claim: rows.find((r) => r.kind === 'The claim'),
    us: rows.find((r) => String(r.label).includes('US industrial')),
    total: rows.find((r) => String(r.label).includes('total cost')),
  };
}

/**
 * Where "$100,000 a coin" sits: the claim, published all-in and cash estimates, and our electricity-only
 * estimates at three electricity prices, on one dollar axis.
 */
export default defineChart({
  id: 'cost-claims-compared',
  title: 'Where “over $100,000 a coin” sits among the estimates',
  subtitle: 'Cost of producing one bitcoin, US dollars: the claim, published estimates, and electricity alone at three power prices',
  alt: 'Dot chart on a dollar axis comparing estimates of what one bitcoin costs to produce: electricity alone at three power prices (lowest at Ethiopia’s tariff, highest at the 2023 US industrial average), two CoinShares estimates, a CBECI-based model and the 100,000-dollar claim; only CoinShares’ all-in total lies above the claim.',
  caption: 'Electricity-only figures use the network’s 30-day mean hashrate and CBECI’s average efficiency on 20 September 2024 (the last day with both), a 3.125 BTC subsidy and no fees; the published estimates use their own dates and methods, so they are points of comparison, not one series.',
  datasets: ['framing-claims', 'btc-hashrate', 'cbeci-efficiency', 'us-electricity-price'],
  series: ['framing-claims', 'btc-cost-snapshot', 'us-electricity-price-annual'],
  data: (s: Inputs<typeof claimsSeries | typeof snapshotSeries | typeof annualPrices>) => {
    const get = (id: string) => claimById(s['framing-claims'], id);
    // The calculator's starting point: the last day with both hashrate and CBECI's efficiency estimate.
    const snap = s['btc-cost-snapshot'][0]!;
    const us = Number(s['us-electricity-price-annual'].find((r) => r.year === 2023)!.industrial_cents_per_kwh) / 100;
    const electricity = (label: string, price: number): Row => ({
      label,
      kind: 'Electricity only (our calculation)',
      usd: Math.round(costPerCoin({ hashrateEhs: snap.hashrateEhs, efficiencyJPerTh: snap.efficiencyJPerTh, pricePerKwh: price, subsidyBtc: snap.subsidyBtc, feesBtcPerBlock: 0 }).costPerCoinUsd),
      source: `${fmt.num2(price * 100)} ¢/kWh; hashrate and CBECI efficiency on ${snap.date}`,
    });
    return [
      electricity('Electricity at Ethiopia’s tariff', Number(get('ethiopia-tariff').value)),
      electricity('Electricity at Paraguay’s business price', Number(get('paraguay-tariff').value)),
      electricity('Electricity at the 2023 US industrial average', us),
      { label: 'CoinShares: cash cost, listed miners (Q3 2024)', kind: 'Published estimate', usd: Number(get('coinshares-cash-cost').value), source: String(get('coinshares-cash-cost').source_name) },
      { label: 'CBECI model at $0.09/kWh (undated)', kind: 'Published estimate', usd: Number(get('cbeci-model-us-industrial').value), source: String(get('cbeci-model-us-industrial').source_name) },
      { label: 'KuCoin claim: “sometimes exceeding”', kind: 'The claim', usd: Number(get('us-cost-per-coin-claim').value), source: String(get('us-cost-per-coin-claim').source_name) },
      { label: 'CoinShares: total cost incl. non-cash (Q3 2024)', kind: 'Published estimate', usd: Number(get('coinshares-total-cost').value), source: String(get('coinshares-total-cost').source_name) },
    ];
  },
  columns: [
    { key: 'label', label: 'Estimate', format: (v: string, l = EN) => l.t(v) },
    { key: 'kind', label: 'Kind', format: (v: string, l = EN) => l.t(v) },
    { key: 'usd', label: 'Cost per coin', unit: 'USD', format: (v: number, l = EN) => l.fmt.usd(v) },
    { key: 'source', label: 'Source or inputs', format: (v: string, l = EN) => inputsText(v, l) },
  ],
  summary: (rows) => {
    const { claim, us, total } = summaryFacts(rows);
    // A view without the three compared: each figure shown, against the $100,000 line.
    if (!claim || !us || !total) {
      return `${rows.map((r) => `${r.label}: ${fmt.usd(r.usd as number)} (${(r.usd as number) < 100000 ? 'below' : 'at or above'} $100,000)`).join('; ')}.`;
    }
    return `Electricity alone comes to ${fmt.usd(us.usd as number)} a coin at the 2023 US industrial price, below the ${fmt.usd(claim.usd as number)} claim; CoinShares’ all-in figure of ${fmt.usd(total.usd as number)}, which adds machines and other non-cash costs, is above it.`;
  },
  view: (rows) => choose(rows, 'kind', 'Kinds of figure'),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const kinds = ['Electricity only (our calculation)', 'Published estimate', 'The claim'];
    return Plot.plot({
      ...base(opts, narrow ? 330 : 300),
      marginLeft: narrow ? 12 : 290,
      marginRight: narrow ? 16 : 40,
      x: { label: l.t('US dollars per coin →'), grid: true, domain: [0, narrow ? 140000 : 120000], tickFormat: (v: number) => l.t('$%s', l.fmt.si(v)), ticks: narrow ? 4 : 6 },
      // The rows keep their English labels (tooltips find them by it); the axis shows them in the page's language.
      y: { label: null, domain: rows.map((r) => r.label), axis: narrow ? null : 'left', tickSize: 0, ...(l.lang === 'en' ? {} : { tickFormat: (v: string) => l.t(v) }) },
      color: { domain: kinds, range: [COLORS[0], COLORS[2], COLORS[1]], legend: false },
      marks: [
        Plot.ruleX([100000], { stroke: COLORS[1], strokeDasharray: '4 3' }),
        Plot.ruleY(rows, { y: 'label', x1: 0, x2: 'usd', stroke: MUTED, strokeOpacity: 0.4 }),
        Plot.dot(rows, { y: 'label', x: 'usd', fill: 'kind', r: 6 }),
        ...(narrow ? [Plot.text(rows, { y: 'label', x: 0, text: (d: Row) => l.t(String(d.label)), textAnchor: 'start', dy: -11, fill: 'currentColor', fontSize: 9.5 })] : []),
        // "$106,000"; in Spanish "106.000", the axis saying the unit (a "US$ " would not fit beside the top value).
        Plot.text(rows, { y: 'label', x: 'usd', text: (d: Row) => l.t('$%s', l.fmt.int(d.usd as number)), dx: 10, textAnchor: 'start', fill: 'currentColor', fontSize: TEXT.strong(narrow), fontWeight: 600 }),
      ],
    });
  },
  tip: { x: 'usd', y: 'label', label: (r, l = EN) => `${l.t(String(r.label))}\n${l.fmt.usd(r.usd as number)} (${l.lang === 'en' ? String(r.kind).toLowerCase() : lowerFirst(l.t(String(r.kind)))})`, mode: 'xy' },
});
