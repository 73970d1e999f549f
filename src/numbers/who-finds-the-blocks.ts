/** Numbers for who-finds-the-blocks, computed from the per-block pool labels and the EDI concentration files. */
import { fmt } from '../charts/defaults.ts';
import blocksByPool from '../series/btc-blocks-by-pool-2016-2018.ts';
import blockLabels from '../series/btc-pool-block-labels.ts';
import measures from '../series/btc-pool-concentration-measures.ts';
import concentrationSeries from '../series/btc-pool-concentration-by-period.ts';
import byOwner from '../series/edi-block-production-by-owner.ts';
import byPool from '../series/edi-block-production-by-pool.ts';
import everyPool from '../series/btc-pool-shares-every-pool.ts';
import type { NumberDef } from './types.ts';

const pools = () => blocksByPool.rows().filter((r) => r.kind === 'pool');
const periods = () => concentrationSeries.rows().filter((r) => r.complete);
const owner = () => byOwner.rows();
const single = () => byPool.rows();
const peakOwner = () => owner().reduce((a, r) => (Number(r.largest_share) > Number(a.largest_share) ? r : a));
const pct = (v: number) => `${fmt.num1(v)} %`;
const ownerIn = (from: string, to: string) => owner().filter((r) => String(r.date) >= from && String(r.date) <= to);
const nak = (rows: ReturnType<typeof owner>) => rows.map((r) => Number(r.nakamoto_coefficient));
const maxSeries = (s: string) => Math.max(...measures.rows().filter((r) => r.series === s).map((r) => Number(r.share_pct)));
const allBlocks = () => blocksByPool.rows();
const lowOwnerHhi = () => owner().reduce((a, r) => (Number(r.hhi) < Number(a.hhi) ? r : a));
/** One pool's share of blocks in each complete difficulty period, in height order (every named pool counted). */
const poolByPeriod = (pool: string) => {
  const rows = everyPool.rows();
  const shares = new Map(rows.filter((r) => r.pool === pool).map((r) => [r.period_start_height, r.share_pct]));
  return [...new Set(rows.map((r) => r.period_start_height))].map((h) => shares.get(h) ?? 0);
};
const bitmainPeriods = () => measures.rows().filter((r) => r.series === 'AntPool + BTC.com (Bitmain)');
const DS = ['pool-blocks-2016-2018'];
const EDI = ['pool-concentration-edi'];

