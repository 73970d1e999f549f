import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compoundGrowth } from '../../../src/data/compoundGrowth.ts';
import { blockSubsidy } from '../../../src/data/blockSubsidy.ts';
import { blockSubsidyAtHeight } from '../../../src/data/blockSubsidyAtHeight.ts';
import { costPerCoin } from '../../../src/data/costPerCoin.ts';
import costSeries from '../../../src/series/btc-electricity-cost-per-coin.ts';

describe('compoundGrowth', () => {
  it('edge-AI forecast $25B (2025) → $119B (2033): +376 % total, ≈ 21.5 %/yr', () => {
    // total: 119 / 25 = 4.76 → (4.76 − 1) × 100 = 376 %
    // CAGR: 4.76^(1/8) = exp(ln 4.76 / 8) = exp(1.560248 / 8) = exp(0.195031) = 1.2153486 → 21.53486 %
    const g = compoundGrowth(25, 119, 8);
    expect(g.totalPct).toBeCloseTo(376, 9);
    expect(g.cagrPct).toBeCloseTo(21.53486, 4);
  });

  it('doubling over 1 year is +100 % both ways; rejects non-positive inputs', () => {
    expect(compoundGrowth(10, 20, 1)).toEqual({ totalPct: 100, cagrPct: 100 });
    expect(() => compoundGrowth(0, 1, 1)).toThrow(RangeError);
    expect(() => compoundGrowth(1, 2, 0)).toThrow(RangeError);
  });
});

describe('blockSubsidy', () => {
  it('steps on the halving days', () => {
    expect(blockSubsidy('2009-01-03')).toBe(50);
    expect(blockSubsidy('2012-11-27')).toBe(50);
    expect(blockSubsidy('2012-11-28')).toBe(25);
    expect(blockSubsidy('2016-07-08')).toBe(25);
    expect(blockSubsidy('2016-07-09')).toBe(12.5);
    expect(blockSubsidy('2020-05-10')).toBe(12.5);
    expect(blockSubsidy('2020-05-11')).toBe(6.25);
    expect(blockSubsidy('2024-04-19')).toBe(6.25);
    expect(blockSubsidy('2024-04-20')).toBe(3.125);
    expect(blockSubsidy('2026-08-22')).toBe(3.125);
    expect(() => blockSubsidy('2008-12-31')).toThrow(/genesis/);
    expect(() => blockSubsidy('2020-5-1')).toThrow(/YYYY-MM-DD/);
  });

  it('by height: 50 BTC halved every 210,000 blocks', () => {
    expect(blockSubsidyAtHeight(0)).toBe(50);
    expect(blockSubsidyAtHeight(209_999)).toBe(50);
    expect(blockSubsidyAtHeight(210_000)).toBe(25);
    expect(blockSubsidyAtHeight(840_000)).toBe(3.125);
    expect(blockSubsidyAtHeight(1_050_000)).toBe(1.5625);
    expect(blockSubsidyAtHeight(64 * 210_000)).toBe(0);
  });
});

