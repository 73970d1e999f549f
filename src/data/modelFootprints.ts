import { memoryForModel } from './memoryForModel.ts';

/** Bits per weight the model-memory calculator shows: 16 (FP16/BF16, how weights are usually published), 8 and 4 (quantised). */
export const BITS = [16, 8, 4] as const;

/**
 * The calculator's default overhead: OUR ASSUMPTION, not a measured or published figure. It stands for the memory a
 * running model needs beyond its weights (the context it keeps for the conversation so far, working buffers, the
 * runtime). It grows with the length of the conversation; the reader can change it.
 */
export const DEFAULT_OVERHEAD_PCT = 20;

const GIB = 2 ** 30;

/** Memory at each bit width, in GiB (the unit device memory is sold in as "GB"). */
export function footprints(paramsBillions: number, overheadPct: number) {
  return BITS.map((bits) => {
    const m = memoryForModel({ paramsBillions, bitsPerWeight: bits, overheadFraction: Math.max(0, overheadPct) / 100 });
    return { bits, label: `${bits}-bit`, weightsBytes: m.weightsGb * 1e9, weightsGib: (m.weightsGb * 1e9) / GIB, totalGib: m.totalGib };
  });
}
