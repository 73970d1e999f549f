/** Checks that find faults in published data (gaps, spelling variants), run at build time for the methods page. */

/** Runs of missing calendar days in a sorted list of ISO dates: [{ after, before, days }]. */
export function dateGaps(dates: readonly string[]): { after: string; before: string; missingDays: number }[] {
  const day = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;
  const out: { after: string; before: string; missingDays: number }[] = [];
  for (let i = 1; i < dates.length; i++) {
    const gap = day(dates[i]!) - day(dates[i - 1]!) - 1;
    if (gap > 0) out.push({ after: dates[i - 1]!, before: dates[i]!, missingDays: gap });
  }
  return out;
}

/** Missing integers between the smallest and the largest of `values` (e.g. block heights), as runs. */
export function integerGaps(values: readonly number[]): { from: number; to: number; count: number }[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: { from: number; to: number; count: number }[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const d = sorted[i]! - sorted[i - 1]!;
    if (d > 1) out.push({ from: sorted[i - 1]! + 1, to: sorted[i]! - 1, count: d - 1 });
  }
  return out;
}

/**
 * Labels that look like spellings of one name: grouped by lower case with "pool", spaces and punctuation removed
 * ("CanoePool", "CANOE", "CANOEPOOL" → "canoe"). Only groups with more than one spelling are returned, sorted.
 */
export function spellingVariants(labels: Iterable<string>): string[][] {
  const groups = new Map<string, Set<string>>();
  for (const l of labels) {
    const k = l.toLowerCase().replace(/pool/g, '').replace(/[^a-z0-9]/g, '');
    if (!k) continue;
    if (!groups.has(k)) groups.set(k, new Set());
    groups.get(k)!.add(l);
  }
  return [...groups.values()]
    .filter((s) => s.size > 1)
    .map((s) => [...s].sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}
