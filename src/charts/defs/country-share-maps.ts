import * as Plot from '@observablehq/plot';
import { feature, merge, mesh } from 'topojson-client';
import { base, fmt, MUTED } from '../defaults.ts';
import type snapshots from '../../series/geo-hashrate-share-snapshots.ts';
import worldJson from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { GeometryCollection, Topology } from 'topojson-specification';
import { matchCountryNames } from '../../data/matchCountryNames.ts';
import type { ExtendedFeatureCollection } from 'd3';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { choose } from '../view.ts';
import { EN, place } from '../locale.ts';

/** Two snapshots from two estimators, each on its own map (same colour scale), never merged. */
export const PANELS = [
  { estimator: 'CBECI mining map (CCAF)', period: '2019-09 to 2020-04 (average shown at map launch)', label: 'Cambridge mining map (pool connections), Sep 2019–Apr 2020 average', short: 'Cambridge map, Sep 2019–Apr 2020' },
  { estimator: 'Hashrate Index heatmap', period: '2025-Q3 (start)', label: 'Hashrate Index (its own model), start of Q3 2025', short: 'Hashrate Index, start of Q3 2025' },
];

interface Shape { type: string; properties: { name: string }; geometry: unknown }

// World borders from the world-atlas package (Natural Earth 1:110m, public domain), bundled: never fetched.
const world = worldJson as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const shapes = (feature(world, world.objects.countries) as unknown as { features: Shape[] }).features
  // Antarctica has no mining figures and would take a fifth of each map's height.
  .filter((f) => f.properties.name !== 'Antarctica');

type Geometry = { properties: { name: string } };
const geometries = (world.objects.countries.geometries as Geometry[]).filter((g) => g.properties.name !== 'Antarctica');
/** All land as one shape, the same in every panel (so the page can send it once: src/charts/shareShapes.ts); the
 * countries with a figure are drawn over it. */
const land = { type: 'Feature', properties: {}, geometry: merge(world, geometries as never) };
/** A country's name (every country in world-atlas has one); topojson types its properties as `{}`, so `in` narrows. */
const nameOf = (g: { properties?: {} }) => (g.properties && 'name' in g.properties ? g.properties.name : undefined);
/** Every border between two countries, once. */
const borders = { type: 'Feature', properties: {}, geometry: mesh(world, world.objects.countries, (a, b) => a !== b && nameOf(a) !== 'Antarctica' && nameOf(b) !== 'Antarctica') };

/** Shares at or above this are written on the map; all are in the table. */
const LABEL_MIN = 3.5;
/** Label offsets in pixels of the wide map: small countries' labels sit below them, Kazakhstan's clear of China's. */
const OFFSET: Record<string, [number, number]> = {
  Paraguay: [0, 14], Malaysia: [0, 14], Iran: [0, 14], 'United Arab Emirates': [0, 14], Kazakhstan: [-52, 2],
};
const SHORT: Record<string, string> = { 'United States': 'US', 'United Arab Emirates': 'UAE' };

