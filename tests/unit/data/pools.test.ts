import { describe, expect, it } from 'vitest';
import { hhi } from '../../../src/data/hhi.ts';
import { nakamotoCoefficient } from '../../../src/data/nakamotoCoefficient.ts';
import { poolSharesByPeriod } from '../../../src/data/poolSharesByPeriod.ts';
import { table } from '../../../src/datasets/table.ts';

describe('hhi and nakamotoCoefficient', () => {
  it('hhi on the 0–10,000 scale', () => {
    expect(hhi([1])).toBe(10_000); // one entity: 100² = 10,000
    // shares 50 %, 30 %, 20 % → 2500 + 900 + 400 = 3800
    expect(hhi([5, 3, 2])).toBeCloseTo(3800, 9);
  });

  it('nakamoto coefficient needs strictly more than 50 %', () => {
    expect(nakamotoCoefficient([5, 3, 2])).toBe(2); // 5 = 50 % is not > 50 %; 5 + 3 = 80 % → 2
    expect(nakamotoCoefficient([6, 3, 1])).toBe(1); // 60 %
    expect(nakamotoCoefficient([1, 1, 1, 1])).toBe(3); // 2 = 50 %, 3 = 75 %
  });
});

describe('poolSharesByPeriod on pool-blocks-2016-2018', () => {
  const periods = () =>
    poolSharesByPeriod(
      table('pool-blocks-2016-2018', 'miningpool_blocks_400000_546235.csv').map((r) => ({ height: Number(r.blockid), pool: String(r.miningpool) })),
    );

  it('aligns periods to heights divisible by 2016 and flags incomplete ones', () => {
    const p = periods();
    // 400000 ÷ 2016 = 198.4 → first period starts at 198 × 2016 = 399168, holding 401183 − 400000 + 1 = 1184 blocks
    expect(p[0]).toMatchObject({ period: 198, startHeight: 399168, endHeight: 401183, blocks: 1184, complete: false });
    // 546235 ÷ 2016 = 270.95 → last period starts at 270 × 2016 = 544320, holding 546235 − 544320 + 1 = 1916 blocks
    expect(p.at(-1)).toMatchObject({ startHeight: 544320, blocks: 1916, complete: false });
    // awk count of rows per period: only 399168 (1184), 538272 (1992), 540288 (1959), 542304 (2009), 544320 (1916) are not 2016
    expect(p.filter((x) => !x.complete).map((x) => [x.startHeight, x.blocks])).toEqual([
      [399168, 1184], [538272, 1992], [540288, 1959], [542304, 2009], [544320, 1916],
    ]);
    expect(p).toHaveLength(73); // periods 198 … 270
  });

  it('period 401184–403199 matches a hand count', () => {
    // awk -F, '$1>=401184 && $1<=403199 {c[$2]++}' → AntPool 518, F2Pool 486, BTCC 303, BitFury 218, BW.COM 136,
    // KnCMiner 72, SlushPool 66, BitClub 58, KanoPool 52, 1Hash 52, Telco 214 15, Eligius 11, GHash.IO 9, Solo CK 6,
    // BitMinter 5, UNOMP 4, BCMonster 2, myBTCcoin Pool 1, Eobot 1, unknown 1 (total 2016).
    const p = periods().find((x) => x.startHeight === 401184)!;
    expect(p.blocks).toBe(2016);
    expect(p.top.map((t) => [t.pool, t.blocks])).toEqual([['AntPool', 518], ['F2Pool', 486], ['BTCC', 303], ['BitFury', 218], ['BW.COM', 136]]);
    expect(p.top[0]!.sharePct).toBeCloseTo(25.694444444, 6); // 518 / 2016 × 100
    // Other = 2016 − (518+486+303+218+136 = 1661) − 1 unknown = 354 → 17.5595 %
    expect(p.otherBlocks).toBe(354);
    expect(p.otherPct).toBeCloseTo(17.5595238095, 6);
    expect(p.unknownBlocks).toBe(1);
    expect(p.namedPools).toBe(19);
    // HHI = 10,000 × Σc² / 2016²; Σc² = 518² + 486² + 303² + 218² + 136² + 72² + 66² + 58² + 52² + 52² + 15² + 11² + 9² + 6²
    //   + 5² + 4² + 2² + 1² + 1² + 1² (the unknown block as its own miner) = 681,172 → 6,811,720,000 / 4,064,256 = 1676.0066
    expect(p.hhi).toBeCloseTo(1676.0066295, 5);
    // Nakamoto: 518 + 486 = 1004 ≤ 1008 (half of 2016); + 303 = 1307 > 1008 → 3
    expect(p.nakamotoCoefficient).toBe(3);
  });

  it('keeps Unknown separate from Other and treats unknown blocks as one-block miners', () => {
    const blocks = [
      ...Array.from({ length: 3 }, (_, i) => ({ height: 4032 + i, pool: 'A' })),
      ...Array.from({ length: 3 }, (_, i) => ({ height: 4035 + i, pool: 'unknown' })),
    ];
    const [p] = poolSharesByPeriod(blocks, { top: 5 });
    // A = 3 of 6 = 50 %; unknown 3 blocks as 3 miners of 1: HHI = 50² + 3 × (100/6)² = 2500 + 833.33 = 3333.33
    expect(p).toMatchObject({ startHeight: 4032, blocks: 6, unknownBlocks: 3, unknownPct: 50, otherBlocks: 0 });
    expect(p!.hhi).toBeCloseTo(3333.3333, 3);
    // A alone is 50 % (not > 50 %) → A + one unknown block = 2
    expect(p!.nakamotoCoefficient).toBe(2);
  });
});
