/**
 * The mining-cost calculator's chart and outputs: runs at build time (defaults) and in the browser
 * (when a control changes): pure, like every chart.
 */
import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, MUTED, TEXT } from '../defaults.ts';
import { costPerCoin } from '../../data/costPerCoin.ts';
import type snapshotSeries from '../../series/btc-cost-snapshot.ts';
import type markers from '../../series/btc-cost-calculator-markers.ts';
import { defineChart, type Control, type Inputs, type Row } from '../types.ts';
import { EN, asWritten, type Locale } from '../locale.ts';

/** A price per kWh with three decimals, as the slider moves in steps of a tenth of a cent: "$0.050/kWh". */
const perKwh = (v: number, l: Locale) => l.t('$%s/kWh', l.lang === 'en' ? v.toFixed(3) : v.toLocaleString(l.lang, { minimumFractionDigits: 3, maximumFractionDigits: 3 }));

export const controls: Control[] = [
  { name: 'price', label: 'Electricity price', unit: '$/kWh', kind: 'range', min: 0.01, max: 0.2, step: 0.001, default: 0.05, format: (v: number, l: Locale = EN) => perKwh(+v, l) },
  { name: 'efficiency', label: 'Fleet efficiency', unit: 'J/TH', kind: 'range', min: 5, max: 100, step: 0.01, default: 22.79, format: (v: number, l: Locale = EN) => `${asWritten(+v, l)} J/TH` },
  { name: 'hashrate', label: 'Network hashrate', unit: 'EH/s', kind: 'range', min: 50, max: 1500, step: 0.1, default: 645.6, format: (v: number, l: Locale = EN) => `${asWritten(+v, l)} EH/s` },
  {
    name: 'subsidy', label: 'Block subsidy', unit: 'BTC', kind: 'select', default: '3.125', format: (v: string, l: Locale = EN) => `${asWritten(+v, l)} BTC`,
    options: ['50', '25', '12.5', '6.25', '3.125'].map((v) => ({ value: v, label: `${v} BTC` })),
  },
  { name: 'fees', label: 'Fees per block', unit: 'BTC', kind: 'number', min: 0, max: 5, step: 0.01, default: 0, format: (v: number, l: Locale = EN) => `${asWritten(+v, l)} BTC` },
  // Cambridge Digital Mining Industry Report (April 2025): energy is about 80 % of miners' operational costs.
  { name: 'share', label: 'Electricity share of operating costs', unit: '%', kind: 'range', min: 40, max: 100, step: 1, default: 80, format: (v: number) => `${v} %` },
];

const inputs = (p: Record<string, number | string>) => ({
  hashrateEhs: Number(p.hashrate),
  efficiencyJPerTh: Number(p.efficiency),
  subsidyBtc: Number(p.subsidy),
  feesBtcPerBlock: Number(p.fees),
});

type In = Inputs<typeof snapshotSeries | typeof markers>;

/** What the summary says, in any language: the electricity for one coin on the starting day at a given price, and the
 * Ethiopian and US industrial prices among the markers. */
export function summaryFacts(rows: Row[], s: { hashrateEhs: number; efficiencyJPerTh: number; subsidyBtc: number }) {
  const at = (price: number) => costPerCoin({ hashrateEhs: s.hashrateEhs, efficiencyJPerTh: s.efficiencyJPerTh, pricePerKwh: price, subsidyBtc: s.subsidyBtc, feesBtcPerBlock: 0 }).costPerCoinUsd;
  const price = (short: string) => rows.find((r) => r.short === short)!.value as number;
  return { at, ethiopia: price('Ethiopia'), us: price('US industry') };
}