export default {
  'blocks-total': { value: () => blockLabels.rows().length, format: fmt.int, datasets: DS, note: 'blocks in the file, heights 400,000 to 546,235' },
  'blocks-top-pool': { value: () => String(pools()[0].pool), format: String, datasets: DS, note: 'pool with the most blocks, 2016–2018' },
  'blocks-top-pool-blocks': { value: () => Number(pools()[0].blocks), format: fmt.int, datasets: DS, note: 'its blocks' },
  'blocks-top-pool-share': { value: () => Number(pools()[0].share_pct), format: pct, datasets: DS, note: 'its share of all blocks' },
  'blocks-top3-share': { value: () => pools().slice(0, 3).reduce((s, r) => s + Number(r.share_pct), 0), format: pct, datasets: DS, note: 'share of the three pools with the most blocks, 2016–2018' },
  'blocks-top10-share': { value: () => pools().reduce((s, r) => s + Number(r.share_pct), 0), format: pct, datasets: DS, note: 'share of the ten pools with the most blocks, 2016–2018' },
  'periods-complete': { value: () => periods().length, format: String, datasets: DS, note: 'complete difficulty periods of 2,016 blocks in the file' },
  'periods-nakamoto-min': { value: () => Math.min(...periods().map((r) => Number(r.nakamoto_coefficient))), format: String, datasets: DS, note: 'smallest Nakamoto coefficient (single pools) in any complete period' },
  'periods-nakamoto-max': { value: () => Math.max(...periods().map((r) => Number(r.nakamoto_coefficient))), format: String, datasets: DS, note: 'largest Nakamoto coefficient (single pools) in any complete period' },
  'edi-peak-owner-share': { value: () => Number(peakOwner().largest_share) * 100, format: pct, datasets: EDI, note: 'largest share of blocks found by one owner of pools in any 30-day window, 2018–2026' },
  'edi-peak-date': { value: () => String(peakOwner().date), format: (v: string) => fmt.month(new Date(v)), datasets: EDI, note: 'label date of that window' },
  'edi-peak-single-share': { value: () => Number(single().find((r) => r.date === peakOwner().date)!.largest_share) * 100, format: pct, datasets: EDI, note: 'largest single pool’s share in the same window' },
  'edi-peak-single-nakamoto': { value: () => Number(single().find((r) => r.date === peakOwner().date)!.nakamoto_coefficient), format: String, datasets: EDI, note: 'Nakamoto coefficient counting single pools in the same window' },
  'edi-latest-date': { value: () => String(owner().at(-1)!.date), format: (v: string) => fmt.date(new Date(v)), datasets: EDI, note: 'label date of the latest 30-day window' },
  'edi-latest-top1': { value: () => Number(owner().at(-1)!.largest_share) * 100, format: pct, datasets: EDI, note: 'largest owner’s share in the latest window' },
  'edi-latest-top3': { value: () => Number(owner().at(-1)!.top3_share) * 100, format: pct, datasets: EDI, note: 'three largest owners’ share in the latest window' },
  'edi-latest-hhi': { value: () => Number(owner().at(-1)!.hhi), format: fmt.int, datasets: EDI, note: 'HHI (owner-clustered) in the latest window' },
  'edi-latest-nakamoto': { value: () => Number(owner().at(-1)!.nakamoto_coefficient), format: String, datasets: EDI, note: 'Nakamoto coefficient (owner-clustered) in the latest window' },
  'edi-few-owners-since': {
    // The start of the unbroken run, up to the latest window, in which two or three owners passed half the blocks.
    value: () => {
      const rows = owner();
      let i = rows.length;
      while (i > 0 && [2, 3].includes(Number(rows[i - 1]!.nakamoto_coefficient))) i--;
      return String(rows[i]!.date);
    },
    format: (v: string) => fmt.date(new Date(v)),
    datasets: EDI,
    note: 'first window of the unbroken run up to the latest in which the owner-clustered Nakamoto coefficient is 2 or 3',
  },
  'blocks-unlabelled-share': { value: () => Number(allBlocks().find((r) => r.pool === 'No pool label')!.share_pct), format: pct, datasets: DS, note: 'share of blocks labelled "unknown" or "failed", 2016–2018' },
  'blocks-bitmain-share': {
    value: () => ['AntPool', 'BTC.com'].reduce((s, p) => s + Number(pools().find((r) => r.pool === p)!.share_pct), 0),
    format: pct, datasets: DS, note: 'AntPool and BTC.com together (both Bitmain’s), share of all blocks 2016–2018',
  },
  'periods-top-max': { value: () => maxSeries('Largest pool'), format: pct, datasets: DS, note: 'largest share of one single pool in any complete difficulty period' },
  'periods-bitmain-over-40': { value: () => bitmainPeriods().filter((r) => Number(r.share_pct) > 40).length, format: String, datasets: DS, note: 'complete difficulty periods in which AntPool and BTC.com together found more than 40 % of the blocks' },
  'periods-btcc-first': { value: () => poolByPeriod('BTCC')[0]!, format: pct, datasets: DS, note: 'BTCC’s share of blocks in the first complete difficulty period of the file' },
  'periods-btcc-last': { value: () => poolByPeriod('BTCC').at(-1)!, format: pct, datasets: DS, note: 'BTCC’s share of blocks in the last complete difficulty period of the file' },
  'periods-bitmain-max': { value: () => maxSeries('AntPool + BTC.com (Bitmain)'), format: pct, datasets: DS, note: 'largest share of AntPool and BTC.com together in any complete difficulty period' },
  'periods-hhi-min': { value: () => Math.min(...periods().map((r) => Number(r.hhi))), format: fmt.int, datasets: DS, note: 'lowest HHI (single pools) in any complete period, 2016–2018' },
  'periods-hhi-max': { value: () => Math.max(...periods().map((r) => Number(r.hhi))), format: fmt.int, datasets: DS, note: 'highest HHI (single pools) in any complete period, 2016–2018' },
  'edi-peak-owner-hhi': { value: () => Number(peakOwner().hhi), format: fmt.int, datasets: EDI, note: 'HHI (owner-clustered) in the window where one owner’s share peaked' },
  'edi-low-owner-hhi': { value: () => Number(lowOwnerHhi().hhi), format: fmt.int, datasets: EDI, note: 'lowest HHI (owner-clustered) in any window, 2018–2026' },
  'edi-low-owner-hhi-date': { value: () => String(lowOwnerHhi().date), format: (v: string) => fmt.month(new Date(v)), datasets: EDI, note: 'label date of that window' },
  'edi-single-nakamoto-max': { value: () => Math.max(...single().map((r) => Number(r.nakamoto_coefficient))), format: String, datasets: EDI, note: 'largest Nakamoto coefficient counting single pools, 2018–2025' },
  'edi-single-last-date': { value: () => String(single().at(-1)!.date), format: (v: string) => fmt.month(new Date(v)), datasets: EDI, note: 'label date of the last window in the single-pool file' },
  'edi-2021-nakamoto-min': { value: () => Math.min(...nak(ownerIn('2021-01-01', '2021-12-31'))), format: String, datasets: EDI, note: 'smallest Nakamoto coefficient (owner-clustered) in any window of 2021' },
  'edi-2023-2024-windows': { value: () => ownerIn('2023-01-01', '2024-12-31').length, format: String, datasets: EDI, note: '30-day windows of 2023 and 2024 (owner-clustered file)' },
  'edi-2023-2024-nakamoto-max': { value: () => Math.max(...nak(ownerIn('2023-01-01', '2024-12-31'))), format: String, datasets: EDI, note: 'largest Nakamoto coefficient (owner-clustered) in any window of 2023–2024' },
  'edi-2023-2024-top3-min': { value: () => Math.min(...ownerIn('2023-01-01', '2024-12-31').map((r) => Number(r.top3_share) * 100)), format: pct, datasets: EDI, note: 'lowest top-3 share (owner-clustered) in any window of 2023–2024' },
} satisfies Record<string, NumberDef>;
