/**
 * Every series, collected from src/series/<id>.ts (one file per series, so adding one never edits a shared list).
 * Build-time code (pages, chart building, numbers, tests) looks series up here; chart files only name them.
 */
import type { Series } from './define.ts';

const modules = import.meta.glob<{ default: Series }>('./*.ts', { eager: true });
/** Files of the layer itself, not series. */
const LAYER = new Set(['define.ts', 'inputs.ts', 'registry.ts']);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const allSeries: Series[] = Object.entries(modules)
  .filter(([path]) => !LAYER.has(path.split('/').pop()!))
  .map(([path, mod]) => {
    const file = `src/series/${path.split('/').pop()}`;
    const s = mod.default;
    if (!s || typeof s.rows !== 'function') throw new Error(`${file}: must export default defineSeries({ ... })`);
    if (!ID.test(s.id) || `src/series/${s.id}.ts` !== file) throw new Error(`${file}: series id "${s.id}" must be lower-case words joined by hyphens and match the file name`);
    return s;
  })
  .sort((a, b) => a.id.localeCompare(b.id));

/** The series offered as derived downloads, in the order the data pages list them. */
export const downloadableSeries = (): Series[] => allSeries.filter((s) => s.download);

const byId = new Map(allSeries.map((s) => [s.id, s]));

/** Look up a series by id (throws with the list of ids if unknown). */
export function seriesById(id: string): Series {
  const s = byId.get(id);
  if (!s) throw new Error(`Unknown series "${id}" (known: ${[...byId.keys()].join(', ')}). Add one as src/series/<id>.ts (see WRITING.md).`);
  return s;
}
