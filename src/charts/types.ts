import type { SpecOptions } from './defaults.ts';
import type { Locale } from './locale.ts';
import type { RowsOf, Series } from '../series/define.ts';

export type Row = Record<string, string | number | null>;

/**
 * What a chart's data transform receives: the rows of each series it names, keyed by series id. Chart files
 * `import type` their series (a type import loads nothing), so a chart stays pure and runs in the browser:
 * `data: (s: Inputs<typeof hashrate>) => s['btc-hashrate-ehs'].map(...)`.
 */
export type Inputs<U extends Series<any, string>> = { [S in U as S['id']]: RowsOf<S>[] };

/** A column of the plotted data: shown in the data table and written to the CSV/JSON downloads. */
export interface Column {
  key: string;
  label: string;
  unit?: string;
  /** How the table shows a value; downloads keep the raw value. In another language `l` is its locale. */
  format?: (v: any, l?: Locale) => string;
  /** Its values are names (of models, chips, organisations): written as they are in every language. */
  names?: true;
}

/** A column's heading for readers, in the data table and the CSV download alike: "Hashrate, 30-day mean (EH/s)". */
export const columnHeading = (c: Pick<Column, 'label' | 'unit'>): string => (c.unit ? `${c.label} (${c.unit})` : c.label);

/**
 * One chart: everything needed to draw it, describe it and credit it. Writers use it from MDX
 * as <Figure chart="id" />; the chart page, embed page, gallery and tests all read this same object.
 */
export interface ChartDef<R extends Row = any, I = any, X = any> {
  /** Stable id, used in URLs (/charts/<id>/) and MDX. Lower case words joined by hyphens. */
  id: string;
  title: string;
  subtitle?: string;
  /** Extra note under the chart: what to notice, caveats. */
  caption?: string;
  /** What the chart shows, for readers who cannot see it (the SVG's accessible name). */
  alt: string;
  /** Dataset ids in content/data: the source line, licence and "data as of" come from their metadata. */
  datasets: string[];
  /** Ids of the series the chart draws (src/series/<id>.ts); the build resolves them and passes their rows to data. */
  series: string[];
  /** Pure: exactly the rows the chart plots, already rounded, from its series' rows. */
  data: (inputs: I) => R[];
  /** Pure, optional: what spec, summary and defaults need besides the rows (e.g. era spans behind a line), from the same series; plain JSON. */
  context?: (inputs: I) => X;
  columns: Column[];
  /** One or two sentences computed from the rows (e.g. change between first and last value). */
  summary: (rows: R[], context: X) => string;
  /** The chart: a pure function of rows, options and context returning Plot's SVG (or figure) element. */
  spec: (rows: R[], opts: SpecOptions, context: X) => SVGSVGElement | HTMLElement;
  /** Tooltip targets: which fields place a point and what its tooltip says. */
  tip?: { x: keyof R & string; y: keyof R & string; label: (row: NoInfer<R>, l?: Locale) => string; mode?: 'x' | 'xy' };
  /** Inputs the reader can change (calculators); the browser re-runs this same, pure chart file when they change. */
  controls?: Control[];
  /** Control defaults computed from the data at build time (e.g. the latest hashrate). */
  defaults?: (rows: R[], context: X) => Record<string, number | string>;
  /** Results shown beside a calculator, recomputed when a control changes. */
  outputs?: (params: Record<string, number | string>, rows: R[], l?: Locale) => Output[];
  /**
   * What a reader can change when exploring the chart in the browser ("Explore"): its controls, computed from the
   * rows (e.g. the years they span), and which rows a view shows. The spec reads the view's values as opts.params
   * (e.g. a log or linear scale); summary and table follow the view's rows. Pure, like the rest of the chart file.
   */
  view?: (rows: R[], context: X) => View<R>;
}

/** Values of a chart's controls: numbers, or strings (a choice; several choices joined by commas). */
export type Params = Record<string, number | string>;

export interface View<R extends Row = Row> {
  controls: Control[];
  /** The rows the view shows (a time range, chosen countries); all rows when absent. */
  rows?: (rows: R[], params: Params) => R[];
}

/** A chart file's default export: rows, summary, spec and tooltips share the row type its data returns. */
export function defineChart<R extends Row, I = {}, X = undefined>(def: ChartDef<R, I, X>): ChartDef<R, I, X> {
  return def;
}

export interface Control {
  /** Key in params and in the URL (?<chart-id>.<name>=value). */
  name: string;
  label: string;
  unit?: string;
  /** 'checks': several choices at once (the value joins the chosen option values with commas). */
  kind: 'range' | 'number' | 'select' | 'checks';
  min?: number;
  max?: number;
  step?: number;
  options?: { value: string; label: string }[];
  default: number | string;
  /** How the current value reads in the assumptions line, e.g. (v) => `$${v}/kWh`. */
  format?: (v: any, l?: Locale) => string;
  /**
   * Only for controls that apply to some choices (e.g. a size used only when the model is "Other"): whether the control
   * applies with these params. When false, the browser hides the control and the assumptions line leaves it out.
   */
  shownIf?: (params: Record<string, number | string>) => boolean;
}

export interface Output {
  label: string;
  text: string;
}
