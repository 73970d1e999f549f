/**
 * The mining-cost calculator's chart and outputs: runs at build time (defaults) and in the browser
 * (when a control changes): pure, like every chart.
 */
import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, MUTED, TEXT } from '../defaults.ts';
import { costPerCoin } from '../../data/costPerCoin.ts';
import type snapshotSeries from '../../series/btc-cost-snapshot.ts';
import type annualPrices from '../../series/us-electricity-price-annual.ts';
import { defineChart, type Control, type Inputs, type Row } from '../types.ts';

const usd = (v: number) => fmt.usd(v);
const perKwh = (v: number) => `$${fmt.num2(v)}/kWh`;

export const controls: Control[] = [
  { name: 'price', label: 'Electricity price', unit: '$/kWh', kind: 'range', min: 0.01, max: 0.2, step: 0.001, default: 0.05, format: (v: number) => `$${(+v).toFixed(3)}/kWh` },
  { name: 'efficiency', label: 'Fleet efficiency', unit: 'J/TH', kind: 'range', min: 5, max: 100, step: 0.01, default: 22.79, format: (v: number) => `${v} J/TH` },
  { name: 'hashrate', label: 'Network hashrate', unit: 'EH/s', kind: 'range', min: 50, max: 1500, step: 0.1, default: 645.6, format: (v: number) => `${v} EH/s` },
  {
    name: 'subsidy', label: 'Block subsidy', unit: 'BTC', kind: 'select', default: '3.125', format: (v: string) => `${v} BTC`,
    options: ['50', '25', '12.5', '6.25', '3.125'].map((v) => ({ value: v, label: `${v} BTC` })),
  },
  { name: 'fees', label: 'Fees per block', unit: 'BTC', kind: 'number', min: 0, max: 5, step: 0.01, default: 0, format: (v: number) => `${v} BTC` },
  // Cambridge Digital Mining Industry Report (April 2025): energy is about 80 % of miners' operational costs.
  { name: 'share', label: 'Electricity share of operating costs', unit: '%', kind: 'range', min: 40, max: 100, step: 1, default: 80, format: (v: number) => `${v} %` },
];

const inputs = (p: Record<string, number | string>) => ({
  hashrateEhs: Number(p.hashrate),
  efficiencyJPerTh: Number(p.efficiency),
  subsidyBtc: Number(p.subsidy),
  feesBtcPerBlock: Number(p.fees),
});

/**
 * Reference markers on the calculator: electricity prices (x) and published cost-per-coin estimates (y).
 * Each comes from a dataset or from a published source named in the row, with its date.
 * `side` says whether an estimate's label sits above or below its line (values close together alternate).
 */
type In = Inputs<typeof snapshotSeries | typeof annualPrices>;

function references(inputs: In): Row[] {
  const s = inputs['btc-cost-snapshot'][0]!;
  const usIndustrial2023 = inputs['us-electricity-price-annual'].find((r) => r.year === 2023 && r.industrial_cents_per_kwh != null);
  if (!usIndustrial2023) throw new Error('us-electricity-price: no 2023 industrial price in Table 5.3');
  return [
    { kind: 'price', label: 'Ethiopia, cheap tariff (≈3.2 ¢/kWh, late 2024)', short: 'Ethiopia', value: 0.032, side: null, source: 'Wu Blockchain / The Africa Report via Binance Square' },
    { kind: 'price', label: 'Paraguay, business electricity (≈$0.05/kWh)', short: 'Paraguay', value: 0.05, side: null, source: 'bitnewsbot.com citing Hashrate Index, GlobalPetrolPrices' },
    { kind: 'price', label: 'US industrial average, 2023', short: 'US industry', value: Number(usIndustrial2023.industrial_cents_per_kwh) / 100, side: null, source: 'EIA Electric Power Monthly Table 5.3 (dataset us-electricity-price)' },
    { kind: 'estimate', label: 'CoinShares: listed miners’ total cost ≈$106,000 (Q3 2024)', short: 'CoinShares total', mid: 'CoinShares total ≈$106k (Q3 2024)', value: 106000, side: 'above', source: 'CoinShares Q3 2024 mining report via PANews' },
    { kind: 'estimate', label: 'KuCoin: US cost "sometimes exceeding $100,000" (Apr 2026)', short: '$100k claim', mid: 'KuCoin claim: over $100k (2026)', value: 100000, side: 'below', source: 'KuCoin report via coinalertnews.com' },
    { kind: 'estimate', label: 'CBECI-based model at US industrial $0.09/kWh: $86,931', short: 'CBECI-based, $0.09', mid: 'CBECI-based at $0.09/kWh: $86,931', value: 86931, side: 'below', source: 'bitnewsbot.com, CBECI model + EIA prices (undated)' },
    { kind: 'estimate', label: 'CoinShares: listed miners’ cash cost $55,950 (Q3 2024)', short: 'CoinShares cash', mid: 'CoinShares cash cost $55,950 (Q3 2024)', value: 55950, side: 'above', source: 'CoinShares Q3 2024 mining report via PANews' },
    { kind: 'default', label: `Network hashrate, 30-day mean, ${s.date}`, short: 'hashrate', value: s.hashrateEhs, side: null, source: 'btc-hashrate (derived series btc-electricity-cost-per-coin)' },
    { kind: 'default', label: `CBECI network efficiency, ${s.date}`, short: 'efficiency', value: s.efficiencyJPerTh, side: null, source: 'CBECI (dataset cbeci-efficiency)' },
  ];
}

