/** Numbers for from-laptops-to-warehouses, computed from the hashrate, efficiency and machine datasets. */
import { fmt } from '../charts/defaults.ts';
import { hashrateSeries } from '../data/hashrateSeries.ts';
import hashrateEhs from '../series/btc-hashrate-ehs.ts';
import impliedHashrate from '../series/btc-hashrate-implied.ts';
import oneMachine from '../series/btc-one-machine-share.ts';
import chips from '../series/btc-chips-vs-network-efficiency.ts';
import generations from '../series/btc-energy-per-hash-by-generation.ts';
import difficulty from '../series/btc-difficulty.ts';
import hardware from '../series/cbeci-hardware-list.ts';
import { roundSig } from '../data/roundSig.ts';
import type { NumberDef } from './types.ts';

// The Coin Metrics estimate, then the hashrate implied by difficulty after it ends (src/data/hashrateSeries.ts).
const hr = () => hashrateSeries(hashrateEhs.rows(), { everyDays: 1, implied: impliedHashrate.rows() });
const between = (from: string, to: string) => hr().filter((p) => p.date >= from && p.date <= to);
const peak2021 = () => between('2021-01-01', '2021-06-01').reduce((a, p) => (p.ehs > a.ehs ? p : a));
const low2021 = () => between('2021-06-01', '2021-12-31').reduce((a, p) => (p.ehs < a.ehs ? p : a));
const machine = (m: string) => oneMachine.rows().find((r) => r.machine === m)!;
const chip = (m: string) => chips.rows().find((r) => r.model === m)!;
const HR = ['btc-hashrate', 'btc-difficulty'];
const gen = (hardware: string) => Number(generations.rows().find((r) => r.hardware === hardware)!.j_per_th);
const GEN = ['cbeci-miners', 'asic-specs'];
const DIFF = ['btc-difficulty'];
const diffFirst = () => difficulty.rows().find((r) => r.file === '3-day' && r.difficulty > 0)!;
const diffLast = () => difficulty.rows().filter((r) => r.file === 'daily').at(-1)!;
const s21 = () => machine('Antminer S21');

