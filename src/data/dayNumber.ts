/** Days since 1970-01-01 for an ISO date 'YYYY-MM-DD' (UTC; independent of the machine's time zone). */
export function dayNumber(isoDate: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) throw new RangeError(`expected a date YYYY-MM-DD, got "${isoDate}"`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}