export default defineChart({
  id: 'country-share-maps',
  title: 'Mining moved out of China: two maps, two estimators',
  subtitle: 'Share of Bitcoin’s hashrate by country, per cent. Top: Cambridge’s pool-based map, 2019–2020. Bottom: Hashrate Index’s model, mid-2025. Grey: no figure published',
  alt: 'Two world maps shaded by share of Bitcoin hashrate. In Cambridge’s map for September 2019 to April 2020, China is by far the darkest, at about two thirds, with the United States, Russia, Kazakhstan, Malaysia and Iran lightly shaded. In Hashrate Index’s estimate for mid-2025, the United States is darkest at about a third, followed by Russia and China, with Paraguay, the United Arab Emirates, Oman and Canada lightly shaded.',
  caption: 'Each map is one estimator at one time, with the same colour scale: the darker the blue, the larger the share. Grey means that source published no figure for the country, not that no one mines there; each source named only its largest countries. Shares of 3.5 % or more are written on the map; the table below lists every figure. The maps were made differently (pool connections in 2019–2020, a commercial model in 2025), so read them as two snapshots, not a measured change. Borders: Natural Earth via the world-atlas package.',
  datasets: ['geo-hashrate-snapshots'],
  series: ['geo-hashrate-share-snapshots'],
  data: ({ 'geo-hashrate-share-snapshots': rows }: Inputs<typeof snapshots>) =>
    PANELS.flatMap((p) =>
      rows
        .filter((r) => r.estimator === p.estimator && r.period === p.period)
        .map((r) => ({ snapshot: p.label, country: r.country, share_pct: r.share_pct, estimator: p.estimator, period: p.period }))
        .sort((a, b) => b.share_pct - a.share_pct),
    ),
  columns: [
    { key: 'snapshot', label: 'Map', format: (v: string, l = EN) => l.t(v) },
    { key: 'country', label: 'Country', format: (v: string, l = EN) => place(v, l) },
    { key: 'share_pct', label: 'Share of hashrate', unit: '%', format: (v: number, l = EN) => l.fmt.num2(v) },
    { key: 'estimator', label: 'Estimator (as in the dataset)' },
    { key: 'period', label: 'Period (as stated by the source)' },
  ],
  summary: (rows) => {
    const [a, b] = PANELS.map((p) => rows.filter((r) => r.snapshot === p.label));
    const listed = (rs: Row[]) => fmt.num1(rs.reduce((s, r) => s + (r.share_pct as number), 0));
    // A view with one map: that map alone.
    if (!a!.length || !b!.length) {
      const rs = a!.length ? a! : b!;
      return `${rs[0]!.snapshot}: ${fmt.country(rs[0]!.country as string)} had ${fmt.num1(rs[0]!.share_pct as number)} % of the hashrate (the ${rs.length} countries named add up to ${listed(rs)} %).`;
    }
    return `In Cambridge’s 2019–2020 map ${fmt.country(a[0].country)} had ${fmt.num1(a[0].share_pct)} % of the hashrate (the ${a.length} countries named add up to ${listed(a)} %); in Hashrate Index’s mid-2025 estimate ${fmt.country(b[0].country)} had ${fmt.num1(b[0].share_pct)} % (${b.length} countries named, ${listed(b)} % in all).`;
  },
  view: (rows) => choose(rows, 'snapshot', 'Maps'),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    // Every country with a share must have a shape: an unmatched name stops the build instead of vanishing.
    const { matched, unmatched } = matchCountryNames(rows.map((r) => r.country), shapes.map((f) => f.properties.name));
    if (unmatched.length) throw new Error(`country-share-maps: no world-atlas shape for ${unmatched.join(', ')} (add an alias in src/data/matchCountryNames.ts)`);
    const panelH = Math.round(opts.width * 0.47);
    // The maps a view shows (both by default).
    const panels = PANELS.filter((p) => rows.some((r) => r.snapshot === p.label));
    const share = panels.map((p) => new Map(rows.filter((r) => r.snapshot === p.label).map((r) => [matched.get(r.country)!, r])));
    // One copy of every shape per panel, tagged with that panel's share (or none).
    const tagged = panels.flatMap((p, i) => shapes.map((f) => ({ ...f, panel: p.label, row: share[i].get(f.properties.name) })));
    const labelled = tagged.filter((f) => f.row && (f.row.share_pct) >= LABEL_MIN);
    const k = opts.width / 640; // offsets are given for the wide map
    const label = (f: (typeof tagged)[number]) => {
      const c = f.row!.country;
      const v = `${l.fmt.num1(f.row!.share_pct)} %`;
      return `${SHORT[c] ? l.t(SHORT[c]) : place(c, l)} ${narrow ? v.replace(' %', '') : v}`;
    };
    const svg = Plot.plot({
      ...base(opts, panelH * panels.length + 40),
      marginLeft: 0, marginRight: 0, marginTop: 22, marginBottom: 4,
      projection: { type: 'equal-earth', domain: { type: 'FeatureCollection', features: shapes } as unknown as ExtendedFeatureCollection },
      fy: { domain: panels.map((p) => p.label), axis: null, padding: 0.12 },
      color: { type: 'sqrt', scheme: 'blues', domain: [0, 70], label: 'share of hashrate (%)' },
      marks: [
        // All land is one merged shape, the same in both panels, and all borders one mesh drawn on top: each border
        // once instead of twice halves the map's weight in the page, and the page sends each shape once for both
        // panels (shareShapes). On a phone the map is too small for
        // those borders to tell anything (countries with a figure keep their own outline): leaving them out keeps
        // the piece that carries this map within its transfer budget (BENCHMARKS.md).
        Plot.geo(panels.map((p) => ({ ...land, panel: p.label })), { fy: 'panel', fill: MUTED, fillOpacity: 0.22 }),
        ...(narrow ? [] : [Plot.geo(panels.map((p) => ({ ...borders, panel: p.label })), { fy: 'panel', stroke: 'var(--bg)', strokeWidth: 0.4 })]),
        Plot.geo(tagged.filter((f) => f.row), { fy: 'panel', fill: (f: (typeof tagged)[number]) => f.row!.share_pct, stroke: 'currentColor', strokeWidth: 0.5 }),
        // Shares as text on the countries (a colour key alone is hard to read), moved off shapes too small to hold them.
        ...labelled.map((f) => {
          const [dx, dy] = OFFSET[f.row!.country] ?? [0, 0];
          return Plot.text([f], Plot.centroid({
            fy: 'panel', text: label, fill: 'currentColor', stroke: 'var(--bg)', strokeWidth: 3, paintOrder: 'stroke',
            fontSize: narrow ? 8.5 : 10.5, fontWeight: 700, dx: dx * k, dy: dy * k,
          }));
        }),
        Plot.text(panels, { fy: 'label', text: (p: (typeof PANELS)[number]) => l.t(narrow ? p.short : p.label), frameAnchor: 'top-left', dy: -16, dx: 2, fill: 'currentColor', fontWeight: 700, fontSize: narrow ? 10 : 11.5 }),
      ],
    });
    // The page carries four of these maps (two panels, wide and phone variants): round the borders to whole pixels
    // and drop the points that then repeat, which keeps the shapes as drawn and the page a third of the size.
    for (const path of svg.querySelectorAll('path[d]')) path.setAttribute('d', pixelPath(path.getAttribute('d')!));
    return svg;
  },
});

/** An SVG path of M/L/Z commands with coordinates rounded to whole pixels and repeated points removed. */
function pixelPath(d: string): string {
  if (/[^MLZ0-9.,\-\se]/.test(d)) return d; // not a plain polyline: leave it alone
  let out = '';
  let last = '';
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === 'Z') { out += 'Z'; last = ''; continue; }
    const [x, y] = args.split(',').map((v) => Math.round(Number(v)));
    const pt = `${x},${y}`;
    if (cmd === 'L' && pt === last) continue;
    out += cmd + pt;
    last = pt;
  }
  return out;
}
