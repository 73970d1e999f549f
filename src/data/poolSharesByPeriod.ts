import { hhi } from './hhi.ts';
import { nakamotoCoefficient } from './nakamotoCoefficient.ts';

/** Blocks per difficulty period: difficulty is retargeted every 2,016 blocks, at heights divisible by 2,016. */
export const DIFFICULTY_PERIOD_BLOCKS = 2016;

export interface BlockLabel {
  height: number;
  /** Pool label as in the source. */
  pool: string;
}

export interface PoolShare {
  pool: string;
  blocks: number;
  /** Share of the period's labelled blocks, %. */
  sharePct: number;
}

export interface PeriodShares {
  /** Period number = floor(height / 2016); period p covers heights p×2016 … p×2016+2015. */
  period: number;
  startHeight: number;
  endHeight: number;
  /** Blocks of this period present in the data (2,016 unless the data starts/ends inside it or has missing heights). */
  blocks: number;
  /** true when all 2,016 heights of the period are present. */
  complete: boolean;
  /** The largest named pools (at most `top`), largest first; ties broken by pool name. */
  top: PoolShare[];
  /** Blocks of all other named pools together. */
  otherBlocks: number;
  otherPct: number;
  /** Blocks without a pool attribution (labels in `unknownLabels`), kept separate from "Other". */
  unknownBlocks: number;
  unknownPct: number;
  /** Number of distinct named pools. */
  namedPools: number;
  /**
   * HHI (0–10,000) of block shares. Each unattributed block counts as its own one-block miner — it could have been
   * anyone, so it is not lumped into one giant "unknown" entity (which would overstate concentration) nor dropped
   * (which would inflate the named pools' shares). This makes HHI a lower bound when unknown blocks are many.
   */
  hhi: number;
  /** Minimum number of entities with more than 50 % of the period's blocks (unknown blocks as one-block miners, as for HHI). */
  nakamotoCoefficient: number;
}

export interface PoolSharesOptions {
  /** How many named pools to list per period (default 5). */
  top?: number;
  /** Labels meaning "not attributed" (default: 'unknown', 'failed'; compared case-insensitively). */
  unknownLabels?: readonly string[];
}

/**
 * Pool shares per difficulty period (2,016 blocks aligned to heights divisible by 2,016) from per-block pool labels.
 * Periods are returned in height order; periods with no block in the data are omitted.
 */
export function poolSharesByPeriod(blocks: readonly BlockLabel[], options: PoolSharesOptions = {}): PeriodShares[] {
  const topN = options.top ?? 5;
  const unknown = new Set((options.unknownLabels ?? ['unknown', 'failed']).map((l) => l.toLowerCase()));
  const periods = new Map<number, { named: Map<string, number>; unknown: number; blocks: number }>();
  for (const b of blocks) {
    if (!Number.isInteger(b.height) || b.height < 0) throw new RangeError(`invalid block height ${b.height}`);
    const p = Math.floor(b.height / DIFFICULTY_PERIOD_BLOCKS);
    let acc = periods.get(p);
    if (!acc) periods.set(p, (acc = { named: new Map(), unknown: 0, blocks: 0 }));
    acc.blocks++;
    if (unknown.has(b.pool.toLowerCase())) acc.unknown++;
    else acc.named.set(b.pool, (acc.named.get(b.pool) ?? 0) + 1);
  }
  return [...periods.keys()]
    .sort((a, b) => a - b)
    .map((p) => {
      const acc = periods.get(p)!;
      const pct = (n: number) => (100 * n) / acc.blocks;
      const ranked = [...acc.named.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      const top = ranked.slice(0, topN).map(([pool, n]) => ({ pool, blocks: n, sharePct: pct(n) }));
      const otherBlocks = ranked.slice(topN).reduce((s, [, n]) => s + n, 0);
      const counts = [...ranked.map(([, n]) => n), ...Array<number>(acc.unknown).fill(1)];
      return {
        period: p,
        startHeight: p * DIFFICULTY_PERIOD_BLOCKS,
        endHeight: p * DIFFICULTY_PERIOD_BLOCKS + DIFFICULTY_PERIOD_BLOCKS - 1,
        blocks: acc.blocks,
        complete: acc.blocks === DIFFICULTY_PERIOD_BLOCKS,
        top,
        otherBlocks,
        otherPct: pct(otherBlocks),
        unknownBlocks: acc.unknown,
        unknownPct: pct(acc.unknown),
        namedPools: ranked.length,
        hhi: hhi(counts),
        nakamotoCoefficient: nakamotoCoefficient(counts),
      };
    });
}
