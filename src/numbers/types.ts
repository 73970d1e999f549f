/** A number placed in prose, computed from a dataset at build time so it can never drift from the data. */
export interface NumberDef {
  /** Computes the value from the data (runs once per build). */
  value: () => number | string;
  /** How it reads in a sentence, with its unit: e.g. (v) => `${fmt.num1(v)} J/TH`. */
  format: (v: any) => string;
  /** Dataset ids the value comes from (shown as the number's source on hover and checked to exist). */
  datasets: string[];
  /** What exactly the number is, for the tooltip and the methods page: "CBECI estimate on 2016-01-01". */
  note: string;
}

/** A number in another language (src/numbers/<lang>/<file>.ts, keyed by the number's id): its value is the original's. */
export interface NumberTranslation {
  /** How it reads in a sentence in that language, with its unit. */
  format: (v: any) => string;
  /** What exactly the number is, in that language. */
  note: string;
}
