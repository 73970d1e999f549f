import { fmt } from '../charts/defaults.ts';
import network from '../series/btc-network-efficiency.ts';
import type { NumberDef } from './types.ts';

const estimateOn = (date: string) => {
  const row = network.rows().find((r) => r.date === date);
  if (!row) throw new Error(`cbeci-efficiency has no row for ${date}`);
  return Number(row.estimate_j_per_th);
};
const last = () => network.rows().at(-1)!;

export default {
  'efficiency-2016': {
    value: () => estimateOn('2016-01-01'),
    format: (v: number) => `${fmt.num1(v)} joules per terahash`,
    datasets: ['cbeci-efficiency'],
    note: 'CBECI estimated network-average mining efficiency on 1 January 2016',
  },
  'efficiency-latest': {
    value: () => Number(last().estimate_j_per_th),
    format: (v: number) => `${fmt.num1(v)} joules per terahash`,
    datasets: ['cbeci-efficiency'],
    note: 'CBECI estimated network-average mining efficiency on the last day of the series',
  },
  'efficiency-latest-date': {
    value: () => last().date,
    format: (v: string) => fmt.date(new Date(v)),
    datasets: ['cbeci-efficiency'],
    note: 'last day of the CBECI efficiency series',
  },
  'efficiency-improvement-2016-latest': {
    value: () => estimateOn('2016-01-01') / Number(last().estimate_j_per_th),
    format: (v: number) => `${fmt.int(v)} times`,
    datasets: ['cbeci-efficiency'],
    note: 'ratio of CBECI network-average efficiency on 1 January 2016 to the last day of the series',
  },
} satisfies Record<string, NumberDef>;
