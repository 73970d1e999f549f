export interface CostPerCoinInput {
  /** Network hashrate, EH/s (1e18 H/s). */
  hashrateEhs: number;
  /** Fleet efficiency, J/TH (joules per 1e12 hashes). */
  efficiencyJPerTh: number;
  /** Electricity price, USD per kWh. */
  pricePerKwh: number;
  /** Block subsidy, BTC (see blockSubsidy). */
  subsidyBtc: number;
  /** Average transaction fees per block, BTC (0 to count the subsidy only). */
  feesBtcPerBlock: number;
}

export interface CostPerCoinResult {
  /** Network power draw, MW = hashrate (TH/s) × J/TH ÷ 1e6. */
  powerMw: number;
  /** Electricity for one block: power × 600 s (the 10-minute target), MWh. */
  energyPerBlockMwh: number;
  /** Coins earned per block = subsidy + fees. */
  coinsPerBlock: number;
  /** MWh per coin = energy per block ÷ coins per block. */
  energyPerCoinMwh: number;
  /** Electricity cost per coin, USD = MWh per coin × 1,000 kWh/MWh × price per kWh. Excludes hardware, staff, hosting. */
  costPerCoinUsd: number;
}

/**
 * Electricity cost of mining one bitcoin, network-wide:
 * energy per block (J) = hashrate (H/s) × 600 s × energy per hash (J/H), with J/H = (J/TH) / 1e12;
 * coins per block = subsidy + fees.
 */
export function costPerCoin(input: CostPerCoinInput): CostPerCoinResult {
  const { hashrateEhs, efficiencyJPerTh, pricePerKwh, subsidyBtc, feesBtcPerBlock } = input;
  for (const [k, v] of Object.entries(input)) {
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${k} must be a non-negative number, got ${v}`);
  }
  const coinsPerBlock = subsidyBtc + feesBtcPerBlock;
  if (coinsPerBlock <= 0) throw new RangeError('subsidy + fees must be positive');
  const watts = hashrateEhs * 1e18 * (efficiencyJPerTh / 1e12); // H/s × J/H = J/s
  const joulesPerBlock = watts * 600;
  const energyPerBlockMwh = joulesPerBlock / 3.6e9; // 1 MWh = 3.6e9 J
  const energyPerCoinMwh = energyPerBlockMwh / coinsPerBlock;
  return {
    powerMw: watts / 1e6,
    energyPerBlockMwh,
    coinsPerBlock,
    energyPerCoinMwh,
    costPerCoinUsd: energyPerCoinMwh * 1000 * pricePerKwh,
  };
}