export default defineChart({
  id: 'cost-per-coin-calculator',
  alt: 'Line chart: the electricity cost of mining one bitcoin rises in a straight line with the price of electricity, and a second, steeper dashed line adds the other operating costs. Points mark the electricity prices of Ethiopia, Paraguay and US industry, and horizontal lines mark published cost estimates such as the claim of more than $100,000 per coin.',
  controls,
  outputs: (p) => {
    const r = costPerCoin({ ...inputs(p), pricePerKwh: Number(p.price) });
    return [
      { label: 'Energy per coin', text: `${fmt.num1(r.energyPerCoinMwh)} MWh` },
      { label: 'Electricity cost per coin', text: usd(r.costPerCoinUsd) },
      { label: 'Network power draw', text: `${fmt.int(r.powerMw)} MW` },
      { label: 'Operating cost per coin', text: usd(r.costPerCoinUsd / (Number(p.share) / 100)) },
    ];
  },
  spec: (rows: Row[], opts) => {
    const p = opts.params!;
    const { narrow } = opts;
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
        y: 'value', x: maxPrice, text: (d: Row) => (narrow ? d.short : d.mid ?? d.label), textAnchor: 'end',
        dy: side === 'below' ? 9 : -6, fill: 'currentColor', fontSize: narrow ? 9 : 10.5,
      });
    // Direct labels for the two lines at 85 % of the x range, above-left of each line (the electricity label sits
    // in the gap between the two lines).
    const at = Math.round((line.length - 1) * 0.85);
    const lineLabel = (d: { price: number; cost: number }[], text: string, color: string) =>
      Plot.text([d[at]], { x: 'price', y: 'cost', text: () => text, textAnchor: 'end', dx: -6, dy: -8, fill: color, fontWeight: 600, fontSize: TEXT.strong(narrow) });
    return Plot.plot({
      ...base(opts, height),
      marginRight: narrow ? 14 : 24,
      x: { label: 'Electricity price ($ per kWh) →', domain: [0, maxPrice], tickFormat: (v: number) => `$${v.toFixed(2)}`, ticks: narrow ? 4 : 8 },
      y: { label: '↑ Cost per coin ($)', domain: [0, yMax], grid: true, tickFormat: (v: number) => `$${fmt.si(v)}` },
      marks: [
        Plot.ruleY(claims, { y: 'value', stroke: MUTED, strokeDasharray: '4 3' }),
        labelled('above'),
        labelled('below'),
        ...(opex.length ? [Plot.lineY(opex, { x: 'price', y: 'cost', stroke: COLORS[3], strokeWidth: 1.5, strokeDasharray: '6 3' })] : []),
        Plot.lineY(line, { x: 'price', y: 'cost', stroke: COLORS[0], strokeWidth: 2.5 }),
        lineLabel(line, 'electricity', COLORS[0]),
        ...(opex.length ? [lineLabel(opex, narrow ? '+ other costs' : '+ other operating costs', COLORS[3])] : []),
        Plot.dot(prices, { x: 'value', y: 'cost', fill: COLORS[1], r: 4.5 }),
        Plot.text(prices, { x: 'value', y: 'cost', text: (d: Row) => d.short, dx: -7, dy: -4, textAnchor: 'end', fill: 'currentColor', fontSize: TEXT.strong(narrow), fontWeight: 600 }),
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
  series: ['btc-cost-snapshot', 'us-electricity-price-annual'],
  data: references,
  // The calculator's starting point (see the series btc-cost-snapshot): every default describes that one day.
  context: (inputs: In) => inputs['btc-cost-snapshot'][0]!,
  defaults: (_rows, s) => {
    return { hashrate: s.hashrateEhs, efficiency: s.efficiencyJPerTh, subsidy: String(s.subsidyBtc) };
  },
  columns: [
    { key: 'label', label: 'Marker' },
    { key: 'value', label: 'Value', format: (v: number) => (v >= 1000 ? fmt.usd(v) : String(v)) },
    { key: 'source', label: 'Source' },
  ],
  summary: (rows, s) => {
    const at = (price: number) => costPerCoin({ hashrateEhs: s.hashrateEhs, efficiencyJPerTh: s.efficiencyJPerTh, pricePerKwh: price, subsidyBtc: s.subsidyBtc, feesBtcPerBlock: 0 }).costPerCoinUsd;
    const price = (short: string) => rows.find((r) => r.short === short)!.value as number;
    const cents = (v: number) => `${fmt.num2(v * 100)} ¢/kWh`;
    return `On ${fmt.date(utc(s.date))}, with the network at ${fmt.num1(s.hashrateEhs)} EH/s (30-day mean), CBECI’s average efficiency of ${s.efficiencyJPerTh} J/TH and a ${s.subsidyBtc} BTC subsidy, the electricity for one coin cost ${fmt.usd(at(price('Ethiopia')))} at Ethiopia’s ${cents(price('Ethiopia'))}, ${fmt.usd(at(0.05))} at $0.05/kWh and ${fmt.usd(at(price('US industry')))} at the 2023 US industrial average of ${cents(price('US industry'))}.`;
  },
});
