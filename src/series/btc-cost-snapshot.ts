import { defineSeries } from './define.ts';
import costPerCoin from './btc-electricity-cost-per-coin.ts';

/**
 * The calculator's starting point: the last day of btc-electricity-cost-per-coin, i.e. the last day on which both the
 * hashrate and CBECI's efficiency estimate exist (20 September 2024), so that every default describes the same day and
 * the calculator at $0.05/kWh matches the end of the chart cost-per-coin-vs-price. One row.
 */
export default defineSeries({
  id: 'btc-cost-snapshot',
  title: 'The cost calculator’s starting day',
  description: 'Hashrate (30-day mean), CBECI efficiency and block subsidy on the last day of the cost-per-coin series.',
  datasets: ['btc-hashrate', 'cbeci-efficiency'],
  download: false,
  from: () => costPerCoin.rows().slice(-1),
  columns: {
    date: { description: 'UTC day.', value: (r) => r.date },
    hashrateEhs: { unit: 'EH/s', description: '30-day mean network hashrate.', value: (r) => Number(r.hashrate_30d_ehs) },
    efficiencyJPerTh: { unit: 'J/TH', description: 'CBECI best-guess efficiency.', value: (r) => Number(r.efficiency_j_per_th) },
    subsidyBtc: { unit: 'BTC', description: 'Block subsidy.', value: (r) => Number(r.subsidy_btc) },
  },
});
