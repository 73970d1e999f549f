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
  for (const entity of entities) {
    const mine = rows.filter((r) => r.Entity === entity).sort((a, b) => Number(a.Year) - Number(b.Year));
    if (!mine.length) throw new RangeError(`no entity "${entity}" in the electricity-mix data`);
    for (const r of mine) {
      out.push({
        entity,
        year: Number(r.Year),
        hydroPct: num(r['Hydro (% electricity)']),
        coalPct: num(r['Coal (% electricity)']),
        gasPct: num(r['Gas (% electricity)']),
        oilPct: num(r['Oil (% electricity)']),
        nuclearPct: num(r['Nuclear (% electricity)']),
        windPct: num(r['Wind (% electricity)']),
        solarPct: num(r['Solar (% electricity)']),
        bioenergyPct: num(r['Bioenergy (% electricity)']),
        otherRenewablesPct: num(r['Other renewables excluding bioenergy (% electricity)']),
      });
    }
  }
  return out;
}
