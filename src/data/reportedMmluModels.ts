export interface BenchmarkRowInput {
  model_name: string;
  organization: string;
  release_date: string;
  source_url: string;
  notes: string | null;
  MMLU: string | null;
  MMLU__setting: string | null;
}

export interface MmluModel {
  model: string;
  organization: string;
  /** ISO date 'YYYY-MM-DD'. */
  releaseDate: string;
  /** Parameters in billions, as stated in the notes ("3B parameters") or else in the model name ("Qwen2-1.5B"). */
  paramsBillions: number;
  /** Where the parameter count was read. */
  paramsFrom: 'notes' | 'name';
  /** Leading number of the reported MMLU text ("58.2 (reported score)" → 58.2), percent. */
  mmlu: number;
  /** Reported MMLU text as in the file. */
  mmluText: string;
  /** Evaluation setting as reported (null if not given). */
  setting: string | null;
  sourceUrl: string;
}

const NOTES_PARAMS = /(\d+(?:\.\d+)?)\s*B (?:total )?parameters/i; // "3B parameters", "MoE 46.7B total parameters"
// A size token in the name: "7B", "1.5B", "57B" in "Qwen2-57B-A14B" (total size of a mixture-of-experts model).
// Not "8x7B" (an x before the number is not a space or hyphen), not "A14B" (active parameters).
const NAME_PARAMS = /(?:^|[\s-])(\d+(?:\.\d+)?)B(?=$|[\s-])/;
const LEADING_NUMBER = /^(\d+(?:\.\d+)?)/;

/**
 * Models with a reported MMLU score and a known parameter count, cleaned for charts: parameters from the notes
 * (else the model name), MMLU as the leading number of the text. Rows without MMLU or without a parseable size are left out.
 */
export function reportedMmluModels(rows: readonly BenchmarkRowInput[]): MmluModel[] {
  const out: MmluModel[] = [];
  for (const r of rows) {
    if (!r.MMLU) continue;
    const score = LEADING_NUMBER.exec(r.MMLU);
    if (!score) continue;
    const fromNotes = r.notes ? NOTES_PARAMS.exec(r.notes) : null;
    const fromName = fromNotes ? null : NAME_PARAMS.exec(r.model_name);
    const size = fromNotes ?? fromName;
    if (!size) continue;
    out.push({
      model: r.model_name,
      organization: r.organization,
      releaseDate: r.release_date,
      paramsBillions: Number(size[1]),
      paramsFrom: fromNotes ? 'notes' : 'name',
      mmlu: Number(score[1]),
      mmluText: r.MMLU,
      setting: r.MMLU__setting,
      sourceUrl: r.source_url,
    });
  }
  return out;
}
