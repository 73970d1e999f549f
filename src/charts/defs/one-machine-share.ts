import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, TEXT } from '../defaults.ts';
import type share from '../../series/btc-one-machine-share.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { choose } from '../view.ts';
import { EN } from '../locale.ts';

export default defineChart({
  id: 'one-machine-share',
  title: 'One machine’s share of the network',
  subtitle: 'Hashrate of one flagship mining machine as a share of the whole network’s hashrate (30-day mean) in the month it was released, millionths',
  alt: 'Bar chart: one flagship mining machine supplied a tiny and shrinking share of the network at each release, from the Antminer S9 in 2017 to the Antminer S21 in 2023, even though each machine was several times faster than the last.',
  caption: 'One machine’s hashrate divided by the network’s, in parts per million. Machines got faster, but the network grew faster still, so the share a single machine can supply keeps falling: mining at any scale now means many machines. Release months and hashrates are those of the compiled spec table (for the S9, the 13.5 TH/s version available from February 2017; Cambridge’s list dates the first, 11.5 TH/s S9 to June 2016).',
  datasets: ['asic-specs', 'btc-hashrate'],
  series: ['btc-one-machine-share'],
  data: (s: Inputs<typeof share>) => s['btc-one-machine-share'],
  columns: [
    { key: 'machine', label: 'Machine' },
    { key: 'released', label: 'Released' },
    { key: 'machine_ths', label: 'Machine hashrate', unit: 'TH/s', format: (v: number, l = EN) => l.fmt.sig3(v) },
    { key: 'network_ehs', label: 'Network hashrate (30-day mean)', unit: 'EH/s', format: (v: number, l = EN) => l.fmt.sig3(v) },
    { key: 'network_date', label: 'Network value on' },
    { key: 'ppm', label: 'Share of network', unit: 'millionths', format: (v: number, l = EN) => l.fmt.num2(v) },
  ],
  summary: (rows) => {
    const a = rows[0];
    const b = rows.at(-1)!;
    return `An ${a.machine} (${fmt.sig3(a.machine_ths)} TH/s) supplied ${fmt.num2(a.ppm)} millionths of the network in ${fmt.month(utc(a.released))}; an ${b.machine} (${fmt.sig3(b.machine_ths)} TH/s) supplied ${fmt.num2(b.ppm)} millionths in ${fmt.month(utc(b.released))}.`;
  },
  view: (rows) => choose(rows, 'machine', 'Machines'),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    return Plot.plot({
      ...base(opts, narrow ? 240 : 260),
      marginLeft: narrow ? 110 : 130,
      marginRight: 70,
      x: { label: l.t('millionths of the network’s hashrate →'), grid: true, ...(l.lang === 'en' ? {} : { tickFormat: l.fmt.sig3 }) },
      y: { label: null, domain: rows.map((r) => r.machine), tickSize: 0 },
      marks: [
        Plot.barX(rows, { y: 'machine', x: 'ppm', fill: COLORS[1] }),
        Plot.text(rows, { y: 'machine', x: 'ppm', text: (d: Row) => `${l.fmt.num2(d.ppm as number)} (${String(d.released).slice(0, 4)})`, dx: 4, textAnchor: 'start', fill: 'currentColor', fontSize: TEXT.label(narrow) }),
        Plot.ruleX([0]),
      ],
    });
  },
  tip: { x: 'ppm', y: 'machine', label: (r, l = EN) => `${r.machine}, ${r.released}\n${l.t('%s TH/s of %s EH/s', l.fmt.sig3(r.machine_ths), l.fmt.sig3(r.network_ehs))}\n${l.t('= %s millionths', l.fmt.num2(r.ppm))}`, mode: 'xy' },
});
