/**
 * The one loader for the site's datasets (content/data/<id>/).
 *
 * A dataset folder holds CSV files, a SOURCE.md and a dataset.json (validated with `datasetMetaSchema`).
 * `loadDataset(id)` parses every CSV with d3-dsv, checks it against dataset.json (header = declared columns,
 * equal field count, types, required values, min/max, calendar dates, unique key), applies the documented
 * corrections and returns typed rows. Any problem throws a `DataError` naming file, line, column, value and
 * expectation. Results are memoised per (root, id), so a build never parses a CSV twice.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { datasetMetaSchema } from '../schema.ts';
import type { ColumnMeta, Correction, DatasetMeta, FileMeta } from '../schema.ts';
import { DataError } from './DataError.ts';
import { loadFile, MAX_PROBLEMS, shown, type Row } from './loadFile.ts';
import { inputsHash, readCachedJson, writeCached } from '../lib/renderCache.ts';

export type { DatasetMeta, FileMeta, ColumnMeta, Correction };

export type { Row, Value } from './loadFile.ts';

export interface Dataset {
  meta: DatasetMeta;
  /** Rows per file, keyed by the file name (files[].path). */
  tables: Record<string, Row[]>;
}

// DATA_ROOT lets npm run refresh read a staged copy of the data (its report compares what the site says before and after).
export const DEFAULT_ROOT = process.env.DATA_ROOT ?? 'content/data';
const cache = new Map<string, Dataset>();

/** The code that turns a CSV file into rows: read from the project folder, like the raster worker. */
const VALIDATOR = () => inputsHash(['src/datasets/loadFile.ts', 'src/lib/utf8.ts'], ['d3-dsv']);
let validator: string | undefined;

/**
 * Reading and checking the site's 6 MB of CSV takes about a second a build. In a production build, a file that passed
 * is kept in the render cache (src/lib/renderCache.ts) as its rows, by its bytes, its declaration and corrections
 * and the checking code, so a rebuild reads the rows back; a file with a problem is checked every time (and fails).
 */
export function checkedFile(path: string, file: FileMeta, corrections: Correction[], cached = import.meta.env?.PROD === true): ReturnType<typeof loadFile> {
  if (!cached || !existsSync(path)) return loadFile(path, file, corrections);
  validator ??= VALIDATOR().digest('hex');
  const key = createHash('sha256').update(validator).update(JSON.stringify([file, corrections])).update(readFileSync(path)).digest('hex');
  const rows = readCachedJson(key, 'rows.json');
  if (Array.isArray(rows)) return { rows: rows as Row[], problems: [] };
  const result = loadFile(path, file, corrections);
  // JSON would give -0 back as 0.
  if (!result.problems.length && !result.rows.some((r) => Object.values(r).some((v) => Object.is(v, -0)))) writeCached(key, 'rows.json', JSON.stringify(result.rows));
  return result;
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
    const result = checkedFile(join(dir, file.path), file, corrections);
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
