import * as Plot from '@observablehq/plot';
import { base, fmt, COLORS, TEXT } from '../defaults.ts';
import type mix from '../../series/electricity-mix-mining-destinations.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { choose } from '../view.ts';
import { EN, place } from '../locale.ts';

/** Colours of the series' groups of sources, in its stacking order. */
const GROUPS: { source: string; colour: string }[] = [
  { source: 'Hydro', colour: COLORS[0] },
  { source: 'Gas', colour: COLORS[1] },
  { source: 'Coal', colour: COLORS[5] },
  { source: 'Oil', colour: COLORS[4] },
  { source: 'Nuclear', colour: COLORS[3] },
  { source: 'Wind, solar, other', colour: COLORS[2] },
];

/** What the summary says, in any language: three grids named in the prose, or, in a view without one of them, the
 * largest source of each country shown. */
export function summaryFacts(rows: Row[]) {
  const get = (e: string, s: string) => rows.find((r) => r.entity === e && r.source === s) as { entity: string; source: string; year: number; share_pct: number } | undefined;
  const [paraguay, oman, kazakhstan] = [get('Paraguay', 'Hydro'), get('Oman', 'Gas'), get('Kazakhstan', 'Coal')];
  const top = [...new Set(rows.map((r) => r.entity))].map((e) => rows.filter((r) => r.entity === e).reduce((a, r) => ((r.share_pct as number) > (a.share_pct as number) ? r : a)) as NonNullable<ReturnType<typeof get>>);
  return { top, three: paraguay && oman && kazakhstan ? { paraguay, oman, kazakhstan } : null };
}

export default defineChart({
  id: 'mining-countries-power-mix',
  title: 'Cheap power is not always water power',
  subtitle: 'Electricity generation by source in the countries named in the mining estimates, latest year available, per cent (Our World in Data)',
  alt: 'Stacked bars of electricity generation by source. Paraguay and Ethiopia generate almost all their electricity from hydro power and Canada more than half. Oman generates almost all of its electricity from gas and the United Arab Emirates about two thirds, with most of the rest nuclear; Kazakhstan and China generate mostly from coal, Russia largely from gas, and the United States from a mix led by gas.',
  caption: 'Shares of each country’s whole generation, not of the electricity miners use: a mining site can sit next to a dam in a coal-heavy country, or burn gas that would otherwise be flared. Each country’s latest year in the data is given beside its name. “Wind, solar, other” also includes bioenergy.',
  datasets: ['electricity-mix-owid'],
  series: ['electricity-mix-mining-destinations'],
  data: (s: Inputs<typeof mix>) => s['electricity-mix-mining-destinations'],
  columns: [
    { key: 'entity', label: 'Country', format: (v: string, l = EN) => place(v, l) },
    { key: 'year', label: 'Year', format: String },
    { key: 'source', label: 'Source', format: (v: string, l = EN) => l.t(v) },
    { key: 'share_pct', label: 'Share of generation', unit: '%', format: (v: number, l = EN) => l.fmt.num1(v) },
  ],
  summary: (rows) => {
    const { top, three } = summaryFacts(rows);
    if (!three) return `Largest source of electricity: ${top.map((r) => `${r.source.toLowerCase()} in ${r.entity} (${fmt.num1(r.share_pct)} %, ${r.year})`).join('; ')}.`;
    const { paraguay: py, oman: om, kazakhstan: kz } = three;
    return `Hydro supplied ${fmt.num1(py.share_pct)} % of Paraguay’s electricity in ${py.year}; gas supplied ${fmt.num1(om.share_pct)} % of Oman’s (${om.year}) and coal ${fmt.num1(kz.share_pct)} % of Kazakhstan’s (${kz.year}).`;
  },
  view: (rows) => choose(rows, 'entity', 'Countries'),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const colour = new Map(GROUPS.map((g) => [g.source, g.colour]));
    const order = [...new Set(rows.map((r) => r.label))];
    // "Paraguay (2021)": the country in the chart's language, two long names abbreviated on phones.
    const short = (label: string) => {
      const [, name, year] = /^(.*) \((\d+)\)$/.exec(label)!;
      const abbr = narrow ? ({ 'United Arab Emirates': 'UAE', 'United States': 'US' } as Record<string, string>)[name!] : undefined;
      return `${abbr ? l.t(abbr) : place(name!, l)} (${year})`;
    };
    // A key above the bars (Plot's own legend is HTML, which the static SVG cannot carry): two rows on phones.
    const perRow = narrow ? 3 : GROUPS.length;
    const step = narrow ? 112 : 98;
    const marginLeft = narrow ? 112 : 178;
    const key = GROUPS.map((g, i) => ({ ...g, col: i % perRow, row: Math.floor(i / perRow) }));
    return Plot.plot({
      ...base(opts, order.length * (narrow ? 24 : 26) + (narrow ? 70 : 56)),
      marginLeft,
      marginTop: narrow ? 44 : 28,
      x: { label: l.t('share of generation (%) →'), domain: [0, 100], ticks: narrow ? 5 : 10, grid: false },
      y: { domain: order, label: null, tickSize: 0, tickFormat: short },
      marks: [
        Plot.barX(rows, Plot.stackX({ x: 'share_pct', y: 'label', fill: (r: Row) => colour.get(r.source as string), order: GROUPS.map((g) => g.source), z: 'source', insetTop: 2, insetBottom: 2 })),
        // Large segments carry their value.
        Plot.text(rows, Plot.stackX({
          x: 'share_pct', y: 'label', z: 'source', order: GROUPS.map((g) => g.source),
          text: (r: Row) => ((r.share_pct as number) >= (narrow ? 14 : 9) ? l.fmt.int(r.share_pct as number) : ''),
          fill: 'white', fontSize: TEXT.small(narrow), fontWeight: 600,
        })),
        ...key.map((k) => Plot.text([k], {
          frameAnchor: 'top-left', text: (d: { source: string }) => `■ ${l.t(d.source)}`, dx: -marginLeft + 2 + k.col * step, dy: -(narrow ? 40 : 24) + k.row * 15,
          fill: k.colour, fontWeight: 700, fontSize: TEXT.label(narrow), textAnchor: 'start',
        })),
      ],
    });
  },
  tip: { x: 'mid_pct', y: 'label', label: (r, l = EN) => `${place(r.entity, l)}, ${r.year}\n${l.t(r.source)}: ${l.fmt.num1(r.share_pct)} %`, mode: 'xy' },
});
