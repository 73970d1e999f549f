/**
 * The methods page's number and date formats in each language: content/methods.mdx uses the English ones (re-exported
 * by computed.ts), content/es/methods.mdx the Spanish ones, written as the Spanish charts write numbers (1.234,5;
 * "20 de septiembre de 2024"; "US$ 95.505").
 */
import { format, fmt as chartsEs } from '../charts/formatsEs.ts';
import { utc } from '../charts/defaults.ts';

const enInt = (n: number) => Math.round(n).toLocaleString('en-GB');
const day = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export const METHODS_FORMATS = {
  en: {
    /** A number with `digits` decimals. */
    fmt: (n: number, digits = 1) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    int: enInt,
    /** A number as the data gives it (3.125, 1.5, 70). */
    num: (n: number) => n.toLocaleString('en-GB'),
    usd: (n: number) => `$${enInt(n)}`,
    longDate: (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    plural: (n: number, one: string, many = `${one}s`) => `${enInt(n)} ${n === 1 ? one : many}`,
    /** "2.1 % below": a difference in per cent. */
    aboveBelow: (pct: number) => `${METHODS_FORMATS.en.fmt(Math.abs(pct))} % ${pct < 0 ? 'below' : 'above'}`,
    /** A run of missing days: "2021-10-26" or "2024-08-12 to 2024-08-26 (15 days)". */
    gapText: (g: { after: string; before: string; missingDays: number }) =>
      g.missingDays === 1 ? day(g.after, 1) : `${day(g.after, 1)} to ${day(g.before, -1)} (${g.missingDays} days)`,
  },
  es: {
    fmt: (n: number, digits = 1) => format(`,.${digits}f`)(n),
    int: (n: number) => format(',.0f')(Math.round(n)),
    num: (n: number) => format(',.6~f')(n),
    usd: (n: number) => chartsEs.usd(Math.round(n)),
    longDate: (iso: string) => chartsEs.date(utc(iso)),
    plural: (n: number, one: string, many = `${one}s`) => `${format(',.0f')(Math.round(n))} ${n === 1 ? one : many}`,
    aboveBelow: (pct: number) => `${format(',.1f')(Math.abs(pct))} % ${pct < 0 ? 'por debajo' : 'por encima'}`,
    gapText: (g: { after: string; before: string; missingDays: number }) =>
      g.missingDays === 1 ? day(g.after, 1) : `del ${day(g.after, 1)} al ${day(g.before, -1)} (${g.missingDays} días)`,
  },
};
