import { defineTable } from './define.ts';
import models from './llm-mmlu-vs-parameters.ts';

/**
 * Open models with a vendor-reported MMLU score and a stated size, each once: rows that repeat a model under another
 * name with the same date, size and score (e.g. "Qwen2 7B" and "Qwen2-7B") are kept once. Sorted by release, then size.
 */
export default defineTable({
  id: 'llm-open-models',
  title: 'Open language models with a reported MMLU score and size, each once',
  description: 'llm-mmlu-vs-parameters without repeated rows, with the release year; settings not stated read "not stated".',
  datasets: ['llm-mmlu-reported'],
  download: false,
  from: () => {
    const seen = new Set<string>();
    const rows = [];
    for (const r of models.rows()) {
      const key = `${r.release_date}|${r.params_billions}|${r.mmlu}|${r.model.replace(/[-\s]/g, '')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({
        model: r.model,
        organization: r.organization,
        release_date: r.release_date,
        year: r.release_date.slice(0, 4),
        params_billions: r.params_billions,
        mmlu: r.mmlu,
        mmlu_setting: r.mmlu_setting ?? 'not stated',
      });
    }
    return rows.sort((a, b) => a.release_date.localeCompare(b.release_date) || a.params_billions - b.params_billions);
  },
  columns: {
    model: { description: 'Model name as listed.' },
    organization: { description: 'Developer.' },
    release_date: { description: 'YYYY-MM-DD.' },
    year: { description: 'Release year.' },
    params_billions: { unit: 'billion parameters', description: 'Stated size.' },
    mmlu: { unit: '%', description: 'Reported MMLU.' },
    mmlu_setting: { description: 'Evaluation setting as reported, or "not stated".' },
  },
});
