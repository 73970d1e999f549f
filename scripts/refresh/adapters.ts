/**
 * Adapters: one per source format, each turning a download into rows of a dataset file (values as text, in the file's
 * column order). They check what they read and throw with what was expected; they never touch the disk.
 */
import { csvParseRows } from 'd3-dsv';
import type { FileMeta } from '../../src/schema.ts';

export class UpstreamError extends Error {}

/**
 * Blockchain.com charts API, JSON (https://api.blockchain.info/charts/<metric>?timespan=…&format=json, and the chart
 * page's download): `{ "<metric>": [{ "x": <unix seconds or ms>, "y": <value> }, …] }` or `{ "values": [...] }`.
 * Rows: the day (YYYY-MM-DD, UTC) and the value, for a file whose columns are a date and one number.
 */
function blockchaincomChart(body: string, file: FileMeta, metric = '', _scale = 1): string[][] {
  if (!metric) throw new Error(`${file.path}: the blockchaincom-chart adapter needs refresh.metric (the chart's name)`);
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

/**
 * Coin Metrics API v4, asset-metrics as JSON (https://community-api.coinmetrics.io/v4/timeseries/asset-metrics?
 * assets=btc&metrics=HashRate&frequency=1d&page_size=10000): `{ "data": [{ "asset": "btc", "time":
 * "2009-01-03T00:00:00.000000000Z", "HashRate": "0.00000004971" }, …], "next_page_url"?: … }`, values as text.
 * Rows: the day and the value times `scale`, for a file whose columns are a date and one number. A page that says
 * there is more (next_page_url) stops the refresh rather than take part of the series.
 */
function coinmetrics(body: string, file: FileMeta, metric = '', scale = 1): string[][] {
  if (!metric) throw new Error(`${file.path}: the coinmetrics adapter needs refresh.metric (e.g. "HashRate")`);
  let json: { data?: Record<string, unknown>[]; next_page_url?: string; error?: { message?: string } };
  try {
    json = JSON.parse(body);
  } catch {
    throw new UpstreamError(`the download is not complete JSON (${body.length} bytes; truncated?)`);
  }
  if (json.error) throw new UpstreamError(`Coin Metrics answered with an error: ${json.error.message ?? JSON.stringify(json.error)}`);
  if (!Array.isArray(json.data)) throw new UpstreamError(`no "data" array in the download (found: ${Object.keys(json).join(', ') || 'nothing'})`);
  if (json.next_page_url) throw new UpstreamError('the download is one page of several (next_page_url): raise page_size in the URL');
  if (file.columns.length !== 2 || file.columns[0]!.type !== 'date') {
    throw new Error(`${file.path}: the coinmetrics adapter writes a date and one value; the file has ${file.columns.length} columns`);
  }
  if (json.data.length && !(metric in json.data[0]!)) {
    throw new UpstreamError(`no "${metric}" in the download's rows (found: ${Object.keys(json.data[0]!).join(', ')}); renamed upstream?`);
  }
  return json.data.map((p, i) => {
    const day = typeof p.time === 'string' ? p.time.slice(0, 10) : '';
    const value = Number(p[metric]);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || typeof p[metric] !== 'string' || !Number.isFinite(value)) {
      throw new UpstreamError(`row ${i + 1} of the download is not {time, ${metric}: a number}: ${JSON.stringify(p)}`);
    }
    return [day, String(value * scale)];
  });
}

/**
 * A CSV with a header row, as Epoch AI (https://epoch.ai/data/notable_ai_models.csv) and Our World in Data's grapher
 * (https://ourworldindata.org/grapher/<chart>.csv) publish them. The file keeps its declared columns, found by name,
 * in its own order; columns the source added are left out. A declared column the download lacks (renamed upstream?)
 * or a row with the wrong number of fields (a truncated body) stops the refresh.
 */
function csvColumns(body: string, file: FileMeta): string[][] {
  const [header, ...rows] = csvParseRows(body.replace(/^\uFEFF/, '')).filter((r) => r.length > 1 || r[0] !== '');
  if (!header || !rows.length) throw new UpstreamError('the download has no rows');
  const at = file.columns.map((c) => {
    const i = header.indexOf(c.name);
    if (i < 0) throw new UpstreamError(`no column "${c.name}" in the download (found: ${header.slice(0, 12).join(', ')}${header.length > 12 ? ', …' : ''}); renamed upstream?`);
    return i;
  });
  return rows.map((row, n) => {
    if (row.length !== header.length) throw new UpstreamError(`row ${n + 2} of the download has ${row.length} fields, the header ${header.length}: truncated?`);
    return at.map((i) => row[i]!);
  });
}

export const ADAPTERS = { 'blockchaincom-chart': blockchaincomChart, coinmetrics, 'csv-columns': csvColumns } as const;
