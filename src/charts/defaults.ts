/**
 * The one place for chart defaults: palette, sizes, margins, fonts, number and date formats.
 * Colours are CSS custom properties (defined in src/styles/charts.css for light and dark themes),
 * so one build-time SVG follows the reader's theme. The palette is Okabe–Ito based: distinguishable
 * with the common colour-vision deficiencies.
 */
import type * as PlotTypes from '@observablehq/plot';
import { utcFormat, format } from 'd3';

/**
 * Light-theme values of the palette, for images made outside the page (PNG/SVG downloads, share images).
 * src/styles/charts.css defines the same values for the page; tests/unit/palette.test.ts keeps them equal.
 */
export const LIGHT_PALETTE: Record<string, string> = {
  '--c1': '#0b6bb0', '--c2': '#c25400', '--c3': '#00856a', '--c4': '#a44d8c', '--c5': '#7a6a00', '--c6': '#5c5f66',
  '--chart-muted': '#8b8f96',
};

export const COLORS = ['var(--c1)', 'var(--c2)', 'var(--c3)', 'var(--c4)', 'var(--c5)', 'var(--c6)'] as const;
export const MUTED = 'var(--chart-muted)';

/** Widths the build renders: the article column and a phone screen. */
export const WIDTHS = { wide: 640, narrow: 340 } as const;
export type Variant = keyof typeof WIDTHS;

/**
 * Text sizes of labels drawn on charts, in px, for a phone and a wide layout: one place, so charts read alike.
 * Charts pass opts.narrow: `fontSize: TEXT.label(narrow)`.
 */
export const TEXT = {
  /** Labels on marks and keys. */
  label: (narrow: boolean) => (narrow ? 9.5 : 10.5),
  /** Emphasised labels: a line's name, a highlighted value. */
  strong: (narrow: boolean) => (narrow ? 9.5 : 11),
  /** Small notes beside marks. */
  small: (narrow: boolean) => (narrow ? 9 : 10),
};

/** Below this width a chart lays out for a phone (fewer ticks, stacked panels, smaller text): decided here only. */
export const isNarrow = (width: number): boolean => width < 480;

export interface SpecOptions {
  /** Pixel width to lay out for (the SVG then scales by viewBox). */
  width: number;
  /** isNarrow(width): lay out for a phone. */
  narrow: boolean;
  /** A DOM document: linkedom at build time, window.document in the browser. */
  document: Document;
  /** Control values for charts that take them (calculators). */
  params?: Record<string, number | string>;
  /** The language to draw in (src/charts/locale.ts); English when absent. */
  locale?: import('./locale.ts').Locale;
}

/** Options every chart starts from. Specs spread this first and override what they must. */
export function base(opts: Pick<SpecOptions, 'width' | 'document'>, height?: number): PlotTypes.PlotOptions {
  const narrow = isNarrow(opts.width);
  return {
    document: opts.document,
    width: opts.width,
    height: height ?? Math.round(opts.width * (narrow ? 0.75 : 0.55)),
    className: 'plot',
    marginLeft: narrow ? 44 : 56,
    marginRight: narrow ? 14 : 24,
    marginTop: 24,
    marginBottom: 32,
    insetTop: 6,
  } as PlotTypes.PlotOptions;
}

/** 4.3e26 -> "4.3 × 10²⁶" for compute figures, with the language's decimal mark. */
export const sciWith = (mark: string) => (v: number) => {
  const [m, e] = v.toExponential(1).split('e');
  const sup = String(Number(e)).replace(/[-0-9]/g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)]);
  return `${m!.replace('.', mark)} × 10${sup}`;
};

/** Hash rate given in EH/s, shown with the unit that suits it, its number written by `sig3`: 0.0497 EH/s -> "49.7 PH/s". */
export const hashWith = (sig3: (n: number) => string) => (ehs: number) => {
  const units = ['H/s', 'kH/s', 'MH/s', 'GH/s', 'TH/s', 'PH/s', 'EH/s', 'ZH/s'];
  const hs = ehs * 1e18;
  const i = Math.max(0, Math.min(units.length - 1, Math.floor(Math.log10(hs) / 3)));
  return `${sig3(hs / 10 ** (3 * i))} ${units[i]}`;
};

/** Number formats used in ticks, tooltips, tables and summaries. */
export const fmt = {
  /** A country's name as it reads mid-sentence: "the United States", "the UAE", but "China". */
  country: (name: string) => (/^(United |Netherlands|Philippines|Czech Republic|UAE|US$)/.test(name) ? `the ${name}` : name),
  int: format(',.0f'),
  num1: format(',.1f'),
  num2: format(',.2f'),
  sig3: format(',.3~r'),
  pct: (v: number) => `${format('.1f')(v)} %`,
  usd: format('$,.0f'),
  si: format('.3~s'),
  sci: sciWith('.'),
  hash: hashWith(format(',.3~r')),
  date: utcFormat('%-d %b %Y'),
  month: utcFormat('%b %Y'),
  year: utcFormat('%Y'),
};

/** Parse 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' as a UTC date (never local time). */
export function utc(iso: string): Date {
  const [y, m = '01', d = '01'] = iso.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}
