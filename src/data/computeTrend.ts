import { logLinearTrend } from './logLinearTrend.ts';

/** Start of the fitted window: Epoch's 4.3×-a-year figure counts from 2010. */
export const FIT_FROM = '2010-01-01';

/** The training-compute trend: least squares through log10(compute) of the notable-file models dated from FIT_FROM. */
export const computeTrend = (rows: readonly { source: string; date: string; flop: number }[]) =>
  logLinearTrend(rows.filter((r) => r.source === 'epoch-notable-models' && r.date >= FIT_FROM).map((r) => ({ date: r.date, value: r.flop })));
