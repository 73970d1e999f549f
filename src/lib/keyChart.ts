/**
 * What the home page shows of each piece: the chart that stands for it (frontmatter `keyChart`, else its first
 * figure) and how current its data is (the latest "data as of" among the datasets its figures draw).
 */
import { readFileSync } from 'node:fs';
import { evidence } from '../i18n/drift.ts';
import { getChart } from '../charts/registry.ts';
import { loadDataset } from '../datasets/load.ts';

/** The charts a piece shows, in the order they first appear. */
export function figuresOf(body: string): string[] {
  return [...evidence(body).values()].filter((e) => e.kind === 'figure').sort((a, b) => a.line - b.line).map((e) => e.id);
}

/** The piece's key chart; a keyChart that is not one of its figures stops the build with the file and line. */
export function keyChartOf(piece: { id: string; body?: string; data: { keyChart?: string } }, dir = 'content/articles'): string | undefined {
  const figures = figuresOf(piece.body ?? '');
  const chosen = piece.data.keyChart;
  if (chosen === undefined) return figures[0];
  if (!figures.includes(chosen)) {
    const file = `${dir}/${piece.id}.mdx`;
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => /^keyChart:/.test(l)) + 1;
    throw new Error(`${file}:${line}: keyChart "${chosen}" is not one of the piece's figures (${figures.join(', ') || 'none'})`);
  }
  return chosen;
}

/** The latest "data as of" (YYYY, YYYY-MM or YYYY-MM-DD) of the datasets behind these charts. */
export function dataAsOf(chartIds: readonly string[]): string | undefined {
  const dates = [...new Set(chartIds.flatMap((id) => getChart(id).datasets))].map((d) => loadDataset(d).meta.dataAsOf);
  return dates.sort().at(-1);
}
