import { group } from 'd3';

export interface ElectricityMixPoint {
  entity: string;
  year: number;
  hydroPct: number | null;
  coalPct: number | null;
  gasPct: number | null;
  oilPct: number | null;
  nuclearPct: number | null;
  windPct: number | null;
  solarPct: number | null;
  bioenergyPct: number | null;
  otherRenewablesPct: number | null;
}

type Row = Record<string, string | number | boolean | null>;
const num = (v: Row[string] | undefined) => (typeof v === 'number' ? v : null);

/**
 * Share of electricity generation by source (%, OWID) for the chosen entities (exact OWID names, e.g. "Paraguay",
 * "Ethiopia", "United States", "World"), ordered by the given entity order, then year. Throws on an unknown entity so a
 * renamed country cannot silently disappear from a chart.
 */
export function electricityMix(rows: readonly Row[], entities: readonly string[]): ElectricityMixPoint[] {
  const out: ElectricityMixPoint[] = [];
  // Grouped once: filtering all rows for each of ~250 entities took about a second a build.
  const byEntity = group(rows, (r) => r.Entity);
  for (const entity of entities) {
    const mine = [...(byEntity.get(entity) ?? [])].sort((a, b) => Number(a.Year) - Number(b.Year));
    if (!mine.length) throw new RangeError(`no entity "${entity}" in the electricity-mix data`);
    for (const r of mine) {
      out.push({
        entity,
        year: Number(r.Year),
        hydroPct: num(r['Hydropower']),
        coalPct: num(r['Coal']),
        gasPct: num(r['Gas']),
        oilPct: num(r['Oil']),
        nuclearPct: num(r['Nuclear']),
        windPct: num(r['Wind']),
        solarPct: num(r['Solar']),
        bioenergyPct: num(r['Bioenergy']),
        otherRenewablesPct: num(r['Other renewables']),
      });
    }
  }
  return out;
}
