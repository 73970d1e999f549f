/**
 * Exponential trend through dated values: an ordinary least-squares line through log10(value) against time in years
 * (a date's year is its UTC time ÷ 365.25 days, counted from 1970). The slope gives the growth factor per year,
 * factorPerYear = 10^slope, and the doubling time in months = 12 × log10(2) / slope.
 * E.g. values that quadruple every year exactly give factorPerYear 4 and a doubling time of 6 months.
 * Every value must be positive; at least two distinct dates are needed.
 */
export interface TrendPoint {
  /** ISO date 'YYYY-MM-DD'. */
  date: string;
  value: number;
}

export interface LogLinearTrend {
  /** Number of points fitted. */
  n: number;
  /** log10(value) per year. */
  slope: number;
  /** log10(value) at year 0 of the time scale (1970-01-01). */
  intercept: number;
  /** Growth factor per year: 10^slope. */
  factorPerYear: number;
  /** Months for the fitted value to double. */
  doublingMonths: number;
  /** Share of the variance of log10(value) the line explains (R²). */
  r2: number;
  /** The fitted value on a date. */
  at: (date: string) => number;
}

const YEAR_MS = 365.25 * 864e5;

/** Years since 1970-01-01 UTC (fractional) of an ISO date. */
export function yearsOf(date: string): number {
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(t)) throw new RangeError(`logLinearTrend: not an ISO date: "${date}"`);
  return t / YEAR_MS;
}

export function logLinearTrend(points: readonly TrendPoint[]): LogLinearTrend {
  for (const p of points) {
    if (!(p.value > 0) || !Number.isFinite(p.value)) throw new RangeError(`logLinearTrend needs positive values (got ${p.value} on ${p.date})`);
  }
  const xs = points.map((p) => yearsOf(p.date));
  const ys = points.map((p) => Math.log10(p.value));
  const n = xs.length;
  if (new Set(xs).size < 2) throw new RangeError('logLinearTrend needs at least two distinct dates');
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  return {
    n,
    slope,
    intercept,
    factorPerYear: 10 ** slope,
    doublingMonths: (12 * Math.log10(2)) / slope,
    r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy),
    at: (date: string) => 10 ** (intercept + slope * yearsOf(date)),
  };
}
