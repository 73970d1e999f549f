import { table } from '../datasets/table.ts';
import { fmt } from '../charts/defaults.ts';
import type { NumberDef } from './types.ts';

const FILE = 'cbeci_mining_efficiency_daily_2010_2024.csv';
const estimateOn = (date: string) => {
  const row = table('cbeci-efficiency', FILE).find((r) => r.Date === date);
  if (!row) throw new Error(`cbeci-efficiency has no row for ${date}`);
  return Number(row['Estimated efficiency, J/Th']);
};
const last = () => table('cbeci-efficiency', FILE).at(-1)!;

export default {
  'efficiency-2016': {
    value: () => estimateOn('2016-01-01'),
    format: (v: number) => `${fmt.num1(v)} joules per terahash`,
    datasets: ['cbeci-efficiency'],
    note: 'CBECI estimated network-average mining efficiency on 1 January 2016',
  },
  'efficiency-latest': {
    value: () => Number(last()['Estimated efficiency, J/Th']),
    format: (v: number) => `${fmt.num1(v)} joules per terahash`,
    datasets: ['cbeci-efficiency'],
    note: 'CBECI estimated network-average mining efficiency on the last day of the series',
  },
  'efficiency-latest-date': {
    value: () => String(last().Date),
    format: (v: string) => fmt.date(new Date(v)),
    datasets: ['cbeci-efficiency'],
    note: 'last day of the CBECI efficiency series',
  },
  'efficiency-improvement-2016-latest': {
    value: () => estimateOn('2016-01-01') / Number(last()['Estimated efficiency, J/Th']),
    format: (v: number) => `${fmt.int(v)} times`,
    datasets: ['cbeci-efficiency'],
    note: 'ratio of CBECI network-average efficiency on 1 January 2016 to the last day of the series',
  },
} satisfies Record<string, NumberDef>;
