import * as Plot from '@observablehq/plot';
import { base, fmt, COLORS, TEXT } from '../defaults.ts';
import type mix from '../../series/electricity-mix-mining-destinations.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { choose } from '../view.ts';

/** Colours of the series' groups of sources, in its stacking order. */
const GROUPS: { source: string; colour: string }[] = [
  { source: 'Hydro', colour: COLORS[0] },
  { source: 'Gas', colour: COLORS[1] },
  { source: 'Coal', colour: COLORS[5] },
  { source: 'Oil', colour: COLORS[4] },
  { source: 'Nuclear', colour: COLORS[3] },
  { source: 'Wind, solar, other', colour: COLORS[2] },
];

export default defineChart({
  id: 'mining-countries-power-mix',
  title: 'Cheap power is not always water power',
  subtitle: 'Electricity generation by source in the countries named in the mining estimates, latest year available, per cent (Our World in Data)',
  alt: 'Stacked bars of electricity generation by source. Paraguay and Ethiopia generate almost all their electricity from hydro power and Canada more than half. Oman and the United Arab Emirates generate almost all of theirs from gas, Kazakhstan mostly from coal, China mostly from coal, Russia largely from gas, and the United States from a mix led by gas.',
  caption: 'Shares of each country’s whole generation, not of the electricity miners use: a mining site can sit next to a dam in a coal-heavy country, or burn gas that would otherwise be flared. Latest year in this copy of the data: 2022 for most countries, 2021 for Paraguay, Ethiopia and the United Arab Emirates. “Wind, solar, other” also includes bioenergy.',
  datasets: ['electricity-mix-owid'],
  series: ['electricity-mix-mining-destinations'],
  data: (s: Inputs<typeof mix>) => s['electricity-mix-mining-destinations'],
  columns: [
    { key: 'entity', label: 'Country' },
    { key: 'year', label: 'Year', format: String },
    { key: 'source', label: 'Source' },
    { key: 'share_pct', label: 'Share of generation', unit: '%', format: (v: number) => fmt.num1(v) },
  ],
  summary: (rows) => {
    const get = (e: string, s: string) => rows.find((r) => r.entity === e && r.source === s);
    const py = get('Paraguay', 'Hydro');
    const om = get('Oman', 'Gas');
    const kz = get('Kazakhstan', 'Coal');
    // A view without one of the three: the largest source of each country shown.
    if (!py || !om || !kz) {
      const top = [...new Set(rows.map((r) => r.entity))].map((e) => rows.filter((r) => r.entity === e).reduce((a, r) => (r.share_pct > a.share_pct ? r : a)));
      return `Largest source of electricity: ${top.map((r) => `${r.source.toLowerCase()} in ${r.entity} (${fmt.num1(r.share_pct)} %, ${r.year})`).join('; ')}.`;
    }
    return `Hydro supplied ${fmt.num1(py.share_pct)} % of Paraguay’s electricity in ${py.year}; gas supplied ${fmt.num1(om.share_pct)} % of Oman’s (${om.year}) and coal ${fmt.num1(kz.share_pct)} % of Kazakhstan’s (${kz.year}).`;
  },
  view: (rows) => choose(rows, 'entity', 'Countries'),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const colour = new Map(GROUPS.map((g) => [g.source, g.colour]));
    const order = [...new Set(rows.map((r) => r.label))];
    const short = (l: string) => (narrow ? l.replace('United Arab Emirates', 'UAE').replace('United States', 'US') : l);
    // A key above the bars (Plot's own legend is HTML, which the static SVG cannot carry): two rows on phones.
    const perRow = narrow ? 3 : GROUPS.length;
    const step = narrow ? 112 : 98;
    const marginLeft = narrow ? 112 : 178;
    const key = GROUPS.map((g, i) => ({ ...g, col: i % perRow, row: Math.floor(i / perRow) }));
    return Plot.plot({
      ...base(opts, order.length * (narrow ? 24 : 26) + (narrow ? 70 : 56)),
      marginLeft,
      marginTop: narrow ? 44 : 28,
      x: { label: 'share of generation (%) →', domain: [0, 100], ticks: narrow ? 5 : 10, grid: false },
      y: { domain: order, label: null, tickSize: 0, tickFormat: short },
      marks: [
        Plot.barX(rows, Plot.stackX({ x: 'share_pct', y: 'label', fill: (r: Row) => colour.get(r.source as string), order: GROUPS.map((g) => g.source), z: 'source', insetTop: 2, insetBottom: 2 })),
        // Large segments carry their value.
        Plot.text(rows, Plot.stackX({
          x: 'share_pct', y: 'label', z: 'source', order: GROUPS.map((g) => g.source),
          text: (r: Row) => ((r.share_pct as number) >= (narrow ? 14 : 9) ? fmt.int(r.share_pct as number) : ''),
          fill: 'white', fontSize: TEXT.small(narrow), fontWeight: 600,
        })),
        ...key.map((k) => Plot.text([k], {
          frameAnchor: 'top-left', text: (d: { source: string }) => `■ ${d.source}`, dx: -marginLeft + 2 + k.col * step, dy: -(narrow ? 40 : 24) + k.row * 15,
          fill: k.colour, fontWeight: 700, fontSize: TEXT.label(narrow), textAnchor: 'start',
        })),
      ],
    });
  },
  tip: { x: 'mid_pct', y: 'label', label: (r) => `${r.entity}, ${r.year}\n${r.source}: ${fmt.num1(r.share_pct)} %`, mode: 'xy' },
});
