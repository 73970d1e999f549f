/**
 * Registry of the derived series readers can download (served as /data/derived/<id>.csv and .json).
 * Each entry names its source datasets (for licence/attribution), documents its columns and computes its rows lazily
 * (once per process) from the validated datasets with the pure functions in src/data/.
 */
import { table } from '../datasets/load.ts';
import type { Row } from '../datasets/load.ts';
import { roundSig } from './roundSig.ts';
import { roundTo } from './roundTo.ts';
import { hashrateEhs } from './hashrateEhs.ts';
import { networkEfficiency } from './networkEfficiency.ts';
import { poolSharesByPeriod } from './poolSharesByPeriod.ts';
import { reportedMmluModels } from './reportedMmluModels.ts';
import type { BenchmarkRowInput } from './reportedMmluModels.ts';
import { smallestModelAtMmlu } from './smallestModelAtMmlu.ts';
import { HALVINGS, blockSubsidy } from './blockSubsidy.ts';
import { costPerCoin } from './costPerCoin.ts';
import { usIndustrialPriceMonthly } from './usIndustrialPriceMonthly.ts';
import { usElectricityPriceAnnual } from './usElectricityPriceAnnual.ts';
import { electricityMix } from './electricityMix.ts';
import { asicEfficiencyByRelease } from './asicEfficiencyByRelease.ts';
import { modelTrainingTable } from './modelTrainingTable.ts';

export type DerivedRow = Record<string, string | number | boolean | null>;

export interface DerivedColumn {
  name: string;
  unit?: string;
  description: string;
}

export interface DerivedSeries {
  /** URL-safe id: /data/derived/<id>.csv */
  id: string;
  title: string;
  description: string;
  /** Ids of the datasets the series is computed from (their licences and attributions apply). */
  datasets: string[];
  columns: DerivedColumn[];
  rows: () => DerivedRow[];
}

function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

const sig = (x: number | null, d = 4) => (x === null ? null : roundSig(x, d));

// Shared inputs -------------------------------------------------------------------------------------------------

const HASHRATE = ['btc-hashrate', 'btc_hashrate_daily_2009_2025.csv'] as const;
const EFFICIENCY = ['cbeci-efficiency', 'cbeci_mining_efficiency_daily_2010_2024.csv'] as const;

const hashrate = once(() =>
  hashrateEhs(table(...HASHRATE).map((r) => ({ date: String(r.DateTime), hashesPerSecond: Number(r['Hash Rate']) }))),
);
const efficiency = once(() =>
  networkEfficiency(
    table(...EFFICIENCY).map((r) => ({
      date: String(r.Date),
      lower: Number(r['Lower bound efficiency, J/Th']),
      estimate: Number(r['Estimated efficiency, J/Th']),
      upper: Number(r['Upper bound efficiency, J/Th']),
    })),
  ),
);
const poolPeriods = once(() =>
  poolSharesByPeriod(
    table('pool-blocks-2016-2018', 'miningpool_blocks_400000_546235.csv').map((r) => ({
      height: Number(r.blockid),
      pool: String(r.miningpool),
    })),
    { top: 5 },
  ),
);
const mmluModels = once(() =>
  reportedMmluModels(table('llm-mmlu-reported', 'open_models_reported_benchmarks_trimmed.csv') as unknown as BenchmarkRowInput[]),
);

/** Assumed electricity price for the daily cost-per-coin series: CBECI's headline assumption. */
export const COST_SERIES_PRICE_PER_KWH = 0.05;

