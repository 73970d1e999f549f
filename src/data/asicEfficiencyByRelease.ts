import { roundSig } from './roundSig.ts';

type Row = Record<string, string | number | boolean | null>;

export interface AsicEfficiency {
  model: string;
  /** Maker, where the source names it separately (null for CBECI, whose model names include the maker). */
  maker: string | null;
  /** Release date at the precision of the source: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'; null if unknown. */
  released: string | null;
  /** Energy per terahash, J/TH. */
  efficiencyJPerTh: number;
  /** How the efficiency was obtained. */
  efficiencyFrom: 'CBECI J/GH × 1000' | 'W ÷ TH/s' | 'stated' | 'derived by compiler (W ÷ TH/s)';
  hashrateThs: number | null;
  powerW: number | null;
  /** Dataset and file the row comes from. */
  source: 'cbeci-miners' | 'asic-specs/f2pool' | 'asic-specs/compiled';
  /** CBECI's generic CPU/GPU/FPGA/early-ASIC assumptions (not real devices). */
  placeholder: boolean;
}

const CBECI_PLACEHOLDERS = new Set(['Worst CPU', 'Best CPU', 'Worst GPU', 'Best GPU', 'FPGA', 'early ASICS']);

/**
 * One table of mining-hardware efficiency by release date from three sources, kept side by side (not merged — release
 * dates and figures differ between them): CBECI's hardware list (J/GH → J/TH, Unix release time → UTC date),
 * F2Pool's March 2020 list (W ÷ TH/s; F2Pool's own rounded column is not used) and the compiled 2017–2026 table
 * (stated efficiency, else the compiler's W ÷ TH/s). Sorted by release date (unknown last), then model.
 */
export function asicEfficiencyByRelease(cbeci: readonly Row[], f2pool: readonly Row[], compiled: readonly Row[]): AsicEfficiency[] {
  const out: AsicEfficiency[] = [];
  for (const r of cbeci) {
    const name = String(r.Miner_name);
    out.push({
      model: name,
      maker: null,
      released: new Date(Number(r.UNIX_date_of_release) * 1000).toISOString().slice(0, 10),
      efficiencyJPerTh: roundSig(Number(r.Efficiency_J_Gh) * 1000, 6),
      efficiencyFrom: 'CBECI J/GH × 1000',
      hashrateThs: null,
      powerW: null,
      source: 'cbeci-miners',
      placeholder: CBECI_PLACEHOLDERS.has(name),
    });
  }
  for (const r of f2pool) {
    const th = Number(r['Hashrate (T)']);
    const w = Number(r['Power Consumption (W)']);
    out.push({
      model: String(r.Device),
      maker: String(r.Company),
      released: `${r['Year Released']}-${String(r['Month Released']).padStart(2, '0')}`,
      efficiencyJPerTh: Math.round((w / th) * 100) / 100,
      efficiencyFrom: 'W ÷ TH/s',
      hashrateThs: th,
      powerW: w,
      source: 'asic-specs/f2pool',
      placeholder: false,
    });
  }
  for (const r of compiled) {
    const stated = r.efficiency_j_per_th_stated;
    const derived = r.efficiency_j_per_th_derived;
    const eff = typeof stated === 'number' ? stated : typeof derived === 'number' ? derived : null;
    if (eff === null) continue;
    out.push({
      model: String(r.model),
      maker: String(r.manufacturer),
      released: typeof r.date === 'string' ? r.date : null,
      efficiencyJPerTh: eff,
      efficiencyFrom: typeof stated === 'number' ? 'stated' : 'derived by compiler (W ÷ TH/s)',
      hashrateThs: typeof r.hashrate_ths === 'number' ? r.hashrate_ths : null,
      powerW: typeof r.power_w === 'number' ? r.power_w : null,
      source: 'asic-specs/compiled',
      placeholder: false,
    });
  }
  return out.sort((a, b) => {
    if (a.released !== b.released) {
      if (a.released === null) return 1;
      if (b.released === null) return -1;
      return a.released < b.released ? -1 : 1;
    }
    return a.model < b.model ? -1 : a.model > b.model ? 1 : a.source < b.source ? -1 : 1;
  });
}
