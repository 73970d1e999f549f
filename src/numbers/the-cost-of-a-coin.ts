/**
 * Numbers for the piece "The cost of a coin" (content/articles/the-cost-of-a-coin.mdx).
 * The "snapshot" is the calculator's starting point: the last day of the derived series btc-electricity-cost-per-coin
 * (20 September 2024), when both the hashrate and CBECI's efficiency estimate exist.
 * Inputs quoted from published reports name their source; everything else comes from the datasets.
 */
import annualPrices from '../series/us-electricity-price-annual.ts';
import consumption from '../series/cbeci-consumption-by-price.ts';
import bitstampSeries from '../series/btc-price-bitstamp.ts';
import { fmt, utc } from '../charts/defaults.ts';
import costSeries from '../series/btc-electricity-cost-per-coin.ts';
import { costPerCoin } from '../data/costPerCoin.ts';
import { hashrateSeries } from '../data/hashrateSeries.ts';
import hashrateEhs from '../series/btc-hashrate-ehs.ts';
import impliedHashrate from '../series/btc-hashrate-implied.ts';
import snapshotSeries from '../series/btc-cost-snapshot.ts';
import type { NumberDef } from './types.ts';

/** energy is about 80 % of miners' operational costs (Cambridge Digital Mining Industry Report, 2025). */
const ELECTRICITY_SHARE_OF_OPEX = 0.8;
/** Ethiopia's cheap mining tariff, about 3.2 US cents per kWh. */
const ETHIOPIA_PER_KWH = 0.032;
/** fleet efficiency in Cambridge's 2025 survey of mining firms. */
const SURVEY_EFFICIENCY = 28.2;
/** CoinShares, listed miners' weighted-average cash cost per BTC, Q3 2024. */
const COINSHARES_CASH = 55_950;

const COST_SERIES = 'btc-electricity-cost-per-coin';
const snapshot = () => snapshotSeries.rows()[0]!;
const costRow = (date: string) => {
  const r = costSeries.rows().find((x) => x.date === date);
  if (!r) throw new Error(`${COST_SERIES} has no row for ${date}`);
  return r;
};
const at = (price: number, over: Partial<{ hashrateEhs: number; efficiencyJPerTh: number }> = {}) => {
  const s = snapshot();
  return costPerCoin({ hashrateEhs: s.hashrateEhs, efficiencyJPerTh: s.efficiencyJPerTh, subsidyBtc: s.subsidyBtc, feesBtcPerBlock: 0, pricePerKwh: price, ...over });
};
const bitstamp = (date: string) => {
  const r = bitstampSeries.rows().find((x) => x.date === date);
  if (r?.btc_usd == null) throw new Error(`btc-price-daily (Bitstamp) has no price for ${date}`);
  return r.btc_usd;
};
const usIndustrial2023 = () => {
  const r = annualPrices.rows().find((x) => x.year === 2023 && x.industrial_cents_per_kwh != null);
  if (!r) throw new Error('us-electricity-price: no 2023 industrial price');
  return Number(r.industrial_cents_per_kwh) / 100;
};
// The last 30-day mean: Coin Metrics' estimate to 8 March 2025, then the hashrate implied by difficulty.
const latestHashrate = () => hashrateSeries(hashrateEhs.rows(), { implied: impliedHashrate.rows() }).at(-1)!;
const cbeciLast = () => consumption.rows().at(-1)!;
/** Days of the cost series that have a price, and those on which the electricity cost exceeded the price. */
const compared = () => costSeries.rows().filter((r) => r.btc_usd !== null);

const usd = (v: number) => fmt.usd(v);
const cents = (v: number) => `${fmt.num1(v * 100)} cents per kWh`;
const H = ['btc-hashrate', 'cbeci-efficiency'];

