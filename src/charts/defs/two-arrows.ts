import * as Plot from '@observablehq/plot';
import { base, fmt, utc, COLORS, TEXT } from '../defaults.ts';
import type byOwner from '../../series/edi-block-production-by-owner.ts';
import type models from '../../series/llm-mmlu-vs-parameters.ts';
import type smallest from '../../series/llm-smallest-model-at-mmlu.ts';
import { defineChart, type Inputs, type Row } from '../types.ts';
import { yearRange } from '../view.ts';
import { EN, type Locale } from '../locale.ts';

const BTC = 'Bitcoin: owners needed to find half the blocks';
const AI = 'AI: smallest model reporting 60 % on MMLU';

/** A model's label as the rows write it ("Llama 2 70B, 69.7 %"), its score in the language's decimals; names stay. */
export const modelText = (label: string, l: Locale) => (l.lang === 'en' ? label : label.replace(/, (\d+)\.(\d+) %$/, (_, a, b) => `, ${l.fmt.num1(Number(`${a}.${b}`))} %`));

/** What the summary says, in any language: each panel's rows, the counts of 2023–2024 and the latest window. */
export function summaryFacts(rows: { panel: string; date: string; value: number; label: string }[]) {
  const btc = rows.filter((r) => r.panel === BTC);
  const ai = rows.filter((r) => r.panel === AI && r.label);
  const in2324 = btc.filter((r) => String(r.date) >= '2023' && String(r.date) < '2025').map((r) => r.value);
  return { btc, ai, in2324, latest: btc.at(-1) };
}

/**
 * The two arrows side by side, each on its own scale: Bitcoin's Nakamoto coefficient (pools grouped by owner,
 * 30-day windows) and the parameter count of the smallest open model reporting at least 60 % on MMLU.
 */
