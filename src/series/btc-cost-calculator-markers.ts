import { defineSeries } from './define.ts';
import snapshot from './btc-cost-snapshot.ts';
import annualPrices from './us-electricity-price-annual.ts';

type Marker = { kind: 'price' | 'estimate' | 'default'; label: string; short: string; mid?: string; value: number; side: 'above' | 'below' | null; source: string };

/**
 * The reference markers on the mining-cost calculator: electricity prices (x) and published cost-per-coin estimates
 * (y), each from a dataset or from a published source named in the row, with its date, and the two defaults taken from
 * the data. `side` says whether an estimate's label sits above or below its line (values close together alternate).
 * A series of its own so that the calculator's browser code carries only the drawing, not these rows (they arrive in
 * the chart's view.json).
 */
export default defineSeries({
  id: 'btc-cost-calculator-markers',
  title: 'Markers on the mining-cost calculator',
  description: 'Reference electricity prices, published cost-per-coin estimates and the calculator’s two data-based defaults, each with its source.',
  datasets: ['btc-hashrate', 'cbeci-efficiency', 'us-electricity-price'],
  download: false,
  from: (): Marker[] => {
    const s = snapshot.rows()[0]!;
    const usIndustrial2023 = annualPrices.rows().find((r) => r.year === 2023 && r.industrial_cents_per_kwh != null);
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
  },
  columns: {
    kind: { description: 'price (an electricity price, on the x axis), estimate (a published cost per coin, on the y axis) or default (a calculator default taken from the data).', value: (m) => m.kind },
    label: { description: 'What the marker is, with its date.', value: (m) => m.label },
    short: { description: 'Short label for phones.', value: (m) => m.short },
    mid: { description: 'Label on a wide chart, for estimates.', value: (m) => m.mid ?? null },
    value: { description: 'USD per kWh (price), USD per coin (estimate), or the default in its unit.', value: (m) => m.value },
    side: { description: 'Whether an estimate’s label sits above or below its line.', value: (m) => m.side },
    source: { description: 'Where the figure comes from.', value: (m) => m.source },
  },
});
