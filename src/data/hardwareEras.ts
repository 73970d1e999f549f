import type { Row } from '../datasets/load.ts';

export interface Era { era: string; start: Date; end: Date; index: number }

/**
 * Mining hardware eras from CBECI's generic hardware rows ("Best CPU", "Worst GPU", "FPGA", "early ASICS"),
 * each starting at that row's release date and ending where the next begins (the last at `end`).
 */
export function hardwareEras(miners: Row[], end: Date): Era[] {
  const starts: [string, string][] = [['CPU', 'Worst CPU'], ['GPU', 'Worst GPU'], ['FPGA', 'FPGA'], ['ASIC', 'early ASICS']];
  const dated = starts.map(([era, name]) => {
    const row = miners.find((r) => r.Miner_name === name);
    if (!row) throw new Error(`hardwareEras: no row "${name}" in the CBECI hardware list`);
    return { era, start: new Date(Number(row.UNIX_date_of_release) * 1000) };
  });
  return dated.map((d, i) => ({ ...d, end: dated[i + 1]?.start ?? end, index: i }));
}
