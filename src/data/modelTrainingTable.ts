type Row = Record<string, string | number | boolean | null>;

export interface ModelTraining {
  model: string;
  organization: string | null;
  /** Publication date 'YYYY-MM-DD'. */
  date: string;
  parameters: number | null;
  trainingComputeFlop: number | null;
  /** Epoch's estimated final-run compute cost, 2023 USD. */
  trainingCostUsd2023: number | null;
  /** Epoch's estimated training-cluster power draw, W. */
  trainingPowerW: number | null;
  hardware: string | null;
  hardwareQuantity: number | null;
  accessibility: string | null;
  frontier: boolean;
  /** Epoch's confidence in the compute estimate. */
  confidence: string | null;
  /** Dataset the row comes from. */
  source: 'epoch-notable-models' | 'epoch-frontier-models';
}

/**
 * A model's name for matching across Epoch's two files, which spell some models differently: "Grok 3" / "Grok-3",
 * "GPT-4 (Mar 2023)" / "GPT-4". Case, punctuation and a trailing "(Month Year)" are set aside; "(774M)" is kept.
 */
export const modelKey = (name: string) =>
  name.trim().toLowerCase().replace(/\s*\((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}\)$/, '').replace(/[^a-z0-9]/g, '');

const n = (v: Row[string] | undefined) => (typeof v === 'number' ? v : null);
const s = (v: Row[string] | undefined) => (typeof v === 'string' && v !== '' ? v : null);

/**
 * Per-model training compute, cost and power: every Epoch notable model with a training-compute estimate, plus the
 * frontier-file models (which extend to mid-2025) that are not in the notable snapshot under the same name
 * (by modelKey: the notable file's figures win).
 * Values as in the (corrected) Epoch files; sorted by date, then model.
 */
export function modelTrainingTable(notable: readonly Row[], frontier: readonly Row[]): ModelTraining[] {
  const map = (r: Row, source: ModelTraining['source']): ModelTraining => ({
    model: String(r.Model).trim(), // a few names in the Epoch files end in a space or a newline
    organization: s(r.Organization),
    date: String(r['Publication date']),
    parameters: n(r.Parameters),
    trainingComputeFlop: n(r['Training compute (FLOP)']),
    trainingCostUsd2023: n(r['Training compute cost (2023 USD)']),
    trainingPowerW: n(r['Training power draw (W)']),
    hardware: s(r['Training hardware']),
    hardwareQuantity: n(r['Hardware quantity']),
    accessibility: s(r['Model accessibility']),
    frontier: r['Frontier model'] === true,
    confidence: s(r.Confidence),
    source,
  });
  const known = new Set(notable.map((r) => modelKey(String(r.Model))));
  const out = [
    ...notable.filter((r) => typeof r['Training compute (FLOP)'] === 'number').map((r) => map(r, 'epoch-notable-models')),
    ...frontier
      .filter((r) => typeof r['Training compute (FLOP)'] === 'number' && !known.has(modelKey(String(r.Model))))
      .map((r) => map(r, 'epoch-frontier-models')),
  ];
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.model < b.model ? -1 : 1));
}
