/**
 * The one loader for the site's datasets (content/data/<id>/).
 *
 * A dataset folder holds CSV files, a SOURCE.md and a dataset.json (validated with `datasetMetaSchema`).
 * `loadDataset(id)` parses every CSV with d3-dsv, checks it against dataset.json (header = declared columns,
 * equal field count, types, required values, min/max, calendar dates, unique key), applies the documented
 * corrections and returns typed rows. Any problem throws a `DataError` naming file, line, column, value and
 * expectation. Results are memoised per (root, id), so a build never parses a CSV twice.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { datasetMetaSchema } from '../schema.ts';
import type { ColumnMeta, Correction, DatasetMeta, FileMeta } from '../schema.ts';
import { DataError } from './DataError.ts';

export type { DatasetMeta, FileMeta, ColumnMeta, Correction };

/** A value after conversion: numbers as number, dates as 'YYYY-MM-DD' / 'YYYY-MM' strings, empty cells as null. */
export type Value = string | number | boolean | null;
/** One CSV row keyed by column name (exactly the header text). */
export type Row = Record<string, Value>;

export interface Dataset {
  meta: DatasetMeta;
  /** Rows per file, keyed by the file name (files[].path). */
  tables: Record<string, Row[]>;
}

export const DEFAULT_ROOT = 'content/data';
/** At most this many problems are listed per file before the loader gives up on it. */
const MAX_PROBLEMS = 20;

const cache = new Map<string, Dataset>();

/** Path shown in messages: relative to the project root (the working directory), with forward slashes. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path) || path;
  return (rel.startsWith('..') ? resolve(path) : rel).split('\\').join('/');
}

/** Ids of all dataset folders under root (folders that contain a dataset.json), sorted. */
export function listDatasetIds(root: string = DEFAULT_ROOT): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name: string) => statSync(join(root, name)).isDirectory() && existsSync(join(root, name, 'dataset.json')))
    .sort();
}

/** Load, validate and memoise one dataset. Throws DataError on any problem. */
export function loadDataset(id: string, root: string = DEFAULT_ROOT): Dataset {
  const cacheKey = `${resolve(root)}\0${id}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;

  const dir = join(root, id);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) || !existsSync(dir) || !statSync(dir).isDirectory()) {
    const known = listDatasetIds(root);
    throw new DataError(
      `Unknown dataset "${id}": no folder ${shown(dir)} (known: ${known.length ? known.join(', ') : 'none'})`,
    );
  }
  const meta = readMeta(dir, id);

  const problems: string[] = [];
  // Every CSV in the folder must be declared, so nothing is published without metadata.
  const declared = new Set(meta.files.map((f) => f.path));
  for (const name of readdirSync(dir).sort()) {
    if (name.toLowerCase().endsWith('.csv') && !declared.has(name)) {
      problems.push(`${shown(join(dir, name))}: file is not declared in ${shown(join(dir, 'dataset.json'))} (add it to "files")`);
    }
  }
  const tables: Record<string, Row[]> = {};
  for (const file of meta.files) {
    const corrections = meta.corrections.filter((c) => c.file === file.path);
    const result = loadFile(join(dir, file.path), file, corrections);
    if (result.problems.length) problems.push(...result.problems);
    else tables[file.path] = result.rows;
  }
  if (problems.length) throw new DataError(problems, `Dataset "${id}" failed validation:`);

  const dataset: Dataset = { meta, tables };
  cache.set(cacheKey, dataset);
  return dataset;
}

/** Load every dataset under root; collects the errors of all datasets into one DataError. */
export function loadAllDatasets(root: string = DEFAULT_ROOT): Dataset[] {
  const out: Dataset[] = [];
  const problems: string[] = [];
  for (const id of listDatasetIds(root)) {
    try {
      out.push(loadDataset(id, root));
    } catch (e) {
      if (e instanceof DataError) problems.push(...e.problems);
      else throw e;
    }
  }
  if (problems.length) throw new DataError(problems, 'Some datasets failed validation:');
  return out;
}

/** Forget memoised datasets (tests, or the refresh script after rewriting files). */
export function clearDatasetCache(): void {
  cache.clear();
}

// ---------------------------------------------------------------------------------------------------------------

function readMeta(dir: string, id: string): DatasetMeta {
  const path = join(dir, 'dataset.json');
  const where = shown(path);
  if (!existsSync(path)) throw new DataError(`${where}: file missing (every dataset folder needs a dataset.json)`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new DataError(`${where}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = datasetMetaSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => {
      const field = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
      const msg =
        issue.code === 'invalid_type' && /received undefined/.test(issue.message)
          ? `required field is missing (${issue.message.replace(/^Invalid input: /, '')})`
          : issue.message.replace(/^Invalid input: /, '');
      return `${where}: field "${field}": ${msg}`;
    });
    throw new DataError(problems, `Dataset "${id}": invalid dataset.json:`);
  }
  if (parsed.data.id !== id) {
    throw new DataError(`${where}: field "id": expected "${id}" (the folder name), got "${parsed.data.id}"`);
  }
  return parsed.data;
}