export default defineChart({
  id: 'two-arrows',
  title: 'Two arrows: fewer hands in mining, smaller models in AI',
  subtitle: 'Left: how many pool owners together found more than half of Bitcoin’s blocks in each 30-day window. Right: parameters of the smallest open model to report at least 60 % on the MMLU test (log scale). Each panel has its own scale.',
  alt: 'Two panels. Left: the number of Bitcoin pool owners that together found more than half the blocks moves between 2 and 4 in 2018–2020 (once 1, in April 2020), is 4 through 2021, 2 in every window of 2023 and 2024, then is back at 3 in most windows since mid-2025. Right: the smallest open model reporting at least 60 percent on MMLU shrinks from 70 billion parameters in July 2023 to 1.5 billion in September 2024.',
  caption: 'Different things measured in different units and over different years (the benchmark file starts in 2023): the panels are side by side to compare directions, not sizes. Mining’s count rose back to 3 in most windows from mid-2025, so its arrow is not a straight line. Pools are grouped by owner as in the Edinburgh Decentralisation Index; a pool is not where its miners are. MMLU scores are reported by the model makers with differing settings; Phi-3-mini (69 %, 3.8 billion parameters) is not in this file.',
  datasets: ['pool-concentration-edi', 'llm-mmlu-reported'],
  series: ['edi-block-production-by-owner', 'llm-smallest-model-at-mmlu', 'llm-mmlu-vs-parameters'],
  data: (s: Inputs<typeof byOwner | typeof smallest | typeof models>) => {
    const edi = s['edi-block-production-by-owner'].map((r) => ({ panel: BTC, date: r.date, value: r.nakamoto_coefficient, label: '' }));
    const steps = s['llm-smallest-model-at-mmlu']
      .filter((m) => m.threshold_mmlu === 60)
      .map((m) => ({ panel: AI, date: m.date, value: m.params_billions, label: `${m.model}, ${m.mmlu} %` }));
    const lastRelease = s['llm-mmlu-vs-parameters'].map((m) => m.release_date).sort().at(-1)!;
    return [...edi, ...steps, { ...steps.at(-1)!, date: lastRelease, label: '' }];
  },
  columns: [
    { key: 'panel', label: 'Measure', format: (v: string, l = EN) => l.t(v) },
    { key: 'date', label: 'Date' },
    { key: 'value', label: 'Value', format: (v: number, l = EN) => l.fmt.sig3(v) },
    { key: 'label', label: 'Model', format: (v: string, l = EN) => modelText(v, l) },
  ],
  summary: (rows) => {
    const { btc, ai, in2324, latest } = summaryFacts(rows);
    // A view that leaves out 2023–2024 or the models: each panel over the years shown.
    if (!in2324.length || ai.length < 2 || !latest) {
      const owners = btc.length ? `between ${Math.min(...btc.map((r) => r.value))} and ${Math.max(...btc.map((r) => r.value))} owners of pools found more than half of Bitcoin’s blocks in each 30-day window shown` : 'no Bitcoin windows are shown';
      const models = ai.length ? `the smallest open model reporting 60 % on MMLU went from ${fmt.sig3(ai[0]!.value)} to ${fmt.sig3(ai.at(-1)!.value)} billion parameters` : 'no model reached 60 % on MMLU in these years';
      return `In the years shown, ${owners}; ${models}.`;
    }
    return `In every 30-day window of 2023 and 2024, ${Math.max(...in2324)} owners of pools found more than half of Bitcoin’s blocks (${latest.value} in the latest window, ${fmt.date(utc(latest.date))}); over roughly the same time the smallest open model reporting 60 % on MMLU went from ${fmt.sig3(ai[0].value)} billion parameters (${ai[0].label}) to ${fmt.sig3(ai.at(-1)!.value)} billion (${ai.at(-1)!.label}).`;
  },
  view: (rows) => yearRange(rows, 'date', 3),
  spec: (rows, opts) => {
    const { narrow } = opts;
    const l = opts.locale ?? EN;
    const doc = opts.document;
    const gap = narrow ? 18 : 28;
    const panelW = narrow ? opts.width : Math.floor((opts.width - gap) / 2);
    const panelH = narrow ? 210 : 280;
    const panel = (title: string, plot: SVGSVGElement | HTMLElement, x: number, y: number) => {
      const g = doc.createElementNS('http://www.w3.org/2000/svg', 'g');
      g.setAttribute('transform', `translate(${x},${y})`);
      const t = doc.createElementNS('http://www.w3.org/2000/svg', 'text');
      t.setAttribute('y', '12');
      t.setAttribute('font-weight', '700');
      t.setAttribute('font-size', narrow ? '11' : '12');
      t.setAttribute('fill', 'currentColor');
      t.textContent = title;
      plot.setAttribute('y', '18');
      plot.setAttribute('class', 'plot-panel');
      g.append(t, plot);
      return g;
    };
    const btc = rows.filter((r) => r.panel === BTC).map((r) => ({ date: utc(r.date), value: r.value }));
    const ai = rows.filter((r) => r.panel === AI).map((r) => ({ date: utc(r.date), value: r.value, label: r.label }));
    const left = Plot.plot({
      ...base({ ...opts, width: panelW }, panelH),
      marginLeft: 36,
      y: { domain: [0, 5], ticks: [0, 1, 2, 3, 4, 5], tickFormat: String, label: l.t('↑ owners'), grid: true },
      x: { type: 'utc', label: null, ticks: narrow ? 4 : 5 },
      marks: [
        Plot.lineY(btc, { x: 'date', y: 'value', curve: 'step-after', stroke: COLORS[1], strokeWidth: 2.5 }),
      ],
    }) as SVGSVGElement;
    const right = Plot.plot({
      ...base({ ...opts, width: panelW }, panelH),
      marginLeft: 44,
      y: { type: 'log', domain: [1, 100], ticks: [1, 3, 10, 30, 100], label: l.t('↑ billion parameters'), grid: true, tickFormat: String },
      x: { type: 'utc', label: null, ticks: narrow ? 4 : 4 },
      marks: [
        Plot.lineY(ai, { x: 'date', y: 'value', curve: 'step-after', stroke: COLORS[0], strokeWidth: 2.5 }),
        Plot.dot(ai.filter((d) => d.label), { x: 'date', y: 'value', fill: COLORS[0], r: 3.5 }),
        Plot.text(ai.filter((d) => d.label), { x: 'date', y: 'value', text: (d: { label: string }) => modelText(d.label, l).replace(/ \(.*\)/, ''), dx: 6, dy: -8, textAnchor: 'start', fill: 'currentColor', fontSize: TEXT.small(narrow) }),
      ],
    }) as SVGSVGElement;
    const totalH = narrow ? 2 * (panelH + 18) + gap : panelH + 18;
    const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', `0 0 ${opts.width} ${totalH}`);
    svg.setAttribute('fill', 'currentColor');
    svg.setAttribute('font-family', 'system-ui, sans-serif');
    svg.setAttribute('font-size', '10');
    svg.append(
      panel(l.t('Bitcoin: owners finding half the blocks'), left, 0, 0),
      panel(l.t('AI: smallest model at 60 % MMLU'), right, narrow ? 0 : panelW + gap, narrow ? panelH + 18 + gap : 0),
    );
    return svg;
  },
});
