/**
 * Pure functions behind the data downloads and data pages (no file system, no Astro): how a validated file is
 * written back out as CSV, what its JSON and README carry, what period it covers. Unit-tested in
 * tests/unit/downloads.test.ts. The build-time glue (loading, memoising, URLs) is in ./siteData.ts.
 */
import { toCsv } from './csv.ts';
import type { ColumnMeta, Correction, DatasetMeta, FileMeta, Row } from '../datasets/load.ts';

/** 'miningpool_blocks_400000_546235.csv' → 'miningpool_blocks_400000_546235' (the download's file name stem). */
export const fileStem = (path: string): string => path.replace(/\.csv$/i, '');

/**
 * The validated rows of one file as CSV: a header row with the declared column names (the names of the original
 * file, in its order; for a file without a header, the names given in dataset.json), then one line per row with the
 * values as the loader returns them: corrections applied, dates as YYYY-MM-DD, numbers in JavaScript's shortest
 * form, booleans as true/false, empty cells empty. RFC 4180 quoting (d3-dsv), LF line ends, final newline.
 */
export function rowsToCsv(file: Pick<FileMeta, 'columns'>, rows: readonly Row[]): string {
  return toCsv(file.columns.map((c) => c.name), rows);
}

/** What period (or range) a file covers, read from its rows. */
export interface Coverage {
  /** Column (or header) the range was read from. */
  column: string;
  /** 'dates': a date, month or year column or dates written as text; 'header': month columns; 'key': an integer key. */
  kind: 'dates' | 'header' | 'key';
  from: string;
  to: string;
}

const DATE_LIKE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const MONTH_HEADER = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The range a file covers, from (in this order): its first date, month or year column; else its first text column
 * whose every value is a date written YYYY, YYYY-MM or YYYY-MM-DD; else month columns in a wide layout
 * ("Jan 2001" … "May 2023" as headers); else a single integer key (e.g. block heights). null if none applies.
 * Values are compared as dates (texts of mixed precision sort by their first characters).
 */
export function coverage(file: Pick<FileMeta, 'columns' | 'key'>, rows: readonly Row[]): Coverage | null {
  const range = (col: ColumnMeta, kind: Coverage['kind']): Coverage | null => {
    const values = rows.map((r) => r[col.name]).filter((v) => v !== null && v !== undefined && v !== '');
    if (!values.length) return null;
    if (values.every((v) => typeof v === 'number')) {
      const nums = values as number[];
      const min = nums.reduce((a, b) => (b < a ? b : a));
      const max = nums.reduce((a, b) => (b > a ? b : a));
      return { column: col.name, kind, from: String(min), to: String(max) };
    }
    const texts = values.map(String).sort();
    return { column: col.name, kind, from: texts[0]!, to: texts.at(-1)! };
  };
  const dated = file.columns.find((c) => c.type === 'date' || c.type === 'month' || c.type === 'year');
  if (dated) return range(dated, 'dates');
  for (const c of file.columns) {
    if (c.type !== 'string') continue;
    const values = rows.map((r) => r[c.name]).filter((v) => v !== null && v !== undefined && v !== '');
    if (values.length && values.every((v) => DATE_LIKE.test(String(v)))) return range(c, 'dates');
  }
  const months = file.columns
    .map((c) => MONTH_HEADER.exec(c.name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ label: m[0], order: Number(m[2]) * 12 + MONTHS.indexOf(m[1]!) }))
    .sort((a, b) => a.order - b.order);
  if (months.length >= 2) return { column: 'month columns', kind: 'header', from: months[0]!.label, to: months.at(-1)!.label };
  if (file.key.length === 1) {
    const key = file.columns.find((c) => c.name === file.key[0]);
    if (key && key.type === 'integer') return range(key, 'key');
  }
  return null;
}

/**
 * A coverage in words: '2009-01-03 to 2025-03-08', 'Jan 2001 to May 2023', 'blockid 400,000 to 546,235'.
 * null → null.
 */
export function describeCoverage(c: Coverage | null): string | null {
  if (!c) return null;
  if (c.kind !== 'key') return c.from === c.to ? c.from : `${c.from} to ${c.to}`;
  const n = (s: string) => Number(s).toLocaleString('en-GB');
  return `${c.column} ${n(c.from)} to ${n(c.to)}`;
}

/** Human-readable size: 2,145,588 → '2.1 MB', 9,100 → '9 kB', 512 → '512 bytes' (decimal units). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1e6) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** Addresses of the downloads of one dataset file, absolute or site-relative (the caller decides). */
export type FileLinks = {
  page: string;
  csv: string;
  json: string;
  original: string;
  readme: string;
};

/** Corrections that apply to one file. */
export const correctionsFor = (meta: Pick<DatasetMeta, 'corrections'>, path: string): Correction[] =>
  meta.corrections.filter((c) => c.file === path);