interface FileResult {
  rows: Row[];
  problems: string[];
}

/** Line (1-based) on which each record starts; quoted fields may span several lines. */
function recordStartLines(records: string[][]): number[] {
  const starts: number[] = [];
  let line = 1;
  for (const rec of records) {
    starts.push(line);
    let newlines = 0;
    for (const field of rec) for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) newlines++;
    line += 1 + newlines;
  }
  return starts;
}

function loadFile(path: string, file: FileMeta, corrections: Correction[]): FileResult {
  const where = shown(path);
  const problems: string[] = [];
  const add = (line: number | null, msg: string): boolean => {
    problems.push(line === null ? `${where}: ${msg}` : `${where}:${line}: ${msg}`);
    return problems.length >= MAX_PROBLEMS;
  };
  if (!existsSync(path)) {
    add(null, 'file declared in dataset.json but not found in the folder');
    return { rows: [], problems };
  }
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, ''); // a UTF-8 byte-order mark is not part of the header
  const records = csvParseRows(text);
  const lines = recordStartLines(records);
  // Blank lines at the very end of a file are not rows.
  while (records.length && records[records.length - 1]!.length === 1 && records[records.length - 1]![0] === '') {
    records.pop();
  }

  const headerLine = file.headerLine ?? 1;
  const names = file.columns.map((c) => c.name);
  let first: number; // index of the first data record
  if (headerLine === 0) {
    first = 0;
  } else {
    const h = lines.indexOf(headerLine);
    if (h === -1 || h >= records.length) {
      add(null, `no header row on line ${headerLine} (headerLine in dataset.json)`);
      return { rows: [], problems };
    }
    const header = records[h]!;
    for (const [i, col] of header.entries()) {
      if (!names.includes(col)) add(headerLine, `unknown column ${JSON.stringify(col)} (position ${i + 1}): not declared in dataset.json`);
    }
    for (const name of names) {
      if (!header.includes(name)) add(headerLine, `column ${JSON.stringify(name)} is declared in dataset.json but missing from the header`);
    }
    if (!problems.length && header.some((col, i) => col !== names[i])) {
      add(headerLine, `columns are not in the declared order: expected ${JSON.stringify(names)}, got ${JSON.stringify(header)}`);
    }
    if (problems.length) return { rows: [], problems };
    first = h + 1;
  }

  // 1. Field count (malformed CSV) and raw records.
  const raw: { line: number; values: string[] }[] = [];
  for (let r = first; r < records.length; r++) {
    const values = records[r]!;
    const line = lines[r]!;
    if (values.length !== names.length) {
      const detail =
        values.length < names.length
          ? `column ${JSON.stringify(names[values.length])} and after are missing`
          : `extra field(s) after column ${JSON.stringify(names[names.length - 1])}: ${JSON.stringify(values.slice(names.length).join(','))}`;
      if (add(line, `expected ${names.length} fields like the header, got ${values.length} (${detail})`)) break;
      continue;
    }
    raw.push({ line, values });
  }
  if (problems.length) return { rows: [], problems };

  // 2. Corrections, on the raw text, before type checks (the corrected value is checked like any other).
  for (const c of corrections) {
    const col = names.indexOf(c.column);
    const keyCols = Object.entries(c.rowKey).map(([k, v]) => [names.indexOf(k), v] as const);
    const matches = raw.filter((r) => keyCols.every(([i, v]) => r.values[i] === v));
    const desc = JSON.stringify(c.rowKey);
    if (matches.length !== 1) {
      add(null, `correction for row ${desc}, column ${JSON.stringify(c.column)}: expected exactly one matching row, found ${matches.length} (stale correction? update "corrections" in dataset.json)`);
      continue;
    }
    const target = matches[0]!;
    if (target.values[col] !== c.from) {
      add(target.line, `column ${JSON.stringify(c.column)}: stale correction for row ${desc}: expected ${JSON.stringify(c.from)} (the "from" value in dataset.json), got ${JSON.stringify(target.values[col])}`);
      continue;
    }
    target.values[col] = c.to;
  }
  if (problems.length) return { rows: [], problems };

  // 3. Types, required, min/max, calendar dates.
  const rows: Row[] = [];
  outer: for (const r of raw) {
    const row: Row = {};
    for (const [i, col] of file.columns.entries()) {
      const result = convert(r.values[i]!, col);
      if (typeof result === 'object' && result !== null && 'error' in result) {
        if (add(r.line, `column ${JSON.stringify(col.name)}: ${result.error}, got ${JSON.stringify(r.values[i])}`)) break outer;
        continue;
      }
      row[col.name] = result as Value;
    }
    rows.push(row);
  }
  if (problems.length) return { rows: [], problems };

  // 4. Unique key.
  if (file.key.length) {
    const seen = new Map<string, number>();
    const keyIdx = file.key.map((k) => names.indexOf(k));
    for (const r of raw) {
      const k = JSON.stringify(keyIdx.map((i) => r.values[i]));
      const prev = seen.get(k);
      if (prev !== undefined) {
        const desc = file.key.map((name, j) => `column ${JSON.stringify(name)} = ${JSON.stringify(r.values[keyIdx[j]!])}`).join(', ');
        if (add(r.line, `duplicate key: ${desc} already on line ${prev} (expected a unique key ${JSON.stringify(file.key)})`)) break;
      } else seen.set(k, r.line);
    }
  }
  if (problems.length) return { rows: [], problems };
  return { rows, problems };
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const DMY_DATE = /^(\d{2})\/(\d{2})\/(\d{4})(?: \d{2}:\d{2}(:\d{2})?)?$/;

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate(); // day 0 of next month = last day of this month
  return d <= days;
}

