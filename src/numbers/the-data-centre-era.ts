/** Numbers for the-data-centre-era, computed from Epoch AI's datasets via the piece's charts. */
import { fmt } from '../charts/defaults.ts';
import compute from '../charts/defs/training-compute.ts';
import power from '../charts/defs/training-power.ts';
import chipsChart from '../charts/defs/chips-price-performance.ts';
import type { NumberDef } from './types.ts';

const c = (m: string) => compute.data().find((r) => r.model === m)!;
const p = (m: string) => power.data().find((r) => r.model === m)!;
const chip = (m: string) => chipsChart.data().find((r) => r.chip === m)!;
const EPOCH = ['epoch-notable-models', 'epoch-frontier-models'];
const HW = ['epoch-ml-hardware'];

export default {
  'dc-models-with-compute': { value: () => compute.data().length, format: fmt.int, datasets: EPOCH, note: 'notable models since 2010 with a training-compute estimate' },
  'dc-alexnet-flop': { value: () => Number(c('AlexNet').flop), format: (v: number) => `${fmt.sci(v)} FLOP`, datasets: EPOCH, note: 'AlexNet training compute (2012)' },
  'dc-gpt3-flop': { value: () => Number(c('GPT-3 175B (davinci)').flop), format: (v: number) => `${fmt.sci(v)} FLOP`, datasets: EPOCH, note: 'GPT-3 training compute (2020)' },
  'dc-gpt4-flop': { value: () => Number(c('GPT-4').flop), format: (v: number) => `${fmt.sci(v)} FLOP`, datasets: EPOCH, note: 'GPT-4 training compute (2023)' },
  'dc-grok4-flop': { value: () => Number(c('Grok 4').flop), format: (v: number) => `${fmt.sci(v)} FLOP`, datasets: EPOCH, note: 'Grok 4 training compute (2025)' },
  'dc-grok4-vs-gpt3': { value: () => Number(c('Grok 4').flop) / Number(c('GPT-3 175B (davinci)').flop), format: (v: number) => `${fmt.int(v)} times`, datasets: EPOCH, note: 'Grok 4 compute ÷ GPT-3 compute' },
  'dc-gpt3-mw': { value: () => Number(p('GPT-3 175B (davinci)').mw), format: (v: number) => `${fmt.num1(v)} megawatts`, datasets: EPOCH, note: 'GPT-3 estimated training power' },
  'dc-gpt3-chips': { value: () => Number(p('GPT-3 175B (davinci)').chips), format: fmt.int, datasets: EPOCH, note: 'GPT-3 training chips' },
  'dc-grok3-mw': { value: () => Number(p('Grok-3').mw), format: (v: number) => `${fmt.int(v)} megawatts`, datasets: EPOCH, note: 'Grok-3 estimated training power' },
  'dc-grok3-chips': { value: () => Number(p('Grok-3').chips), format: fmt.int, datasets: EPOCH, note: 'Grok-3 training chips' },
  'dc-llama405-chips': { value: () => Number(power.data().find((r) => r.model === 'Llama 3.1-405B')!.chips), format: fmt.int, datasets: EPOCH, note: 'Llama 3.1-405B training chips (H100)' },
  'dc-grok4-vs-alexnet': { value: () => Number(c('Grok 4').flop) / Number(c('AlexNet').flop), format: (v: number) => `${fmt.num1(v / 1e9)} billion times`, datasets: EPOCH, note: 'Grok 4 compute ÷ AlexNet compute' },
  'dc-top20-orgs': {
    value: () => new Set([...compute.data()].sort((a, b) => Number(b.flop) - Number(a.flop)).slice(0, 20).map((r) => String(r.organization).split(',')[0].trim())).size,
    format: String,
    datasets: EPOCH,
    note: 'distinct (first-listed) organisations behind the 20 most compute-intensive models in the data',
  },
  'dc-top20-list': {
    value: () => [...new Set([...compute.data()].sort((a, b) => Number(b.flop) - Number(a.flop)).slice(0, 20).map((r) => String(r.organization).split(',')[0].trim()))].sort().join(', '),
    format: String,
    datasets: EPOCH,
    note: 'those organisations',
  },
  'dc-h100-price': { value: () => Number(chip('NVIDIA H100 SXM5 80GB').price_usd), format: fmt.usd, datasets: HW, note: 'H100 SXM5 launch price' },
  'dc-rtx4090-price': { value: () => Number(chip('NVIDIA GeForce RTX 4090').price_usd), format: fmt.usd, datasets: HW, note: 'RTX 4090 launch price' },
  'dc-h100-tflops': { value: () => Number(chip('NVIDIA H100 SXM5 80GB').tflops), format: (v: number) => `${fmt.int(v)} trillion`, datasets: HW, note: 'H100 16-bit tensor TFLOP/s' },
  'dc-rtx4090-tflops': { value: () => Number(chip('NVIDIA GeForce RTX 4090').tflops), format: (v: number) => `${fmt.int(v)} trillion`, datasets: HW, note: 'RTX 4090 16-bit tensor TFLOP/s' },
  'dc-grok3-cluster-cost': {
    value: () => Number(p('Grok-3').chips) * Number(chip('NVIDIA H100 SXM5 80GB').price_usd),
    format: (v: number) => `$${fmt.num1(v / 1e9)} billion`,
    datasets: [...EPOCH, ...HW],
    note: 'Grok-3’s chip count × the H100’s launch price: chips alone, before buildings, power and networking',
  },
} satisfies Record<string, NumberDef>;
