/**
 * Schemas for the site's content files.
 *
 * `datasetMetaSchema` validates `content/data/<dataset-id>/dataset.json` (read by src/datasets/load.ts).
 * More schemas (articles …) may be added to this file; keep the export names stable.
 */
import { groupColumns } from './publish/columnGroups.ts';
import { z } from 'astro/zod';

/** A calendar date written YYYY-MM-DD. */
const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date written YYYY-MM-DD');

/** One column of a CSV file, exactly as it appears in the header row. */
export const columnMetaSchema = z
  .object({
    /** The column name exactly as written in the CSV header (spaces, units and odd characters included). */
    name: z.string(),
    /**
     * How every value is checked and converted:
     * string (kept as text), number (decimal or 1.5e+26 style), integer, date (YYYY-MM-DD, or a date-time
     * whose first 10 characters are a date; kept as 'YYYY-MM-DD'), month (YYYY-MM), year (YYYY; kept as a number),
     * boolean (True/False, true/false).
     */
    type: z.enum(['string', 'number', 'integer', 'date', 'month', 'year', 'boolean']),
    /** Unit of the values, e.g. 'H/s', 'J/TH', 'USD', 'US cents/kWh', '%'. Omit for text and dates. */
    unit: z.string().min(1).optional(),
    /** What a value in this column means, in plain words. */
    description: z.string().min(1),
    /** true = every row must have a value; false = empty cells are allowed (loaded as null). */
    required: z.boolean(),
    /** Smallest allowed value (number, integer and year columns). */
    min: z.number().optional(),
    /** Largest allowed value (number, integer and year columns). */
    max: z.number().optional(),
    /**
     * Only for date columns whose text is not ISO: 'DD/MM/YYYY' (optionally followed by a time, e.g. '03/01/2009 00:00').
     * The loader converts such values to 'YYYY-MM-DD'.
     */
    format: z.enum(['DD/MM/YYYY']).optional(),
    /** Only for string columns: a regular expression every non-empty value must match (e.g. mixed-precision dates). */
    pattern: z.string().min(1).optional(),
  })
  .strict();

/** One CSV file of a dataset. */
export const fileMetaSchema = z
  .object({
    /** File name inside the dataset folder, e.g. 'btc_hashrate_daily.csv'. */
    path: z.string().regex(/^[^/\\]+\.csv$/, 'a CSV file name inside the dataset folder (no sub-folders)'),
    /** What one row of the file is, and anything a reader needs to use it. */
    description: z.string().min(1),
    /** Column names whose combined values are unique in every row; [] when no such combination exists. */
    key: z.array(z.string()),
    /** Present only if columns were dropped from the original file: which ones, and why. */
    trimmed: z.string().min(1).optional(),
    /**
     * Line number (1-based) of the header row. Default 1. Lines before it are a preamble (titles, URLs) and are not data.
     * 0 = the file has no header row; the declared columns are then taken in order.
     */
    headerLine: z.number().int().min(0).optional(),
    /**
     * Row order when the key holds one date, month or year column. Default 'oldest first' (checked: a row out of order
     * stops the build). 'newest first' is checked the other way. 'as published' keeps a source's own order (it must be
     * given with a reason in `orderNote`); readers of the file then sort it themselves.
     */
    order: z.enum(['oldest first', 'newest first', 'as published']).optional(),
    /** Why a file keeps its source's order ('as published'). */
    orderNote: z.string().min(1).optional(),
    /**
     * Where `npm run refresh` fetches newer rows for this file: the source's documented download, and the adapter that
     * turns its format into this file's columns (scripts/refresh/adapters.ts). Absent: the file is compiled or has no
     * stable machine-readable source, and refresh skips it with a note.
     */
    refresh: z
      .object({
        url: z.string().url(),
        /** blockchaincom-chart: a chart's JSON; coinmetrics: Coin Metrics API v4 asset-metrics JSON; csv-columns: a CSV
         * with a header, of which the file keeps its columns by name. */
        adapter: z.enum(['blockchaincom-chart', 'coinmetrics', 'csv-columns']),
        /** The series inside the download (Blockchain.com: the chart's metric, e.g. "difficulty"). */
        metric: z.string().min(1).optional(),
        /** Multiply the source's values by this to get the file's unit (Coin Metrics gives TH/s where the file has H/s: 1e12). */
        scale: z.number().positive().optional(),
      })
      .strict()
      .optional(),
    /** Every column of the file, in the order of the header. */
    columns: z.array(columnMetaSchema).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    if ((file.order === 'as published') !== (file.orderNote !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['orderNote'], message: 'give orderNote (why) exactly when order is "as published"' });
    }
    const names = file.columns.map((c) => c.name);
    names.forEach((name, i) => {
      if (name !== '' && names.indexOf(name) !== i) {
        ctx.addIssue({ code: 'custom', path: ['columns', i, 'name'], message: `column "${name}" is declared twice` });
      }
    });
    file.key.forEach((k, i) => {
      if (!names.includes(k)) {
        ctx.addIssue({ code: 'custom', path: ['key', i], message: `key column "${k}" is not one of the declared columns` });
      }
    });
    file.columns.forEach((c, i) => {
      if (c.format && c.type !== 'date') {
        ctx.addIssue({ code: 'custom', path: ['columns', i, 'format'], message: 'format is only allowed on date columns' });
      }
      if (c.pattern && c.type !== 'string') {
        ctx.addIssue({ code: 'custom', path: ['columns', i, 'pattern'], message: 'pattern is only allowed on string columns' });
      }
      if (c.pattern) {
        try {
          new RegExp(c.pattern);
        } catch {
          ctx.addIssue({ code: 'custom', path: ['columns', i, 'pattern'], message: 'pattern is not a valid regular expression' });
        }
      }
    });
  });

