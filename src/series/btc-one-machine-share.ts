import { defineTable } from './define.ts';
import specs from './asic-specs-compiled.ts';
import hashrate from './btc-hashrate-ehs.ts';

/** Flagship machines (compiled spec table) and the share of the whole network one of them supplied in its release month. */
const MACHINES = ['Antminer S9', 'Antminer S17', 'Antminer S19 Pro', 'Antminer S21'];

export default defineTable({
  id: 'btc-one-machine-share',
  title: 'One flagship mining machine’s share of the network in its release month',
  description: 'Machine hashrate ÷ network 30-day mean hashrate on the first day of the release month, in parts per million.',
  datasets: ['asic-specs', 'btc-hashrate'],
  download: false,
  from: () => {
    // The 30-day mean (4 significant digits) on the first day of the machine's release month.
    const net = hashrate.rows().filter((p) => p.mean_30d_ehs !== null);
    return MACHINES.map((m) => {
      const spec = specs.rows().find((r) => r.model === m);
      if (!spec) throw new Error(`asic-specs has no model "${m}"`);
      const month = spec.date.slice(0, 7);
      const n = net.find((p) => p.date >= `${month}-01`)!;
      const ehs = n.mean_30d_ehs!;
      const ths = spec.hashrate_ths;
      return { machine: m, released: month, machine_ths: ths, network_ehs: ehs, network_date: n.date, ppm: Math.round((ths / (ehs * 1e6)) * 1e6 * 100) / 100 };
    });
  },
  columns: {
    machine: { description: 'Machine.' },
    released: { description: 'Release month (YYYY-MM).' },
    machine_ths: { unit: 'TH/s', description: 'Its hashrate.' },
    network_ehs: { unit: 'EH/s', description: 'Network 30-day mean hashrate.' },
    network_date: { description: 'Day of that mean.' },
    ppm: { unit: 'millionths', description: 'The machine’s share of the network, 2 decimals.' },
  },
});