describe('costPerCoin', () => {
  it('hand-worked example: 600 EH/s, 25 J/TH, $0.05/kWh, 3.125 BTC + 0.1 BTC fees', () => {
    // power = 600e18 H/s × 25e-12 J/H = 1.5e10 W = 15,000 MW
    // energy per block = 1.5e10 W × 600 s = 9e12 J = 9e12 / 3.6e9 = 2,500 MWh
    // coins per block = 3.225 → 2,500 / 3.225 = 775.1937984 MWh per coin
    // cost = 775.1937984 MWh × 1,000 kWh/MWh × $0.05 = $38,759.69
    const c = costPerCoin({ hashrateEhs: 600, efficiencyJPerTh: 25, pricePerKwh: 0.05, subsidyBtc: 3.125, feesBtcPerBlock: 0.1 });
    expect(c.powerMw).toBeCloseTo(15_000, 6);
    expect(c.energyPerBlockMwh).toBeCloseTo(2500, 6);
    expect(c.coinsPerBlock).toBe(3.225);
    expect(c.energyPerCoinMwh).toBeCloseTo(775.1937984, 6);
    expect(c.costPerCoinUsd).toBeCloseTo(38_759.69, 2);
  });

  it('real data, 2024-01-01 (derived series btc-electricity-cost-per-coin)', () => {
    // 30-day mean of btc-hashrate 2023-12-03 … 2024-01-01 = 509.6840663976031 EH/s (30 rows summed ÷ 30), published as 509.7
    // CBECI estimate 2024-01-01 = 29.843517226736914 J/TH, published as 29.84; subsidy 6.25 BTC; fees 0; $0.05/kWh
    // The series computes from the published inputs, so the row can be recomputed from its own columns:
    // power = 509.7e18 × 29.84e-12 W = 15,209.448 MW; × 600 s ÷ 3.6e9 = 2,534.908 MWh per block
    // ÷ 6.25 = 405.58528 MWh per coin; × 1,000 × 0.05 = $20,279.26 per coin (Bitstamp price that day: $42,268)
    const row = costSeries.rows().find((r) => r.date === '2024-01-01');
    expect(row).toEqual({
      date: '2024-01-01',
      hashrate_30d_ehs: 509.7,
      efficiency_j_per_th: 29.84,
      subsidy_btc: 6.25,
      energy_per_coin_mwh: 405.6,
      cost_per_coin_usd: 20279.26,
      btc_usd: 42268,
    });
  });

  it('the worked example in content/methods/cost-per-coin.md matches the data and the formula', () => {
    // The methods page works the calculator's defaults by hand; its typed figures must stay those of the data.
    const text = readFileSync('content/methods/cost-per-coin.md', 'utf8');
    const row = costSeries.rows().at(-1)!;
    const cost = row.cost_per_coin_usd;
    if (typeof cost !== 'number') throw new Error(`no cost per coin in the latest row (${row.date})`);
    expect(row.date).toBe('2024-09-20');
    expect(text).toContain('20 September 2024');
    expect(text).toContain(`| network hashrate | ${row.hashrate_30d_ehs} EH/s |`);
    expect(text).toContain(`| fleet efficiency | ${row.efficiency_j_per_th} J/TH |`);
    const c = costPerCoin({ hashrateEhs: 645.6, efficiencyJPerTh: 22.79, pricePerKwh: 0.05, subsidyBtc: 3.125, feesBtcPerBlock: 0 });
    expect(c.powerMw).toBeCloseTo(14_713.224, 6);
    expect(c.energyPerBlockMwh).toBeCloseTo(2_452.204, 6);
    expect(c.energyPerCoinMwh).toBeCloseTo(784.70528, 6);
    expect(c.costPerCoinUsd).toBeCloseTo(39_235.26, 2);
    expect(c.costPerCoinUsd / 0.8).toBeCloseTo(49_044.08, 2);
    expect(100_000 / (c.energyPerCoinMwh * 1000)).toBeCloseTo(0.1274, 4);
    for (const shown of ['14,713.224 MW', '2,452.204 MWh', '784.70528 MWh', '$39,235.26', '$49,044.08', '$0.1274 per kWh', `reads $${cost.toLocaleString('en-GB')}`]) {
      expect(text).toContain(shown);
    }
  });

  it('the Spanish worked example (content/es/methods/cost-per-coin.md) shows the same figures, written the Spanish way', () => {
    const text = readFileSync('content/es/methods/cost-per-coin.md', 'utf8');
    const row = costSeries.rows().at(-1)!;
    const es = (n: number) => String(n).replace('.', ',');
    expect(text).toContain('20 de septiembre de 2024');
    expect(text).toContain(`| tasa de hash de la red | ${es(row.hashrate_30d_ehs as number)} EH/s |`);
    expect(text).toContain(`| eficiencia de la flota | ${es(row.efficiency_j_per_th as number)} J/TH |`);
    for (const shown of ['14.713,224 MW', '2.452,204 MWh', '784,70528 MWh', 'US$ 39.235,26', 'US$ 49.044,08', 'US$ 0,1274 por kWh']) {
      expect(text).toContain(shown);
    }
  });

  it('rejects negative inputs and zero coins per block', () => {
    expect(() => costPerCoin({ hashrateEhs: -1, efficiencyJPerTh: 25, pricePerKwh: 0.05, subsidyBtc: 3.125, feesBtcPerBlock: 0 })).toThrow(/hashrateEhs/);
    expect(() => costPerCoin({ hashrateEhs: 1, efficiencyJPerTh: 25, pricePerKwh: 0.05, subsidyBtc: 0, feesBtcPerBlock: 0 })).toThrow(/positive/);
  });
});