export default {
  'coin-snapshot-date': {
    value: () => snapshot().date,
    format: (v: string) => fmt.date(utc(v)),
    datasets: H,
    note: 'last day on which both the hashrate series and CBECI’s efficiency estimate exist (the calculator’s defaults)',
  },
  'coin-snapshot-hashrate': {
    value: () => snapshot().hashrateEhs,
    format: (v: number) => `${fmt.num1(v)} EH/s`,
    datasets: ['btc-hashrate'],
    note: '30-day mean network hashrate on the snapshot day (exahashes per second)',
  },
  'coin-snapshot-efficiency': {
    value: () => snapshot().efficiencyJPerTh,
    format: (v: number) => `${fmt.num2(v)} J/TH`,
    datasets: ['cbeci-efficiency'],
    note: 'CBECI estimated network-average efficiency on the snapshot day (joules per terahash)',
  },
  'coin-snapshot-power': {
    value: () => at(0.05).powerMw / 1000,
    format: (v: number) => `${fmt.num1(v)} gigawatts`,
    datasets: H,
    note: 'network power draw on the snapshot day = hashrate × efficiency',
  },
  'coin-snapshot-energy-per-block': {
    value: () => at(0.05).energyPerBlockMwh,
    format: (v: number) => `${fmt.int(v)} MWh`,
    datasets: H,
    note: 'electricity per block on the snapshot day = power × 600 seconds',
  },
  'coin-snapshot-energy-per-coin': {
    value: () => at(0.05).energyPerCoinMwh,
    format: (v: number) => `${fmt.int(v)} MWh`,
    datasets: H,
    note: 'electricity per new coin on the snapshot day = energy per block ÷ 3.125 BTC subsidy (fees not counted)',
  },
  'coin-snapshot-cost-005': {
    value: () => at(0.05).costPerCoinUsd,
    format: usd,
    datasets: H,
    note: 'electricity cost per new coin on the snapshot day at $0.05/kWh (calculator default)',
  },
  'coin-snapshot-opex-005': {
    value: () => at(0.05).costPerCoinUsd / ELECTRICITY_SHARE_OF_OPEX,
    format: usd,
    datasets: H,
    note: 'electricity cost per coin on the snapshot day at $0.05/kWh ÷ 0.8 (electricity as 80 % of operating costs, Cambridge 2025 report)',
  },
  'coin-snapshot-price': {
    value: () => bitstamp(snapshot().date),
    format: usd,
    datasets: ['btc-price-daily'],
    note: 'Bitstamp BTC/USD at 00:00 UTC on the snapshot day',
  },
  'coin-snapshot-cost-share': {
    value: () => (at(0.05).costPerCoinUsd / bitstamp(snapshot().date)) * 100,
    format: (v: number) => `${fmt.int(v)}\u00a0%`,
    datasets: [...H, 'btc-price-daily'],
    note: 'electricity cost per coin at $0.05/kWh as a share of the Bitstamp price on the snapshot day',
  },
  'coin-cost-ethiopia': {
    value: () => at(ETHIOPIA_PER_KWH).costPerCoinUsd,
    format: usd,
    datasets: H,
    note: 'electricity cost per coin on the snapshot day at Ethiopia’s reported tariff of 3.2 ¢/kWh',
  },
  'coin-us-industrial-2023': {
    value: usIndustrial2023,
    format: (v: number) => `${fmt.num2(v * 100)} cents per kWh`,
    datasets: ['us-electricity-price'],
    note: 'EIA average retail electricity price to US industry, 2023 (Table 5.3)',
  },
  'coin-cost-us-industrial': {
    value: () => at(usIndustrial2023()).costPerCoinUsd,
    format: usd,
    datasets: [...H, 'us-electricity-price'],
    note: 'electricity cost per coin on the snapshot day at the 2023 US industrial average price',
  },
  'coin-price-for-100k': {
    value: () => 100_000 / (at(0.05).energyPerCoinMwh * 1000),
    format: cents,
    datasets: H,
    note: 'electricity price at which one coin’s electricity alone costs $100,000 on the snapshot day = $100,000 ÷ kWh per coin',
  },
  'coin-price-for-100k-opex': {
    value: () => (100_000 * ELECTRICITY_SHARE_OF_OPEX) / (at(0.05).energyPerCoinMwh * 1000),
    format: cents,
    datasets: H,
    note: 'electricity price at which operating costs (electricity = 80 % of them) reach $100,000 per coin on the snapshot day',
  },
  'coin-price-for-coinshares-cash': {
    value: () => (COINSHARES_CASH * ELECTRICITY_SHARE_OF_OPEX) / (at(0.05).energyPerCoinMwh * 1000),
    format: cents,
    datasets: H,
    note: 'electricity price at which operating costs (electricity = 80 %) equal CoinShares’ Q3 2024 cash cost of $55,950 on the snapshot day',
  },
  'coin-cost-survey-efficiency': {
    value: () => at(0.05, { efficiencyJPerTh: SURVEY_EFFICIENCY }).costPerCoinUsd,
    format: usd,
    datasets: ['btc-hashrate'],
    note: 'electricity cost per coin on the snapshot day at $0.05/kWh with the 28.2 J/TH fleet efficiency of Cambridge’s 2025 survey instead of CBECI’s estimate',
  },
  'coin-latest-hashrate': {
    value: () => latestHashrate().ehs,
    format: (v: number) => `${fmt.int(v)} EH/s`,
    datasets: ['btc-hashrate', 'btc-difficulty'],
    note: '30-day mean network hashrate on the last day of the hashrate series (after 8 March 2025, as implied by difficulty)',
  },
  'coin-latest-hashrate-date': {
    value: () => latestHashrate().date,
    format: (v: string) => fmt.date(utc(v)),
    datasets: ['btc-hashrate', 'btc-difficulty'],
    note: 'last day of the hashrate series',
  },
  'coin-cost-latest-hashrate': {
    value: () => at(0.05, { hashrateEhs: latestHashrate().ehs }).costPerCoinUsd,
    format: usd,
    datasets: [...H, 'btc-difficulty'],
    note: 'electricity cost per coin at $0.05/kWh with the last 30-day mean hashrate and CBECI’s last efficiency estimate (two different days)',
  },
  'coin-cost-latest-hashrate-us-industrial': {
    value: () => at(usIndustrial2023(), { hashrateEhs: latestHashrate().ehs }).costPerCoinUsd,
    format: usd,
    datasets: [...H, 'btc-difficulty', 'us-electricity-price'],
    note: 'electricity cost per coin at the 2023 US industrial average price with the last 30-day mean hashrate and CBECI’s last efficiency estimate (two different days; an upper guess, since the fleet kept improving)',
  },
  'coin-halving-before': {
    value: () => Number(costRow('2024-04-19').cost_per_coin_usd),
    format: usd,
    datasets: H,
    note: 'electricity cost per coin at $0.05/kWh on 19 April 2024 (6.25 BTC subsidy), derived series btc-electricity-cost-per-coin',
  },
  'coin-halving-after': {
    value: () => Number(costRow('2024-04-20').cost_per_coin_usd),
    format: usd,
    datasets: H,
    note: 'electricity cost per coin at $0.05/kWh on 20 April 2024 (3.125 BTC subsidy), derived series btc-electricity-cost-per-coin',
  },
  'coin-halving-price': {
    value: () => bitstamp('2024-04-20'),
    format: usd,
    datasets: ['btc-price-daily'],
    note: 'Bitstamp BTC/USD at 00:00 UTC on 20 April 2024, the day of the fourth halving',
  },
  'coin-halving-share-before': {
    value: () => (Number(costRow('2024-04-19').cost_per_coin_usd) / Number(costRow('2024-04-19').btc_usd)) * 100,
    format: (v: number) => `${fmt.int(v)}\u00a0%`,
    datasets: [...H, 'btc-price-daily'],
    note: 'electricity cost per coin at $0.05/kWh as a share of the Bitstamp price, 19 April 2024',
  },
  'coin-halving-share-after': {
    value: () => (Number(costRow('2024-04-20').cost_per_coin_usd) / Number(costRow('2024-04-20').btc_usd)) * 100,
    format: (v: number) => `${fmt.int(v)}\u00a0%`,
    datasets: [...H, 'btc-price-daily'],
    note: 'electricity cost per coin at $0.05/kWh as a share of the Bitstamp price, 20 April 2024 (halving day)',
  },
  'coin-price-kucoin-report': {
    value: () => bitstamp('2026-04-10'),
    format: usd,
    datasets: ['btc-price-daily'],
    note: 'Bitstamp BTC/USD at 00:00 UTC on Friday 10 April 2026, the day KuCoin’s report is dated',
  },
  'coin-days-compared': {
    value: () => compared().length,
    format: (v: number) => fmt.int(v),
    datasets: [...H, 'btc-price-daily'],
    note: 'days from 1 January 2012 to 20 September 2024 with both a cost estimate and a Bitstamp price',
  },
  'coin-days-cost-above-price': {
    value: () => compared().filter((r) => Number(r.cost_per_coin_usd) > Number(r.btc_usd)).length,
    format: (v: number) => fmt.int(v),
    datasets: [...H, 'btc-price-daily'],
    note: 'days on which the electricity cost per coin at $0.05/kWh exceeded the Bitstamp price',
  },
  'coin-days-cost-above-price-years': {
    value: () => [...new Set(compared().filter((r) => Number(r.cost_per_coin_usd) > Number(r.btc_usd)).map((r) => String(r.date).slice(0, 4)))].join(', '),
    format: (v: string) => v,
    datasets: [...H, 'btc-price-daily'],
    note: 'years containing the days on which the electricity cost per coin at $0.05/kWh exceeded the Bitstamp price',
  },
  'coin-cbeci-date': {
    value: () => cbeciLast().date,
    format: (v: string) => fmt.date(utc(v)),
    datasets: ['cbeci-consumption'],
    note: 'last day of the CBECI consumption-by-price series',
  },
  'coin-cbeci-twh-002': {
    value: () => cbeciLast().twh_002,
    format: (v: number) => `${fmt.num1(v)} TWh`,
    datasets: ['cbeci-consumption'],
    note: 'CBECI best-guess annualised consumption on its last day if miners paid $0.02/kWh',
  },
  'coin-cbeci-twh-005': {
    value: () => cbeciLast().twh_005,
    format: (v: number) => `${fmt.num1(v)} TWh`,
    datasets: ['cbeci-consumption'],
    note: 'CBECI best-guess annualised consumption on its last day at its headline $0.05/kWh',
  },
  'coin-cbeci-twh-010': {
    value: () => cbeciLast().twh_010,
    format: (v: number) => `${fmt.num1(v)} TWh`,
    datasets: ['cbeci-consumption'],
    note: 'CBECI best-guess annualised consumption on its last day if miners paid $0.10/kWh',
  },
} satisfies Record<string, NumberDef>;
