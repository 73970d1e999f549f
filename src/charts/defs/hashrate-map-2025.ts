import * as Plot from '@observablehq/plot';
import { feature } from 'topojson-client';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { base, fmt, MUTED } from '../defaults.ts';
import { table } from '../../datasets/load.ts';
import type { ChartDef, Row } from '../types.ts';

const PERIOD = '2025-Q3 (start)';
/** Dataset country names that world-atlas spells differently. Every name must resolve, or the build fails. */
const ATLAS_NAME: Record<string, string> = { 'United States': 'United States of America' };

// World borders from the world-atlas package (Natural Earth, public domain), read at build time: never fetched.
const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
const countries = feature(world, world.objects.countries) as unknown as { features: { properties: { name: string } }[] };

/** Hashrate Index's estimate of country shares at the start of Q3 2025, as a world map. */
export default {
  id: 'hashrate-map-2025',
  title: 'Where the hashrate was in mid-2025, by one estimate',
  subtitle: 'Share of Bitcoin’s hashrate by country, Hashrate Index estimate for the start of the third quarter of 2025; countries without an estimate in grey',
  alt: 'World map shaded by share of Bitcoin hashrate in mid-2025 by Hashrate Index’s estimate: the United States darkest, then Russia and China, with smaller shares in Paraguay, the United Arab Emirates, Oman and Canada; other countries have no estimate in this source.',
  caption: 'One estimator at one time: Hashrate Index’s own model, not Cambridge’s earlier pool-based map or its 2025 survey. Grey means no figure was published for that country, not zero. Border data: Natural Earth via the world-atlas package.',
  datasets: ['geo-hashrate-snapshots'],
  data: () =>
    table('geo-hashrate-snapshots', 'geo_hashrate_share_snapshots.csv')
      .filter((r) => r.estimator === 'Hashrate Index heatmap' && r.period === PERIOD)
      .map((r) => ({ country: String(r.country), share_pct: Number(r.share_pct), estimator: r.estimator, period: r.period }))
      .sort((a, b) => b.share_pct - a.share_pct),
  columns: [
    { key: 'country', label: 'Country' },
    { key: 'share_pct', label: 'Share of hashrate', unit: '%', format: (v: number) => fmt.num2(v) },
    { key: 'estimator', label: 'Estimator' },
    { key: 'period', label: 'Period' },
  ],
  summary: (rows) => {
    const listed = rows.reduce((s, r) => s + (r.share_pct as number), 0);
    return `${rows[0].country} had ${fmt.num1(rows[0].share_pct as number)} % of the hashrate by this estimate, followed by ${rows[1].country} (${fmt.num1(rows[1].share_pct as number)} %) and ${rows[2].country} (${fmt.num1(rows[2].share_pct as number)} %); the ${rows.length} countries listed add up to ${fmt.num1(listed)} %.`;
  },
  spec: (rows, opts) => {
    const narrow = opts.width < 480;
    const share = new Map(rows.map((r) => [ATLAS_NAME[r.country as string] ?? (r.country as string), r.share_pct as number]));
    const names = new Set(countries.features.map((f) => f.properties.name));
    for (const name of share.keys()) if (!names.has(name)) throw new Error(`hashrate-map-2025: no country "${name}" in world-atlas (add it to ATLAS_NAME)`);
    return Plot.plot({
      ...base(opts, Math.round(opts.width * 0.5)),
      marginLeft: 0, marginRight: 0, marginTop: 8, marginBottom: 8,
      projection: { type: 'equal-earth', domain: { type: 'Sphere' } },
      color: { type: 'sqrt', scheme: 'blues', domain: [0, 40], label: 'share of hashrate (%)', legend: false },
      marks: [
        Plot.sphere({ stroke: 'currentColor', strokeOpacity: 0.3 }),
        Plot.geo(countries.features.filter((f) => !share.has(f.properties.name)), { fill: MUTED, fillOpacity: 0.25, stroke: 'var(--bg)', strokeWidth: 0.4 }),
        Plot.geo(countries.features.filter((f) => share.has(f.properties.name)), {
          fill: (f: { properties: { name: string } }) => share.get(f.properties.name), stroke: 'currentColor', strokeWidth: 0.5,
        }),
        // Direct labels for the countries with the largest shares (a colour legend alone is hard to read).
        Plot.text(countries.features.filter((f) => (share.get(f.properties.name) ?? 0) >= 3.5), Plot.centroid({
          text: (f: { properties: { name: string } }) => `${fmt.num1(share.get(f.properties.name)!)} %`,
          fill: 'currentColor', stroke: 'var(--bg)', strokeWidth: 3, fontSize: narrow ? 9 : 11, fontWeight: 700,
        })),
      ],
    });
  },
} satisfies ChartDef;