/** The body of /data/<dataset>/<stem>.json: the provenance first, then the columns, then every validated row. */
export function fileJson(meta: DatasetMeta, file: FileMeta, rows: readonly Row[], links: FileLinks) {
  return {
    dataset: meta.id,
    title: meta.title,
    description: meta.description,
    file: file.path,
    fileDescription: file.description,
    ...(file.trimmed ? { trimmed: file.trimmed } : {}),
    source: meta.source,
    licence: { name: meta.licence.name, url: meta.licence.url ?? null, attribution: meta.licence.attribution },
    citation: meta.citation,
    retrieved: meta.retrieved,
    dataAsOf: meta.dataAsOf,
    caveats: meta.caveats,
    corrections: correctionsFor(meta, file.path),
    links,
    notes:
      'rows are the values after validation and the corrections listed: dates as YYYY-MM-DD, numbers as numbers, empty cells as null. The CSV at links.csv holds the same rows; links.original is the file as published by the source.',
    key: file.key,
    columns: file.columns.map((c) => ({
      name: c.name,
      type: c.type,
      unit: c.unit ?? null,
      description: c.description,
      required: c.required,
      ...(c.min !== undefined ? { min: c.min } : {}),
      ...(c.max !== undefined ? { max: c.max } : {}),
    })),
    rowCount: rows.length,
    coverage: coverage(file, rows),
    rows,
  };
}

/** What the README of a dataset lists per file. */
export interface ReadmeFile {
  file: FileMeta;
  rows: number;
  coverage: Coverage | null;
  links: FileLinks;
}

/**
 * Wrap text at `width` characters (words are never split): the first line starts with `indent`, the others with
 * `rest` (a hanging indent for list items).
 */
export function wrap(text: string, width = 100, indent = '', rest = indent): string {
  const lines: string[] = [];
  let line = '';
  const prefix = () => (lines.length ? rest : indent);
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && prefix().length + line.length + 1 + word.length > width) {
      lines.push(prefix() + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(prefix() + line);
  return lines.join('\n');
}

const describeCorrection = (c: Correction) =>
  `${c.file}, row ${Object.entries(c.rowKey).map(([k, v]) => `${k} = ${v}`).join(', ')}, column "${c.column}": ${JSON.stringify(c.from)} -> ${JSON.stringify(c.to)}. ${c.reason}`;

/** /data/<dataset>/README.txt: plain-text provenance that travels with the downloads. */
export function readmeText(meta: DatasetMeta, files: readonly ReadmeFile[], pageUrl: string, siteName: string): string {
  const out: string[] = [];
  const para = (label: string, text: string) => out.push(wrap(`${label}: ${text}`, 100), '');
  out.push(meta.title, '='.repeat(Math.min(meta.title.length, 100)), '', wrap(meta.description), '');
  para('Source', `${meta.source.name} <${meta.source.url}>`);
  para('Licence', `${meta.licence.name}${meta.licence.url ? ` <${meta.licence.url}>` : ''}`);
  para('Required attribution', meta.licence.attribution);
  para('Retrieved', `${meta.retrieved}; data as of ${meta.dataAsOf}`);
  para('Cite as', meta.citation);
  para('Downloaded from', `${siteName}, ${pageUrl}`);
  out.push(
    wrap(
      'The CSV downloads hold the rows after validation, with the corrections listed below applied: the original column names in their original order, dates written YYYY-MM-DD, UTF-8, comma-separated, a header on the first line; a text cell that a spreadsheet would run as a formula (one starting with =, +, -, @, a tab or a carriage return) starts with an apostrophe. The JSON downloads hold the same rows with this metadata. The original files, byte for byte as published by the source, are linked as "original".',
    ),
    '',
    'FILES',
    '',
  );
  for (const f of files) {
    out.push(f.file.path);
    out.push(wrap(f.file.description, 100, '  '));
    out.push(`  Rows: ${f.rows}${f.coverage ? `; ${f.coverage.kind === 'dates' ? `${f.coverage.column}: ` : ''}${describeCoverage(f.coverage)}` : ''}`);
    if (f.file.key.length) out.push(`  Unique key: ${f.file.key.join(' + ')}`);
    if (f.file.trimmed) out.push(wrap(`Trimmed: ${f.file.trimmed}`, 100, '  '));
    out.push(`  CSV: ${f.links.csv}`, `  JSON: ${f.links.json}`, `  Original: ${f.links.original}`, '  Columns:');
    for (const c of f.file.columns) {
      const name = c.name === '' ? '(unnamed)' : JSON.stringify(c.name);
      const kind = [c.type, c.unit, c.required ? null : 'may be empty'].filter(Boolean).join(', ');
      out.push(wrap(`- ${name} [${kind}]: ${c.description}`, 100, '    ', '      '));
    }
    out.push('');
  }
  out.push('CAVEATS', '');
  for (const c of meta.caveats) out.push(wrap(`- ${c}`, 100, '', '  '));
  out.push('', 'CORRECTIONS', '');
  if (!meta.corrections.length) out.push('None: the data is used as published.');
  for (const c of meta.corrections) out.push(wrap(`- ${describeCorrection(c)}`, 100, '', '  '));
  return out.join('\n') + '\n';
}
