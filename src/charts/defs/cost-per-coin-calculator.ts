import interactive from '../specs/cost-per-coin-calculator.ts';
import { fmt, utc } from '../defaults.ts';
import type snapshotSeries from '../../series/btc-cost-snapshot.ts';
import type annualPrices from '../../series/us-electricity-price-annual.ts';
import { costPerCoin } from '../../data/costPerCoin.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';

/**
 * Reference markers on the calculator: electricity prices (x) and published cost-per-coin estimates (y).
 * Each comes from a dataset or from the fact sheet (FACTS.md numbers in brackets), with its date.
 * `side` says whether an estimate's label sits above or below its line (values close together alternate).
 */
type In = Inputs<typeof snapshotSeries | typeof annualPrices>;

function references(inputs: In): Row[] {
  const s = inputs['btc-cost-snapshot'][0]!;
  const usIndustrial2023 = inputs['us-electricity-price-annual'].find((r) => r.year === 2023 && r.industrial_cents_per_kwh != null);
  if (!usIndustrial2023) throw new Error('us-electricity-price: no 2023 industrial price in Table 5.3');
  return [
    { kind: 'price', label: 'Ethiopia, cheap tariff (≈3.2 ¢/kWh, late 2024)', short: 'Ethiopia', value: 0.032, side: null, source: 'Wu Blockchain / The Africa Report via Binance Square [FACTS 2.5]' },
    { kind: 'price', label: 'Paraguay, business electricity (≈$0.05/kWh)', short: 'Paraguay', value: 0.05, side: null, source: 'bitnewsbot.com citing Hashrate Index, GlobalPetrolPrices [FACTS 2.3]' },
    { kind: 'price', label: 'US industrial average, 2023', short: 'US industry', value: Number(usIndustrial2023.industrial_cents_per_kwh) / 100, side: null, source: 'EIA Electric Power Monthly Table 5.3 (dataset us-electricity-price)' },
    { kind: 'estimate', label: 'CoinShares: listed miners’ total cost ≈$106,000 (Q3 2024)', short: 'CoinShares total', mid: 'CoinShares total ≈$106k (Q3 2024)', value: 106000, side: 'above', source: 'CoinShares Q3 2024 mining report via PANews [FACTS 2.1]' },
    { kind: 'estimate', label: 'KuCoin: US cost "sometimes exceeding $100,000" (Apr 2026)', short: '$100k claim', mid: 'KuCoin claim: over $100k (2026)', value: 100000, side: 'below', source: 'KuCoin report via coinalertnews.com [FACTS 1.5]' },
    { kind: 'estimate', label: 'CBECI-based model at US industrial $0.09/kWh: $86,931', short: 'CBECI-based, $0.09', mid: 'CBECI-based at $0.09/kWh: $86,931', value: 86931, side: 'below', source: 'bitnewsbot.com, CBECI model + EIA prices (undated) [FACTS 2.2]' },
    { kind: 'estimate', label: 'CoinShares: listed miners’ cash cost $55,950 (Q3 2024)', short: 'CoinShares cash', mid: 'CoinShares cash cost $55,950 (Q3 2024)', value: 55950, side: 'above', source: 'CoinShares Q3 2024 mining report via PANews [FACTS 2.1]' },
    { kind: 'default', label: `Network hashrate, 30-day mean, ${s.date}`, short: 'hashrate', value: s.hashrateEhs, side: null, source: 'btc-hashrate (derived series btc-electricity-cost-per-coin)' },
    { kind: 'default', label: `CBECI network efficiency, ${s.date}`, short: 'efficiency', value: s.efficiencyJPerTh, side: null, source: 'CBECI (dataset cbeci-efficiency)' },
  ];
}

export default defineChart({
  ...interactive,
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
