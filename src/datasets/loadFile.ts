/**
 * Validation of one CSV file against its dataset.json entry: header = declared columns, equal field count, types,
 * required values, min/max, calendar dates, unique key; then the documented corrections. Problems name file, line,
 * column, value and expectation (at most MAX_PROBLEMS per file). Used by the loader (./load.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import type { ColumnMeta, Correction, FileMeta } from '../schema.ts';
import { decodeUtf8, NOT_UTF8 } from '../lib/utf8.ts';

/** A value after conversion: numbers as number, dates as 'YYYY-MM-DD' / 'YYYY-MM' strings, empty cells as null. */
export type Value = string | number | boolean | null;
/** One CSV row keyed by column name (exactly the header text). */
export type Row = Record<string, Value>;

/** At most this many problems are listed per file before the loader gives up on it. */
export const MAX_PROBLEMS = 20;

/** Path shown in messages: relative to the project root (the working directory), with forward slashes. */
export function shown(path: string): string {
  const rel = relative(process.cwd(), path) || path;
  return (rel.startsWith('..') ? resolve(path) : rel).split('\\').join('/');
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

export function loadFile(path: string, file: FileMeta, corrections: Correction[]): FileResult {
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
  const decoded = decodeUtf8(readFileSync(path));
  if ('badLine' in decoded) {
    add(decoded.badLine, NOT_UTF8);
    return { rows: [], problems };
  }
  const text = decoded.text.replace(/^\uFEFF/, ''); // a UTF-8 byte-order mark is not part of the header
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

  // 5. At least one row, and time in order: with one date, month or year column in the key, rows run forward in
  // time (within each group of the other key columns), because charts, "first" and "latest" read them in file order.
  if (!rows.length) {
    add(null, 'the file has no data rows (expected at least one row under the header)');
    return { rows: [], problems };
  }
  const timeKeys = file.columns.filter((c) => file.key.includes(c.name) && (c.type === 'date' || c.type === 'month' || c.type === 'year'));
  const order = file.order ?? 'oldest first';
  if (timeKeys.length === 1 && order !== 'as published') {
    const forward = order === 'oldest first';
    const t = timeKeys[0]!.name;
    const groups = file.key.filter((k) => k !== t);
    const last = new Map<string, { value: Value; line: number }>();
    for (const [i, row] of rows.entries()) {
      const g = JSON.stringify(groups.map((k) => row[k]));
      const prev = last.get(g);
      const v = row[t]!;
      if (prev && !(forward ? v > prev.value! : v < prev.value!)) {
        const within = groups.length ? ` for ${groups.map((k) => `${k} = ${JSON.stringify(row[k])}`).join(', ')}` : '';
        if (add(raw[i]!.line, `rows out of order: column ${JSON.stringify(t)} is ${JSON.stringify(v)}${within}, after ${JSON.stringify(prev.value)} on line ${prev.line} (expected rows sorted by ${t}, ${order}; "order" in dataset.json)`)) break;
      }
      last.set(g, { value: v, line: raw[i]!.line });
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
