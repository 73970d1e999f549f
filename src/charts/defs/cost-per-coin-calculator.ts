import interactive from '../specs/cost-per-coin-calculator.ts';
import { fmt, utc } from '../defaults.ts';
import { table } from '../../datasets/load.ts';
import { hashrateSeries } from '../../data/hashrateSeries.ts';
import { blockSubsidy } from '../../data/blockSubsidy.ts';
import { costPerCoin } from '../../data/costPerCoin.ts';
import type { ChartDef, Row } from '../types.ts';

/**
 * Reference markers on the calculator: electricity prices (x) and published cost-per-coin estimates (y).
 * Each comes from a dataset or from the fact sheet (FACTS.md numbers in brackets), with its date.
 */
function references(): Row[] {
  const eff = table('cbeci-efficiency', 'cbeci_mining_efficiency_daily_2010_2024.csv').at(-1)!;
  const usIndustrial2023 = table('us-electricity-price', 'eia_table_5_3_2014_2024.csv').find((r) => r.Period === '2023' && r.Industrial != null);
  return [
    { kind: 'price', label: 'Ethiopia, cheap tariff (≈3.2 ¢/kWh, late 2024)', short: 'Ethiopia', value: 0.032, source: 'Wu Blockchain / The Africa Report via Binance Square [FACTS 2.5]' },
    { kind: 'price', label: 'Paraguay, business electricity (≈$0.05/kWh)', short: 'Paraguay', value: 0.05, source: 'bitnewsbot.com citing Hashrate Index, GlobalPetrolPrices [FACTS 2.3]' },
    { kind: 'price', label: 'US industrial average, 2023', short: 'US industry', value: usIndustrial2023 ? Number(usIndustrial2023.Industrial) / 100 : 0.0804, source: 'EIA Electric Power Monthly Table 5.3 (dataset us-electricity-price)' },
    { kind: 'estimate', label: 'KuCoin: US cost "sometimes exceeding $100,000" (Apr 2026)', short: '$100k claim', value: 100000, source: 'KuCoin report via coinalertnews.com [FACTS 1.5]' },
    { kind: 'estimate', label: 'CoinShares: listed miners’ total cost ≈$106,000 (Q3 2024)', short: 'CoinShares total', value: 106000, source: 'CoinShares Q3 2024 mining report via PANews [FACTS 2.1]' },
    { kind: 'estimate', label: 'CoinShares: cash cost $55,950 (Q3 2024)', short: 'CoinShares cash', value: 55950, source: 'CoinShares Q3 2024 mining report via PANews [FACTS 2.1]' },
    { kind: 'estimate', label: 'CBECI model at US industrial $0.09/kWh: $86,931', short: 'CBECI model, $0.09', value: 86931, source: 'bitnewsbot.com, CBECI model + EIA prices (undated) [FACTS 2.2]' },
    { kind: 'default', label: `CBECI network efficiency, ${eff.Date}`, short: 'efficiency', value: Number(eff['Estimated efficiency, J/Th']), source: 'CBECI (dataset cbeci-efficiency)' },
  ];
}

export default {
  ...interactive,
  title: 'What one bitcoin costs in electricity',
  subtitle: 'Electricity cost of mining one coin, network-wide, by the price of power. Change the assumptions to test a claim.',
  caption: 'Electricity only: no machines, buildings, staff or financing, which is why it sits below all-in estimates such as CoinShares’ total cost. Energy per block = hashrate × 600 seconds × joules per hash; coins per block = subsidy + fees. Transaction fees are not in our datasets, so they default to zero: set your own.',
  datasets: ['btc-hashrate', 'cbeci-efficiency', 'us-electricity-price'],
  data: references,
  defaults: (rows) => {
    const last = hashrateSeries(table('btc-hashrate', 'btc_hashrate_daily_2009_2025.csv')).at(-1)!;
    const eff = rows.find((r) => r.kind === 'default')!;
    return { hashrate: Math.round(last.ehs), efficiency: Math.round((eff.value as number) * 10) / 10, subsidy: String(blockSubsidy(last.date)) };
  },
  columns: [
    { key: 'label', label: 'Marker' },
    { key: 'value', label: 'Value', format: (v: number) => (v >= 1000 ? fmt.usd(v) : String(v)) },
    { key: 'source', label: 'Source' },
  ],
  summary: (rows) => {
    const last = hashrateSeries(table('btc-hashrate', 'btc_hashrate_daily_2009_2025.csv')).at(-1)!;
    const eff = rows.find((r) => r.kind === 'default')!.value as number;
    const at = (price: number) => costPerCoin({ hashrateEhs: last.ehs, efficiencyJPerTh: eff, pricePerKwh: price, subsidyBtc: blockSubsidy(last.date), feesBtcPerBlock: 0 }).costPerCoinUsd;
    const price = (short: string) => rows.find((r) => r.short === short)!.value as number;
    const cents = (v: number) => `${fmt.num2(v * 100)} ¢/kWh`;
    return `With the network at ${fmt.int(last.ehs)} EH/s (30-day mean, ${fmt.date(utc(last.date))}), CBECI’s latest average efficiency of ${fmt.num1(eff)} J/TH and a ${blockSubsidy(last.date)} BTC subsidy, electricity for one coin costs ${fmt.usd(at(price('Ethiopia')))} at Ethiopia’s ${cents(price('Ethiopia'))} and ${fmt.usd(at(price('US industry')))} at the 2023 US industrial average of ${cents(price('US industry'))}.`;
  },
} satisfies ChartDef;