export default defineChart({
  id: 'cost-per-coin-calculator',
  alt: 'Line chart: the electricity cost of mining one bitcoin rises in a straight line with the price of electricity, and a second, steeper dashed line adds the other operating costs. Points mark the electricity prices of Ethiopia, Paraguay and US industry, and horizontal lines mark published cost estimates such as the claim of more than $100,000 per coin.',
  controls,
  outputs: (p, _rows, l = EN) => {
    const r = costPerCoin({ ...inputs(p), pricePerKwh: Number(p.price) });
    return [
      { label: 'Energy per coin', text: `${l.fmt.num1(r.energyPerCoinMwh)} MWh` },
      { label: 'Electricity cost per coin', text: l.fmt.usd(r.costPerCoinUsd) },
      { label: 'Network power draw', text: `${l.fmt.int(r.powerMw)} MW` },
      { label: 'Operating cost per coin', text: l.fmt.usd(r.costPerCoinUsd / (Number(p.share) / 100)) },
    ];
  },
  spec: (rows: Row[], opts) => {
    const p = opts.params!;
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const maxPrice = 0.2;
    const line = Array.from({ length: 41 }, (_, i) => {
      const price = (i / 40) * maxPrice;
      return { price, cost: costPerCoin({ ...inputs(p), pricePerKwh: price }).costPerCoinUsd };
    });
    const current = { price: Number(p.price), cost: costPerCoin({ ...inputs(p), pricePerKwh: Number(p.price) }).costPerCoinUsd };
    const prices = rows.filter((r) => r.kind === 'price').map((r) => ({ ...r, cost: costPerCoin({ ...inputs(p), pricePerKwh: r.value as number }).costPerCoinUsd }));
    const claims = rows.filter((r) => r.kind === 'estimate');
    const share = Number(p.share) / 100;
    const opex = share < 1 ? line.map((d) => ({ price: d.price, cost: d.cost / share })) : [];
    const yMax = Math.max((opex.at(-1) ?? line[line.length - 1]).cost, ...claims.map((c) => c.value as number)) * 1.05;
    const height = narrow ? 320 : 380;
    // Each estimate's label sits above or below its rule (the data says which), so close values never collide.
    // When the reader's assumptions stretch the y axis so far that labels would still overlap, the lower one is dropped.
    const plotHeight = height - 24 - 32 - 6; // minus marginTop, marginBottom, insetTop of base()
    const labelY = (c: Row) => (1 - (c.value as number) / yMax) * plotHeight + (c.side === 'below' ? 9 : -6);
    const kept: Row[] = [];
    for (const c of [...claims].sort((a, b) => (b.value as number) - (a.value as number))) {
      if (kept.every((k) => Math.abs(labelY(k) - labelY(c)) >= (narrow ? 10 : 12))) kept.push(c);
    }
    const labelled = (side: 'above' | 'below') =>
      Plot.text(kept.filter((c) => (c.side ?? 'above') === side), {
        y: 'value', x: maxPrice, text: (d: Row) => l.t((narrow ? d.short : d.mid ?? d.label) as string), textAnchor: 'end',
        dy: side === 'below' ? 9 : -6, fill: 'currentColor', fontSize: narrow ? 9 : 10.5,
      });
    // Direct labels for the two lines at 85 % of the x range, above-left of each line (the electricity label sits
    // in the gap between the two lines).
    const at = Math.round((line.length - 1) * 0.85);
    const lineLabel = (d: { price: number; cost: number }[], text: string, color: string) =>
      Plot.text([d[at]], { x: 'price', y: 'cost', text: () => l.t(text), textAnchor: 'end', dx: -6, dy: -8, fill: color, fontWeight: 600, fontSize: TEXT.strong(narrow) });
    return Plot.plot({
      ...base(opts, height),
      marginRight: narrow ? 14 : 24,
      x: { label: l.t('Electricity price ($ per kWh) →'), domain: [0, maxPrice], tickFormat: (v: number) => l.t('$%s', l.fmt.num2(v)), ticks: narrow ? 4 : 8 },
      y: { label: l.t('↑ Cost per coin ($)'), domain: [0, yMax], grid: true, tickFormat: (v: number) => l.t('$%s', l.fmt.si(v)) },
      marks: [
        Plot.ruleY(claims, { y: 'value', stroke: MUTED, strokeDasharray: '4 3' }),
        labelled('above'),
        labelled('below'),
        ...(opex.length ? [Plot.lineY(opex, { x: 'price', y: 'cost', stroke: COLORS[3], strokeWidth: 1.5, strokeDasharray: '6 3' })] : []),
        Plot.lineY(line, { x: 'price', y: 'cost', stroke: COLORS[0], strokeWidth: 2.5 }),
        lineLabel(line, 'electricity', COLORS[0]),
        ...(opex.length ? [lineLabel(opex, narrow ? '+ other costs' : '+ other operating costs', COLORS[3])] : []),
        Plot.dot(prices, { x: 'value', y: 'cost', fill: COLORS[1], r: 4.5 }),
        Plot.text(prices, { x: 'value', y: 'cost', text: (d: Row) => l.t(d.short as string), dx: -7, dy: -4, textAnchor: 'end', fill: 'currentColor', fontSize: TEXT.strong(narrow), fontWeight: 600 }),
        Plot.dot([current], { x: 'price', y: 'cost', r: 6, stroke: 'currentColor', strokeWidth: 2, fill: 'none' }),
        Plot.ruleY([0]),
      ],
    });
  },
  title: 'What one bitcoin costs in electricity',
  subtitle: 'Electricity cost of mining one coin, network-wide, by the price of power. Change the assumptions to test a claim.',
  caption:
    'The solid line is electricity only; the dashed line adds the rest of the operating costs, assuming electricity is the share of them set above (about 80 % in Cambridge’s 2025 survey of mining firms). Neither includes buying the machines, which is why both sit below all-in estimates such as CoinShares’ total cost. Energy per block = hashrate × 600 seconds × joules per hash; coins per block = subsidy + fees. Defaults describe one day, 20 September 2024 (the last day of CBECI’s efficiency series). Hashrate and efficiency are estimates; transaction fees are not in our datasets, so they default to zero: set your own.',
  datasets: ['btc-hashrate', 'cbeci-efficiency', 'us-electricity-price'],
  series: ['btc-cost-snapshot', 'btc-cost-calculator-markers'],
  data: (inputs: In) => inputs['btc-cost-calculator-markers'],
  // The calculator's starting point (see the series btc-cost-snapshot): every default describes that one day.
  context: (inputs: In) => inputs['btc-cost-snapshot'][0]!,
  defaults: (_rows, s) => {
    return { hashrate: s.hashrateEhs, efficiency: s.efficiencyJPerTh, subsidy: String(s.subsidyBtc) };
  },
  columns: [
    { key: 'label', label: 'Marker', format: (v: string, l = EN) => l.t(v) },
    { key: 'value', label: 'Value', format: (v: number, l = EN) => (v >= 1000 ? l.fmt.usd(v) : asWritten(v, l)) },
    { key: 'source', label: 'Source', format: (v: string, l = EN) => l.t(v) },
  ],
  summary: (rows, s) => {
    const { at, ethiopia, us } = summaryFacts(rows, s);
    const cents = (v: number) => `${fmt.num2(v * 100)} ¢/kWh`;
    return `On ${fmt.date(utc(s.date))}, with the network at ${fmt.num1(s.hashrateEhs)} EH/s (30-day mean), CBECI’s average efficiency of ${s.efficiencyJPerTh} J/TH and a ${s.subsidyBtc} BTC subsidy, the electricity for one coin cost ${fmt.usd(at(ethiopia))} at Ethiopia’s ${cents(ethiopia)}, ${fmt.usd(at(0.05))} at $0.05/kWh and ${fmt.usd(at(us))} at the 2023 US industrial average of ${cents(us)}.`;
  },
});