export default {
  'laptops-hashrate-first': { value: () => hr()[0].ehs, format: fmt.hash, datasets: HR, note: 'first 30-day mean network hashrate in the series' },
  'laptops-hashrate-first-date': { value: () => hr()[0].date, format: (v: string) => fmt.month(new Date(v)), datasets: HR, note: 'its date' },
  'laptops-hashrate-last': { value: () => hr().at(-1)!.ehs, format: fmt.hash, datasets: HR, note: 'latest 30-day mean network hashrate (after 8 March 2025, as implied by difficulty)' },
  'laptops-hashrate-last-date': { value: () => hr().at(-1)!.date, format: (v: string) => fmt.date(new Date(v)), datasets: HR, note: 'its date' },
  'laptops-2021-peak': { value: () => peak2021().ehs, format: (v: number) => `${fmt.int(v)} EH/s`, datasets: HR, note: 'highest 30-day mean hashrate, January to May 2021' },
  'laptops-2021-low': { value: () => low2021().ehs, format: (v: number) => `${fmt.int(v)} EH/s`, datasets: HR, note: 'lowest 30-day mean hashrate, June to December 2021' },
  'laptops-2021-low-date': { value: () => low2021().date, format: (v: string) => fmt.date(new Date(v)), datasets: HR, note: 'its date' },
  'laptops-2021-drop': { value: () => (1 - low2021().ehs / peak2021().ehs) * 100, format: (v: number) => `${fmt.int(v)} %`, datasets: HR, note: 'fall from the spring 2021 peak to the summer low, 30-day means' },
  'laptops-s9-ppm': { value: () => Number(machine('Antminer S9').ppm), format: (v: number) => `${fmt.num2(v)} millionths`, datasets: ['asic-specs', 'btc-hashrate'], note: 'one Antminer S9 as a share of the network in its release month' },
  'laptops-s21-ppm': { value: () => Number(machine('Antminer S21').ppm), format: (v: number) => `${fmt.num2(v)} millionths`, datasets: ['asic-specs', 'btc-hashrate'], note: 'one Antminer S21 as a share of the network in its release month' },
  'laptops-s21-speedup': { value: () => Number(machine('Antminer S21').machine_ths) / Number(machine('Antminer S9').machine_ths), format: (v: number) => `${fmt.num1(v)} times`, datasets: ['asic-specs'], note: 'S21 hashrate ÷ S9 hashrate' },
  'laptops-s21-years-per-block': {
    // At the 600-second target the network finds 365.25 × 24 × 6 blocks a year; one machine expects its share of them.
    value: () => 1 / ((Number(machine('Antminer S21').ppm) / 1e6) * 365.25 * 24 * 6),
    format: (v: number) => `${fmt.int(v)} years`,
    datasets: ['asic-specs', 'btc-hashrate'],
    note: 'expected wait for one Antminer S21 to find a block alone at its release-month share (one block per 10 minutes on average)',
  },
  'laptops-s3-eff': { value: () => Number(chip('Bitmain Antminer S3').j_per_th), format: (v: number) => `${fmt.int(v)} J/TH`, datasets: ['cbeci-miners'], note: 'Antminer S3 efficiency (CBECI hardware list)' },
  'laptops-a16-eff': { value: () => Number(chip('Avalon A16 XP').j_per_th), format: (v: number) => `${fmt.num1(v)} J/TH`, datasets: ['asic-specs'], note: 'Avalon A16 XP efficiency (maker’s specification)' },
  'laptops-cpu-eff': { value: () => hardware.rows().find((r) => r.model === 'Best CPU')!.j_per_gh * 1000, format: (v: number) => `${fmt.int(v / 1e6)} million J/TH`, datasets: ['cbeci-miners'], note: 'CBECI’s assumption for the best CPU of 2009 (J/GH × 1,000)' },
  'laptops-cpu-vs-a16': {
    value: () => roundSig(gen('Best CPU') / gen('Avalon A16 XP'), 2),
    format: (v: number) => `${fmt.int(v)} times`,
    datasets: GEN,
    note: 'CBECI’s best-CPU assumption (J/TH) ÷ the Avalon A16 XP’s specified J/TH, two significant digits',
  },
  'laptops-cpu-kwh-per-th': {
    value: () => gen('Best CPU') / 3.6e6,
    format: (v: number) => `${fmt.num1(v)} kilowatt-hours`,
    datasets: GEN,
    note: 'energy for one terahash at CBECI’s best-CPU assumption (J ÷ 3.6 million J per kWh)',
  },
  'laptops-s21-watts': {
    value: () => Number(s21().machine_ths) * gen('Antminer S21'),
    format: (v: number) => `${fmt.int(v)} watts`,
    datasets: ['asic-specs'],
    note: 'Antminer S21 specified hashrate (TH/s) × specified efficiency (J/TH)',
  },
  'laptops-s21-ths': { value: () => Number(s21().machine_ths), format: (v: number) => `${fmt.int(v)} terahashes`, datasets: ['asic-specs'], note: 'Antminer S21 specified hashrate per second' },
  'laptops-s21-second-on-cpus': {
    value: () => (Number(s21().machine_ths) * gen('Best CPU')) / 3.6e6,
    format: (v: number) => `${fmt.int(v)} kilowatt-hours`,
    datasets: GEN,
    note: 'one second of an Antminer S21’s hashing (TH) × CBECI’s best-CPU assumption (J/TH), in kWh',
  },
  'laptops-early-asic-eff': { value: () => gen('Early ASICs'), format: (v: number) => `${fmt.int(v)} J/TH`, datasets: ['cbeci-miners'], note: 'CBECI’s generic assumption for early ASICs (2013)' },
  'laptops-difficulty-first': { value: () => Number(diffFirst().difficulty), format: fmt.int, datasets: DIFF, note: 'first non-zero difficulty in the 2009–2020 file (3 January 2009)' },
  'laptops-difficulty-last': { value: () => Number(diffLast().difficulty), format: (v: number) => `${fmt.int(v / 1e12)} trillion`, datasets: DIFF, note: 'latest difficulty in the daily Blockchain.com file' },
  'laptops-difficulty-last-date': { value: () => diffLast().date, format: (v: string) => fmt.date(new Date(v)), datasets: DIFF, note: 'its date' },
} satisfies Record<string, NumberDef>;
