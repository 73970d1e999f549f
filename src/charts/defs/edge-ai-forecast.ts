import * as Plot from '@observablehq/plot';
import { base, fmt, COLORS, MUTED } from '../defaults.ts';
import type claimsSeries from '../../series/framing-claims.ts';
import { claimById } from '../../data/claimById.ts';
import { compoundGrowth } from '../../data/compoundGrowth.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { choose } from '../view.ts';
import { EN } from '../locale.ts';


/** What the summary says, in any language: the compound path's first and last values and its growth. */
export function summaryFacts(rows: Row[]) {
  const path = rows.filter((r) => r.series === rows[0]!.series);
  const first = path[0]!.value as number;
  const last = path.at(-1)!.value as number;
  return { first, last, g: compoundGrowth(first, last, 8), end300: rows.at(-1)!.value as number };
}

/**
 * The edge-AI forecast ($25B in 2025 -> $119B in 2033) as the compound path it implies, beside what
 * "300 % growth" would mean read as a total. Rows: one per year for each reading.
 */
export default defineChart({
  id: 'edge-ai-forecast',
  title: 'What “$25 billion to $119 billion” means',
  subtitle: 'Edge-AI market forecast by Grand View Research, as reported, and the compound path between its two figures, billion US dollars',
  alt: 'Line chart: a forecast edge-AI market growing from 25 billion dollars in 2025 to 119 billion in 2033 along a compound path of about 21.5 percent a year; a dashed line, compounded the same way, shows that 300 percent total growth would end at 100 billion.',
  caption: 'Only the 2025 and 2033 figures are Grand View Research’s; the years between are the constant-rate path that joins them, not a forecast of each year. The dashed line compounds 300 % over the same eight years. “300 %” is the press summary’s wording.',
  datasets: ['framing-claims'],
  series: ['framing-claims'],
  data: ({ 'framing-claims': claims }: Inputs<typeof claimsSeries>) => {
    const claim = (id: string) => claimById(claims, id).value;
    const start = claim('edge-ai-2025');
    const end = claim('edge-ai-2033');
    const { cagrPct } = compoundGrowth(start, end, 8);
    const total300 = start * (1 + claim('edge-ai-growth-as-reported') / 100);
    const rows: Row[] = [];
    for (let i = 0; i <= 8; i++) {
      rows.push({ year: 2025 + i, series: 'Compound path between the forecast’s figures', value: Math.round(start * (1 + cagrPct / 100) ** i * 10) / 10 });
    }
    for (let i = 0; i <= 8; i++) {
      rows.push({ year: 2025 + i, series: '“300 % growth” read as the total', value: Math.round(start * (total300 / start) ** (i / 8) * 10) / 10 }); // compounded like the forecast path, so the two compare
    }
    return rows;
  },
  columns: [
    { key: 'year', label: 'Year', format: String },
    { key: 'series', label: 'Reading', format: (v: string, l = EN) => l.t(v) },
    { key: 'value', label: 'Market size', unit: 'billion USD', format: (v: number, l = EN) => l.fmt.num1(v) },
  ],
  summary: (rows) => {
    const { first, last, g } = summaryFacts(rows);
    return `Going from $${first} billion to $${last} billion in eight years is ${fmt.int(g.totalPct)} % growth in total, or ${fmt.num1(g.cagrPct)} % a year compounded; 300 % in total would end at $${fmt.int(rows.at(-1)!.value as number)} billion.`;
  },
  view: (rows) => choose(rows, 'series', 'Lines'),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const series = [...new Set(rows.map((r) => r.series))];
    const ends = series.map((s) => rows.filter((r) => r.series === s).at(-1)!);
    return Plot.plot({
      ...base(opts, narrow ? 260 : 320),
      marginRight: narrow ? 92 : 190,
      x: { label: null, tickFormat: (d: number) => String(d), ticks: narrow ? 4 : 8 },
      y: { label: l.t('↑ billion US dollars'), grid: true, domain: [0, 130] },
      marks: [
        Plot.ruleY([0]),
        Plot.line(rows.filter((r) => r.series === series[1]), { x: 'year', y: 'value', stroke: MUTED, strokeWidth: 2, strokeDasharray: '5 4' }),
        Plot.line(rows.filter((r) => r.series === series[0]), { x: 'year', y: 'value', stroke: COLORS[0], strokeWidth: 2.5 }),
        Plot.dot(rows.filter((r) => r.series === series[0] && (r.year === 2025 || r.year === 2033)), { x: 'year', y: 'value', fill: COLORS[0], r: 5 }),
        Plot.text(ends, { x: 'year', y: 'value', text: (d: Row) => (narrow ? `${l.t('$%sB', d.value as number)}${String(d.series).startsWith('“300') ? l.t(' if +300 %') : ''}` : `${l.t('$%sB', d.value as number)}: ${l.t(String(d.series)).toLowerCase()}`), dx: 8, textAnchor: 'start', fill: 'currentColor', fontSize: narrow ? 10 : 11, lineWidth: 14 }),
      ],
    });
  },
  tip: { x: 'year', y: 'value', label: (r, l = EN) => `${r.year}: ${l.t('$%s billion', l.fmt.num1(r.value as number))}\n${l.t(String(r.series))}`, mode: 'xy' },
});
