/**
 * Every chart, collected from src/charts/defs/*.ts (one file per chart, so writers adding charts
 * never edit a shared list). Feeds MDX figures, chart pages, embeds, the gallery and the tests.
 */
import { columnHeading, type ChartDef } from './types.ts';

const modules = import.meta.glob<{ default: ChartDef }>('./defs/*.ts', { eager: true });

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function validateChart(def: ChartDef, file: string): ChartDef {
  const where = `src/charts/defs/${file.split('/').pop()}`;
  const need = (ok: unknown, what: string) => {
    if (!ok) throw new Error(`${where}: chart "${def?.id ?? '?'}" ${what}`);
  };
  need(def && typeof def === 'object', 'must be the default export (export default { ... } satisfies ChartDef)');
  need(typeof def.id === 'string' && ID.test(def.id), 'needs an id of lower-case words joined by hyphens');
  need(`${def.id}.ts` === file.split('/').pop(), `must live in a file named ${def.id}.ts`);
  need(typeof def.title === 'string' && def.title.trim().length > 3, 'needs a title');
  need(typeof def.alt === 'string' && def.alt.trim().length > 20, 'needs alt text (a sentence saying what the chart shows)');
  need(Array.isArray(def.datasets) && def.datasets.length > 0, 'needs at least one source dataset in datasets: [...]');
  need(Array.isArray(def.series) && def.series.every((s) => typeof s === 'string'), 'needs series: [...] (ids of the series it draws, src/series/<id>.ts; [] only for data written in the chart file)');
  need(typeof def.data === 'function', 'needs data: (series) => rows');
  need(typeof def.spec === 'function', 'needs spec: (rows, options) => Plot.plot(...)');
  need(typeof def.summary === 'function', 'needs summary: (rows) => "one or two sentences"');
  need(Array.isArray(def.columns) && def.columns.length > 0, 'needs columns for the data table and downloads');
  const headings = def.columns.map(columnHeading);
  const twice = headings.find((h, i) => headings.indexOf(h) !== i);
  need(!twice, `has two columns headed "${twice}": the table and the CSV need a different label or unit for each`);
  // A calculator says so in its name, so writers and readers of the code find it.
  need(!def.controls === !def.id.endsWith('-calculator'), 'has controls exactly when its id ends in -calculator');
  return def;
}

export const charts: ChartDef[] = Object.entries(modules)
  .map(([file, mod]) => validateChart(mod.default, file))
  .sort((a, b) => a.id.localeCompare(b.id));

const byId = new Map(charts.map((c) => [c.id, c]));

/** The chart with this id, or an error that lists the known ids (a typo in MDX fails the build). */
export function getChart(id: string, usedIn?: string): ChartDef {
  const def = byId.get(id);
  if (!def) {
    throw new Error(
      `Unknown chart "${id}"${usedIn ? ` in ${usedIn}` : ''}. Known charts: ${[...byId.keys()].join(', ')}. ` +
        'Add one as src/charts/defs/<id>.ts (see WRITING.md).',
    );
  }
  return def;
}
