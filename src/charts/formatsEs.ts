/**
 * Spanish number and date formats, with the same names as `fmt` in defaults.ts: 1.234,5; "5 de diciembre de 2026";
 * "mil millones" for a billion. A module of its own so that English pages never load Spanish locale data.
 * Numbers follow the convention of most of Spanish-speaking South America (Paraguay, Argentina, Chile): a point groups
 * thousands and a comma marks decimals; month names are d3's Latin American (es-MX) ones.
 */
import { formatLocale, timeFormatLocale, type FormatLocaleDefinition, type TimeLocaleDefinition } from 'd3';
import numbers from 'd3-format/locale/es-ES' with { type: 'json' };
import time from 'd3-time-format/locale/es-MX' with { type: 'json' };
import { hashWith, sciWith, type fmt as enFmt } from './defaults.ts';

// Amounts in the data are US dollars: "US$ 95.505", never a bare "$" (which means pesos in much of Latin America).
export const { format } = formatLocale({ ...(numbers as FormatLocaleDefinition), currency: ['US$\u00a0', ''] });
// Dates are always formatted in UTC, like every date in the data.
const { utcFormat } = timeFormatLocale(time as TimeLocaleDefinition);

const sig3 = format(',.3~r');

/** Region names as the datasets write them (English) to ISO codes, so that Intl can name them in Spanish. */
let codes: Map<string, string> | undefined;
function regionCode(name: string): string | undefined {
  if (!codes) {
    const en = new Intl.DisplayNames(['en'], { type: 'region' });
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    codes = new Map();
    for (const a of letters) for (const b of letters) {
      const n = en.of(a + b);
      if (n && n !== a + b) codes.set(n, a + b);
    }
    // Short and older names the datasets use.
    for (const [alias, code] of [['UAE', 'AE'], ['US', 'US'], ['USA', 'US'], ['Czech Republic', 'CZ'], ['Russia', 'RU'], ['Iran', 'IR'], ['South Korea', 'KR'], ['World', '001']] as const) codes.set(alias, code);
  }
  return codes.get(name);
}
let spanish: Intl.DisplayNames | undefined;

/** Words for large numbers on the long scale: a Spanish "billón" is a million million. */
const SCALES: [number, string, string][] = [[1e12, 'billón', 'billones'], [1e9, 'mil millones', 'mil millones'], [1e6, 'millón', 'millones']];

export const fmt: typeof enFmt & { words: (v: number) => string } = {
  /** A country's Spanish name ("Estados Unidos", "Kazajistán"); a name that is not a country stays as written. */
  country: (name: string) => {
    const code = regionCode(name);
    spanish ??= new Intl.DisplayNames(['es'], { type: 'region' });
    return (code && spanish.of(code)) || name;
  },
  int: format(',.0f'),
  num1: format(',.1f'),
  num2: format(',.2f'),
  sig3,
  pct: (v: number) => `${format('.1f')(v)} %`,
  usd: format('$,.0f'),
  si: format('.3~s'),
  /** 4.3e26 -> "4,3 × 10²⁶". */
  sci: sciWith(','),
  /** 0,0497 EH/s -> "49,7 PH/s" (unit symbols are international). */
  hash: hashWith(sig3),
  /** "5 de diciembre de 2026": the written form, in summaries, tables and tooltips alike. */
  date: utcFormat('%-d de %B de %Y'),
  /** "diciembre de 2026". */
  month: utcFormat('%B de %Y'),
  year: utcFormat('%Y'),
  /** 1,23e9 -> "1,23 mil millones"; below a million, the whole number. */
  words: (v: number) => {
    const scale = SCALES.find(([n]) => Math.abs(v) >= n);
    if (!scale) return format(',.0f')(v);
    const n = sig3(v / scale[0]);
    return `${n} ${n === '1' ? scale[1] : scale[2]}`;
  },
};
