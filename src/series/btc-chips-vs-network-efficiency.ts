import { defineTable } from './define.ts';
import asic from './asic-efficiency-by-release.ts';
import network from './btc-network-efficiency.ts';

/** CBECI's network-average efficiency (estimate, weekly, with its lower–upper band) and each ASIC model at release. */
export default defineTable({
  id: 'btc-chips-vs-network-efficiency',
  title: 'Mining machines at release against the network’s average efficiency, 2014 on',
  description: 'CBECI’s weekly network estimate with its bounds, and every dated machine (once per model and date) at release.',
  datasets: ['cbeci-efficiency', 'cbeci-miners', 'asic-specs'],
  download: false,
  from: () => {
    const net = network.rows().filter((r) => r.date >= '2014-01-01');
    const weekly = net.filter((_, i) => i % 7 === 0 || i === net.length - 1).map((r) => ({
      kind: 'Network average (CBECI)', date: r.date, model: '', j_per_th: r.estimate_j_per_th as number,
      lower: r.lower_j_per_th, upper: r.upper_j_per_th,
    }));
    const seen = new Set<string>();
    const chips = asic
      .rows()
      .filter((r) => !r.placeholder && r.released && /^\d{4}-\d{2}/.test(r.released))
      .filter((r) => { const k = `${r.model}|${r.released}`; if (seen.has(k)) return false; seen.add(k); return true; })
      .map((r) => ({ kind: 'Machine at release', date: String(r.released).slice(0, 10), model: r.model, j_per_th: r.efficiency_j_per_th, lower: null, upper: null }));
    return [...weekly, ...chips];
  },
  columns: {
    kind: { description: '“Network average (CBECI)” or “Machine at release”.' },
    date: { description: 'Day (network) or release date (machine).' },
    model: { description: 'Machine (empty for the network).' },
    j_per_th: { unit: 'J/TH', description: 'Efficiency.' },
    lower: { unit: 'J/TH', description: 'CBECI lower bound (network only).' },
    upper: { unit: 'J/TH', description: 'CBECI upper bound (network only).' },
  },
});
