/** Numbers for the-data-centre-era, computed from Epoch AI's datasets through the series the piece's charts draw. */
import { fmt, utc } from '../charts/defaults.ts';
import compute from '../series/ai-training-compute.ts';
import training from '../series/ai-model-training-compute.ts';
import { computeTrend } from '../data/computeTrend.ts';
import cost from '../series/ai-training-cost.ts';
import power from '../series/ai-training-power.ts';
import chipsChart from '../series/ai-chips-price-performance.ts';
import hardware from '../series/ml-hardware.ts';
import epochRows from '../series/epoch-model-rows.ts';
import { utcFormat } from 'd3';
import type { NumberDef } from './types.ts';

const find = <T extends { model?: unknown; chip?: unknown }>(rows: T[], key: 'model' | 'chip', name: string): T => {
  const hit = rows.find((r) => r[key] === name);
  if (!hit) throw new Error(`the-data-centre-era numbers: no ${key} "${name}"`);
  return hit;
};
const c = (m: string) => find(compute.rows(), 'model', m);
const k = (m: string) => find(cost.rows(), 'model', m);
const p = (m: string) => find(power.rows(), 'model', m);
const chip = (m: string) => find(chipsChart.rows(), 'chip', m);
/** H100 thermal design power (W) from Epoch's hardware file. */
const h100Tdp = () => Number(hardware.rows().find((r) => r.chip === 'NVIDIA H100 SXM5 80GB')!.tdp_w);
const top20 = () => [...compute.rows()].sort((a, b) => Number(b.flop) - Number(a.flop)).slice(0, 20);
const org = (r: { organization: unknown }) => String(r.organization).split(',')[0].trim();
const trend = () => computeTrend(compute.rows());

const EPOCH = ['epoch-notable-models', 'epoch-frontier-models'];
const HW = ['epoch-ml-hardware'];
const flop = (v: number) => `${fmt.sci(v)} FLOP`;
const mw = (v: number) => `${v >= 10 ? fmt.int(v) : fmt.num1(v)} megawatts`;
const musd = (v: number) => (v >= 1e8 ? `$${fmt.int(v / 1e6)} million` : `$${fmt.num1(v / 1e6)} million`);

