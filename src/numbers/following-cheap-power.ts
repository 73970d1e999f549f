/**
 * Numbers for following-cheap-power, computed at build time from the geography snapshots (each figure read with its
 * estimator and period, never across them), OWID's electricity mix, EIA prices and the compiled framing claims.
 */
import { format } from 'd3';
import { fmt } from '../charts/defaults.ts';
import mixSeries from '../series/electricity-mix-mining-countries.ts';
import usMonthly from '../series/us-industrial-electricity-price-monthly.ts';
import mix from '../series/electricity-mix-mining-destinations.ts';
import snapshots from '../series/geo-hashrate-share-snapshots.ts';
import annualPrices from '../series/us-electricity-price-annual.ts';
import claims from '../series/framing-claims.ts';
import { claimById } from '../data/claimById.ts';
import type { NumberDef } from './types.ts';

const GEO = ['geo-hashrate-snapshots'];
const OWID = ['electricity-mix-owid'];
const EIA = ['us-electricity-price'];

const CBECI = 'CBECI mining map (CCAF)';
const HRI = 'Hashrate Index heatmap';
const SURVEY = 'Cambridge Digital Mining Industry Report (CCAF survey)';
const ETHIOPIA_CLAIM = 'Miners cited by CryptoSlate (Kal Kassa / Ethiopian Electric Power)';
const P2020 = '2019-09 to 2020-04 (average shown at map launch)';
const P2025 = '2025-Q3 (start)';

/** A share as the dataset gives it, for one estimator, period and country; throws if absent (no silent gaps). */
function geo(estimator: string, period: string, country: string): number {
  const row = snapshots.rows().find((r) => r.estimator === estimator && r.period === period && r.country === country);
  if (!row) throw new Error(`following-cheap-power: no share for ${country} in ${estimator} / ${period}`);
  return Number(row.share_pct);
}
const snapshot = (estimator: string, period: string) =>
  snapshots.rows().filter((r) => r.estimator === estimator && r.period === period).map((r) => Number(r.share_pct));

/** Shares keep the precision their source gave, up to two decimals: 65.08 %, 44 %, 3.6 %. */
const pct = (v: number) => `${format(',.2~f')(v)} %`;
const cents = (v: number) => `${fmt.num2(v)} cents per kWh`;
const times = (v: number) => `${fmt.num1(v)} times`;

const owid = (entity: string) => mixSeries.rows().filter((r) => r.entity === entity && r.hydro_pct != null);
const lastOwid = (entity: string) => owid(entity).at(-1)!;
/** Every source but hydro, as the prose names them. */
const SOURCES = [['wind', 'wind_pct'], ['oil', 'oil_pct'], ['solar', 'solar_pct'], ['bioenergy', 'bioenergy_pct'], ['coal', 'coal_pct'], ['gas', 'gas_pct'], ['nuclear', 'nuclear_pct'], ['geothermal and other renewables', 'other_renewables_pct']] as const;
const ethiopiaLow = () => owid('Ethiopia').filter((r) => Number(r.year) >= 2000).reduce((a, r) => (Number(r.hydro_pct) < Number(a.hydro_pct) ? r : a));
const mixShare = (entity: string, source: string) => mix.rows().find((r) => r.entity === entity && r.source === source)!;

const monthly = () => usMonthly.rows();
const peakMonth = () => monthly().reduce((a, r) => (Number(r.industrial_cents_per_kwh) > Number(a.industrial_cents_per_kwh) ? r : a));
const annual = (year: number) => {
  const a = annualPrices.rows().find((r) => r.year === year);
  if (!a?.industrial_cents_per_kwh) throw new Error(`following-cheap-power: no EIA annual industrial price for ${year}`);
  return a.industrial_cents_per_kwh;
};
const claim = (id: string) => claimById(claims.rows(), id).value;

