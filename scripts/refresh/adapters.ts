/**
 * Adapters: one per source format, each turning a download into rows of a dataset file (values as text, in the file's
 * column order). They check what they read and throw with what was expected; they never touch the disk.
 */
import type { FileMeta } from '../../src/schema.ts';

export class UpstreamError extends Error {}

/**
 * Blockchain.com charts API, JSON (https://api.blockchain.info/charts/<metric>?timespan=…&format=json, and the chart
 * page's download): `{ "<metric>": [{ "x": <unix seconds or ms>, "y": <value> }, …] }` or `{ "values": [...] }`.
 * Rows: the day (YYYY-MM-DD, UTC) and the value, for a file whose columns are a date and one number.
 */
function blockchaincomChart(body: string, file: FileMeta, metric: string): string[][] {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(body);
  } catch {
    throw new UpstreamError(`the download is not complete JSON (${body.length} bytes; truncated?)`);
  }
  const points = (json[metric] ?? json.values) as { x: number; y: number }[] | undefined;
  if (!Array.isArray(points)) {
    throw new UpstreamError(`no "${metric}" series in the download (found: ${Object.keys(json).join(', ') || 'nothing'}); renamed upstream?`);
  }
  if (file.columns.length !== 2 || file.columns[0]!.type !== 'date') {
    throw new Error(`${file.path}: the blockchaincom-chart adapter writes a date and one value; the file has ${file.columns.length} columns`);
  }
  return points.map((p, i) => {
    if (typeof p?.x !== 'number' || typeof p?.y !== 'number' || !Number.isFinite(p.y)) {
      throw new UpstreamError(`point ${i + 1} of "${metric}" is not {x: number, y: number}: ${JSON.stringify(p)}`);
    }
    const ms = p.x < 1e11 ? p.x * 1000 : p.x; // the API gives seconds, the chart download milliseconds
    return [new Date(ms).toISOString().slice(0, 10), String(p.y)];
  });
}

export const ADAPTERS = { 'blockchaincom-chart': blockchaincomChart } as const;
