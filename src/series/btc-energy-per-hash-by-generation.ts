import { defineTable } from './define.ts';
import asic from './asic-efficiency-by-release.ts';

/**
 * What one terahash cost in energy in each hardware generation: CBECI's generic assumptions for the best CPU, best GPU,
 * FPGA and early ASICs (placeholders), then named machines at release (CBECI's list for the S3, the compiled spec table
 * for the rest).
 */
const PICK: { model: string; source: string; label: string }[] = [
  { model: 'Best CPU', source: 'cbeci-miners', label: 'Best CPU' },
  { model: 'Best GPU', source: 'cbeci-miners', label: 'Best GPU' },
  { model: 'FPGA', source: 'cbeci-miners', label: 'FPGA' },
  { model: 'early ASICS', source: 'cbeci-miners', label: 'Early ASICs' },
  { model: 'Bitmain Antminer S3', source: 'cbeci-miners', label: 'Antminer S3' },
  { model: 'Antminer S9', source: 'asic-specs/compiled', label: 'Antminer S9' },
  { model: 'Antminer S19 Pro', source: 'asic-specs/compiled', label: 'Antminer S19 Pro' },
  { model: 'Antminer S21', source: 'asic-specs/compiled', label: 'Antminer S21' },
  { model: 'Avalon A16 XP', source: 'asic-specs/compiled', label: 'Avalon A16 XP' },
];

export default defineTable({
  id: 'btc-energy-per-hash-by-generation',
  title: 'Energy per terahash by generation of mining hardware',
  description: 'CBECI’s generic assumptions for CPUs, GPUs, FPGAs and early ASICs, then makers’ specifications for named machines.',
  datasets: ['cbeci-miners', 'asic-specs'],
  download: false,
  from: () =>
    PICK.map(({ model, source, label }) => {
      const r = asic.rows().find((a) => a.model === model && a.source === source);
      if (!r) throw new Error(`asic-efficiency-by-release has no "${model}" from ${source}`);
      const year = String(r.released).slice(0, 4);
      return { hardware: label, released: year, label: `${label} (${year})`, j_per_th: r.efficiency_j_per_th, kind: r.placeholder ? 'Cambridge’s generic assumption' : 'Maker’s specification', source: r.source };
    }),
  columns: {
    hardware: { description: 'Hardware generation or machine.' },
    released: { description: 'Release year.' },
    label: { description: 'Hardware and year.' },
    j_per_th: { unit: 'J/TH', description: 'Energy per terahash.' },
    kind: { description: '“Cambridge’s generic assumption” or “Maker’s specification”.' },
    source: { description: 'Dataset/file of the row.' },
  },
});
