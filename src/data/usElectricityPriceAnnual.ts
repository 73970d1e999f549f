export interface AnnualPrice {
  year: number;
  residential: number | null;
  commercial: number | null;
  industrial: number | null;
  transportation: number | null;
  allSectors: number | null;
}

type Row = Record<string, string | number | boolean | null>;
const num = (v: Row[string]) => (typeof v === 'number' ? v : null);

/**
 * EIA's official annual average prices (US cents per kWh) by sector: the rows of the "Annual Totals" section of
 * Electric Power Monthly Table 5.3 (rows are read until the next section label, e.g. "Year 2022").
 * Uses EIA's own annual figures (revenue-weighted), never an average of monthly values.
 */
export function usElectricityPriceAnnual(rows: readonly Row[]): AnnualPrice[] {
  const start = rows.findIndex((r) => r.Period === 'Annual Totals');
  if (start === -1) throw new RangeError('no "Annual Totals" section in EIA Table 5.3');
  const out: AnnualPrice[] = [];
  for (const r of rows.slice(start + 1)) {
    const p = String(r.Period);
    if (!/^\d{4}$/.test(p)) break; // next section label
    out.push({
      year: Number(p),
      residential: num(r.Residential),
      commercial: num(r.Commercial),
      industrial: num(r.Industrial),
      transportation: num(r.Transportation),
      allSectors: num(r['All Sectors']),
    });
  }
  return out;
}