/**
 * A documented fix of a known error in the source data, applied by the loader after parsing.
 * The loader fails if `from` no longer matches the file, so a correction never silently goes stale.
 */
export const correctionSchema = z
  .object({
    /** File name (as in files[].path) the correction applies to. */
    file: z.string().min(1),
    /** Identifies exactly one row: column name → value as written in the CSV, e.g. { "Model": "Llama 2-7B" }. */
    rowKey: z.record(z.string(), z.string()).refine((k) => Object.keys(k).length > 0, 'at least one column'),
    /** Column whose value is corrected. */
    column: z.string().min(1),
    /** The wrong value exactly as written in the CSV. */
    from: z.string(),
    /** The corrected value, written as it would be in the CSV ('' = empty). */
    to: z.string(),
    /** Why the value is wrong and where the right value comes from (shown on the methods page). */
    reason: z.string().min(10),
  })
  .strict();

/** Metadata of one dataset: content/data/<id>/dataset.json. */
export const datasetMetaSchema = z
  .object({
    /** Dataset id = folder name: lower-case words joined by hyphens, e.g. 'btc-hashrate'. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
    /** Short human title, e.g. 'Bitcoin network hashrate, daily'. */
    title: z.string().min(3),
    /** One or two sentences: what the data is and where it comes from. */
    description: z.string().min(10),
    /** Where the data comes from. */
    source: z
      .object({
        /** Name of the original publisher (and the copy used, if any). */
        name: z.string().min(1),
        /** Web address of the original source or the copy used. */
        url: z.url(),
      })
      .strict(),
    /** Terms under which the data may be reused. */
    licence: z
      .object({
        /** Licence name, e.g. 'CC BY 4.0'; 'No licence stated by the source' when none is stated. */
        name: z.string().min(1),
        /** Link to the licence text, if there is one. */
        url: z.url().optional(),
        /** The credit line the licence requires (or that we give) wherever the data is shown or offered for download. */
        attribution: z.string().min(1),
      })
      .strict(),
    /** The dataset in Spanish, for the Spanish pages: its title and its source's and licence's names as they credit it
     * (names of publishers and copies stay as published), its description, one caveat for each English caveat (same
     * order), and each file's description by path. `follows` is the version of the English text it translates
     * (src/i18n/drift.ts): when the English changes, the check and the build report the translation as behind. */
    es: z
      .object({
        title: z.string().min(3),
        source: z.string().min(1),
        licence: z.string().min(1),
        description: z.string().min(10),
        caveats: z.array(z.string().min(1)),
        files: z.record(z.string(), z.string().min(1)),
        /** Each column meaning, keyed by its English text (a run of columns by the text they share, with ‹column name›
         * where each puts its own name: src/publish/columnGroups.ts), so a changed English meaning has none. */
        columns: z.record(z.string(), z.string().min(1)),
        /** The note of each file trimmed when brought in (files[].trimmed), by path. */
        trimmed: z.record(z.string(), z.string().min(1)).optional(),
        follows: z.string().regex(/^[0-9a-f]{12}$/, '12 hex digits: the version of the English text this translates'),
      })
      .strict()
      .optional(),
    /** Snapshot date of the copy we use (YYYY-MM-DD), as recorded in SOURCE.md. */
    retrieved: isoDate,
    /** Full citation text for the methods page and downloads. */
    citation: z.string().min(10),
    /** Limits of the data a reader must know (different methods, gaps, estimates …). */
    caveats: z.array(z.string().min(1)),
    /** Known errors corrected by the loader; may be empty. */
    corrections: z.array(correctionSchema),
    /** Last date the data covers: YYYY-MM-DD, YYYY-MM or YYYY. */
    dataAsOf: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY-MM-DD, YYYY-MM or YYYY'),
    /** The CSV files of the dataset; every CSV in the folder must be listed. */
    files: z.array(fileMetaSchema).min(1),
    /** Why `npm run refresh` cannot update this dataset (compiled by hand, a fixed historical record, a source with no
     * stable download). Every dataset of the site names a refresh source or says this (tests/unit/refresh.test.ts). */
    refreshNote: z.string().min(10).optional(),
  })
  .strict()
  .superRefine((meta, ctx) => {
    const files = new Map(meta.files.map((f) => [f.path, f]));
    if (meta.es) {
      if (meta.es.caveats.length !== meta.caveats.length) {
        ctx.addIssue({ code: 'custom', path: ['es', 'caveats'], message: `${meta.es.caveats.length} caveats, but the English has ${meta.caveats.length}: one translation for each, in the same order` });
      }
      for (const path of files.keys()) {
        if (!(path in meta.es.files)) ctx.addIssue({ code: 'custom', path: ['es', 'files'], message: `no Spanish description of "${path}"` });
      }
      for (const path of Object.keys(meta.es.files)) {
        if (!files.has(path)) ctx.addIssue({ code: 'custom', path: ['es', 'files', path], message: `"${path}" is not one of the files` });
      }
      for (const f of meta.files) {
        if (f.trimmed && !meta.es.trimmed?.[f.path]) ctx.addIssue({ code: 'custom', path: ['es', 'trimmed'], message: `no Spanish for the trimming note of "${f.path}"` });
      }
      for (const path of Object.keys(meta.es.trimmed ?? {})) {
        if (!files.get(path)?.trimmed) ctx.addIssue({ code: 'custom', path: ['es', 'trimmed', path], message: `"${path}" is not a trimmed file` });
      }
      const meanings = new Set(meta.files.flatMap((f) => groupColumns(f.columns).map((g) => g.description)));
      for (const m of meanings) {
        if (!(m in meta.es.columns)) ctx.addIssue({ code: 'custom', path: ['es', 'columns'], message: `no Spanish for the column meaning "${m}" (the English may have changed)` });
      }
      for (const m of Object.keys(meta.es.columns)) {
        if (!meanings.has(m)) ctx.addIssue({ code: 'custom', path: ['es', 'columns'], message: `"${m}" is no column's meaning: remove it, or update it to the English as it is now` });
      }
    }
    meta.corrections.forEach((c, i) => {
      const f = files.get(c.file);
      if (!f) {
        ctx.addIssue({ code: 'custom', path: ['corrections', i, 'file'], message: `"${c.file}" is not one of the files` });
        return;
      }
      const names = f.columns.map((col) => col.name);
      for (const k of [...Object.keys(c.rowKey), c.column]) {
        if (!names.includes(k)) {
          ctx.addIssue({ code: 'custom', path: ['corrections', i], message: `column "${k}" is not declared in ${c.file}` });
        }
      }
    });
  });

export type ColumnMeta = z.infer<typeof columnMetaSchema>;
export type FileMeta = z.infer<typeof fileMetaSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