export const derivedSeries: DerivedSeries[] = [
  {
    id: 'btc-hashrate-ehs',
    title: 'Bitcoin network hashrate in EH/s with 7- and 30-day means',
    description:
      'Daily estimated network hashrate converted from H/s to EH/s (÷ 1e18), with trailing 7- and 30-calendar-day means (empty until the window is full). 4 significant digits.',
    datasets: ['btc-hashrate'],
    columns: [
      { name: 'date', description: 'UTC day (YYYY-MM-DD).' },
      { name: 'hashrate_ehs', unit: 'EH/s', description: 'Daily estimate (noisy).' },
      { name: 'mean_7d_ehs', unit: 'EH/s', description: 'Mean of the 7 days ending on this date.' },
      { name: 'mean_30d_ehs', unit: 'EH/s', description: 'Mean of the 30 days ending on this date.' },
    ],
    rows: once(() =>
      hashrate().map((p) => ({
        date: p.date,
        hashrate_ehs: sig(p.hashrateEhs),
        mean_7d_ehs: sig(p.mean7dEhs),
        mean_30d_ehs: sig(p.mean30dEhs),
      })),
    ),
  },
  {
    id: 'btc-network-efficiency',
    title: 'Bitcoin network mining efficiency (CBECI), J/TH',
    description: "Cambridge's daily estimate of the mining fleet's average energy per terahash, with its lower and upper bounds. 4 significant digits.",
    datasets: ['cbeci-efficiency'],
    columns: [
      { name: 'date', description: 'Day (YYYY-MM-DD).' },
      { name: 'lower_j_per_th', unit: 'J/TH', description: 'Lower bound (most efficient profitable hardware).' },
      { name: 'estimate_j_per_th', unit: 'J/TH', description: 'Best-guess network average.' },
      { name: 'upper_j_per_th', unit: 'J/TH', description: 'Upper bound.' },
    ],
    rows: once(() =>
      efficiency().map((p) => ({
        date: p.date,
        lower_j_per_th: sig(p.lowerJPerTh),
        estimate_j_per_th: sig(p.estimateJPerTh),
        upper_j_per_th: sig(p.upperJPerTh),
      })),
    ),
  },
  {
    id: 'btc-pool-shares-by-period',
    title: 'Bitcoin mining-pool shares per difficulty period, 2016–2018',
    description:
      'For each 2,016-block difficulty period (heights divisible by 2,016) between heights 400,000 and 546,235: the five largest named pools, all other named pools together ("Other") and unattributed blocks ("Unknown": labels "unknown" and "failed"), as shares of the blocks present in the data. Shares in % with 2 decimals.',
    datasets: ['pool-blocks-2016-2018'],
    columns: [
      { name: 'period_start_height', description: 'First block height of the period (a multiple of 2,016).' },
      { name: 'period_end_height', description: 'Last block height of the period.' },
      { name: 'period_blocks', unit: 'blocks', description: 'Blocks of the period present in the data (2,016 unless at the edges of the data or in the 88-block gap).' },
      { name: 'rank', description: '1–5 for the named pools, empty for Other and Unknown.' },
      { name: 'pool', description: 'Pool label, "Other" or "Unknown".' },
      { name: 'blocks', unit: 'blocks', description: 'Blocks found in the period.' },
      { name: 'share_pct', unit: '%', description: 'blocks ÷ period_blocks × 100.' },
    ],
    rows: once(() =>
      poolPeriods().flatMap((p) => {
        const base = { period_start_height: p.startHeight, period_end_height: p.endHeight, period_blocks: p.blocks };
        return [
          ...p.top.map((t, i) => ({ ...base, rank: i + 1, pool: t.pool, blocks: t.blocks, share_pct: roundTo(t.sharePct, 2) })),
          { ...base, rank: null, pool: 'Other', blocks: p.otherBlocks, share_pct: roundTo(p.otherPct, 2) },
          { ...base, rank: null, pool: 'Unknown', blocks: p.unknownBlocks, share_pct: roundTo(p.unknownPct, 2) },
        ];
      }),
    ),
  },
  {
    id: 'btc-pool-concentration-by-period',
    title: 'Bitcoin mining-pool concentration per difficulty period (HHI, Nakamoto coefficient), 2016–2018',
    description:
      'Per 2,016-block difficulty period: the largest pool and its share, the top-3 share, the Herfindahl-Hirschman Index (0–10,000) and the Nakamoto coefficient (fewest pools with more than 50 % of blocks). Each unattributed block is counted as its own one-block miner (so it neither forms one giant pool nor inflates the named pools); pools are single labels, not owners.',
    datasets: ['pool-blocks-2016-2018'],
    columns: [
      { name: 'period_start_height', description: 'First block height of the period.' },
      { name: 'period_end_height', description: 'Last block height of the period.' },
      { name: 'period_blocks', unit: 'blocks', description: 'Blocks of the period present in the data.' },
      { name: 'complete', description: 'true if all 2,016 blocks of the period are in the data.' },
      { name: 'top_pool', description: 'Largest named pool.' },
      { name: 'top_pool_share_pct', unit: '%', description: 'Its share of the period’s blocks.' },
      { name: 'top3_share_pct', unit: '%', description: 'Share of the three largest named pools.' },
      { name: 'unknown_share_pct', unit: '%', description: 'Share of unattributed blocks.' },
      { name: 'named_pools', description: 'Number of distinct named pools.' },
      { name: 'hhi', description: 'Herfindahl-Hirschman Index of block shares in %, 0–10,000 (1 decimal).' },
      { name: 'nakamoto_coefficient', description: 'Fewest entities with more than 50 % of blocks.' },
    ],
    rows: once(() =>
      poolPeriods().map((p) => ({
        period_start_height: p.startHeight,
        period_end_height: p.endHeight,
        period_blocks: p.blocks,
        complete: p.complete,
        top_pool: p.top[0]?.pool ?? null,
        top_pool_share_pct: p.top[0] ? roundTo(p.top[0].sharePct, 2) : null,
        top3_share_pct: roundTo(p.top.slice(0, 3).reduce((s, t) => s + t.sharePct, 0), 2),
        unknown_share_pct: roundTo(p.unknownPct, 2),
        named_pools: p.namedPools,
        hhi: roundTo(p.hhi, 1),
        nakamoto_coefficient: p.nakamotoCoefficient,
      })),
    ),
  },
  {
    id: 'llm-mmlu-vs-parameters',
    title: 'Open LLMs: vendor-reported MMLU score vs. parameters',
    description:
      'Open-weight models with a vendor-reported MMLU score and a stated size (parameters from the notes, else the model name). Settings differ between rows; duplicates under different names are kept as in the source.',
    datasets: ['llm-mmlu-reported'],
    columns: [
      { name: 'model', description: 'Model name as listed.' },
      { name: 'organization', description: 'Developer.' },
      { name: 'release_date', description: 'YYYY-MM-DD.' },
      { name: 'params_billions', unit: 'billion parameters', description: 'Stated size (rounded by the source, e.g. "3B").' },
      { name: 'params_from', description: '"notes" or "name": where the size was read.' },
      { name: 'mmlu', unit: '%', description: 'Reported MMLU (leading number of the reported text).' },
      { name: 'mmlu_setting', description: 'Evaluation setting as reported.' },
      { name: 'source_url', description: 'Vendor source of the score.' },
    ],
    rows: once(() =>
      mmluModels().map((m) => ({
        model: m.model,
        organization: m.organization,
        release_date: m.releaseDate,
        params_billions: m.paramsBillions,
        params_from: m.paramsFrom,
        mmlu: m.mmlu,
        mmlu_setting: m.setting,
        source_url: m.sourceUrl,
      })),
    ),
  },
  {
    id: 'llm-smallest-model-at-mmlu',
    title: 'Smallest open model reaching an MMLU score, over time',
    description:
      'Step series per MMLU threshold (50, 60, 65, 70 %): each row is the release date from which a strictly smaller open model reached the threshold; the value holds until the next row of the same threshold. Vendor-reported scores under differing settings (see mmlu_setting). Phi-3-mini (3.8B, 69 % MMLU, April 2024, Microsoft Phi-3 report) is not in the source file and therefore not in this series.',
    datasets: ['llm-mmlu-reported'],
    columns: [
      { name: 'threshold_mmlu', unit: '%', description: 'MMLU threshold.' },
      { name: 'date', description: 'Release date of the model (YYYY-MM-DD).' },
      { name: 'model', description: 'Smallest model so far reaching the threshold.' },
      { name: 'params_billions', unit: 'billion parameters', description: 'Its stated size.' },
      { name: 'mmlu', unit: '%', description: 'Its reported MMLU.' },
      { name: 'mmlu_setting', description: 'Evaluation setting as reported.' },
      { name: 'source_url', description: 'Vendor source of the score.' },
    ],
    rows: once(() =>
      smallestModelAtMmlu(mmluModels(), [50, 60, 65, 70]).map((s) => ({
        threshold_mmlu: s.threshold,
        date: s.date,
        model: s.model,
        params_billions: s.paramsBillions,
        mmlu: s.mmlu,
        mmlu_setting: s.setting,
        source_url: s.sourceUrl,
      })),
    ),
  },
  {
    id: 'btc-block-subsidy',
    title: 'Bitcoin block subsidy and halvings',
    description: 'New bitcoins per block from each halving on (protocol rule: 50 BTC halved every 210,000 blocks), with the UTC day of the halving block and the Bitstamp BTC/USD price at 00:00 UTC that day.',
    datasets: ['btc-price-daily'],
    columns: [
      { name: 'from_date', description: 'UTC day of the first block with this subsidy.' },
      { name: 'from_height', description: 'Block height from which the subsidy applies.' },
      { name: 'subsidy_btc', unit: 'BTC', description: 'New coins per block.' },
      { name: 'btc_usd_at_0000_utc', unit: 'USD', description: 'Bitstamp BTC/USD at about 00:00 UTC that day (empty before 2012).' },
    ],
    rows: once(() => {
      const price = new Map(table('btc-price-daily', 'btc_usd_bitstamp_daily_2012_2026.csv').map((r) => [r.Date, r.BTC_USD]));
      return [{ date: '2009-01-03', height: 0, subsidyBtc: 50 }, ...HALVINGS].map((h) => ({
        from_date: h.date,
        from_height: h.height,
        subsidy_btc: h.subsidyBtc,
        btc_usd_at_0000_utc: (price.get(h.date) as number | undefined) ?? null,
      }));
    }),
  },
  {
    id: 'btc-electricity-cost-per-coin',
    title: 'Electricity cost per new bitcoin at $0.05/kWh (network-wide estimate), daily 2010–2024',
    description:
      'Network-wide electricity per block = 30-day mean hashrate × 600 s × CBECI estimated J/TH; per coin = ÷ block subsidy (fees not included: no fee data in our sources, so the cost per coin is overstated by the fee share of miner revenue); cost at CBECI’s headline $0.05/kWh. Electricity only, no hardware or other costs. With the Bitstamp price for comparison. Days where both hashrate mean and efficiency exist (to 2024-09-20). 4 significant digits.',
    datasets: ['btc-hashrate', 'cbeci-efficiency', 'btc-price-daily'],
    columns: [
      { name: 'date', description: 'UTC day.' },
      { name: 'hashrate_30d_ehs', unit: 'EH/s', description: '30-day mean network hashrate.' },
      { name: 'efficiency_j_per_th', unit: 'J/TH', description: 'CBECI best-guess efficiency.' },
      { name: 'subsidy_btc', unit: 'BTC', description: 'Block subsidy that day.' },
      { name: 'energy_per_coin_mwh', unit: 'MWh', description: 'Electricity per new coin (subsidy only).' },
      { name: 'cost_per_coin_usd', unit: 'USD', description: 'Electricity cost per new coin at $0.05/kWh.' },
      { name: 'btc_usd', unit: 'USD', description: 'Bitstamp BTC/USD at about 00:00 UTC (empty before 2012).' },
    ],
    rows: once(() => {
      const eff = new Map(efficiency().map((e) => [e.date, e.estimateJPerTh]));
      const price = new Map(table('btc-price-daily', 'btc_usd_bitstamp_daily_2012_2026.csv').map((r) => [r.Date, r.BTC_USD]));
      const out: DerivedRow[] = [];
      for (const h of hashrate()) {
        const e = eff.get(h.date);
        if (h.mean30dEhs === null || e === undefined) continue;
        const subsidy = blockSubsidy(h.date);
        const c = costPerCoin({ hashrateEhs: h.mean30dEhs, efficiencyJPerTh: e, pricePerKwh: COST_SERIES_PRICE_PER_KWH, subsidyBtc: subsidy, feesBtcPerBlock: 0 });
        out.push({
          date: h.date,
          hashrate_30d_ehs: sig(h.mean30dEhs),
          efficiency_j_per_th: sig(e),
          subsidy_btc: subsidy,
          energy_per_coin_mwh: sig(c.energyPerCoinMwh),
          cost_per_coin_usd: sig(c.costPerCoinUsd),
          btc_usd: (price.get(h.date) as number | undefined) ?? null,
        });
      }
      return out;
    }),
  },
  {
    id: 'us-industrial-electricity-price-monthly',
    title: 'U.S. industrial electricity price, monthly 2001–2023 (EIA)',
    description: 'Average retail price of electricity to U.S. industrial customers per month, January 2001 – May 2023, from the EIA Electricity Data Browser (series ELEC.PRICE.US-IND.M), values unchanged.',
    datasets: ['us-electricity-price'],
    columns: [
      { name: 'month', description: 'YYYY-MM.' },
      { name: 'industrial_cents_per_kwh', unit: 'US cents/kWh', description: 'Average retail price, industrial sector.' },
    ],
    rows: once(() =>
      usIndustrialPriceMonthly(table('us-electricity-price', 'eia_avg_retail_price_monthly_2001_2023.csv')).map((p) => ({
        month: p.month,
        industrial_cents_per_kwh: p.centsPerKwh,
      })),
    ),
  },
  {
    id: 'us-electricity-price-annual',
    title: 'U.S. average electricity price by sector, annual 2014–2023 (EIA Table 5.3)',
    description: "EIA's official annual average retail prices by sector (Electric Power Monthly Table 5.3, 'Annual Totals'), values unchanged.",
    datasets: ['us-electricity-price'],
    columns: [
      { name: 'year', description: 'Calendar year.' },
      { name: 'residential_cents_per_kwh', unit: 'US cents/kWh', description: 'Residential.' },
      { name: 'commercial_cents_per_kwh', unit: 'US cents/kWh', description: 'Commercial.' },
      { name: 'industrial_cents_per_kwh', unit: 'US cents/kWh', description: 'Industrial.' },
      { name: 'transportation_cents_per_kwh', unit: 'US cents/kWh', description: 'Transportation.' },
      { name: 'all_sectors_cents_per_kwh', unit: 'US cents/kWh', description: 'All sectors.' },
    ],
    rows: once(() =>
      usElectricityPriceAnnual(table('us-electricity-price', 'eia_table_5_3_2014_2024.csv')).map((a) => ({
        year: a.year,
        residential_cents_per_kwh: a.residential,
        commercial_cents_per_kwh: a.commercial,
        industrial_cents_per_kwh: a.industrial,
        transportation_cents_per_kwh: a.transportation,
        all_sectors_cents_per_kwh: a.allSectors,
      })),
    ),
  },
  {
    id: 'electricity-mix-mining-countries',
    title: 'Electricity mix of Bitcoin-mining countries (share of generation by source), 1985–2022',
    description:
      'Share of electricity generation by source (%, OWID) for countries that appear in the mining story — Paraguay, Ethiopia, United States, China, Kazakhstan, Russia, Canada, Malaysia, Iran — and the World. 2 decimals.',
    datasets: ['electricity-mix-owid'],
    columns: [
      { name: 'entity', description: 'Country or World (OWID name).' },
      { name: 'year', description: 'Calendar year.' },
      ...['hydro', 'coal', 'gas', 'oil', 'nuclear', 'wind', 'solar', 'bioenergy', 'other_renewables'].map((s) => ({
        name: `${s}_pct`,
        unit: '%',
        description: `Share of generation from ${s.replace('_', ' ')}${s === 'other_renewables' ? ' (excluding bioenergy)' : ''}.`,
      })),
    ],
    rows: once(() =>
      electricityMix(table('electricity-mix-owid', 'share-elec-by-source.csv'), [
        'Paraguay', 'Ethiopia', 'United States', 'China', 'Kazakhstan', 'Russia', 'Canada', 'Malaysia', 'Iran', 'World',
      ]).map((p) => {
        const r2 = (x: number | null) => (x === null ? null : roundTo(x, 2));
        return {
          entity: p.entity,
          year: p.year,
          hydro_pct: r2(p.hydroPct),
          coal_pct: r2(p.coalPct),
          gas_pct: r2(p.gasPct),
          oil_pct: r2(p.oilPct),
          nuclear_pct: r2(p.nuclearPct),
          wind_pct: r2(p.windPct),
          solar_pct: r2(p.solarPct),
          bioenergy_pct: r2(p.bioenergyPct),
          other_renewables_pct: r2(p.otherRenewablesPct),
        };
      }),
    ),
  },
  {
    id: 'asic-efficiency-by-release',
    title: 'Bitcoin mining hardware efficiency by release date (J/TH), 2008–2026',
    description:
      "Mining machines' energy per terahash by release date from three sources side by side: CBECI's hardware list (J/GH × 1000), F2Pool's March 2020 list (W ÷ TH/s) and a compiled 2017–2026 spec table (stated, else W ÷ TH/s). Release dates differ between sources (announcement vs shipping); CBECI's CPU/GPU/FPGA rows are placeholder assumptions.",
    datasets: ['cbeci-miners', 'asic-specs'],
    columns: [
      { name: 'model', description: 'Model name as in the source.' },
      { name: 'maker', description: 'Maker (empty for CBECI rows, whose names include it).' },
      { name: 'released', description: 'Release date at the source’s precision (YYYY-MM-DD, YYYY-MM or YYYY); empty if unknown.' },
      { name: 'efficiency_j_per_th', unit: 'J/TH', description: 'Energy per terahash.' },
      { name: 'efficiency_from', description: 'How the efficiency was obtained.' },
      { name: 'hashrate_ths', unit: 'TH/s', description: 'Nominal hashrate (not in CBECI’s list).' },
      { name: 'power_w', unit: 'W', description: 'Nominal power (not in CBECI’s list).' },
      { name: 'source', description: 'Dataset/file of the row.' },
      { name: 'placeholder', description: 'true for CBECI’s generic CPU/GPU/FPGA/early-ASIC assumptions.' },
    ],
    rows: once(() =>
      asicEfficiencyByRelease(
        table('cbeci-miners', 'cbeci_miners_list.csv'),
        table('asic-specs', 'f2pool_mining_devices_snapshot_2020-03.csv'),
        table('asic-specs', 'asic_specs_2017_2026_compiled.csv'),
      ).map((a) => ({
        model: a.model,
        maker: a.maker,
        released: a.released,
        efficiency_j_per_th: a.efficiencyJPerTh,
        efficiency_from: a.efficiencyFrom,
        hashrate_ths: a.hashrateThs,
        power_w: a.powerW,
        source: a.source,
        placeholder: a.placeholder,
      })),
    ),
  },
  {
    id: 'ai-model-training-compute',
    title: 'AI models: training compute, cost and power (Epoch AI)',
    description:
      "Every Epoch notable model with a training-compute estimate (snapshot 2025-02-24; Llama 2-7B's parameter count corrected to 7e9), plus frontier models to July 2025 not in that snapshot. Epoch estimates with their confidence label; 4 significant digits.",
    datasets: ['epoch-notable-models', 'epoch-frontier-models'],
    columns: [
      { name: 'model', description: 'Model name.' },
      { name: 'organization', description: 'Developer(s).' },
      { name: 'date', description: 'Publication date (YYYY-MM-DD).' },
      { name: 'parameters', unit: 'parameters', description: 'Trainable parameters.' },
      { name: 'training_compute_flop', unit: 'FLOP', description: 'Total training compute.' },
      { name: 'training_cost_usd_2023', unit: 'USD (2023)', description: 'Estimated final-run compute cost.' },
      { name: 'training_power_w', unit: 'W', description: 'Estimated training-cluster power draw.' },
      { name: 'hardware', description: 'Training chip type(s).' },
      { name: 'hardware_quantity', unit: 'chips', description: 'Number of chips.' },
      { name: 'accessibility', description: 'Open weights / API / hosted / unreleased.' },
      { name: 'frontier', description: "true if in Epoch's frontier set." },
      { name: 'confidence', description: "Epoch's confidence in the compute estimate." },
      { name: 'source', description: 'Dataset of the row.' },
    ],
    rows: once(() =>
      modelTrainingTable(
        table('epoch-notable-models', 'notable_ai_models_2025-02-24_trimmed.csv'),
        table('epoch-frontier-models', 'frontier_ai_models_trimmed.csv'),
      ).map((m) => ({
        model: m.model,
        organization: m.organization,
        date: m.date,
        parameters: sig(m.parameters),
        training_compute_flop: sig(m.trainingComputeFlop),
        training_cost_usd_2023: sig(m.trainingCostUsd2023),
        training_power_w: sig(m.trainingPowerW),
        hardware: m.hardware,
        hardware_quantity: m.hardwareQuantity,
        accessibility: m.accessibility,
        frontier: m.frontier,
        confidence: m.confidence,
        source: m.source,
      })),
    ),
  },
];

/** Look up a derived series by id (throws with the list of ids if unknown). */
export function derivedSeriesById(id: string): DerivedSeries {
  const s = derivedSeries.find((d) => d.id === id);
  if (!s) throw new Error(`Unknown derived series "${id}" (known: ${derivedSeries.map((d) => d.id).join(', ')})`);
  return s;
}

