/** Numbers for checking-the-headlines: every one computed from a dataset at build time. */
import { fmt } from '../charts/defaults.ts';
import { compoundGrowth } from '../data/compoundGrowth.ts';
import { claimById } from '../data/claimById.ts';
import claims from '../series/framing-claims.ts';
import smallest from '../series/llm-smallest-model-at-mmlu.ts';
import byOwner from '../series/edi-block-production-by-owner.ts';
import type { NumberDef } from './types.ts';

const claim = (id: string) => claimById(claims.rows(), id).value;
const edgeYears = 2033 - 2025;
const growth = () => compoundGrowth(claim('edge-ai-2025'), claim('edge-ai-2033'), edgeYears);


const smallest60 = () => smallest.rows().filter((r) => r.threshold_mmlu === 60);

const edi = () => byOwner.rows();
const ediYears = (from: string, to: string) => edi().filter((r) => String(r.date) >= from && String(r.date) <= to);

export default {
  'headline-edge-2025': { value: () => claim('edge-ai-2025'), format: (v: number) => `$${v} billion`, datasets: ['framing-claims'], note: 'Grand View Research edge-AI market estimate for 2025, as reported' },
  'headline-edge-2033': { value: () => claim('edge-ai-2033'), format: (v: number) => `$${v} billion`, datasets: ['framing-claims'], note: 'Grand View Research edge-AI market forecast for 2033, as reported' },
  'headline-edge-total-growth': { value: () => growth().totalPct, format: (v: number) => `${fmt.int(v)} %`, datasets: ['framing-claims'], note: 'total growth from 2025 to 2033 = (119 ÷ 25 − 1) × 100' },
  'headline-edge-cagr': { value: () => growth().cagrPct, format: (v: number) => `${fmt.num1(v)} %`, datasets: ['framing-claims'], note: 'compound annual growth rate over the 8 years = (119 ÷ 25)^(1/8) − 1' },
  'headline-edge-if-300': { value: () => claim('edge-ai-2025') * (1 + claim('edge-ai-growth-as-reported') / 100), format: (v: number) => `$${fmt.int(v)} billion`, datasets: ['framing-claims'], note: 'what the 2025 figure would become after 300 % total growth' },
  'headline-edge-300-a-year': { value: () => claim('edge-ai-2025') * 4 ** edgeYears / 1000, format: (v: number) => `$${fmt.int(v)} trillion`, datasets: ['framing-claims'], note: 'what the 2025 figure would become growing 300 % every year (×4 a year) for 8 years' },
  'headline-us-claim': { value: () => claim('us-cost-per-coin-claim'), format: fmt.usd, datasets: ['framing-claims'], note: 'KuCoin report: US cost per coin "sometimes exceeding" this' },
  'headline-coinshares-cash': { value: () => claim('coinshares-cash-cost'), format: fmt.usd, datasets: ['framing-claims'], note: 'CoinShares Q3 2024: weighted-average cash cost per BTC of listed miners' },
  'headline-coinshares-total': { value: () => claim('coinshares-total-cost'), format: fmt.usd, datasets: ['framing-claims'], note: 'CoinShares Q3 2024: total cost per BTC including non-cash costs' },
  'headline-smallest-60-first': { value: () => smallest60()[0].model, format: String, datasets: ['llm-mmlu-reported'], note: 'first model in the file to report MMLU ≥ 60' },
  'headline-smallest-60-first-size': { value: () => smallest60()[0].params_billions, format: (v: number) => `${fmt.sig3(v)} billion parameters`, datasets: ['llm-mmlu-reported'], note: 'its size' },
  'headline-smallest-60-first-date': { value: () => smallest60()[0].date, format: (v: string) => fmt.month(new Date(v)), datasets: ['llm-mmlu-reported'], note: 'its release date' },
  'headline-smallest-60-last': { value: () => smallest60().at(-1)!.model, format: String, datasets: ['llm-mmlu-reported'], note: 'smallest model in the file to report MMLU ≥ 60' },
  'headline-smallest-60-last-size': { value: () => smallest60().at(-1)!.params_billions, format: (v: number) => `${fmt.sig3(v)} billion parameters`, datasets: ['llm-mmlu-reported'], note: 'its size' },
  'headline-smallest-60-last-date': { value: () => smallest60().at(-1)!.date, format: (v: string) => fmt.month(new Date(v)), datasets: ['llm-mmlu-reported'], note: 'its release date' },
  'headline-edi-windows-2023-2024': { value: () => ediYears('2023-01-01', '2024-12-31').length, format: String, datasets: ['pool-concentration-edi'], note: '30-day windows in 2023 and 2024 in the EDI owner-clustered file' },
  'headline-edi-max-nakamoto-2023-2024': { value: () => Math.max(...ediYears('2023-01-01', '2024-12-31').map((r) => Number(r.nakamoto_coefficient))), format: String, datasets: ['pool-concentration-edi'], note: 'largest Nakamoto coefficient (owner-clustered) in any 30-day window of 2023–2024' },
  'headline-edi-nakamoto-2021-min': { value: () => Math.min(...ediYears('2021-01-01', '2021-12-31').map((r) => Number(r.nakamoto_coefficient))), format: String, datasets: ['pool-concentration-edi'], note: 'smallest Nakamoto coefficient (owner-clustered) in any 30-day window of 2021' },
} satisfies Record<string, NumberDef>;
