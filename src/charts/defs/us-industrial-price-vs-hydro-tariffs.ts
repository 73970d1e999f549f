import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, TEXT } from '../defaults.ts';
import type monthly from '../../series/us-industrial-electricity-price-monthly.ts';
import type claimsSeries from '../../series/framing-claims.ts';
import { claimById } from '../../data/claimById.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { yearRange } from '../view.ts';
import { EN } from '../locale.ts';

const US = 'United States, industrial average (EIA, monthly)';
/** Reported prices in the two hydro countries, from the compiled framing-claims file (USD per kWh there). */
const REFS = [
  { claim: 'paraguay-tariff', series: 'Paraguay, business electricity (reported, undated)', short: 'Paraguay, business price (reported)', colour: COLORS[2] },
  { claim: 'ethiopia-tariff', series: 'Ethiopia, tariff for miners (reported, late 2024)', short: 'Ethiopia, miners’ tariff (reported)', colour: COLORS[1] },
];

/** What the summary says, in any language: the US line's first, highest and last months and the two reported prices. */
export function summaryFacts(rows: Row[]) {
  const us = rows.filter((r) => r.series === US);
  const peak = us.reduce((a, r) => ((r.cents_per_kwh as number) > (a.cents_per_kwh as number) ? r : a));
  const [py, et] = REFS.map((ref) => rows.find((r) => r.series === ref.series)!);
  const at = (r: Row) => ({ cents: r.cents_per_kwh as number, month: utc(r.date as string) });
  return { first: at(us[0]!), peak: at(peak), last: at(us.at(-1)!), paraguay: py!.cents_per_kwh as number, ethiopia: et!.cents_per_kwh as number };
}

export default defineChart({
  id: 'us-industrial-price-vs-hydro-tariffs',
  title: 'What American industry pays for power, and what miners are offered elsewhere',
  subtitle: 'US average retail electricity price to industrial customers, monthly, January 2001 – May 2023, against prices reported for Paraguay and Ethiopia; US cents per kilowatt-hour',
  alt: 'Line chart: the average US industrial electricity price rises from under 5 cents per kilowatt-hour in 2001 to around 7 cents for most of the 2010s, peaks above 9 cents in August 2022, and eases to under 8 cents by May 2023. Dashed lines mark about 5 cents, the business price reported for Paraguay, and 3.2 cents, the tariff reported for miners in Ethiopia.',
  caption: 'Not like for like: the US line is the average price all industrial customers paid, and a large miner in the United States can negotiate a contract of its own. The Paraguay figure is a general business price quoted by bitnewsbot.com (citing Hashrate Index and GlobalPetrolPrices, undated); the Ethiopia figure is a tariff for miners reported by Wu Blockchain and The Africa Report in late 2024. The monthly US series shows seasonal swings.',
  datasets: ['us-electricity-price', 'framing-claims'],
  series: ['us-industrial-electricity-price-monthly', 'framing-claims'],
  data: (s: Inputs<typeof monthly | typeof claimsSeries>) => {
    const us = s['us-industrial-electricity-price-monthly']
      .map((r) => ({ series: US, date: r.month as string | null, cents_per_kwh: r.industrial_cents_per_kwh, refers_to: r.month }));
    const refs = REFS.map((ref) => {
      const c = claimById(s['framing-claims'], ref.claim);
      if (c.unit !== 'USD per kWh') throw new Error(`us-industrial-price-vs-hydro-tariffs: claim "${ref.claim}" is not in USD per kWh`);
      return { series: ref.series, date: null, cents_per_kwh: Math.round(c.value * 1000) / 10, refers_to: c.refers_to };
    });
    return [...us, ...refs];
  },
  columns: [
    { key: 'series', label: 'Series', format: (v: string, l = EN) => l.t(v) },
    { key: 'date', label: 'Month', format: (v: string | null) => v ?? '–' },
    // A month of the US series as written in the data; a reported price's date in words ("late 2024").
    { key: 'refers_to', label: 'Refers to', format: (v: string, l = EN) => (/^\d{4}-\d{2}$/.test(v) ? v : l.t(v)) },
    { key: 'cents_per_kwh', label: 'Price', unit: 'US cents/kWh', format: (v: number, l = EN) => l.fmt.num2(v) },
  ],
  summary: (rows) => {
    const { first, peak, last, paraguay, ethiopia } = summaryFacts(rows);
    return `The US industrial average went from ${fmt.num2(first.cents)} ¢/kWh in ${fmt.month(first.month)} to a peak of ${fmt.num2(peak.cents)} ¢ in ${fmt.month(peak.month)} and ${fmt.num2(last.cents)} ¢ in ${fmt.month(last.month)}; the reported prices are ${fmt.num1(paraguay)} ¢ in Paraguay and ${fmt.num1(ethiopia)} ¢ for miners in Ethiopia.`;
  },
  view: (rows) => yearRange(rows, 'date'),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const us = rows.filter((r) => r.series === US).map((r) => ({ cents_per_kwh: r.cents_per_kwh as number, d: utc(r.date as string) }));
    const peak = us.reduce((a, r) => (r.cents_per_kwh > a.cents_per_kwh ? r : a));
    const refs = REFS.map((ref) => ({ ...ref, cents: rows.find((r) => r.series === ref.series)!.cents_per_kwh }));
    return Plot.plot({
      ...base(opts, narrow ? 280 : 320),
      x: { type: 'utc', label: null, ticks: narrow ? 5 : 8 },
      y: { label: l.t('↑ US cents per kWh'), domain: [0, 10], grid: true },
      marks: [
        Plot.ruleY([0]),
        ...refs.map((r) => Plot.ruleY([r.cents], { stroke: r.colour, strokeWidth: 1.8, strokeDasharray: '5,4' })),
        ...refs.map((r) => Plot.text([r], { y: 'cents', text: (d: typeof r) => l.t(narrow ? d.short : d.series), frameAnchor: 'right', textAnchor: 'end', dy: 11, fill: r.colour, fontWeight: 600, fontSize: narrow ? 9 : 10.5, stroke: 'var(--bg)', strokeWidth: 3, paintOrder: 'stroke' })),
        Plot.lineY(us, { x: 'd', y: 'cents_per_kwh', stroke: COLORS[0], strokeWidth: 1.8 }),
        Plot.dot([peak], { x: 'd', y: 'cents_per_kwh', fill: COLORS[0], r: 3.5 }),
        Plot.text([peak], { x: 'd', y: 'cents_per_kwh', text: (r: typeof peak) => `${l.fmt.month(r.d)}: ${l.fmt.num2(r.cents_per_kwh)} ¢`, dy: -10, textAnchor: 'end', fill: COLORS[0], fontWeight: 600, fontSize: narrow ? 9 : 10.5 }),
        // The US label in the empty upper left, above the early, cheaper years.
        Plot.text(['United States, industrial average (monthly)'], { frameAnchor: 'top-left', text: (d: string) => l.t(narrow ? 'US industrial average' : d), dx: 6, dy: 4, textAnchor: 'start', fill: COLORS[0], fontWeight: 600, fontSize: TEXT.label(narrow) }),
      ],
    });
  },
  tip: { x: 'date', y: 'cents_per_kwh', label: (r, l = EN) => `${l.fmt.month(utc(r.date as string))}\n${l.t('%s ¢/kWh, US industrial', l.fmt.num2(r.cents_per_kwh as number))}`, mode: 'x' },
});
