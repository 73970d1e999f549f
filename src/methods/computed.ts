/**
 * Every figure the methods page (content/methods.mdx) shows, computed when the site is built from the same series and
 * functions the charts use: no number on that page is typed in. Also the known data faults, each found by a check.
 */
import concentrationSeries from '../series/btc-pool-concentration-by-period.ts';
import hashrateSeries from '../series/btc-hashrate-daily.ts';
import impliedSeries from '../series/btc-hashrate-implied.ts';
import efficiencySeries from '../series/cbeci-efficiency-daily.ts';
import blockLabels from '../series/btc-pool-block-labels.ts';
import ediByOwner from '../series/edi-block-production-by-owner.ts';
import ediByPool from '../series/edi-block-production-by-pool.ts';
import smallestSeries from '../series/llm-smallest-model-at-mmlu.ts';
import claimsSeries from '../series/framing-claims.ts';
import difficultySeries from '../series/btc-difficulty.ts';
import priceAverage from '../series/btc-price-daily-average.ts';
import mlHardware from '../series/ml-hardware.ts';
import { claimById } from '../data/claimById.ts';
import { COST_SERIES_PRICE_PER_KWH } from '../data/costSeriesPrice.ts';
import { poolSharesByPeriod, DIFFICULTY_PERIOD_BLOCKS } from '../data/poolSharesByPeriod.ts';
import { hhi } from '../data/hhi.ts';
import { nakamotoCoefficient } from '../data/nakamotoCoefficient.ts';
import { compoundGrowth } from '../data/compoundGrowth.ts';
import { HALVINGS, blockSubsidy } from '../data/blockSubsidy.ts';
import { costPerCoin } from '../data/costPerCoin.ts';
import { memoryForModel } from '../data/memoryForModel.ts';
import { allDatasets } from '../publish/siteData.ts';
import { dateGaps, integerGaps, spellingVariants } from '../publish/dataChecks.ts';
import { METHODS_FORMATS } from './format.ts';

export { COST_SERIES_PRICE_PER_KWH, DIFFICULTY_PERIOD_BLOCKS, HALVINGS };

// Formatting -----------------------------------------------------------------------------------------------------
// In English here (content/methods.mdx); src/methods/format.ts has them in every language.
export const { fmt, int, usd, longDate, aboveBelow, gapText, plural } = METHODS_FORMATS.en;
export const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
export const fail = (msg: string): never => {
  throw new Error(`src/methods/computed.ts: ${msg}`);
};

// 1. Hashrate: the last seven days of the series -----------------------------------------------------------------
export const hashrate = hashrateSeries.rows();
export const lastH = hashrate.at(-1) ?? fail('no hashrate rows');
export const week = hashrate.slice(-7);
export const month = hashrate.slice(-30);
export const monthMin = month.reduce((a, b) => (b.hashrateEhs < a.hashrateEhs ? b : a));
export const monthMax = month.reduce((a, b) => (b.hashrateEhs > a.hashrateEhs ? b : a));
export const firstFull7 = hashrate.find((p) => p.mean7dEhs !== null) ?? fail('no 7-day mean');

// Where the Coin Metrics estimate ends, the charts go on with the hashrate implied by difficulty: how the two 30-day
// means compare on the days both exist, and where the join falls.
export const implied = impliedSeries.rows();
const impliedByDay = new Map(implied.filter((p) => p.mean_30d_ehs !== null).map((p) => [p.date, p.mean_30d_ehs!]));
const gaps = hashrate
  .filter((p) => p.mean30dEhs !== null && impliedByDay.has(p.date))
  .map((p) => ({ date: p.date, pct: (p.mean30dEhs! / impliedByDay.get(p.date)! - 1) * 100 }));
