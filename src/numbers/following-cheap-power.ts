/** Numbers for following-cheap-power, computed from the geography snapshots, OWID electricity mix and EIA prices. */
import { fmt } from '../charts/defaults.ts';
import { table } from '../datasets/load.ts';
import snapshots from '../charts/defs/country-shares-snapshots.ts';
import hydro from '../charts/defs/hydro-share.ts';
import { usElectricityPriceAnnual } from '../data/usElectricityPriceAnnual.ts';
import type { NumberDef } from './types.ts';

const share = (snapshot: string, country: string) => Number(snapshots.data().find((r) => String(r.snapshot).startsWith(snapshot) && r.country === country)!.share_pct);
const lastHydro = (e: string) => hydro.data().filter((r) => r.entity === e).at(-1)!;
const geo = (country: string, period: string) => Number(table('geo-hashrate-snapshots', 'geo_hashrate_share_snapshots.csv').find((r) => r.country === country && r.period === period)!.share_pct);
const annual = () => usElectricityPriceAnnual(table('us-electricity-price', 'eia_table_5_3_2014_2024.csv'));
const pct = (v: number) => `${fmt.num2(v)} %`;
const GEO = ['geo-hashrate-snapshots'];

export default {
  'power-china-2020': { value: () => share('Cambridge map, Sep 2019', 'China'), format: pct, datasets: GEO, note: 'China’s share, CBECI mining map average Sep 2019–Apr 2020' },
  'power-us-2020': { value: () => share('Cambridge map, Sep 2019', 'United States'), format: pct, datasets: GEO, note: 'United States’ share, same snapshot' },
  'power-china-2021-07': { value: () => geo('China', '2021-07'), format: (v: number) => `${fmt.int(v)} %`, datasets: GEO, note: 'China’s share in the CBECI map, July 2021' },
  'power-us-2022': { value: () => share('Cambridge map, Jan 2022', 'United States'), format: pct, datasets: GEO, note: 'United States’ share, CBECI map January 2022' },
  'power-china-2022': { value: () => share('Cambridge map, Jan 2022', 'China'), format: pct, datasets: GEO, note: 'China’s share, CBECI map January 2022' },
  'power-us-2025': { value: () => share('Hashrate Index', 'United States'), format: pct, datasets: GEO, note: 'United States’ share, Hashrate Index start of Q3 2025' },
  'power-russia-2025': { value: () => share('Hashrate Index', 'Russia'), format: pct, datasets: GEO, note: 'Russia’s share, Hashrate Index start of Q3 2025' },
  'power-paraguay-2025': { value: () => share('Hashrate Index', 'Paraguay'), format: pct, datasets: GEO, note: 'Paraguay’s share, Hashrate Index start of Q3 2025' },
  'power-us-survey-2025': { value: () => geo('United States', '2025 report (survey of 49 firms ~48% of hashrate)'), format: (v: number) => `${fmt.num1(v)} %`, datasets: GEO, note: 'United States’ share of reported hashrate, Cambridge 2025 survey' },
  'power-hydro-paraguay': { value: () => Number(lastHydro('Paraguay').hydro_pct), format: pct, datasets: ['electricity-mix-owid'], note: 'hydro share of Paraguay’s electricity, latest year' },
  'power-hydro-paraguay-year': { value: () => Number(lastHydro('Paraguay').year), format: String, datasets: ['electricity-mix-owid'], note: 'that year' },
  'power-hydro-ethiopia': { value: () => Number(lastHydro('Ethiopia').hydro_pct), format: pct, datasets: ['electricity-mix-owid'], note: 'hydro share of Ethiopia’s electricity, latest year' },
  'power-hydro-us': { value: () => Number(lastHydro('United States').hydro_pct), format: pct, datasets: ['electricity-mix-owid'], note: 'hydro share of US electricity, latest year' },
  'power-us-industrial-2020': { value: () => annual().find((r) => r.year === 2020)!.industrial!, format: (v: number) => `${fmt.num2(v)} cents per kWh`, datasets: ['us-electricity-price'], note: 'EIA average US industrial price, 2020' },
  'power-us-industrial-2023': { value: () => annual().find((r) => r.year === 2023)!.industrial!, format: (v: number) => `${fmt.num2(v)} cents per kWh`, datasets: ['us-electricity-price'], note: 'EIA average US industrial price, 2023' },
} satisfies Record<string, NumberDef>;
