/** An era of mining hardware; start and end as ISO timestamps, so the spans travel as JSON. */
export interface Era { era: string; start: string; end: string; index: number }

/**
 * Mining hardware eras from CBECI's generic hardware rows ("Best CPU", "Worst GPU", "FPGA", "early ASICS"),
 * each starting at that row's release date and ending where the next begins (the last at `end`, 'YYYY-MM-DD').
 */
export function hardwareEras(miners: readonly { model: string; released_unix: number }[], end: string): Era[] {
  const starts: [string, string][] = [['CPU', 'Worst CPU'], ['GPU', 'Worst GPU'], ['FPGA', 'FPGA'], ['ASIC', 'early ASICS']];
  const dated = starts.map(([era, name]) => {
    const row = miners.find((r) => r.model === name);
    if (!row) throw new Error(`hardwareEras: no row "${name}" in the CBECI hardware list`);
    return { era, start: new Date(row.released_unix * 1000).toISOString() };
  });
  return dated.map((d, i) => ({ ...d, end: dated[i + 1]?.start ?? new Date(`${end}T00:00:00Z`).toISOString(), index: i }));
}