const byGap = [...gaps].sort((a, b) => a.pct - b.pct);
export const overlap = {
  first: gaps[0]?.date ?? fail('no overlap of estimate and implied hashrate'),
  last: gaps.at(-1)!.date,
  days: gaps.length,
  median: byGap[Math.floor(byGap.length / 2)]!.pct,
  low: byGap[0]!,
  high: byGap.at(-1)!,
};
/** "1.8 % above" / "23.2 % below". */
export const lastImplied = implied.at(-1) ?? fail('no implied hashrate');

// 2. Network efficiency ------------------------------------------------------------------------------------------
export const efficiency = efficiencySeries.rows();
export const lastE = efficiency.at(-1) ?? fail('no efficiency rows');
export const effYearEarlier = (years: number) => {
  const y = `${Number(lastE.date.slice(0, 4)) - years}${lastE.date.slice(4)}`;
  return efficiency.find((e) => e.date >= y) ?? fail(`no efficiency on or after ${y}`);
};
export const e5 = effYearEarlier(5);
export const effOutside = efficiency.filter((e) => e.estimateJPerTh < e.lowerJPerTh || e.estimateJPerTh > e.upperJPerTh);

// 3. Pool shares: the first complete difficulty period in the per-block file -------------------------------------
export const blocks = blockLabels.rows();
export const concentration = concentrationSeries.rows();
// The complete period with the most unattributed blocks (the first such, if several), where their treatment matters most.
export const example = concentration
  .filter((r) => r.complete === true)
  .reduce<(typeof concentration)[number] | null>((a, b) => (a === null || Number(b.unknown_share_pct) > Number(a.unknown_share_pct) ? b : a), null) ?? fail('no complete difficulty period');
export const pStart = Number(example.period_start_height);
export const pEnd = Number(example.period_end_height);
export const periodBlocks = blocks.filter((b) => b.height >= pStart && b.height <= pEnd);
export const period = poolSharesByPeriod(periodBlocks, { top: 5 })[0] ?? fail('period not found');
export const namedCounts = new Map<string, number>();
for (const b of periodBlocks) if (!/^(unknown|failed)$/i.test(b.pool)) namedCounts.set(b.pool, (namedCounts.get(b.pool) ?? 0) + 1);
export const named = [...namedCounts.values()];
export const unknownCount = period.unknownBlocks;
export const topSquares = period.top.reduce((s, t) => s + t.sharePct ** 2, 0);
export const unknownSquares = unknownCount * (100 / period.blocks) ** 2;
export const restSquares = period.hhi - topSquares - unknownSquares;
export let cumulative = 0;
export const nakamotoSteps = period.top.slice(0, period.nakamotoCoefficient).map((t) => ((cumulative += t.sharePct), { pool: t.pool, cumulative }));
// How the choice for unattributed blocks changes the answer (same counts, other treatments).
export const hhiIfUnknownOneEntity = unknownCount > 0 ? hhi([...named, unknownCount]) : period.hhi;
export const hhiIfUnknownDropped = hhi(named);
export const nakamotoIfDropped = nakamotoCoefficient(named);
export const periodsWithUnknown = concentration.filter((r) => Number(r.unknown_share_pct) > 0).length;
export const completePeriods = concentration.filter((r) => r.complete === true).length;

// EDI: the latest 30-day window present in both groupings.
export const ediC = ediByOwner.rows();
export const ediN = ediByPool.rows();
export const ediNByDate = new Map(ediN.map((r) => [r.date, r]));
export const ediCommon = ediC.filter((r) => ediNByDate.has(r.date));
if (!ediCommon.length) fail('no EDI window in both files');
type EdiWindow = (typeof ediC)[number];
export const top1 = (r: EdiWindow) => 100 * r.largest_share;
export const ediGap = (r: EdiWindow) => top1(r) - top1(ediNByDate.get(r.date)!);
export const ediWidest = ediCommon.reduce((a, b) => (ediGap(b) > ediGap(a) ? b : a));
export const ediLatest = ediCommon.at(-1)!;
export const ediWindows = [ediWidest, ...(ediLatest === ediWidest ? [] : [ediLatest])].map((c) => ({ date: String(c.date), separate: ediNByDate.get(String(c.date))!, grouped: c }));

