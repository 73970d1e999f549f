import { defineSeries } from './define.ts';
import costPerCoin from './btc-electricity-cost-per-coin.ts';
import { HALVINGS } from '../data/blockSubsidy.ts';
import { thinDaily } from '../data/thinDaily.ts';
import { roundSig } from '../data/roundSig.ts';

/**
 * btc-electricity-cost-per-coin (electricity per new coin at CBECI's $0.05/kWh) against the Bitstamp price at 00:00 UTC
 * (file B of btc-price-daily, not spliced with the daily-average file A), weekly, keeping each halving day and the day
 * before it so the doubling shows as a step. Drawn by cost-per-coin-vs-price and electricity-share-of-coin-price.
 */
export default defineSeries({
  id: 'btc-cost-vs-price-weekly',
  title: 'Electricity cost per new bitcoin against its price, weekly',
  description: 'Weekly rows of btc-electricity-cost-per-coin that have a price, with each halving day and the day before it, and cost as a share of price.',
  datasets: ['btc-hashrate', 'cbeci-efficiency', 'btc-price-daily'],
  download: false,
  from: () => {
    const daily = costPerCoin
      .rows()
      .filter((r) => r.btc_usd !== null)
      .map((r) => ({ date: r.date, cost: Number(r.cost_per_coin_usd), price: Number(r.btc_usd), subsidy: r.subsidy_btc }));
    return thinDaily(daily, 7, HALVINGS.map((h) => h.date));
  },
  columns: {
    date: { description: 'UTC day.', value: (r) => r.date },
    cost: { unit: 'USD', description: 'Electricity cost per new coin at $0.05/kWh.', value: (r) => r.cost },
    price: { unit: 'USD', description: 'Bitstamp BTC/USD at about 00:00 UTC.', value: (r) => r.price },
    subsidy: { unit: 'BTC', description: 'Block subsidy that day.', value: (r) => r.subsidy },
    share: { unit: '%', description: 'Cost as a share of price, 3 significant digits.', value: (r) => roundSig((r.cost / r.price) * 100, 3) },
  },
});
