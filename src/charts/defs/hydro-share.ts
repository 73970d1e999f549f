import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, MUTED } from '../defaults.ts';
import type mix from '../../series/electricity-mix-mining-countries.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { choose, combine, yearRange } from '../view.ts';
import { EN, place } from '../locale.ts';

const ENTITIES = ['Paraguay', 'Ethiopia', 'China', 'United States', 'World'];

/** Hydro power's share of electricity generation, Our World in Data, for the mining destinations in the story. */
/** What the summary says, in any language: each country's latest year, or null in a view without one of the four. */
export function summaryFacts(rows: Row[]) {
  const last = (e: string) => rows.filter((r) => r.entity === e).at(-1) as { entity: string; year: number; hydro_pct: number } | undefined;
  const shown = [...new Set(rows.map((r) => r.entity as string))].map((e) => last(e)!);
  const [paraguay, ethiopia, us, world] = ['Paraguay', 'Ethiopia', 'United States', 'World'].map(last);
  return { shown, four: paraguay && ethiopia && us && world ? { paraguay, ethiopia, us, world } : null };
}

export default defineChart({
  id: 'hydro-share',
  title: 'Countries that run on water',
  subtitle: 'Share of electricity generated from hydropower, per cent, 2000 onward (Our World in Data)',
  alt: 'Line chart: hydropower supplies almost all of Paraguay’s electricity throughout and nearly all of Ethiopia’s in recent years, against a small fraction in the United States and a minority share in China and the world as a whole.',
  caption: 'Share of generation, not of capacity or of what miners use. A high share says power is cheap to make once the dams exist, not that it is cheap for miners to buy.',
  datasets: ['electricity-mix-owid'],
  series: ['electricity-mix-mining-countries'],
  data: ({ 'electricity-mix-mining-countries': mixRows }: Inputs<typeof mix>) =>
    mixRows
      .filter((r) => ENTITIES.includes(r.entity) && r.year >= 2000 && r.hydro_pct != null)
      .map((r) => ({ entity: r.entity, year: r.year, date: String(r.year), hydro_pct: Number(r.hydro_pct) })),
  columns: [
    { key: 'entity', label: 'Country', format: (v: string, l = EN) => place(v, l) },
    { key: 'year', label: 'Year', format: String },
    { key: 'hydro_pct', label: 'Hydro share', unit: '%', format: (v: number, l = EN) => l.fmt.num1(v) },
  ],
  summary: (rows) => {
    const { shown, four } = summaryFacts(rows);
    // A view without one of the four: each country shown, at its latest year in the view.
    if (!four) return `Hydro’s share of electricity: ${shown.map((r) => `${fmt.num1(r.hydro_pct)} % in ${r.entity === 'World' ? 'the world' : r.entity} (${r.year})`).join(', ')}.`;
    const { paraguay: p, ethiopia: et, us, world: w } = four;
    return `${p.year === et.year ? `In ${p.year} hydro supplied ${fmt.num1(p.hydro_pct)} % of Paraguay’s electricity and ${fmt.num1(et.hydro_pct)} % of Ethiopia’s` : `Hydro supplied ${fmt.num1(p.hydro_pct)} % of Paraguay’s electricity in ${p.year} and ${fmt.num1(et.hydro_pct)} % of Ethiopia’s in ${et.year}`}, against ${fmt.num1(us.hydro_pct)} % in the United States (${us.year}) and ${fmt.num1(w.hydro_pct)} % worldwide (${w.year}).`;
  },
  view: (rows) => combine(yearRange(rows, 'year'), choose(rows, 'entity', 'Countries')),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const data = rows.map((r) => ({ entity: r.entity, year: r.year, hydro_pct: r.hydro_pct, d: utc(String(r.year)) }));
    const ends = ENTITIES.map((e) => data.filter((r) => r.entity === e).at(-1)).filter(Boolean) as typeof data;
    const colour = (e: string) => ({ Paraguay: COLORS[0], Ethiopia: COLORS[2], China: COLORS[3], 'United States': COLORS[1], World: MUTED })[e] ?? MUTED;
    const height = narrow ? 260 : 300;
    const fontSize = narrow ? 9 : 10.5;
    const gap = ((fontSize + 1) / (height - 50)) * 100; // a line of text, in % of the y axis (about 50 px go to margins)
    const labelY = new Map<string, number>();
    let above = Infinity;
    for (const e of [...ends].sort((a, b) => b.hydro_pct - a.hydro_pct)) {
      above = Math.min(e.hydro_pct, above - gap);
      labelY.set(e.entity, above);
    }
    return Plot.plot({
      ...base(opts, height),
      marginRight: narrow ? 70 : 100,
      x: { type: 'utc', label: null, ticks: narrow ? 4 : 6 },
      y: { label: l.t('↑ hydro share of electricity (%)'), domain: [0, 100], grid: true },
      marks: [
        Plot.lineY(data, { x: 'd', y: 'hydro_pct', z: 'entity', stroke: (d: Row) => colour(d.entity as string), strokeWidth: 2 }),
        // End labels, spread apart where lines end close together (Paraguay and Ethiopia near 100 %, China and the
        // World near 15 %): from the top down, each at least a line of text below the one above.
        ...ends.map((e) => Plot.text([e], { x: 'd', y: () => labelY.get(e.entity), text: (d: { entity: string }) => (narrow && d.entity === 'United States' ? l.t('US') : place(d.entity, l)), dx: 6, textAnchor: 'start', fill: colour(e.entity), fontSize, fontWeight: 600 })),
      ],
    });
  },
  tip: { x: 'date', y: 'hydro_pct', label: (r, l = EN) => `${place(r.entity, l)}, ${r.year}\n${l.t('%s % hydro', l.fmt.num1(r.hydro_pct))}`, mode: 'xy' },
});
