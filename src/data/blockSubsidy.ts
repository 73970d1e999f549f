/**
 * Halvings by UTC day (block heights 210,000 / 420,000 / 630,000 / 840,000). The subsidy changes at a block, not at
 * midnight: on a halving day this returns the new subsidy for the whole day.
 */
export const HALVINGS: readonly { date: string; height: number; subsidyBtc: number }[] = [
  { date: '2012-11-28', height: 210_000, subsidyBtc: 25 },
  { date: '2016-07-09', height: 420_000, subsidyBtc: 12.5 },
  { date: '2020-05-11', height: 630_000, subsidyBtc: 6.25 },
  { date: '2024-04-20', height: 840_000, subsidyBtc: 3.125 },
];

/**
 * New-coin reward per block (BTC) on a UTC date 'YYYY-MM-DD': 50 from the genesis block (2009-01-03),
 * 25 from 2012-11-28, 12.5 from 2016-07-09, 6.25 from 2020-05-11, 3.125 from 2024-04-20.
 * Valid until the next halving (height 1,050,000, expected around 2028; its date is not known in advance).
 */
export function blockSubsidy(date: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`expected a date YYYY-MM-DD, got "${date}"`);
  if (date < '2009-01-03') throw new RangeError(`${date} is before the genesis block (2009-01-03)`);
  let subsidy = 50;
  for (const h of HALVINGS) if (date >= h.date) subsidy = h.subsidyBtc;
  return subsidy;
}
