/**
 * Building blocks for a chart's view options (ChartDef.view): a time range, a choice of groups, a scale. Each returns a
 * View; `combine` joins them. Pure and browser-safe: the same functions run at build time and when a reader explores.
 */
import type { ChartDef, Control, Params, Row, View } from './types.ts';

/** The year of a date-like value: 2024, '2024', '2024-05' or '2024-05-17'. */
const yearOf = (v: unknown): number => (typeof v === 'number' ? v : Number(String(v).slice(0, 4)));

/**
 * "From" and "To" over a range of values read from each row; the view keeps the rows inside it (either order). A range
 * narrower than `minSpan` is widened around it, so a line always has a few points to draw. Rows without a value (a
 * reference line) belong to every range.
 */
function rangeView<R extends Row>(rows: R[], key: keyof R & string, read: (v: unknown) => number, unit: string | null, step: number, minSpan: number): View<R> {
  const present = (r: R) => r[key] != null && r[key] !== '';
  const values = rows.filter(present).map((r) => read(r[key])).filter(Number.isFinite);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const label = (l: string) => (unit ? `${l} (${unit})` : l);
  return {
    controls: [
      { name: 'from', label: label('From'), kind: 'range', min, max, step, default: min },
      { name: 'to', label: label('To'), kind: 'range', min, max, step, default: max },
    ],
    rows: (rs, p) => {
      let [lo, hi] = [Number(p.from), Number(p.to)].sort((a, b) => a - b) as [number, number];
      if (hi - lo < minSpan) {
        hi = Math.min(max, lo + minSpan);
        lo = Math.max(min, hi - minSpan);
      }
      return rs.filter((r) => !present(r) || (read(r[key]) >= lo && read(r[key]) <= hi));
    },
  };
}

/** "From" and "To" years spanning the rows, at least `minSpan` years apart. */
export const yearRange = <R extends Row>(rows: R[], key: keyof R & string, minSpan = 2): View<R> => rangeView(rows, key, yearOf, null, 1, minSpan);

/** A range over a number column (block heights), in steps of `step`, at least two steps wide. */
export const numberRange = <R extends Row>(rows: R[], key: keyof R & string, unit: string, step = 1): View<R> =>
  rangeView(rows, key, Number, unit, step, 2 * step);

/** A value as a short, URL-friendly token: "United States" → "united-states". */
export const slug = (v: unknown): string =>
  String(v).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-|-$/g, '');

/**
 * Which groups to show (countries, pools, vendors): one check box per value of `key`, all checked by default. The URL
 * carries short tokens ("paraguay,ethiopia"), so names with commas or accents stay readable and stable.
 */
export function choose<R extends Row>(rows: R[], key: keyof R & string, label: string): View<R> {
  const values = [...new Set(rows.map((r) => String(r[key])))];
  return {
    controls: [{ name: key, label, kind: 'checks', options: values.map((v) => ({ value: slug(v), label: v })), default: values.map(slug).join(',') }],
    rows: (rs, p) => {
      const keep = new Set(String(p[key]).split(','));
      return rs.filter((r) => keep.has(slug(r[key])));
    },
  };
}

/**
 * Which of the most frequent groups to show, when there are too many for one box each (organisations behind AI
 * models): the `top` most frequent values of `key`, and "All others" for the rest.
 */
export function chooseTop<R extends Row>(rows: R[], key: keyof R & string, label: string, top = 8): View<R> {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(String(r[key]), (counts.get(String(r[key])) ?? 0) + 1);
  const leaders = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top).map(([v]) => v);
  const options = [...leaders.map((v) => ({ value: slug(v), label: v })), { value: 'others', label: 'All others' }];
  const isLeader = new Set(leaders);
  return {
    controls: [{ name: key, label, kind: 'checks', options, default: options.map((o) => o.value).join(',') }],
    rows: (rs, p) => {
      const keep = new Set(String(p[key]).split(','));
      return rs.filter((r) => (isLeader.has(String(r[key])) ? keep.has(slug(r[key])) : keep.has('others')));
    },
  };
}

/** A logarithmic or linear value axis, where both read honestly; the spec reads opts.params.scale. */
export function scaleChoice(initial: 'log' | 'linear'): View<Row> {
  return {
    controls: [{
      name: 'scale', label: 'Scale', kind: 'select', default: initial,
      options: [{ value: 'log', label: 'Logarithmic (each step ×10)' }, { value: 'linear', label: 'Linear' }],
    }],
  };
}

/** Several view options on one chart: their controls in order, their row filters one after another. */
export function combine<R extends Row>(...views: View<any>[]): View<R> {
  const filters = views.map((v) => v.rows).filter((f): f is NonNullable<View<R>['rows']> => Boolean(f));
  return {
    controls: views.flatMap((v) => v.controls),
    rows: filters.length ? (rs, p) => filters.reduce((acc, f) => f(acc, p), rs) : undefined,
  };
}

/** The default view: each control's default value. */
export const viewDefaults = (controls: Control[]): Params => Object.fromEntries(controls.map((c) => [c.name, c.default]));

/**
 * A value from a URL for one control, checked: a number inside the control's range, one of its choices, or a set of
 * its choices. null when it does not fit (the reader then sees the default view and a note saying so).
 */
export function parseControl(c: Control, text: string): number | string | null {
  if (c.kind === 'range' || c.kind === 'number') {
    const v = Number(text);
    if (text.trim() === '' || !Number.isFinite(v)) return null;
    if ((c.min !== undefined && v < c.min) || (c.max !== undefined && v > c.max)) return null;
    return v;
  }
  const allowed = new Set((c.options ?? []).map((o) => o.value));
  if (c.kind === 'select') return allowed.has(text) ? text : null;
  const chosen = text.split(',').filter(Boolean);
  return chosen.length && chosen.every((v) => allowed.has(v)) ? chosen.join(',') : null;
}

/**
 * A chart's values before the reader changes anything: for a chart with view options, the default view's; for a
 * calculator, each control's default, then any computed from the data (ChartDef.defaults).
 */
export function defaultParams(def: ChartDef, rows: Row[], context?: unknown): Params | undefined {
  if (def.view) return viewDefaults(def.view(rows, context).controls);
  if (!def.controls) return undefined;
  return { ...viewDefaults(def.controls), ...(def.defaults?.(rows, context) ?? {}) };
}

/** What a reader can change on a chart: its view options, or a calculator's controls with their computed defaults. */
export function viewOf(def: ChartDef, rows: Row[], context: unknown): View | undefined {
  if (def.view) return def.view(rows, context);
  if (!def.controls) return undefined;
  const defaults = defaultParams(def, rows, context)!;
  return { controls: def.controls.map((c) => ({ ...c, default: defaults[c.name] ?? c.default })) };
}

/** The Explore hint, from what a chart lets a reader change: "Change the years or which countries shown". */
export function viewHint(controls: Control[]): string {
  const parts: string[] = [];
  for (const c of controls) {
    if (c.name === 'to') continue; // one range, said once
    if (c.name === 'from') parts.push(c.label === 'From' ? 'the years' : 'the range');
    else if (c.kind === 'checks') parts.push(`which ${c.label.replace(/\s*\(.*\)$/, '').toLowerCase()}`);
    else parts.push(`the ${c.label.toLowerCase()}`);
  }
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}` : parts[0] ?? 'the view';
  return `Change ${list} shown; the link keeps your view.`;
}
