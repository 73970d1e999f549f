import { defineTable } from './define.ts';
import mix from './electricity-mix-owid.ts';

/** The countries in Hashrate Index's mid-2025 list, in its order, then Ethiopia and Kazakhstan, then the world. */
const ENTITIES = ['United States', 'Russia', 'China', 'Paraguay', 'United Arab Emirates', 'Oman', 'Canada', 'Ethiopia', 'Kazakhstan', 'World'];

/** Sources grouped for reading; every OWID source column lands in exactly one group. */
const GROUPS: { source: string; of: ('hydroPct' | 'gasPct' | 'coalPct' | 'oilPct' | 'nuclearPct' | 'windPct' | 'solarPct' | 'bioenergyPct' | 'otherRenewablesPct')[] }[] = [
  { source: 'Hydro', of: ['hydroPct'] },
  { source: 'Gas', of: ['gasPct'] },
  { source: 'Coal', of: ['coalPct'] },
  { source: 'Oil', of: ['oilPct'] },
  { source: 'Nuclear', of: ['nuclearPct'] },
  { source: 'Wind, solar, other', of: ['windPct', 'solarPct', 'bioenergyPct', 'otherRenewablesPct'] },
];

export default defineTable({
  id: 'electricity-mix-mining-destinations',
  title: 'Electricity mix of today’s mining countries, latest year, by group of sources',
  description: 'Each country’s latest year in the file (a source left empty counts as zero): shares of generation in six groups, with the middle of each stacked segment.',
  datasets: ['electricity-mix-owid'],
  download: false,
  from: () =>
    ENTITIES.flatMap((entity) => {
      // The latest year whose shares make up the whole grid. OWID leaves a source empty where a country has none (the
      // United Arab Emirates has no hydro), so an empty share counts as zero; keying on the hydro column instead would
      // pick a stale year for such a country.
      const whole = (p: (typeof rows)[number]) => GROUPS.flatMap((g) => g.of).reduce((s, k) => s + (p[k] ?? 0), 0) > 99;
      const rows = mix.rows();
      const last = rows.filter((p) => p.entity === entity && whole(p)).at(-1);
      if (!last) throw new Error(`electricity-mix-mining-destinations: no year of "${entity}" in the OWID file whose shares add up to 100 %`);
      let before = 0; // running total, so each row knows the middle of its segment (where its tooltip sits)
      return GROUPS.map((g) => {
        const share = g.of.reduce((s, k) => s + (last[k] ?? 0), 0);
        const mid = before + share / 2;
        before += share;
        return { entity, year: last.year, label: `${entity} (${last.year})`, source: g.source, share_pct: Math.round(share * 100) / 100, mid_pct: Math.round(mid * 10) / 10 };
      });
    }),
  columns: {
    entity: { description: 'Country or World (OWID name).' },
    year: { description: 'Latest year in the file.' },
    label: { description: 'Country and year.' },
    source: { description: 'Group of sources.' },
    share_pct: { unit: '%', description: 'Share of generation, 2 decimals.' },
    mid_pct: { unit: '%', description: 'Middle of the group’s stacked segment, 1 decimal.' },
  },
});