// 4. Smallest model reaching MMLU thresholds ---------------------------------------------------------------------
export const THRESHOLDS = [50, 60, 65, 70];
export const steps = smallestSeries.rows().map((s) => ({ threshold: s.threshold_mmlu, date: s.date, model: s.model, paramsBillions: s.params_billions, mmlu: s.mmlu, setting: s.mmlu_setting }));
export const lastStep60 = steps.filter((s) => s.threshold === 60).at(-1) ?? fail('no model reaches 60');
export const firstStep60 = steps.find((s) => s.threshold === 60)!;

// 5. Compound growth: the edge-AI forecast in framing-claims ----------------------------------------------------
export const claim = (id: string) => claimById(claimsSeries.rows(), id);
export const edgeStart = claim('edge-ai-2025');
export const edgeEnd = claim('edge-ai-2033');
export const edgeYears = Number(edgeEnd.refers_to) - Number(edgeStart.refers_to);
export const growth = compoundGrowth(Number(edgeStart.value), Number(edgeEnd.value), edgeYears);
export const growthBack = Number(edgeStart.value) * (1 + growth.cagrPct / 100) ** edgeYears;

// 6. Subsidy and the electricity per coin around the latest halving ----------------------------------------------
export const subsidyRows = [{ date: '2009-01-03', height: 0, subsidyBtc: blockSubsidy('2009-01-03') }, ...HALVINGS];
for (const h of HALVINGS) if (blockSubsidy(h.date) !== h.subsidyBtc) fail(`blockSubsidy(${h.date}) disagrees with HALVINGS`);
export const halving = HALVINGS.at(-1)!;
export const costDays = [dayBefore(halving.date), halving.date].map((date) => {
  const h = hashrate.find((p) => p.date === date) ?? fail(`no hashrate on ${date}`);
  const e = efficiency.find((p) => p.date === date) ?? fail(`no efficiency on ${date}`);
  const subsidy = blockSubsidy(date);
  const c = costPerCoin({ hashrateEhs: h.mean30dEhs!, efficiencyJPerTh: e.estimateJPerTh, pricePerKwh: COST_SERIES_PRICE_PER_KWH, subsidyBtc: subsidy, feesBtcPerBlock: 0 });
  return { date, hashrate: h.mean30dEhs!, eff: e.estimateJPerTh, subsidy, ...c };
});
export const costRatio = costDays[1]!.costPerCoinUsd / costDays[0]!.costPerCoinUsd;

// 7. Memory: the newest smallest model that reaches 60 % ---------------------------------------------------------
export const memRows = [16, 8, 4].map((bits) => ({ bits, ...memoryForModel({ paramsBillions: lastStep60.paramsBillions, bitsPerWeight: bits }) }));

// Known data faults, each found by a check at build time ---------------------------------------------------------
export const datasets = allDatasets();
export const corrections = datasets.flatMap((d) => d.meta.corrections.map((c) => ({ ds: d.meta.id, ...c })));
export const zeroDifficulty = difficultySeries.rows().filter((r) => r.file === '3-day' && r.difficulty === 0).map((r) => r.date);
export const heightGaps = integerGaps(blocks.map((b) => b.height));
export const missingHeights = heightGaps.reduce((s, g) => s + g.count, 0);
export const labelVariants = spellingVariants(new Set(blocks.map((b) => b.pool)));
export const hashrateGaps = dateGaps(hashrate.map((p) => p.date));
export const priceGaps = dateGaps(priceAverage.rows().map((r) => r.date));
export const hw = mlHardware.rows();
export const hwZeroPerf = hw.filter((r) => r.max_performance === 0).length;
export const hwZeroEff = hw.filter((r) => r.energy_efficiency === 0).length;

