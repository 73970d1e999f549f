import { describe, expect, it } from 'vitest';
import { usIndustrialPriceMonthly } from '../../../src/data/usIndustrialPriceMonthly.ts';
import { usElectricityPriceAnnual } from '../../../src/data/usElectricityPriceAnnual.ts';
import { electricityMix } from '../../../src/data/electricityMix.ts';
import { asicEfficiencyByRelease } from '../../../src/data/asicEfficiencyByRelease.ts';
import poolShares from '../../../src/series/btc-pool-shares-by-period.ts';
import { table } from '../../../src/datasets/table.ts';

describe('US electricity prices (EIA)', () => {
  it('monthly industrial series from the wide export: 269 months, Jan 2001 … May 2023', () => {
    const m = usIndustrialPriceMonthly(table('us-electricity-price', 'eia_avg_retail_price_monthly_2001_2023.csv'));
    expect(m).toHaveLength(269); // SOURCE.md: 269 monthly values
    // values read in the raw row "United States : industrial": first 4.73, "Aug 2022" 9.51 (FACTS 2.7), last 7.75
    expect(m[0]).toEqual({ month: '2001-01', centsPerKwh: 4.73 });
    expect(m.find((p) => p.month === '2022-08')).toEqual({ month: '2022-08', centsPerKwh: 9.51 });
    expect(m.at(-1)).toEqual({ month: '2023-05', centsPerKwh: 7.75 });
  });

  it('annual totals from Table 5.3: 2014 … 2023, industrial 7.10 / 6.67 (2020) / 8.04 (2023)', () => {
    const a = usElectricityPriceAnnual(table('us-electricity-price', 'eia_table_5_3_2014_2024.csv'));
    expect(a.map((x) => x.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(a[0]).toEqual({ year: 2014, residential: 12.52, commercial: 10.74, industrial: 7.1, transportation: 10.45, allSectors: 10.44 });
    expect(a.find((x) => x.year === 2020)!.industrial).toBe(6.67);
    expect(a.at(-1)!.industrial).toBe(8.04);
  });
});

describe('electricityMix (OWID)', () => {
  it('hydro shares as OWID’s 2026 export gives them (raw rows: Paraguay 2023 99.457504, Ethiopia 2023 96.49507, World 2024 14.286394)', () => {
    const mix = electricityMix(table('electricity-mix-owid', 'share-elec-by-source.csv'), ['Paraguay', 'Ethiopia', 'World']);
    expect(mix.find((p) => p.entity === 'Paraguay' && p.year === 2023)!.hydroPct).toBe(99.457504);
    expect(mix.find((p) => p.entity === 'Ethiopia' && p.year === 2023)!.hydroPct).toBe(96.49507);
    expect(mix.find((p) => p.entity === 'World' && p.year === 2024)!.hydroPct).toBe(14.286394);
    expect(() => electricityMix([], ['Atlantis'])).toThrow(/Atlantis/);
  });
});

describe('asicEfficiencyByRelease', () => {
  it('unifies CBECI J/GH, F2Pool W/TH and the compiled table', () => {
    const rows = asicEfficiencyByRelease(
      table('cbeci-miners', 'cbeci_miners_list.csv'),
      table('asic-specs', 'f2pool_mining_devices_snapshot_2020-03.csv'),
      table('asic-specs', 'asic_specs_2017_2026_compiled.csv'),
    );
    expect(rows).toHaveLength(90 + 86 + 24);
    // CBECI: "Bitmain Antminer S3,1404172800,0.76569" → 765.69 J/TH released 2014-07-01 (FACTS 5.1)
    expect(rows.find((r) => r.model === 'Bitmain Antminer S3')).toMatchObject({ released: '2014-07-01', efficiencyJPerTh: 765.69, placeholder: false });
    expect(rows.find((r) => r.model === 'Worst CPU')).toMatchObject({ efficiencyJPerTh: 100_000_000, placeholder: true });
    // F2Pool: Antminer S19 Pro 110 TH/s, 3250 W, released 2020/2 → 3250 / 110 = 29.545 → 29.55 J/TH
    expect(rows.find((r) => r.model === 'Antminer S19 Pro' && r.source === 'asic-specs/f2pool')).toMatchObject({ released: '2020-02', efficiencyJPerTh: 29.55 });
    // compiled: Avalon A16 XP 12.8 J/TH stated (FACTS 5.8)
    expect(rows.find((r) => r.model.includes('A16 XP'))).toMatchObject({ efficiencyJPerTh: 12.8, efficiencyFrom: 'stated' });
    // sorted by release date, unknown dates last
    const dated = rows.filter((r) => r.released !== null).map((r) => r.released!);
    expect(dated).toEqual([...dated].sort());
    expect(rows.slice(dated.length).every((r) => r.released === null)).toBe(true);
  });
});

describe('derived series', () => {
  it('pool shares: each period lists top 5 + Other + Unknown summing to 100 % (± rounding)', () => {
    const rows = poolShares.rows();
    const byPeriod = new Map<number, number>();
    for (const r of rows) byPeriod.set(r.period_start_height as number, (byPeriod.get(r.period_start_height as number) ?? 0) + (r.share_pct as number));
    for (const total of byPeriod.values()) expect(Math.abs(total - 100)).toBeLessThan(0.05);
  });
});
