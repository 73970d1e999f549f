const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface MonthlyPrice {
  /** 'YYYY-MM'. */
  month: string;
  /** Average retail price to industrial customers, US cents per kWh. */
  centsPerKwh: number;
}

/**
 * Reshape the wide EIA Electricity Data Browser export (one row per series, one "Mon YYYY" column per month) into a
 * monthly series for one row (default "United States : industrial"). Empty months are skipped; values are unchanged.
 */
export function usIndustrialPriceMonthly(
  rows: readonly Record<string, string | number | boolean | null>[],
  series = 'United States : industrial',
): MonthlyPrice[] {
  const row = rows.find((r) => r.description === series);
  if (!row) throw new RangeError(`no row "${series}" in the EIA export`);
  const out: MonthlyPrice[] = [];
  for (const [col, value] of Object.entries(row)) {
    const m = /^([A-Z][a-z]{2}) (\d{4})$/.exec(col);
    if (!m || typeof value !== 'number') continue;
    const mi = MONTHS.indexOf(m[1]!);
    if (mi === -1) throw new RangeError(`unexpected month column "${col}"`);
    out.push({ month: `${m[2]}-${String(mi + 1).padStart(2, '0')}`, centsPerKwh: value });
  }
  return out.sort((a, b) => (a.month < b.month ? -1 : 1));
}