export default {
  // Counts
  'dc-models-with-compute': { value: () => compute.rows().length, format: fmt.int, datasets: EPOCH, note: 'models since 2010 with a training-compute estimate (notable file, plus frontier-file models missing from it)' },
  'dc-models-with-cost': { value: () => cost.rows().length, format: fmt.int, datasets: EPOCH, note: 'models with a training-cost estimate' },
  'dc-models-with-power': { value: () => power.rows().length, format: fmt.int, datasets: EPOCH, note: 'models with a training-power estimate' },

  // Compute
  'dc-alexnet-flop': { value: () => Number(c('AlexNet').flop), format: flop, datasets: EPOCH, note: 'AlexNet training compute (2012)' },
  'dc-gpt3-flop': { value: () => Number(c('GPT-3 175B (davinci)').flop), format: flop, datasets: EPOCH, note: 'GPT-3 training compute (May 2020)' },
  'dc-gpt4-flop': { value: () => Number(c('GPT-4 (Mar 2023)').flop), format: flop, datasets: EPOCH, note: 'GPT-4 training compute (March 2023)' },
  'dc-gemini-ultra-flop': { value: () => Number(c('Gemini 1.0 Ultra').flop), format: flop, datasets: EPOCH, note: 'Gemini 1.0 Ultra training compute (December 2023)' },
  'dc-grok3-flop': { value: () => Number(c('Grok 3').flop), format: flop, datasets: EPOCH, note: 'Grok 3 training compute (17 February 2025)' },
  'dc-gpt45-flop': { value: () => Number(c('GPT-4.5').flop), format: flop, datasets: EPOCH, note: 'GPT-4.5 training compute (27 February 2025)' },
  'dc-grok4-flop': { value: () => Number(c('Grok 4').flop), format: flop, datasets: EPOCH, note: 'Grok 4 training compute (9 July 2025)' },
  'dc-grok4-vs-gpt3': { value: () => Number(c('Grok 4').flop) / Number(c('GPT-3 175B (davinci)').flop), format: (v: number) => `${fmt.int(v)} times`, datasets: EPOCH, note: 'Grok 4 compute ÷ GPT-3 compute' },
  'dc-grok3-vs-gpt3': { value: () => Number(c('Grok 3').flop) / Number(c('GPT-3 175B (davinci)').flop), format: (v: number) => `${fmt.int(v)} times`, datasets: EPOCH, note: 'Grok 3 compute ÷ GPT-3 compute' },
  'dc-grok4-vs-alexnet': { value: () => Number(c('Grok 4').flop) / Number(c('AlexNet').flop), format: (v: number) => `${fmt.int(v / 1e9)} billion times`, datasets: EPOCH, note: 'Grok 4 compute ÷ AlexNet compute' },
  'dc-grok4-confidence': { value: () => String(c('Grok 4').confidence).toLowerCase(), format: String, datasets: EPOCH, note: 'Epoch’s confidence label for the Grok 4 compute estimate' },

  // The fitted trend
  'dc-fit-factor': { value: () => trend().factorPerYear, format: (v: number) => `${fmt.num1(v)} times`, datasets: EPOCH, note: 'growth per year of a least-squares line through log10(training compute) against date, notable-file models from 2010' },
  'dc-fit-n': { value: () => trend().n, format: fmt.int, datasets: EPOCH, note: 'models in that fit' },
  'dc-fit-doubling': { value: () => trend().doublingMonths, format: (v: number) => `${fmt.num1(v)} months`, datasets: EPOCH, note: 'doubling time of the fitted line' },
  'dc-fit-r2': { value: () => trend().r2 * 100, format: (v: number) => `${fmt.int(v)} %`, datasets: EPOCH, note: 'share of the variance of log10(compute) the fitted line explains (R²)' },

  // Cost (Epoch's estimate of the final run's compute, 2023 USD)
  'dc-gpt3-cost': { value: () => Number(k('GPT-3 175B (davinci)').cost_usd), format: musd, datasets: EPOCH, note: 'GPT-3 final-run compute cost, 2023 USD' },
  'dc-gpt4-cost': { value: () => Number(k('GPT-4 (Mar 2023)').cost_usd), format: musd, datasets: EPOCH, note: 'GPT-4 final-run compute cost, 2023 USD' },
  'dc-gemini-ultra-cost': { value: () => Number(k('Gemini 1.0 Ultra').cost_usd), format: musd, datasets: EPOCH, note: 'Gemini 1.0 Ultra final-run compute cost, 2023 USD' },
  'dc-gpt45-cost': { value: () => Number(k('GPT-4.5').cost_usd), format: musd, datasets: EPOCH, note: 'GPT-4.5 final-run compute cost, 2023 USD' },
  'dc-grok4-cost': { value: () => Number(k('Grok 4').cost_usd), format: musd, datasets: EPOCH, note: 'Grok 4 final-run compute cost, 2023 USD' },
  'dc-deepseek-v3-cost': { value: () => Number(k('DeepSeek-V3').cost_usd), format: musd, datasets: EPOCH, note: 'DeepSeek-V3 final-run compute cost, 2023 USD' },
  'dc-deepseek-v3-chips': { value: () => Number(p('DeepSeek-V3').chips), format: fmt.int, datasets: EPOCH, note: 'DeepSeek-V3 training chips (NVIDIA H800)' },
  'dc-deepseek-v3-date': { value: () => String(k('DeepSeek-V3').date), format: (v: string) => utcFormat('%B %Y')(utc(v)), datasets: EPOCH, note: 'DeepSeek-V3 publication date' },

  // Power and chips
  'dc-gpt3-mw': { value: () => Number(p('GPT-3 175B (davinci)').mw), format: mw, datasets: EPOCH, note: 'GPT-3 estimated training power' },
  'dc-gpt3-chips': { value: () => Number(p('GPT-3 175B (davinci)').chips), format: fmt.int, datasets: EPOCH, note: 'GPT-3 training chips (NVIDIA V100)' },
  'dc-gpt4-mw': { value: () => Number(p('GPT-4 (Mar 2023)').mw), format: mw, datasets: EPOCH, note: 'GPT-4 estimated training power' },
  'dc-gpt4-chips': { value: () => Number(p('GPT-4 (Mar 2023)').chips), format: fmt.int, datasets: EPOCH, note: 'GPT-4 training chips (NVIDIA A100)' },
  'dc-grok3-mw': { value: () => Number(p('Grok 3').mw), format: mw, datasets: EPOCH, note: 'Grok 3 estimated training power' },
  'dc-grok3-chips': { value: () => Number(p('Grok 3').chips), format: fmt.int, datasets: EPOCH, note: 'Grok 3 training chips (NVIDIA H100)' },
  'dc-grok3-days': {
    value: () => Number(epochRows.rows().find((r) => r.file === 'notable' && r.model === 'Grok 3')!.training_time_hours) / 24,
    format: (v: number) => `${fmt.int(v)} days`,
    datasets: ['epoch-notable-models'],
    note: 'Grok 3 training time (hours ÷ 24)',
  },
  'dc-grok3-power-vs-tdp': {
    value: () => (Number(p('Grok 3').mw) * 1e6) / (Number(p('Grok 3').chips) * h100Tdp()),
    format: (v: number) => `${fmt.num1(v).replace(/\.0$/, "")} times`, // "2 times", not "2.0 times"
    datasets: [...EPOCH, ...HW],
    note: 'Grok 3’s estimated power ÷ (its chip count × the H100’s rated power, 700 W)',
  },
  'dc-llama405-chips': { value: () => Number(p('Llama 3.1-405B').chips), format: fmt.int, datasets: EPOCH, note: 'Llama 3.1-405B training chips (NVIDIA H100)' },
  'dc-llama405-mw': { value: () => Number(p('Llama 3.1-405B').mw), format: mw, datasets: EPOCH, note: 'Llama 3.1-405B estimated training power' },

  // Who trains the largest models
  'dc-top20-orgs': { value: () => new Set(top20().map(org)).size, format: String, datasets: EPOCH, note: 'distinct (first-listed) organisations behind the 20 most compute-intensive models in the data' },
  'dc-top20-list': { value: () => [...new Set(top20().map(org))].sort().join(', '), format: String, datasets: EPOCH, note: 'those organisations' },
  'dc-top20-open': {
    value: () => top20().filter((r) => /^Open weights/.test(String(training.rows().find((m) => m.model === r.model)?.accessibility ?? ''))).length,
    format: String,
    datasets: EPOCH,
    note: 'of the 20 most compute-intensive models, those whose weights can be downloaded (Epoch: open weights, any licence)',
  },

  // Data-centre chip against gaming card
  'dc-h100-price': { value: () => Number(chip('NVIDIA H100 SXM5 80GB').price_usd), format: fmt.usd, datasets: HW, note: 'H100 SXM5 price in Epoch’s hardware data (no official list price; from an analyst’s server price)' },
  'dc-rtx4090-price': { value: () => Number(chip('NVIDIA GeForce RTX 4090').price_usd), format: fmt.usd, datasets: HW, note: 'RTX 4090 launch price' },
  'dc-h100-tflops': { value: () => Number(chip('NVIDIA H100 SXM5 80GB').tflops), format: (v: number) => `${fmt.int(v)} trillion`, datasets: HW, note: 'H100 peak 16-bit tensor operations per second' },
  'dc-rtx4090-tflops': { value: () => Number(chip('NVIDIA GeForce RTX 4090').tflops), format: (v: number) => `${fmt.int(v)} trillion`, datasets: HW, note: 'RTX 4090 peak 16-bit tensor operations per second' },
  'dc-h100-mem': { value: () => Number(chip('NVIDIA H100 SXM5 80GB').memory_gb), format: (v: number) => `${fmt.int(v)} GB`, datasets: HW, note: 'H100 SXM5 memory' },
  'dc-rtx4090-mem': { value: () => Number(chip('NVIDIA GeForce RTX 4090').memory_gb), format: (v: number) => `${fmt.int(v)} GB`, datasets: HW, note: 'RTX 4090 memory' },
  'dc-h100-vs-rtx-price': { value: () => Number(chip('NVIDIA H100 SXM5 80GB').price_usd) / Number(chip('NVIDIA GeForce RTX 4090').price_usd), format: (v: number) => `${fmt.int(v)} times`, datasets: HW, note: 'H100 price ÷ RTX 4090 price' },
  'dc-h100-vs-rtx-perf': { value: () => Number(chip('NVIDIA H100 SXM5 80GB').tflops) / Number(chip('NVIDIA GeForce RTX 4090').tflops), format: (v: number) => `${fmt.num1(v)} times`, datasets: HW, note: 'H100 16-bit tensor peak ÷ RTX 4090 16-bit tensor peak' },
  'dc-grok3-cluster-cost': {
    value: () => Number(p('Grok 3').chips) * Number(chip('NVIDIA H100 SXM5 80GB').price_usd),
    format: (v: number) => `$${fmt.num1(v / 1e9)} billion`,
    datasets: [...EPOCH, ...HW],
    note: 'Grok 3’s chip count × the H100’s price in Epoch’s hardware data: chips alone, before buildings, power and networking',
  },
} satisfies Record<string, NumberDef>;