export default {
  // Cambridge's pool-based map, Sep 2019 – Apr 2020 average
  'power-china-2020': { value: () => geo(CBECI, P2020, 'China'), format: pct, datasets: GEO, note: 'China’s share, CBECI mining map, average Sep 2019–Apr 2020' },
  'power-us-2020': { value: () => geo(CBECI, P2020, 'United States'), format: pct, datasets: GEO, note: 'United States’ share, same snapshot' },
  'power-named-2020': { value: () => snapshot(CBECI, P2020).length, format: String, datasets: GEO, note: 'number of countries named in that snapshot' },
  // the same map through the 2021 ban
  'power-china-2021-05': { value: () => geo(CBECI, '2021-05', 'China'), format: pct, datasets: GEO, note: 'China’s share, CBECI mining map, May 2021' },
  'power-china-2021-07': { value: () => geo(CBECI, '2021-07', 'China'), format: pct, datasets: GEO, note: 'China’s share, CBECI mining map, July 2021' },
  'power-china-2021-09': { value: () => geo(CBECI, '2021-09', 'China'), format: pct, datasets: GEO, note: 'China’s share, CBECI mining map, September 2021' },
  'power-us-2022': { value: () => geo(CBECI, '2022-01', 'United States'), format: pct, datasets: GEO, note: 'United States’ share, CBECI mining map, January 2022' },
  'power-china-2022': { value: () => geo(CBECI, '2022-01', 'China'), format: pct, datasets: GEO, note: 'China’s share, CBECI mining map, January 2022' },
  'power-kazakhstan-2022': { value: () => geo(CBECI, '2022-01', 'Kazakhstan'), format: pct, datasets: GEO, note: 'Kazakhstan’s share, CBECI mining map, January 2022' },
  // Hashrate Index's model, 2025
  'power-us-2025': { value: () => geo(HRI, P2025, 'United States'), format: pct, datasets: GEO, note: 'United States’ share, Hashrate Index, start of Q3 2025' },
  'power-russia-2025': { value: () => geo(HRI, P2025, 'Russia'), format: pct, datasets: GEO, note: 'Russia’s share, Hashrate Index, start of Q3 2025' },
  'power-china-2025': { value: () => geo(HRI, P2025, 'China'), format: pct, datasets: GEO, note: 'China’s share, Hashrate Index, start of Q3 2025' },
  'power-paraguay-2025': { value: () => geo(HRI, P2025, 'Paraguay'), format: pct, datasets: GEO, note: 'Paraguay’s share, Hashrate Index, start of Q3 2025' },
  'power-paraguay-2025-q2': { value: () => geo(HRI, '2025-Q2', 'Paraguay'), format: pct, datasets: GEO, note: 'Paraguay’s share, Hashrate Index, Q2 2025' },
  'power-uae-2025': { value: () => geo(HRI, P2025, 'United Arab Emirates'), format: pct, datasets: GEO, note: 'United Arab Emirates’ share, Hashrate Index, start of Q3 2025' },
  'power-oman-2025': { value: () => geo(HRI, P2025, 'Oman'), format: pct, datasets: GEO, note: 'Oman’s share, Hashrate Index, start of Q3 2025' },
  'power-named-2025': { value: () => snapshot(HRI, P2025).length, format: String, datasets: GEO, note: 'number of countries named in that snapshot' },
  'power-named-2025-total': { value: () => snapshot(HRI, P2025).reduce((s, v) => s + v, 0), format: (v: number) => `${fmt.num1(v)} %`, datasets: GEO, note: 'sum of the shares named by Hashrate Index at the start of Q3 2025' },
  'power-unnamed-2025': { value: () => 100 - snapshot(HRI, P2025).reduce((s, v) => s + v, 0), format: (v: number) => `${fmt.num1(v)} %`, datasets: GEO, note: '100 % minus the shares named by Hashrate Index at the start of Q3 2025: hashrate it did not assign to a named country' },
  'power-us-paraguay-ratio': { value: () => geo(HRI, P2025, 'United States') / geo(HRI, P2025, 'Paraguay'), format: times, datasets: GEO, note: 'United States’ share divided by Paraguay’s, both Hashrate Index, start of Q3 2025' },
  // Cambridge's 2025 survey and the Ethiopian claim
  'power-us-survey-2025': { value: () => geo(SURVEY, '2025 report (survey of 49 firms ~48% of hashrate)', 'United States'), format: pct, datasets: GEO, note: 'United States’ share of the hashrate reported by the 49 firms in Cambridge’s 2025 survey' },
  'power-ethiopia-claim': { value: () => geo(ETHIOPIA_CLAIM, 'reported Dec 2024', 'Ethiopia'), format: pct, datasets: GEO, note: 'Ethiopia’s share as claimed by a local miner and the utility, reported Dec 2024' },
  // hydro and the electricity mix (OWID)
  'power-hydro-paraguay': { value: () => Number(lastOwid('Paraguay').hydro_pct), format: pct, datasets: OWID, note: 'hydro share of Paraguay’s electricity generation, latest year in the data' },
  'power-hydro-paraguay-year': { value: () => Number(lastOwid('Paraguay').year), format: String, datasets: OWID, note: 'that year' },
  'power-hydro-ethiopia': { value: () => Number(lastOwid('Ethiopia').hydro_pct), format: pct, datasets: OWID, note: 'hydro share of Ethiopia’s electricity generation, latest year in the data' },
  'power-hydro-ethiopia-year': { value: () => Number(lastOwid('Ethiopia').year), format: String, datasets: OWID, note: 'that year' },
  'power-hydro-us': { value: () => Number(lastOwid('United States').hydro_pct), format: pct, datasets: OWID, note: 'hydro share of US electricity generation, latest year in the data' },
  'power-hydro-us-year': { value: () => Number(lastOwid('United States').year), format: String, datasets: OWID, note: 'that year' },
  'power-hydro-world': { value: () => Number(lastOwid('World').hydro_pct), format: pct, datasets: OWID, note: 'hydro share of world electricity generation, latest year in the data' },
  'power-hydro-ethiopia-low': { value: () => Number(ethiopiaLow().hydro_pct), format: pct, datasets: OWID, note: 'lowest hydro share of Ethiopia’s electricity since 2000' },
  'power-hydro-ethiopia-low-year': { value: () => Number(ethiopiaLow().year), format: String, datasets: OWID, note: 'the year of that low' },
  'power-ethiopia-low-year-second': {
    value: () => {
      // Which source filled in when hydro was lowest: the largest of the others that year.
      const low = ethiopiaLow();
      const others = SOURCES.map(([name, key]) => ({ name, pct: Number(low[key] ?? 0) })).sort((a, b) => b.pct - a.pct);
      return `${others[0]!.name}, ${pct(others[0]!.pct)}`;
    },
    format: String,
    datasets: OWID,
    note: 'the largest source other than hydro in Ethiopia’s electricity that year, with its share',
  },
  'power-mix-year': {
    // One year for the sentence that compares these grids; if a refresh leaves them on different years, it says so.
    value: () => {
      const years = new Set(['Oman', 'United Arab Emirates', 'Kazakhstan', 'Russia'].map((e) => Number(mixShare(e, 'Gas').year)));
      if (years.size !== 1) throw new Error(`following-cheap-power: the grids compared in one sentence are from different years (${[...years].join(', ')}); give each its year`);
      return [...years][0]!;
    },
    format: String,
    datasets: OWID,
    note: 'the latest year of Oman’s, the UAE’s, Kazakhstan’s and Russia’s electricity mix (the same for all four)',
  },
  'power-nuclear-uae': { value: () => Number(mixShare('United Arab Emirates', 'Nuclear').share_pct), format: pct, datasets: OWID, note: 'nuclear share of the United Arab Emirates’ electricity generation, latest year' },
  'power-gas-oman': { value: () => Number(mixShare('Oman', 'Gas').share_pct), format: pct, datasets: OWID, note: 'gas share of Oman’s electricity generation, latest year' },
  'power-gas-uae': { value: () => Number(mixShare('United Arab Emirates', 'Gas').share_pct), format: pct, datasets: OWID, note: 'gas share of the United Arab Emirates’ electricity generation, latest year' },
  'power-coal-kazakhstan': { value: () => Number(mixShare('Kazakhstan', 'Coal').share_pct), format: pct, datasets: OWID, note: 'coal share of Kazakhstan’s electricity generation, latest year' },
  'power-gas-russia': { value: () => Number(mixShare('Russia', 'Gas').share_pct), format: pct, datasets: OWID, note: 'gas share of Russia’s electricity generation, latest year' },
  'power-hydro-russia': { value: () => Number(mixShare('Russia', 'Hydro').share_pct), format: pct, datasets: OWID, note: 'hydro share of Russia’s electricity generation, latest year' },
  'power-hydro-canada': { value: () => Number(mixShare('Canada', 'Hydro').share_pct), format: pct, datasets: OWID, note: 'hydro share of Canada’s electricity generation, latest year' },
  // prices (EIA; reported tariffs from the compiled framing-claims file)
  'power-us-industrial-first': { value: () => Number(monthly()[0].industrial_cents_per_kwh), format: cents, datasets: EIA, note: 'EIA average US industrial price, January 2001' },
  'power-us-industrial-peak': { value: () => Number(peakMonth().industrial_cents_per_kwh), format: cents, datasets: EIA, note: 'highest monthly EIA average US industrial price, 2001 – May 2023' },
  'power-us-industrial-peak-month': { value: () => String(peakMonth().month), format: (v: string) => fmt.month(new Date(`${v}-01T00:00:00Z`)), datasets: EIA, note: 'month of that peak' },
  'power-us-industrial-2020': { value: () => annual(2020), format: cents, datasets: EIA, note: 'EIA annual average US industrial price, 2020' },
  'power-us-industrial-2023': { value: () => annual(2023), format: cents, datasets: EIA, note: 'EIA annual average US industrial price, 2023' },
  'power-tariff-ethiopia': { value: () => claim('ethiopia-tariff') * 100, format: (v: number) => `${fmt.num1(v)} cents per kWh`, datasets: ['framing-claims'], note: 'tariff for miners in Ethiopia as reported in late 2024 (USD 0.032 per kWh)' },
  'power-tariff-paraguay': { value: () => claim('paraguay-tariff') * 100, format: (v: number) => `${fmt.int(v)} cents per kWh`, datasets: ['framing-claims'], note: 'business electricity price in Paraguay as reported (undated; USD 0.05 per kWh)' },
  'power-us-ethiopia-ratio': { value: () => annual(2023) / (claim('ethiopia-tariff') * 100), format: times, datasets: [...EIA, 'framing-claims'], note: 'EIA’s 2023 average US industrial price divided by the tariff reported for miners in Ethiopia (not like for like)' },
} satisfies Record<string, NumberDef>;
