/**
 * Pure functions behind the data downloads and data pages (no file system, no Astro): how a validated file is
 * written back out as CSV, what its JSON and README carry, what period it covers. Unit-tested in
 * tests/unit/downloads.test.ts. The build-time glue (loading, memoising, URLs) is in ./siteData.ts.
 */
import { toCsv } from './csv.ts';
import type { ColumnMeta, Correction, DatasetMeta, FileMeta, Row } from '../datasets/load.ts';
import type { Lang } from '../i18n/lang.ts';
import { countIn, datasetIn } from '../i18n/datasetIn.ts';

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
export function describeCoverage(c: Coverage | null, lang: Lang = 'en'): string | null {
  if (!c) return null;
  const to = lang === 'en' ? 'to' : 'a';
  if (c.kind !== 'key') return c.from === c.to ? c.from : `${c.from} ${to} ${c.to}`;
  const n = (s: string) => countIn(Number(s), lang);
  return `${c.column} ${n(c.from)} ${to} ${n(c.to)}`;
}

/** Human-readable size: 2,145,588 → '2.1 MB' ('2,1 MB' in Spanish), 9,100 → '9 kB', 512 → '512 bytes' (decimal units). */
export function formatBytes(bytes: number, lang: Lang = 'en'): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1e6) return `${Math.round(bytes / 1000)} kB`;
  const mb = (bytes / 1e6).toFixed(1);
  return `${lang === 'en' ? mb : mb.replace('.', ',')} MB`;
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
/** The README's own words in each language; a dataset's words come from its dataset.json (src/i18n/datasetIn.ts). */
const README = {
  en: {
    source: 'Source', licence: 'Licence', attribution: 'Required attribution', retrieved: 'Retrieved', asOf: 'data as of',
    cite: 'Cite as', from: 'Downloaded from',
    downloads: 'The CSV downloads hold the rows after validation, with the corrections listed below applied: the original column names in their original order, dates written YYYY-MM-DD, UTF-8, comma-separated, a header on the first line; a text cell that a spreadsheet would run as a formula (one starting with =, +, -, @, a tab or a carriage return) starts with an apostrophe. The JSON downloads hold the same rows with this metadata. The original files, byte for byte as published by the source, are linked as "original".',
    files: 'FILES', rows: 'Rows', key: 'Unique key', trimmed: 'Trimmed', original: 'Original', columns: 'Columns:', unnamed: '(unnamed)', mayBeEmpty: 'may be empty',
    caveats: 'CAVEATS', corrections: 'CORRECTIONS', none: 'None: the data is used as published.',
    types: {} as Record<string, string>,
  },
  es: {
    source: 'Fuente', licence: 'Licencia', attribution: 'Crédito exigido', retrieved: 'Descargado', asOf: 'datos hasta',
    cite: 'Cita', from: 'Descargado de',
    downloads: 'Los CSV tienen las filas después de validarlas, con las correcciones de abajo aplicadas: los nombres de columna originales en su orden original, las fechas escritas AAAA-MM-DD, los decimales con punto, texto UTF-8 separado por comas y el encabezado en la primera línea; una celda de texto que una hoja de cálculo ejecutaría como fórmula (una que empieza por =, +, -, @, una tabulación o un retorno de carro) empieza con un apóstrofo. Los JSON tienen las mismas filas con estos metadatos. Los archivos originales, byte a byte como los publicó la fuente, están enlazados como "Original". La cita y el crédito exigido están en inglés, como los pide cada fuente.',
    files: 'ARCHIVOS', rows: 'Filas', key: 'Clave única', trimmed: 'Nota', original: 'Original', columns: 'Columnas:', unnamed: '(sin nombre)', mayBeEmpty: 'puede estar vacía',
    caveats: 'ADVERTENCIAS', corrections: 'CORRECCIONES', none: 'Ninguna: los datos se usan tal como se publicaron.',
    types: { string: 'texto', number: 'número', integer: 'entero', date: 'fecha', month: 'mes', year: 'año', boolean: 'verdadero/falso' } as Record<string, string>,
  },
};

export function readmeText(meta: DatasetMeta, files: readonly ReadmeFile[], pageUrl: string, siteName: string, lang: Lang = 'en'): string {
  const t = README[lang];
  const d = datasetIn(meta, lang);
  const out: string[] = [];
  const para = (label: string, text: string) => out.push(wrap(`${label}: ${text}`, 100), '');
  out.push(d.title, '='.repeat(Math.min(d.title.length, 100)), '', wrap(d.description), '');
  para(t.source, `${d.source} <${meta.source.url}>`);
  para(t.licence, `${d.licence}${meta.licence.url ? ` <${meta.licence.url}>` : ''}`);
  para(t.attribution, meta.licence.attribution);
  para(t.retrieved, `${meta.retrieved}; ${t.asOf} ${meta.dataAsOf}`);
  para(t.cite, meta.citation);
  para(t.from, `${siteName}, ${pageUrl}`);
  out.push(wrap(t.downloads), '', t.files, '');
  for (const f of files) {
    out.push(f.file.path);
    out.push(wrap(d.file(f.file) ?? '', 100, '  '));
    out.push(`  ${t.rows}: ${f.rows}${f.coverage ? `; ${f.coverage.kind === 'dates' ? `${f.coverage.column}: ` : ''}${describeCoverage(f.coverage, lang)}` : ''}`);
    if (f.file.key.length) out.push(`  ${t.key}: ${f.file.key.join(' + ')}`);
    if (f.file.trimmed) out.push(wrap(`${t.trimmed}: ${d.trimmed(f.file)}`, 100, '  '));
    out.push(`  CSV: ${f.links.csv}`, `  JSON: ${f.links.json}`, `  ${t.original}: ${f.links.original}`, `  ${t.columns}`);
    const meanings = d.columns(f.file);
    f.file.columns.forEach((c, i) => {
      const name = c.name === '' ? t.unnamed : JSON.stringify(c.name);
      const kind = [t.types[c.type] ?? c.type, c.unit, c.required ? null : t.mayBeEmpty].filter(Boolean).join(', ');
      out.push(wrap(`- ${name} [${kind}]: ${meanings[i]}`, 100, '    ', '      '));
    });
    out.push('');
  }
  out.push(t.caveats, '');
  for (const c of d.caveats) out.push(wrap(`- ${c}`, 100, '', '  '));
  out.push('', t.corrections, '');
  if (!meta.corrections.length) out.push(t.none);
  for (const c of meta.corrections) out.push(wrap(`- ${describeCorrection(c)}`, 100, '', '  '));
  return out.join('\n') + '\n';
}
