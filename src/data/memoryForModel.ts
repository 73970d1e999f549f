export interface MemoryForModelInput {
  /** Parameters, in billions (e.g. 3.8 for Phi-3-mini). */
  paramsBillions: number;
  /** Bits per weight: 16 (FP16/BF16), 8, 4 (typical on-device quantisation) … */
  bitsPerWeight: number;
  /** Extra memory as a fraction of the weights (KV cache, activations, runtime), e.g. 0.2 for +20 %. Default 0. */
  overheadFraction?: number;
}

export interface MemoryForModelResult {
  /** Weights only: params × bits ÷ 8 bytes, in GB (1 GB = 1e9 bytes). */
  weightsGb: number;
  /** weightsGb × overheadFraction. */
  overheadGb: number;
  /** weightsGb + overheadGb. */
  totalGb: number;
  /** totalGb in GiB (2^30 bytes), the unit phones and operating systems often show as "GB". */
  totalGib: number;
}

/** Memory needed to hold a model's weights (plus a stated overhead) — for the "will this model fit on my device?" calculator. */
export function memoryForModel({ paramsBillions, bitsPerWeight, overheadFraction = 0 }: MemoryForModelInput): MemoryForModelResult {
  if (!(paramsBillions > 0)) throw new RangeError(`paramsBillions must be positive, got ${paramsBillions}`);
  if (!(bitsPerWeight > 0 && bitsPerWeight <= 64)) throw new RangeError(`bitsPerWeight must be in (0, 64], got ${bitsPerWeight}`);
  if (!(overheadFraction >= 0)) throw new RangeError(`overheadFraction must be ≥ 0, got ${overheadFraction}`);
  const weightsGb = (paramsBillions * 1e9 * bitsPerWeight) / 8 / 1e9;
  const overheadGb = weightsGb * overheadFraction;
  const totalGb = weightsGb + overheadGb;
  return { weightsGb, overheadGb, totalGb, totalGib: (totalGb * 1e9) / 2 ** 30 };
}
