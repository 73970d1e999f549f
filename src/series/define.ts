/**
 * The series layer's one shape: a named, typed derived table. A series reads datasets only through ./inputs.ts,
 * defines each column once (name, unit, description and how its value is read from a source item) and computes its
 * rows once per process. Charts, numbers, the methods page, downloads and tests read series, never each other.
 */

/** A value in a series row: what a CSV cell or a JSON value can hold. */
export type Cell = string | number | boolean | null;

/** One column: its name is the key it is declared under, so a name is written once. */
export interface SeriesColumn<S, V extends Cell = Cell> {
  unit?: string;
  description: string;
  /** The value from one source item, already rounded as published. */
  value: (item: S) => V;
}

/** A column as documented in downloads and on the data pages. */
export interface ColumnDoc {
  name: string;
  unit?: string;
  description: string;
}

export interface SeriesEs { title: string; description: string; columns: Record<string, string> }

export interface Series<R extends Record<string, Cell> = Record<string, Cell>, Id extends string = string> {
  /** URL-safe id; the file is src/series/<id>.ts and a downloadable series is /data/derived/<id>.csv. */
  id: Id;
  title: string;
  description: string;
  /** The title, description and column meanings (keyed by their English text) in Spanish, for the Spanish data and
   * methods pages (every downloadable series has them). */
  es?: SeriesEs;
  /** Ids of the datasets the series is computed from (their licences and attributions apply). */
  datasets: string[];
  /**
   * Offered as a derived download (/data/derived/<id>.csv and .json, the data page, the methods page).
   * false for a typed view that charts share but readers already download as its dataset or chart.
   */
  download: boolean;
  columns: ColumnDoc[];
  /** Every row, computed on first use and then kept. */
  rows: () => R[];
}

type RowOf<C> = { [K in keyof C]: C[K] extends SeriesColumn<never, infer V> ? V : never };

/** The row type of a series, for charts and numbers that `import type` it (type imports never load the data). */
export type RowsOf<T> = T extends Series<infer R, string> ? R : never;

/**
 * Define a series: `from` gives the source items (typed, from ./inputs.ts and pure functions in src/data/), `columns`
 * says how each published column is read from an item. The row type follows from the columns.
 */
export function defineSeries<const Id extends string, S, C extends Record<string, SeriesColumn<S, Cell>>>(spec: {
  id: Id;
  title: string;
  description: string;
  es?: SeriesEs;
  datasets: string[];
  download?: boolean;
  from: () => readonly S[];
  columns: C;
}): Series<RowOf<C>, Id> {
  const entries = Object.entries(spec.columns) as [string, SeriesColumn<S, Cell>][];
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    ...(spec.es ? { es: spec.es } : {}),
    datasets: spec.datasets,
    download: spec.download ?? true,
    columns: entries.map(([name, c]) => ({ name, ...(c.unit !== undefined ? { unit: c.unit } : {}), description: c.description })),
    rows: once(() => spec.from().map((item) => Object.fromEntries(entries.map(([name, c]) => [name, c.value(item)])) as RowOf<C>)),
  };
}

/**
 * Define a series whose rows are already shaped (a table a chart draws and prose cites): `from` returns the rows and
 * `columns` documents every key of them, in the order downloads list them.
 */
export function defineTable<const Id extends string, R extends Record<string, Cell>>(spec: {
  id: Id;
  title: string;
  description: string;
  es?: SeriesEs;
  datasets: string[];
  download?: boolean;
  from: () => readonly R[];
  columns: { [K in keyof R]: { unit?: string; description: string } };
}): Series<R, Id> {
  const columns = Object.fromEntries(
    Object.entries(spec.columns as Record<string, { unit?: string; description: string }>).map(([name, c]) => [name, { ...c, value: (r: R) => r[name] as Cell }]),
  );
  return defineSeries({ ...spec, columns }) as unknown as Series<R, Id>;
}

/** Run `f` on the first call and return that same value after. */
export function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}
