/**
 * The named adapters: the only place that names a dataset file. Each reads one validated file (src/datasets/load.ts)
 * and gives its rows the shape and types the series use. Series import these; nothing else does.
 */
import { type Row } from '../datasets/load.ts';
import { table } from '../datasets/table.ts';
import type { HashrateInput } from '../data/hashrateEhs.ts';
import type { EfficiencyInput } from '../data/networkEfficiency.ts';
import type { BlockLabel } from '../data/poolSharesByPeriod.ts';
import { reportedMmluModels, type BenchmarkRowInput, type MmluModel } from '../data/reportedMmluModels.ts';
import { once } from './define.ts';

/** btc-hashrate: daily network hashrate in H/s (Coin Metrics via the dataset's file). */
export const hashrateDaily = once((): HashrateInput[] =>
  table('btc-hashrate', 'btc_hashrate_daily.csv').map((r) => ({ date: String(r.DateTime), hashesPerSecond: Number(r['Hash Rate']) })),
);

/** cbeci-efficiency: Cambridge's daily fleet efficiency with its bounds, J/TH. */
export const cbeciEfficiencyDaily = once((): EfficiencyInput[] =>
  table('cbeci-efficiency', 'cbeci_mining_efficiency_daily_2010_2024.csv').map((r) => ({
    date: String(r.Date),
    lower: Number(r['Lower bound efficiency, J/Th']),
    estimate: Number(r['Estimated efficiency, J/Th']),
    upper: Number(r['Upper bound efficiency, J/Th']),
  })),
);

/** pool-blocks-2016-2018: the pool label of every block, heights 400,000–546,235. */
export const poolBlocks = once((): BlockLabel[] =>
  table('pool-blocks-2016-2018', 'miningpool_blocks_400000_546235.csv').map((r) => ({ height: Number(r.blockid), pool: String(r.miningpool) })),
);

/** llm-mmlu-reported: open models with a vendor-reported MMLU score and a stated size. */
export const mmluModels = once((): MmluModel[] =>
  reportedMmluModels(table('llm-mmlu-reported', 'open_models_reported_benchmarks_trimmed.csv') as unknown as BenchmarkRowInput[]),
);

/** btc-price-daily (Bitstamp): BTC/USD at about 00:00 UTC, by day. */
export const bitstampPriceByDate = once(
  (): Map<string, number | null> => new Map(bitstampDaily().map((r) => [String(r.Date), r.BTC_USD === null ? null : Number(r.BTC_USD)])),
);

/** us-electricity-price: the wide EIA monthly export (reshaped by src/data/usIndustrialPriceMonthly.ts). */
export const eiaMonthlyWide = (): Row[] => table('us-electricity-price', 'eia_avg_retail_price_monthly_2001_2023.csv');

/** us-electricity-price: EIA Electric Power Monthly Table 5.3 (read by src/data/usElectricityPriceAnnual.ts). */
export const eiaTable53 = (): Row[] => table('us-electricity-price', 'eia_table_5_3_2014_2024.csv');

/** electricity-mix-owid: share of generation by source (read by src/data/electricityMix.ts). */
export const owidElectricityMix = (): Row[] => table('electricity-mix-owid', 'share-elec-by-source.csv');

/** cbeci-miners: Cambridge's hardware list (J/GH by release). */
export const cbeciMiners = (): Row[] => table('cbeci-miners', 'cbeci_miners_list.csv');

/** asic-specs: F2Pool's device list of March 2020. */
export const f2poolDevices = (): Row[] => table('asic-specs', 'f2pool_mining_devices_snapshot_2020-03.csv');

/** asic-specs: the compiled 2017–2026 spec table. */
export const asicSpecsCompiled = (): Row[] => table('asic-specs', 'asic_specs_2017_2026_compiled.csv');

/** epoch-notable-models: Epoch's notable models. A few announced without a date cannot be placed in time: left out. */
export const epochNotable = (): Row[] => table('epoch-notable-models', 'notable_ai_models.csv').filter((r) => r['Publication date'] !== null);

/** epoch-frontier-models: Epoch's frontier models to July 2025. */
export const epochFrontier = (): Row[] => table('epoch-frontier-models', 'frontier_ai_models_trimmed.csv');

/** framing-claims: compiled figures from reports and news, one per claim id, with their sources. */
export const framingClaims = (): Row[] => table('framing-claims', 'framing_claims.csv');

/** geo-hashrate-snapshots: country shares of hashrate by estimator and period. */
export const geoHashrateSnapshots = (): Row[] => table('geo-hashrate-snapshots', 'geo_hashrate_share_snapshots.csv');

/** pool-concentration-edi: EDI's 30-day windows with pools grouped by owner ("clustered"). */
export const ediByOwner = (): Row[] => table('pool-concentration-edi', 'edi_bitcoin_block_production_clustered.csv');

/** pool-concentration-edi: EDI's 30-day windows with every pool on its own ("non-clustered"). */
export const ediByPool = (): Row[] => table('pool-concentration-edi', 'edi_bitcoin_block_production_non_clustered_2018_2025.csv');

/** npu-tops: claimed peak TOPS of phone and laptop AI accelerators. */
export const npuTops = (): Row[] => table('npu-tops', 'npu_tops_by_chip.csv');

/** epoch-ml-hardware: Epoch's machine-learning hardware list. */
export const mlHardware = (): Row[] => table('epoch-ml-hardware', 'ml_hardware.csv');

/** cbeci-consumption: annualised consumption estimates by assumed electricity price. */
export const cbeciConsumption = (): Row[] => table('cbeci-consumption', 'cbeci_annualized_consumption_by_price_2010_2023.csv');

/** btc-difficulty: Blockchain.com's difficulty every third day, 2009–2020 (a file without a header). */
export const difficulty3day = (): Row[] => table('btc-difficulty', 'difficulty_blockchaincom_3day_2009_2020.csv');

/** btc-difficulty: Blockchain.com's daily difficulty, from April 2020. */
export const difficultyDaily = (): Row[] => table('btc-difficulty', 'difficulty_blockchaincom_daily.csv');

/** btc-price-daily (Bitstamp): the file's rows, for the price series. */
export const bitstampDaily = (): Row[] => table('btc-price-daily', 'btc_usd_bitstamp_daily.csv');

/** btc-price-daily: the daily-average file, 2010–2025 (file A). */
export const priceDailyAverage = (): Row[] => table('btc-price-daily', 'btc_price_daily_avg_2010_2025.csv');