function convert(text: string, col: ColumnMeta): Value | { error: string } {
  if (text === '') return col.required ? { error: 'expected a value (required column)' } : null;
  const range = (v: number): Value | { error: string } => {
    if (col.min !== undefined && v < col.min) return { error: `expected a value ≥ ${col.min}` };
    if (col.max !== undefined && v > col.max) return { error: `expected a value ≤ ${col.max}` };
    return v;
  };
  switch (col.type) {
    case 'string':
      if (col.pattern && !new RegExp(col.pattern).test(text)) return { error: `expected text matching /${col.pattern}/` };
      return text;
    case 'number':
      if (!NUMBER.test(text)) return { error: 'expected a number' };
      return range(Number(text));
    case 'integer':
      if (!INTEGER.test(text)) return { error: 'expected an integer' };
      return range(Number(text));
    case 'year':
      if (!/^\d{4}$/.test(text)) return { error: 'expected a year (YYYY)' };
      return range(Number(text));
    case 'boolean':
      if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
      return { error: 'expected a boolean (True or False)' };
    case 'month': {
      const m = /^(\d{4})-(\d{2})$/.exec(text);
      if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return { error: 'expected a month (YYYY-MM)' };
      return text;
    }
    case 'date': {
      if (col.format === 'DD/MM/YYYY') {
        const m = DMY_DATE.exec(text);
        if (!m || !validDay(Number(m[3]), Number(m[2]), Number(m[1]))) return { error: 'expected a valid date (DD/MM/YYYY)' };
        return `${m[3]}-${m[2]}-${m[1]}`;
      }
      const m = ISO_DATE.exec(text);
      if (!m || !validDay(Number(m[1]), Number(m[2]), Number(m[3]))) return { error: 'expected a valid date (YYYY-MM-DD)' };
      return text.slice(0, 10);
    }
  }
}
