/**
 * Thin a daily series for drawing: keep every `everyDays`-th row (counting from the first), the last row, each row
 * whose date is in `keep`, and the row just before each of those (so a step on a kept date, such as a halving,
 * is drawn as a vertical step rather than a slope across a week). Rows must be sorted by date, oldest first;
 * the rows themselves are returned unchanged, in order.
 */
export function thinDaily<T extends { date: string }>(rows: readonly T[], everyDays: number, keep: readonly string[] = []): T[] {
  if (!Number.isInteger(everyDays) || everyDays < 1) throw new RangeError(`everyDays must be a positive integer, got ${everyDays}`);
  for (let i = 1; i < rows.length; i++) {
    if (!(rows[i - 1].date < rows[i].date)) throw new RangeError(`rows must be sorted by date without repeats: ${rows[i - 1].date} then ${rows[i].date}`);
  }
  const wanted = new Set(keep);
  return rows.filter(
    (r, i) => i % everyDays === 0 || i === rows.length - 1 || wanted.has(r.date) || (i + 1 < rows.length && wanted.has(rows[i + 1].date)),
  );
}
