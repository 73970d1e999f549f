import { defineSeries } from './define.ts';
import { bitstampPriceByDate } from './inputs.ts';
import hashrateDaily from './btc-hashrate-daily.ts';
import efficiencyDaily from './cbeci-efficiency-daily.ts';
import { blockSubsidy } from '../data/blockSubsidy.ts';
import { costPerCoin } from '../data/costPerCoin.ts';
import { COST_SERIES_PRICE_PER_KWH } from '../data/costSeriesPrice.ts';
import { roundSig as sig } from '../data/roundSig.ts';
import { roundTo } from '../data/roundTo.ts';

/**
 * Days where both a 30-day hashrate mean and a CBECI estimate exist, with that day's electricity cost per coin, computed
 * from the hashrate and efficiency as published here (4 significant digits): anyone can recompute the cost column from
 * the download's own columns, and the calculator, which starts from the same rounded values, gives the same figure.
 */
function days() {
  const eff = new Map(efficiencyDaily.rows().map((e) => [e.date, e.estimateJPerTh]));
  return hashrateDaily.rows().flatMap((h) => {
    const e = eff.get(h.date);
    if (h.mean30dEhs === null || e === undefined) return [];
    const subsidy = blockSubsidy(h.date);
    const hashrate = sig(h.mean30dEhs);
    const efficiency = sig(e);
    const c = costPerCoin({ hashrateEhs: hashrate, efficiencyJPerTh: efficiency, pricePerKwh: COST_SERIES_PRICE_PER_KWH, subsidyBtc: subsidy, feesBtcPerBlock: 0 });
    return [{ date: h.date, hashrate, efficiency, subsidy, c }];
  });
}

export default defineSeries({
  id: 'btc-electricity-cost-per-coin',
  title: 'Electricity cost per new bitcoin at $0.05/kWh (network-wide estimate), daily 2010–2024',
  description:
    'Network-wide electricity per block = 30-day mean hashrate × 600 s × CBECI estimated J/TH; per coin = ÷ block subsidy (fees not included: no fee data in our sources, so the cost per coin is overstated by the fee share of miner revenue); cost at CBECI’s headline $0.05/kWh. Electricity only, no hardware or other costs. With the Bitstamp price for comparison. Days where both hashrate mean and efficiency exist (to 2024-09-20). 4 significant digits; energy and cost computed from the published hashrate and efficiency, the cost to the cent.',
  es: {
    title: 'Costo de la electricidad por bitcoin nuevo a US$ 0,05/kWh (estimación para toda la red), diario 2010–2024',
    description:
      'Electricidad de toda la red por bloque = tasa de hash media de 30 días × 600 s × J/TH estimados por el CBECI; por moneda = ÷ el subsidio del bloque (sin comisiones: nuestras fuentes no tienen datos de comisiones, así que el costo por moneda queda sobrestimado en la parte de los ingresos mineros que son comisiones); costo al precio principal del CBECI, US$ 0,05/kWh. Solo electricidad, sin equipos ni otros costos. Con el precio de Bitstamp para comparar. Días con media de tasa de hash y con eficiencia (hasta el 2024-09-20). 4 cifras significativas; la energía y el costo se calculan a partir de la tasa de hash y la eficiencia publicadas, el costo al centavo.',
    // Each column's meaning, keyed by its English text (a changed English meaning has none).
    columns: {
      'UTC day.':
        'Día UTC.',
      '30-day mean network hashrate.':
        'Tasa de hash media de la red en 30 días.',
      'CBECI best-guess efficiency.':
        'Mejor estimación de eficiencia del CBECI.',
      'Block subsidy that day.':
        'Subsidio del bloque ese día.',
      'Electricity per new coin (subsidy only).':
        'Electricidad por moneda nueva (solo el subsidio).',
      'Electricity cost per new coin at $0.05/kWh, to the cent.':
        'Costo de la electricidad por moneda nueva a US$ 0,05/kWh, al centavo.',
      'Bitstamp BTC/USD at about 00:00 UTC (empty before 2012).':
        'BTC/USD de Bitstamp alrededor de las 00:00 UTC (vacío antes de 2012).',
    },
  },
  datasets: ['btc-hashrate', 'cbeci-efficiency', 'btc-price-daily'],
  from: days,
  columns: {
    date: { description: 'UTC day.', value: (d) => d.date },
    hashrate_30d_ehs: { unit: 'EH/s', description: '30-day mean network hashrate.', value: (d) => d.hashrate },
    efficiency_j_per_th: { unit: 'J/TH', description: 'CBECI best-guess efficiency.', value: (d) => d.efficiency },
    subsidy_btc: { unit: 'BTC', description: 'Block subsidy that day.', value: (d) => d.subsidy },
    energy_per_coin_mwh: { unit: 'MWh', description: 'Electricity per new coin (subsidy only).', value: (d) => sig(d.c.energyPerCoinMwh) },
    cost_per_coin_usd: { unit: 'USD', description: 'Electricity cost per new coin at $0.05/kWh, to the cent.', value: (d) => roundTo(d.c.costPerCoinUsd, 2) },
    btc_usd: { unit: 'USD', description: 'Bitstamp BTC/USD at about 00:00 UTC (empty before 2012).', value: (d) => bitstampPriceByDate().get(d.date) ?? null },
  },
});
